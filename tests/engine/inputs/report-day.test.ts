/**
 * The day a report carries, and whether NPO Jaarrekening calls the payback final, from an instant
 * near midnight: the adapter turns the instant into Amsterdam's day once, so the machine's time
 * zone (UTC on a build server, Amsterdam on a municipal laptop) changes nothing.
 */
import { todayDayNumber } from '../../../src/engine/inputs/day';
import { buildOutputPlan } from '../../../src/engine/plan/build';
import type { OutputPlan } from '../../../src/engine/plan/types';
import { checkPayments } from '../../helpers';

/** 23:30 UTC on 31 July 2025: still the period's last day in UTC, already 1 August in Amsterdam. */
const NEAR_MIDNIGHT = new Date('2025-07-31T23:30:00Z');

const result = checkPayments([['3-2-2023', 'F-1', 'Versa Welzijn', '1', 'subsidie', 1000, 'betaald', '']]);
const planAt = (checkedOn: number): OutputPlan =>
  buildOutputPlan(result, { lang: 'nl', checkedOn, source: 'begroting.xlsx' });
const texts = (plan: OutputPlan, tab: string): string[] =>
  plan.sheets.find((s) => s.name === tab)!.cells.flatMap((c) => (c.content.kind === 'text' ? [c.content.text] : []));

describe('the day of a report made near midnight', () => {
  it('is Amsterdam’s day on the overview', () => {
    expect(texts(planAt(todayDayNumber(NEAR_MIDNIGHT)), 'NPO Overzicht')).toContain(
      'Werkblad ‘Begroting’ uit begroting.xlsx, gecontroleerd op 01-08-2025',
    );
    // Asked for the day in UTC instead, the same instant is the day before: the zone is what decides, never the machine.
    expect(texts(planAt(todayDayNumber(NEAR_MIDNIGHT, 'UTC')), 'NPO Overzicht')).toContain(
      'Werkblad ‘Begroting’ uit begroting.xlsx, gecontroleerd op 31-07-2025',
    );
  });

  it('makes the payback final in Amsterdam once 31 July 2025 is over there', () => {
    const payback = (plan: OutputPlan): string | undefined =>
      texts(plan, 'NPO Jaarrekening').find((t) => t.startsWith('Terug te betalen') && !t.includes('open posten'));
    expect(payback(planAt(todayDayNumber(NEAR_MIDNIGHT)))).toBe(
      'Terug te betalen (bestedingsperiode geëindigd op 31-07-2025)',
    );
    expect(payback(planAt(todayDayNumber(new Date('2025-07-31T21:59:00Z'))))).toBe(
      'Terug te betalen bij geen verdere besteding t/m 31-07-2025 (prognose)',
    );
  });
});
