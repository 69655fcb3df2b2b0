import type { RuleId } from '../../../src/engine/findings';
import { check, LIST_HEADER } from '../../helpers';

/** The amount findings a begroot cell holding `value` gets (at most one, the most specific). */
function amountFindings(value: string | number | boolean) {
  const result = check([[...LIST_HEADER], [1, 'Zomerschool', 1, 'Bink', value, null]]);
  return result.findings.filter((f) => f.cell === 'E2');
}

describe('amount findings', () => {
  it.each<[string | number | boolean, RuleId, number | undefined]>([
    ['€ 40.171', 'NUMBER_AS_TEXT', 4_017_100],
    ['-1.250,00', 'NUMBER_AS_TEXT', -125_000],
    ['Ca. € 48.000', 'AMOUNT_ESTIMATE', 4_800_000],
    ['40.000 – 45.000 per jaar', 'AMOUNT_ESTIMATE', 4_500_000],
    ['N.t.b.', 'AMOUNT_PLACEHOLDER', undefined],
    ['P.M.', 'AMOUNT_PLACEHOLDER', undefined],
    ['-', 'AMOUNT_PLACEHOLDER', undefined],
    ['Uitvoerbaar binnen opdracht TMF', 'AMOUNT_UNREADABLE', undefined],
    [true, 'AMOUNT_UNREADABLE', undefined],
    ['#REF!', 'FORMULA_ERROR', undefined],
    ['#DIV/0!', 'FORMULA_ERROR', undefined],
    [-500, 'NEGATIVE_AMOUNT', -50_000],
    [1_234.567, 'FRACTIONAL_CENT', 123_457],
  ])('%p gives exactly one finding, %s', (value, rule, amountCents) => {
    const findings = amountFindings(value);
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.amountCents).toBe(amountCents);
  });

  it.each<string | number>([1_234.56, 0, 'nihil', 250_000])('%p gives no amount finding', (value) => {
    expect(amountFindings(value)).toEqual([]);
  });

  it('says in the message which value the check uses', () => {
    const [f] = amountFindings('Ca. € 48.000');
    expect(f!.message).toBe('Het begrote bedrag van ‘Zomerschool’ is een schatting (‘Ca. € 48.000’); de controle rekent met € 48.000,00.');
  });

  it('renders messages in English with lang en, amounts still in Dutch notation', () => {
    const result = check([[...LIST_HEADER], [1, 'Zomerschool', 1, 'Bink', '€ 40.171', null]], { lang: 'en' });
    expect(result.findings.find((f) => f.rule === 'NUMBER_AS_TEXT')!.message).toBe(
      'The budgeted amount of ‘Zomerschool’ is stored as text (‘€ 40.171’); SUM skips it. The check uses € 40.171,00.',
    );
  });
});
