/** The figures after a check: per goal, the total, and the plan against the ceiling in words. */
import { ceilingVerdict } from '../../src/engine/inputs/verdict';
import { ceilingVerdictText, figureRows } from '../../src/taskpane/figures';
import { check, LIST_HEADER } from '../helpers';

describe('the plan against the ceiling', () => {
  it('says how far above or below it the plan is', () => {
    expect(ceilingVerdictText(ceilingVerdict(215_000_000, 213_850_964), 'nl')).toBe('€ 11.490,36 boven het plafond');
    expect(ceilingVerdictText(ceilingVerdict(210_500_000, 213_850_964), 'nl')).toBe('€ 33.509,64 onder het plafond');
    expect(ceilingVerdictText(ceilingVerdict(100, 100), 'nl')).toBe('Precies gelijk aan het plafond');
    expect(ceilingVerdictText(ceilingVerdict(215_000_000, 213_850_964), 'en')).toBe('€ 11.490,36 above the ceiling');
  });
});

describe('the figures per bestedingsdoel', () => {
  const result = check([
    [...LIST_HEADER],
    [1, 'Taalklas', 'Bovenschools', 'Bink', 50_000, 72_114],
    [2, 'Zomerschool', 'Bovenschools', 'Bink', 40_000, 0],
    [3, 'VVE-uitbreiding', 'VVE', 'Kinderopvang', 100_000, 25_000.5],
    [4, 'Coaching', '', 'Bink', 10_000, 10_000],
  ]);
  const rows = figureRows(result, 'nl');

  it('has a row per goal, one for interventions without a goal, and the total', () => {
    expect(rows.map((r) => r.label)).toEqual([
      '1 Bovenschoolse maatregelen',
      '2 Voorschoolse periode',
      '3 Zorg en welzijn',
      '4 Samenwerking in de gemeente',
      '5 Thuiszitters',
      'Zonder (geldig) doel',
      'Totaal',
    ]);
    expect(rows[6]).toMatchObject({
      begrootCents: 20_000_000,
      benutCents: 10_711_450,
      restantCents: 9_288_550,
      interventions: 4,
      isTotal: true,
    });
  });

  it('gives each the share spent for its bar, capped at full, and says so in words', () => {
    expect(rows[0]).toMatchObject({
      begrootCents: 9_000_000,
      benutCents: 7_211_400,
      share: 7_211_400 / 9_000_000,
      percentText: '80,1% benut',
      overspent: false,
      interventions: 2,
    });
    expect(rows[1]).toMatchObject({ restantCents: 7_499_950, percentText: '25,0% benut' });
    expect(rows[2]).toMatchObject({ percentText: 'Niets begroot', overspent: false });
    expect(rows[2]!.share).toBeUndefined();
    expect(rows[5]).toMatchObject({ share: 1, percentText: '100,0% benut', overspent: false });
  });

  it('marks an overspent goal and keeps its bar full', () => {
    const over = figureRows(
      check([[...LIST_HEADER], [1, 'Zomerschool', 'Thuiszitters', 'Bink', 50_000, 72_114]]),
      'nl',
    )[4]!;
    expect(over).toMatchObject({ share: 1, percentText: '144,2% benut', overspent: true, restantCents: -2_211_400 });
  });

  it('names the goals in English for English users', () => {
    expect(
      figureRows(result, 'en')
        .map((r) => r.label)
        .slice(0, 2),
    ).toEqual(['1 Out-of-school measures', '2 Pre-school period']);
  });
});
