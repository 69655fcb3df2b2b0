import type { GoalNumber } from '../../src/engine/goals';
import { goalOfHeading } from '../../src/engine/layout/labels';

describe('goalOfHeading: a row label heading a group of one goal', () => {
  it.each<[string, GoalNumber]>([
    // by goal word and number
    ['Bestedingsdoel 1: Bovenschoolse maatregelen', 1],
    ['Bestedinsdoel 1', 1],
    ['Doel 4: Samenwerking', 4],
    ['Doel nr. 1', 1],
    ['Doel nummer 5', 5],
    ['Goal 3', 3],
    // a list number before the goal's own wording
    ['1. Bovenschoolse maatregelen', 1],
    ['1 Bovenschoolse maatregelen', 1],
    ['(3) Zorg en welzijn', 3],
    ['1 - Out-of-school measures', 1],
    ['2 - Maatregelen in VVE (2-6 jarigen)', 2],
    // wordings of the regulation and of the sheets
    ['Waar nodig bieden van bovenschoolse maatregelen', 1],
    ['Het bieden van bovenschoolse maatregelen', 1],
    ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 2],
    ['Maatregelen in de voorschoolse periode', 2],
    ['Maatregelen in VVE (2-6 jarigen)', 2],
    ['Maatregelen in VVE (2 t/m 6 jarigen)', 2],
    ['Maatregelen in VVE (2 tot en met 6 jaar)', 2],
    ['Maatregelen in VVE (4 jarigen)', 2],
    ['Voorschoolse periode (VVE)', 2],
    ['Het bieden van zorg en welzijn', 3],
    ['Maatregelen voor zorg en welzijn', 3],
    ['Het bevorderen van samenwerking in de gemeente', 4],
    ['Het voorkomen van thuiszitters', 5],
    // an English sheet
    ['Out-of-school measures', 1],
    ['Early childhood / pre-school period', 2],
    ['Care and wellbeing', 3],
    ['Cooperation within the municipality', 4],
    ['Preventing school dropouts / absenteeism (thuiszitters)', 5],
    ['Home sitters', 5],
  ])('%j heads goal %i', (text, goal) => {
    expect(goalOfHeading(text)).toBe(goal);
  });

  it.each([
    // interventions that merely mention a goal's word
    'Samenwerking scholen en jeugdhulp',
    '1 VVE-peuters extra uren',
    'Zorg in en om de school',
    'Extra uren VVE (2-6 jarigen)',
    'Home sitters coach',
    // a list number before another goal's wording contradicts itself
    '3 Bovenschoolse maatregelen',
    '(1) Zorg en welzijn',
    // no goal, or none of the five
    'Doel 7',
    'Doel nr. 7',
    'VVE 2023 jaar',
    '1',
    '',
  ])('%j heads no goal', (text) => {
    expect(goalOfHeading(text)).toBeUndefined();
  });
});
