/** CORRECTION_UNUSABLE: a correction stored on "NPO Leeswijze" that no longer fits the sheet is reported, not applied. */
import { checkWorkbook, type CheckOptions, type CheckResult } from '../../../src/engine/check';
import { CORRECTIONS_HEADER, CORRECTIONS_SHEET, CORRECTIONS_TITLE } from '../../../src/engine/corrections';
import { sheetFromValues, type PlainValue } from '../../../src/engine/grid';

type Rows = ReadonlyArray<ReadonlyArray<PlainValue>>;

const BUDGET: Rows = [
  ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
  [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 48_000, 12_000],
];

function run(lines: Rows, lang: 'nl' | 'en' = 'nl', options: CheckOptions = { ceilingCents: 32_200_000 }): CheckResult {
  const corrections = [
    [CORRECTIONS_TITLE],
    ['Dit blad wordt bijgehouden door de NPO-begrotingscontrole.'],
    [],
    [...CORRECTIONS_HEADER],
    ...lines,
  ];
  return checkWorkbook(
    { sheets: [sheetFromValues('Begroting', BUDGET), sheetFromValues(CORRECTIONS_SHEET, corrections)] },
    { ...options, lang },
  );
}

const unusable = (r: CheckResult): string[] =>
  r.findings.filter((f) => f.rule === 'CORRECTION_UNUSABLE').map((f) => `${f.sheet}!${f.cell} ${f.severity}`);

describe('CORRECTION_UNUSABLE', () => {
  it('fires where a column now carries another header, on that header', () => {
    const r = run([['Begroting', 'Kolom E', 'begroot', 'Bedrag gemeente']]);
    expect(unusable(r)).toEqual(['Begroting!E1 warning']);
    expect(r.findings.find((f) => f.rule === 'CORRECTION_UNUSABLE')!.fingerprint).toBe(
      'CORRECTION_UNUSABLE|totaal:column moved|',
    );
  });

  it('fires for a header row with no header on it, and for a ceiling cell with no amount', () => {
    expect(unusable(run([['Begroting', 'Kopregel', 40]]))).toEqual(['Begroting!D1 warning']);
    // A ceiling given for the run goes before the stored cell, which is then not read at all.
    expect(unusable(run([['Begroting', 'Plafondcel', 'H20']], 'nl', {}))).toEqual(['Begroting!D1 warning']);
  });

  it('fires for a line that cannot be read, on the corrections sheet, in English too', () => {
    const r = run([['Begroting', 'Kolom D', 'budget?']], 'en');
    expect(unusable(r)).toEqual([`${CORRECTIONS_SHEET}!A5 warning`]);
    expect(r.findings.find((f) => f.rule === 'CORRECTION_UNUSABLE')!.message).toMatch(
      /^Line 5 of sheet ‘NPO Leeswijze’ cannot be read/,
    );
  });

  it('stays quiet for corrections that fit the sheet', () => {
    expect(
      unusable(
        run([
          ['Begroting', 'Kolom D', 'begroot', 'Bedrag gemeente'],
          ['Begroting', 'Kolom E', 'negeren', 'Bedrag scholen'],
          ['Begroting', 'Kopregel', 1],
        ]),
      ),
    ).toEqual([]);
  });
});
