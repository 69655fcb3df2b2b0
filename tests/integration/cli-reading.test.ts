/**
 * The reading on the command line: `--explain` prints it whole, `--header-row`, `--column` and
 * `--unit` correct it for one run, and corrections stored in the workbook (sheet "NPO Leeswijze")
 * apply to npo-check as they do in the pane.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORRECTIONS_HEADER, CORRECTIONS_SHEET, CORRECTIONS_TITLE } from '../../src/engine/corrections';
import { writeWorkbook, type CellValue } from '../corpus/workbooks';
import { runCli as run } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-cli-reading-'));

/** One file in this test's folder, its sheets given by name. */
function write(name: string, sheets: Record<string, CellValue[][]>): Promise<string> {
  return writeWorkbook(
    dir,
    name,
    Object.entries(sheets).map(([sheet, rows]) => ({ name: sheet, rows })),
  );
}

// Putten's plan with the schools' own contribution beside the municipality's share.
const BUDGET: CellValue[][] = [
  ['NPO-begroting gemeente Putten'],
  ['Plafond NPO-middelen', 322_000],
  [],
  ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
  [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 150_000, 40_000],
  [2, 'Doorgaande lijn 0-7 jaar', 'VVE', 172_000, 20_000],
];

let plain: string;
let stored: string;

beforeAll(async () => {
  plain = await write('putten.xlsx', { Begroting: BUDGET });
  stored = await write('putten-leeswijze.xlsx', {
    Begroting: BUDGET,
    [CORRECTIONS_SHEET]: [
      [CORRECTIONS_TITLE],
      ['Bijgehouden door de NPO-begrotingscontrole.'],
      [],
      [...CORRECTIONS_HEADER],
      ['Begroting', 'Kolom E', 'negeren', 'Bedrag scholen'],
    ],
  });
});

it('warns that two columns were added up, and --explain names every column', async () => {
  const r = await run([plain, '--explain', '--quiet']);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('READING_UNCERTAIN');
  expect(r.stdout).toContain('    D ‘Bedrag gemeente’: begroot\n    E ‘Bedrag scholen’: begroot\n');
  expect(r.stdout).toMatch(/Totaal +€ 382\.000,00/);
});

it("reads only the municipality's share with --column D=begroot, and the plan is exactly the grant", async () => {
  const r = await run([plain, '--column', 'D=begroot', '--format', 'json', '--quiet']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.totals.begrootCents).toBe(32_200_000);
  expect(json.findings).toEqual([]);
  expect(json.reading.tables[0].columns).toEqual([
    { column: 'A', header: 'Nr', role: 'code', byUser: false },
    { column: 'B', header: 'Activiteit', role: 'interventie', byUser: false },
    { column: 'C', header: 'Doel', role: 'bestedingsdoel', byUser: false },
    { column: 'D', header: 'Bedrag gemeente', role: 'begroot', byUser: true },
    { column: 'E', header: 'Bedrag scholen', role: 'genegeerd', why: 'not-chosen', byUser: false },
  ]);
});

it('applies the corrections stored in the workbook, as the pane does', async () => {
  const r = await run([stored, '--quiet']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Gelezen: kopregel op rij 4; begroot = kolom D ‘Bedrag gemeente’ (de enige kolom)');
  expect(r.stdout).toContain('Bevindingen: 0 fouten, 0 waarschuwingen, 0 ter info');
});

it('reads the header row and unit given for one run', async () => {
  const file = await write('duizenden.xlsx', {
    Begroting: [
      ['Samenvatting', 'Begroot'],
      ['Plan', 322],
      [],
      ['Plafond NPO-middelen', 322_000],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Zomerschool', 1, 150],
      [2, 'VVE extra uren', 2, 172],
    ],
  });
  const r = await run([file, '--header-row', '5', '--unit', '1000', '--format', 'json', '--quiet']);
  const json = JSON.parse(r.stdout);
  expect(json.reading).toMatchObject({
    headerRow: 5,
    headerRowByUser: true,
    tables: [{ unit: 1000, unitByUser: true }],
  });
  expect(json.totals.begrootCents).toBe(32_200_000);
});

it.each([
  [['--header-row', 'vijf'], 'npo-check: kopregel ‘vijf’ is geen rijnummer; geef bijvoorbeeld --header-row 5.'],
  [
    ['--column', 'E:begroot'],
    'npo-check: kolom ‘E:begroot’ is niet te lezen; schrijf kolom=rol, bijvoorbeeld --column E=begroot (rollen: code, interventie, bestedingsdoel, uitvoerder, begroot, benut, toelichting, negeren).',
  ],
  [['--unit', '100'], 'npo-check: eenheid ‘100’ bestaat niet; kies 1, 1000 of 1000000.'],
])('refuses %j with one sentence', async (args, line) => {
  const r = await run([plain, ...args]);
  expect({ code: r.code, stderr: r.stderr.trim() }).toEqual({ code: 2, stderr: line });
});
