/**
 * The reading made correctable: corrections stored on the sheet "NPO Leeswijze" (or given for one
 * run) read a sheet exactly that is misread without them; a correction that no longer fits is
 * reported, not applied; READING_UNCERTAIN fires where the reading is a choice and stays quiet
 * where the sheet settles it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkWorkbook, type CheckOptions, type CheckResult } from '../../src/engine/check';
import {
  CORRECTIONS_HEADER,
  CORRECTIONS_SHEET,
  CORRECTIONS_TITLE,
  correctionsSheetRows,
  readCorrections,
} from '../../src/engine/corrections';
import { sheetFromValues, type PlainValue } from '../../src/engine/grid';
import { toJsonReport, toTextReport } from '../../src/engine/report';
import { readWorkbookFile } from '../../src/xlsx/read-file';

type Rows = ReadonlyArray<ReadonlyArray<PlainValue>>;

/** The corrections sheet as the adapters write it: title, note, empty row, header, lines. */
function correctionsSheet(lines: Rows): Rows {
  return [
    [CORRECTIONS_TITLE],
    ['Dit blad wordt bijgehouden door de NPO-begrotingscontrole.'],
    [],
    [...CORRECTIONS_HEADER],
    ...lines,
  ];
}

function run(budget: Rows, lines?: Rows, options: CheckOptions = {}): CheckResult {
  const sheets = [
    sheetFromValues('Begroting', budget),
    ...(lines ? [sheetFromValues(CORRECTIONS_SHEET, correctionsSheet(lines))] : []),
  ];
  return checkWorkbook({ sheets }, { ceilingCents: 32_200_000, ...options });
}

const rules = (r: CheckResult): string[] =>
  r.findings
    .filter((f) => f.rule !== 'BUDGET_UNALLOCATED')
    .map((f) => `${f.rule} ${f.sheet === 'Begroting' ? '' : `${f.sheet}!`}${f.cell}`);

// Putten's plan, with two amount columns nothing tells apart: the municipality's share and the
// schools' own contribution. Only the first is NPO money.
const TWO_AMOUNTS: Rows = [
  ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
  [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 48_000, 12_000],
  [2, 'Doorgaande lijn 0-7 jaar', 'VVE', 20_000, 5_000],
];

describe('READING_UNCERTAIN', () => {
  it('fires where two columns were added up as begroot, naming both', () => {
    const r = run(TWO_AMOUNTS);
    expect(r.summaries.begrootCents).toBe(8_500_000);
    const [f] = r.findings.filter((x) => x.rule === 'READING_UNCERTAIN');
    expect(f).toMatchObject({ cell: 'D1', severity: 'warning' });
    expect(f!.message).toBe(
      'Kolommen D ‘Bedrag gemeente’ en E ‘Bedrag scholen’ zijn allebei als begroot gelezen en opgeteld. Is maar één ervan het begrote bedrag, kies die dan in de leeswijze (of --column D=begroot).',
    );
  });

  it('fires where the plan is about a thousandth of the ceiling and no unit is stated', () => {
    const r = run([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145],
      [2, 'VVE', 2, 177],
    ]);
    expect(rules(r)).toEqual(['READING_UNCERTAIN D1']);
  });

  it('stays quiet on every realistic workbook and every sample, whose reading the sheet settles', async () => {
    const folders = [path.resolve(__dirname, '../fixtures/realistic'), path.resolve(__dirname, '../../samples')];
    const files = folders.flatMap((folder) =>
      fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => path.join(folder, f)),
    );
    expect(files.length).toBeGreaterThan(30);
    const fired: string[] = [];
    for (const file of files) {
      const result = checkWorkbook(await readWorkbookFile(file));
      for (const f of result.findings)
        if (f.rule === 'READING_UNCERTAIN') fired.push(`${path.basename(file)} ${f.cell}`);
    }
    expect(fired).toEqual([]);
  }, 60_000);
});

