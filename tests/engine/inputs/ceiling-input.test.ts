/**
 * A ceiling typed by a user, read once for the pane's field, `--ceiling` and a "Plafond" line on
 * NPO Leeswijze alike: Dutch and English notation, the euro sign and thousands separators; a
 * fraction of a cent refused, never rounded, on every path.
 */
import { PassThrough } from 'node:stream';
import { main, parseCliArgs } from '../../../src/cli/main';
import { UsageError } from '../../../src/cli/messages';
import {
  CORRECTIONS_HEADER,
  CORRECTIONS_SHEET,
  CORRECTIONS_TITLE,
  readCorrections,
} from '../../../src/engine/corrections';
import { sheetFromValues } from '../../../src/engine/grid';
import { parseCeilingInput, type CeilingInput } from '../../../src/engine/inputs/ceiling-input';
import { parseCeilingText } from '../../../src/taskpane/ceiling';

describe('a typed ceiling', () => {
  it.each<[string, CeilingInput]>([
    ['2.138.509,64', { kind: 'amount', cents: 213_850_964 }],
    ['€ 2.138.509,64', { kind: 'amount', cents: 213_850_964 }],
    ['€2.138.509,64', { kind: 'amount', cents: 213_850_964 }],
    ['2,138,509.64', { kind: 'amount', cents: 213_850_964 }],
    ['€ 322.000,-', { kind: 'amount', cents: 32_200_000 }],
    ['322.000', { kind: 'amount', cents: 32_200_000 }],
    ['113258', { kind: 'amount', cents: 11_325_800 }],
    ['1.234,56', { kind: 'amount', cents: 123_456 }],
    ['1,234.56', { kind: 'amount', cents: 123_456 }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['1.234,567', { kind: 'invalid', reason: 'fractional-cent' }],
    ['1,234.567', { kind: 'invalid', reason: 'fractional-cent' }],
    ['0,125', { kind: 'invalid', reason: 'fractional-cent' }],
    ['0', { kind: 'invalid', reason: 'not-positive' }],
    ['nihil', { kind: 'invalid', reason: 'not-positive' }],
    ['-5', { kind: 'invalid', reason: 'not-positive' }],
    ['ca. 100.000', { kind: 'invalid', reason: 'estimate' }],
    ['100.000 - 200.000', { kind: 'invalid', reason: 'estimate' }],
    ['99999999999999999999', { kind: 'invalid', reason: 'too-large' }],
    ['veel', { kind: 'invalid', reason: 'not-amount' }],
    ['P.M.', { kind: 'invalid', reason: 'not-amount' }],
  ])('%p', (text, expected) => {
    expect(parseCeilingInput(text)).toEqual(expected);
  });
});

describe('both ways in read a ceiling alike', () => {
  const cli = (ceiling: string): number | undefined => {
    const options = parseCliArgs(['begroting.xlsx', '--ceiling', ceiling]);
    return typeof options === 'string' ? undefined : options.ceilingCents;
  };
  const cliProblem = (ceiling: string): string | undefined => {
    try {
      cli(ceiling);
      return undefined;
    } catch (error) {
      return error instanceof UsageError ? error.problem : 'other';
    }
  };

  it.each(['2.138.509,64', '€ 322.000,-', '2,138,509.64', '113258'])('takes %p for the same cents', (text) => {
    const pane = parseCeilingText(text, 'nl');
    expect(pane.kind).toBe('amount');
    expect(cli(text)).toBe(pane.kind === 'amount' ? pane.cents : undefined);
  });

  it('refuses 1.234,567 in the pane, with the field’s sentence', () => {
    expect(parseCeilingText('1.234,567', 'nl')).toEqual({
      kind: 'invalid',
      message: 'Gebruik hoogstens twee decimalen.',
    });
  });

  it.each([
    ['1.234,567', 'ceiling-fraction'],
    ['0,125', 'ceiling-fraction'],
    ['0', 'bad-ceiling'],
    ['ca. 100.000', 'bad-ceiling'],
    ['veel', 'bad-ceiling'],
    ['', 'bad-ceiling'],
  ])('refuses --ceiling %p as %p', (text, problem) => {
    expect(cliProblem(text)).toBe(problem);
  });

  it('refuses --ceiling 1.234,567 with a Dutch sentence and exit code 2, before reading any file', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    let stderr = '';
    err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await main(['bestaat-niet.xlsx', '--ceiling', '1.234,567'], out, err);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'npo-check: plafond ‘1.234,567’ heeft meer dan twee decimalen; een plafond is een bedrag in hele centen, zoals 2.138.509,64. Er wordt niet afgerond.\n',
    );
  });
});

describe('a ceiling typed on NPO Leeswijze', () => {
  const stored = (value: string) => {
    const rows = [
      [CORRECTIONS_TITLE],
      ['Dit blad wordt bijgehouden door de NPO-begrotingscontrole.'],
      [],
      [...CORRECTIONS_HEADER],
      ['Begroting', 'Plafond', value],
    ];
    return readCorrections({ sheets: [sheetFromValues(CORRECTIONS_SHEET, rows)] });
  };

  it('is read as the pane and the command line read it', () => {
    expect(stored('€ 322.000,-').bySheet.get('begroting')).toEqual({ ceilingCents: 32_200_000 });
    expect(stored('322000,00').bySheet.get('begroting')).toEqual({ ceilingCents: 32_200_000 });
  });

  it.each(['1.234,567', '0', '-5', 'ca. 100.000'])(
    'is refused as %p, and reported as a line that cannot be used',
    (value) => {
      const read = stored(value);
      expect(read.bySheet.get('begroting')).toBeUndefined();
      expect(read.unreadable).toHaveLength(1);
    },
  );
});
