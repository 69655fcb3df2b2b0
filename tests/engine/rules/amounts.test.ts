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
    expect(f!.message).toBe(
      'Het begrote bedrag van ‘Zomerschool’ is een schatting (‘Ca. € 48.000’); de controle rekent met € 48.000,00.',
    );
  });

  it('renders messages in English with lang en, amounts still in Dutch notation', () => {
    const result = check([[...LIST_HEADER], [1, 'Zomerschool', 1, 'Bink', '€ 40.171', null]], { lang: 'en' });
    expect(result.findings.find((f) => f.rule === 'NUMBER_AS_TEXT')!.message).toBe(
      'The budgeted amount of ‘Zomerschool’ is stored as text (‘€ 40.171’); SUM skips it. The check uses € 40.171,00.',
    );
  });
});

/** One block per amount rule: the cell that fires it, and the values closest to it that do not. */
const only = (value: string | number | boolean): RuleId[] => amountFindings(value).map((f) => f.rule);

describe('NUMBER_AS_TEXT', () => {
  it('fires on the amount cell, alone', () => {
    expect(only('€ 40.171')).toEqual(['NUMBER_AS_TEXT']);
  });

  it.each<string | number>([40_171, 'Ca. € 48.000', 'nihil'])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('NUMBER_AS_TEXT');
  });
});

describe('AMOUNT_ESTIMATE', () => {
  it('fires on the amount cell, alone', () => {
    expect(only('Ca. € 48.000')).toEqual(['AMOUNT_ESTIMATE']);
  });

  it.each<string | number>([48_000, '€ 48.000', 'P.M.'])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('AMOUNT_ESTIMATE');
  });
});

describe('AMOUNT_PLACEHOLDER', () => {
  it('fires on the amount cell, alone', () => {
    expect(only('N.t.b.')).toEqual(['AMOUNT_PLACEHOLDER']);
  });

  it.each<string | number>(['nihil', 0, 'Uitvoerbaar binnen opdracht TMF'])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('AMOUNT_PLACEHOLDER');
  });
});

describe('AMOUNT_UNREADABLE', () => {
  it('fires on the amount cell, alone', () => {
    expect(only('Uitvoerbaar binnen opdracht TMF')).toEqual(['AMOUNT_UNREADABLE']);
  });

  it.each<string | number>(['P.M.', '1.250,00', 'Ca. 1.000'])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('AMOUNT_UNREADABLE');
  });
});

describe('FORMULA_ERROR', () => {
  it('fires on the amount cell, alone', () => {
    expect(only('#REF!')).toEqual(['FORMULA_ERROR']);
  });

  it.each<string | number>([1_250, '#REF', 'REF!'])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('FORMULA_ERROR');
  });
});

describe('NEGATIVE_AMOUNT', () => {
  it('fires on the amount cell, alone', () => {
    expect(only(-500)).toEqual(['NEGATIVE_AMOUNT']);
  });

  it.each<string | number>([500, 0, 1_234.56])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('NEGATIVE_AMOUNT');
  });
});

describe('FRACTIONAL_CENT', () => {
  it('fires on the amount cell, alone', () => {
    expect(only(1_234.567)).toEqual(['FRACTIONAL_CENT']);
  });

  it.each<string | number>([1_234.56, 1_234.5, -1_234.5])('stays quiet for %p', (value) => {
    expect(only(value)).not.toContain('FRACTIONAL_CENT');
  });
});