describe('stored corrections', () => {
  it('read a sheet exactly that is misread without them, and say so', () => {
    const r = run(TWO_AMOUNTS, [
      ['Begroting', 'Kolom D', 'begroot', 'Bedrag gemeente'],
      ['Begroting', 'Kolom E', 'negeren', 'Bedrag scholen'],
    ]);
    expect(r.summaries.begrootCents).toBe(6_800_000);
    expect(rules(r)).toEqual([]);
    expect(r.model.reading.corrections).toEqual([
      { setting: 'kolom', col: 3, value: 'begroot' },
      { setting: 'kolom', col: 4, value: 'negeren' },
    ]);
    expect(toTextReport(r, 'x.xlsx', 'nl')).toContain(
      'begroot = kolom D ‘Bedrag gemeente’ (de enige kolom, aangepast door gebruiker)',
    );
    expect(toJsonReport(r, 'x.xlsx')).toMatchObject({
      reading: {
        tables: [
          {
            columns: expect.arrayContaining([
              { column: 'E', header: 'Bedrag scholen', role: 'genegeerd', why: 'user', byUser: true },
            ]),
          },
        ],
      },
    });
  });

  it('make a sheet with an unknown amount word readable at all', () => {
    const sheet: Rows = [
      ['Nr', 'Activiteit', 'Doel', 'Geld 2023'],
      [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 48_000],
    ];
    expect(() => run(sheet)).toThrow(expect.objectContaining({ code: 'NO_BUDGET_SHEET' }));
    expect(run(sheet, [['Begroting', 'Kolom D', 'begroot', 'Geld 2023']]).summaries.begrootCents).toBe(4_800_000);
  });

  it('are reported, not applied, when the column no longer carries the header they were set for', () => {
    // Column D was deleted: "Bedrag scholen" moved into D.
    const moved: Rows = [
      ['Nr', 'Activiteit', 'Doel', 'Bedrag scholen', 'Bedrag gemeente'],
      [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 12_000, 48_000],
    ];
    const r = run(moved, [['Begroting', 'Kolom D', 'begroot', 'Bedrag gemeente']]);
    expect(r.summaries.begrootCents).toBe(6_000_000);
    const f = r.findings.find((x) => x.rule === 'CORRECTION_UNUSABLE')!;
    expect(f).toMatchObject({ cell: 'D1', severity: 'warning' });
    expect(f.message).toBe(
      'De leeswijze zegt dat kolom D (‘Bedrag gemeente’) begroot is, maar in kolom D staat nu ‘Bedrag scholen’; die aanpassing is niet toegepast. Pas de leeswijze aan (blad ‘NPO Leeswijze’).',
    );
  });

  it('set the header row, the unit and the ceiling', () => {
    const sheet: Rows = [
      ['Overzicht', 'Begroot'],
      ['Totaal plan', 322],
      [],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145],
      [2, 'VVE', 2, 177],
    ];
    const r = checkWorkbook({
      sheets: [
        sheetFromValues('Begroting', sheet),
        sheetFromValues(
          CORRECTIONS_SHEET,
          correctionsSheet([
            ['Begroting', 'Kopregel', 4],
            ['Begroting', 'Eenheid', 1000],
            ['Begroting', 'Plafond', '322.000,00'],
          ]),
        ),
      ],
    });
    expect(r.model.headerRow).toBe(3);
    expect(r.summaries.begrootCents).toBe(32_200_000);
    expect(r.model.ceiling).toMatchObject({ cents: 32_200_000, source: 'correction' });
    expect(r.findings).toEqual([]);
    expect(toTextReport(r, 'x.xlsx', 'nl')).toContain(
      'Gelezen: kopregel op rij 4 (aangepast door gebruiker); begroot = kolom D ‘Begroot’ (de enige kolom); bedragen × € 1.000 (aangepast door gebruiker)',
    );
  });

  it('report a header row with no header on it and read the sheet by itself', () => {
    const r = run(TWO_AMOUNTS, [['Begroting', 'Kopregel', 40]]);
    expect(rules(r)).toContain('CORRECTION_UNUSABLE D1');
    expect(r.model.headerRow).toBe(0);
  });

  it('report a line that cannot be read, on the corrections sheet', () => {
    const r = run(TWO_AMOUNTS, [['Begroting', 'Kolom D', 'budget?']]);
    expect(rules(r)).toContain('CORRECTION_UNUSABLE NPO Leeswijze!A5');
  });

  it('give way to corrections given for one run, setting by setting', () => {
    const r = run(TWO_AMOUNTS, [['Begroting', 'Kolom D', 'begroot', 'Bedrag gemeente']], {
      corrections: { columns: [{ col: 4, choice: 'begroot' }] },
    });
    expect(r.summaries.begrootCents).toBe(8_500_000 - 0);
    expect(r.model.tables[0]!.begroot?.cols).toEqual([3, 4]);
  });

  it('round-trip through the lines the adapters write', () => {
    const rows = correctionsSheetRows(
      new Map([
        [
          'begroting',
          {
            name: 'Begroting',
            corrections: {
              headerRow: 3,
              columns: [{ col: 3, choice: 'begroot' as const, header: 'Bedrag gemeente' }],
              unit: 1000,
              ceilingCents: 32_200_000,
            },
          },
        ],
      ]),
    );
    const stored = readCorrections({ sheets: [sheetFromValues(CORRECTIONS_SHEET, correctionsSheet(rows))] });
    expect(stored.unreadable).toEqual([]);
    expect(stored.bySheet.get('begroting')).toEqual({
      headerRow: 3,
      columns: [{ col: 3, choice: 'begroot', header: 'Bedrag gemeente' }],
      unit: 1000,
      ceilingCents: 32_200_000,
    });
  });
});

it("never reads a user's own sheet that merely has the name NPO Leeswijze", () => {
  const own = sheetFromValues(CORRECTIONS_SHEET, [['Mijn aantekeningen'], ['Begroting', 'Kolom D', 'begroot']]);
  const r = checkWorkbook({ sheets: [sheetFromValues('Begroting', TWO_AMOUNTS), own] }, { ceilingCents: 32_200_000 });
  expect(r.model.reading.corrections).toEqual([]);
  expect(r.findings.map((f) => f.rule)).not.toContain('CORRECTION_UNUSABLE');
});
