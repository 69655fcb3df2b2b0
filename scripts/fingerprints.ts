/**
 * The fingerprint of every finding the samples and the realistic fixtures give, plus small
 * workbooks that make the rules the files leave quiet fire. Users' workbooks store these strings
 * as the key of an acceptance ("NPO Acceptaties"), so they must never change by accident:
 * tests/engine/fingerprints.test.ts compares them with tests/fixtures/fingerprints.json, which
 * `node build/scripts/fingerprints.js` (after `npm run build:cli`) writes. Regenerate the file only
 * for a change that is meant to orphan acceptances, and say so in the changelog.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkWorkbook, type CheckOptions } from '../src/engine/check';
import type { Finding } from '../src/engine/findings';
import { CORRECTIONS_HEADER, CORRECTIONS_SHEET, CORRECTIONS_TITLE } from '../src/engine/corrections';
import { plainToCell, type Cell, type PlainValue, type SheetSnapshot, type WorkbookSnapshot } from '../src/engine/grid';
import { readWorkbookFile } from '../src/xlsx/read-file';

/** The project's folder: the one with package.json, above scripts/ or above build/scripts/. */
function projectRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir))
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  return process.cwd();
}

const SOURCE_ROOT = projectRoot();

export const FINGERPRINTS_FILE = path.join(SOURCE_ROOT, 'tests/fixtures/fingerprints.json');

/** `RULE Sheet!A1 fingerprint`: the rule and cell say which finding it is when one changes. */
export type PinnedLine = string;

function lines(findings: ReadonlyArray<Finding>): PinnedLine[] {
  return findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.fingerprint}`);
}

function xlsxFiles(): string[] {
  const folders = ['samples', 'tests/fixtures/realistic'];
  return folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(SOURCE_ROOT, folder))
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => `${folder}/${f}`),
  );
}

/** A formula cell with the value Excel computed for it. */
interface FormulaValue {
  readonly formula: string;
  readonly value: number;
}
const f = (formula: string, value: number): FormulaValue => ({ formula, value });
type Rows = ReadonlyArray<ReadonlyArray<PlainValue | FormulaValue>>;

interface Case {
  readonly sheets: Record<string, Rows>;
  readonly hiddenRows?: ReadonlyArray<number>;
  readonly options?: CheckOptions;
}

const ITEMS: Rows = [
  [1, 'Zomerschool', 1, 'Bink', 100, 10],
  [2, 'Bijles', 1, 'Bibliotheek', 200, 20],
  [3, 'Jeugdcoach', 3, 'Versa Welzijn', 300, 30],
  [4, 'Schakelklas', 2, 'Proloog', 400, 40],
  [5, 'Thuiszitterspact', 5, 'RBL', 500, 50],
];
const TWO_AMOUNTS: Rows = [
  ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
  [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 48_000, 12_000],
  [2, 'Doorgaande lijn 0-7 jaar', 'VVE', 20_000, 5_000],
];
const corrections = (lines: Rows): Rows => [
  [CORRECTIONS_TITLE],
  ['Dit blad wordt bijgehouden door de NPO-begrotingscontrole.'],
  [],
  [...CORRECTIONS_HEADER],
  ...lines,
];

const HEADER = ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'];
const PAYMENTS = ['Datum', 'Factuurnummer', 'Crediteur', 'Interventie', 'Soort', 'Bedrag', 'Status', 'Omschrijving'];

/** Small workbooks for rules and fingerprint paths (a name without a code, a goal column, a total's label) the files do not reach. */
export const CASES: Record<string, Case> = {
  'no-code-per-name': {
    sheets: {
      Begroting: [
        ['Interventie', 'Bestedingsdoel', 'Begroot', 'Benut'],
        ['Huiswerkbegeleiding', '', 10_000, 12_000],
        ['Zomerschool', 'Onbekend doel', 'ca. 5.000', '1.000'],
        ['Mbo-stage', 1, -200, 0.125],
        ['Leeg', 2, null, null],
        ['Totaal', null, 9_000, 13_000],
      ],
    },
    options: { ceilingCents: 1_000_000 },
  },
  'codes-twice-and-goals': {
    sheets: {
      Begroting: [
        [...HEADER],
        [7, 'Huiswerkbegeleiding', '1 en 3', 'Bibliotheek', 10_000, 20_000],
        [7, 'Taalklas', 2, 'Bibliotheek', 'P.M.', '#REF!'],
        [8, 'Jeugdcoach', 'Zorg', 'Welzijn', 'n.t.b.', 'abc'],
        [8, 'Jeugdcoach', 4, 'Welzijn', 1_000, null],
        [9, 'Leesclub', 1, 'Bibliotheek', 100, 200],
        [9, 'Leesclub', 1, 'Bibliotheek', 100, 300],
      ],
    },
  },
  'matrix-per-goal': {
    sheets: {
      Begroting: [
        [null, 'Bovenschools', null, 'Zorg en welzijn', null],
        ['Interventie', 'Begroot', 'Benut', 'Begroot', 'Benut'],
        ['Jeugdcoach', 1_000, 500, 2_000, 2_500],
        ['Zomerschool', 1_000, 1_500, 'abc', 2_500],
        ['Totaal', f('SUM(B3:B4)', 2_000), f('SUM(C3:C4)', 2_000), f('SUM(D3:D3)', 2_000), 1],
      ],
    },
    options: { ceilingCents: 100_000_000 },
  },
  'formulas-wrong-column-range-hidden': {
    sheets: {
      Begroting: [
        [...HEADER],
        ...ITEMS,
        ['Totaal', null, null, null, f('SUM(E2:E5)+F6', 1_050), f('SUM(F2:F6)', 150)],
        ['Subtotaal', null, null, null, f('SUM(E2:E5)', 1_000), f('SUM(F2:F6)+F3', 170)],
      ],
    },
    hiddenRows: [3],
    options: { ceilingCents: 100_000_000 },
  },
  'formulas-double-inconsistent': {
    sheets: {
      Begroting: [
        ['Nr', 'Interventie', 'Begroot', 'Benut'],
        [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen', f('SUM(C3:C4)', 300), f('SUM(D3:D4)', 0)],
        [1, 'Zomerschool', 100, null],
        [2, 'Bijles', 200, 10],
        [null, 'Bestedingsdoel 3: Zorg en welzijn', f('SUM(C6:C6)', 300), f('SUM(D6:D6)', 0)],
        [3, 'Jeugdcoach', 300, 20],
        ['Totaal', null, f('SUM(C2:C6)', 1_200), f('SUM(D4:D6)', 30)],
      ],
    },
    options: { ceilingCents: 100_000_000 },
  },
  'formulas-inconsistent': {
    sheets: {
      Begroting: [
        [...HEADER],
        [1, 'Zomerschool', 1, 'Bink', 100, null],
        ...ITEMS.slice(1),
        ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F3:F6)', 140)],
      ],
    },
    options: { ceilingCents: 100_000_000 },
  },
  'reading-two-columns': { sheets: { Begroting: TWO_AMOUNTS }, options: { ceilingCents: 32_200_000 } },
  'reading-unit': {
    sheets: {
      Begroting: [
        ['Nr', 'Interventie', 'Doel', 'Begroot'],
        [1, 'Huiswerkbegeleiding', 1, 145],
        [2, 'VVE', 2, 177],
      ],
    },
    options: { ceilingCents: 32_200_000 },
  },
  'corrections-unusable': {
    sheets: {
      Begroting: [
        ['Nr', 'Activiteit', 'Doel', 'Bedrag scholen', 'Bedrag gemeente'],
        [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 12_000, 48_000],
      ],
      [CORRECTIONS_SHEET]: corrections([
        ['Begroting', 'Kolom D', 'begroot', 'Bedrag gemeente'],
        ['Begroting', 'Kopregel', 40],
        ['Begroting', 'Kolom E', 'budget?'],
      ]),
    },
    options: { ceilingCents: 32_200_000 },
  },
  payments: {
    sheets: {
      Begroting: [
        [...HEADER],
        [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 149_823],
        ['7-9', 'Top VVE – deel AT', 2, 'AT kinderopvang', 40_000, 20_000],
        [12, 'Jongeren coaching', 3, '', 150_000, 0],
        [16, 'Preventief spreekuur', 5, 'Regionaal Bureau Leerlingzaken', 50_000, 0],
      ],
      Betalingen: [
        [...PAYMENTS],
        ['2022-03-01', 'F-1', 'Versa Welzijn', 1, 'factuur', 100_000, 'betaald', ''],
        ['2022-03-01', 'F-1', 'Versa Welzijn', 1, 'factuur', 100_000, 'betaald', ''],
        ['2020-01-01', 'F-2', 'Andere partij', '7-9', 'factuur', 5_000, 'betaald', ''],
        ['gisteren', 'F-3', 'AT kinderopvang', '7-9', 'factuur', '1.000', 'betaald', ''],
        ['2022-04-01', 'F-4', 'Onbekend', 99, 'factuur', 1_000, 'betaald', ''],
        ['2022-05-01', 'C-1', 'Ander', 12, 'creditnota', -500, 'betaald', ''],
        ['2022-05-01', 'V-1', 'Coach bv', 12, 'voorschot', 10_000, 'betaald', ''],
        ['2022-06-01', 'S-1', 'RBL', 16, 'vaststelling', 60_000, 'betaald', ''],
        ['2022-07-01', 'T-1', 'Nieuw', 16, 'terugvordering', -1_000, 'betaald', ''],
        ['2026-01-01', 'L-1', 'Versa Welzijn', 1, 'factuur', 1, 'open', ''],
        ['2022-08-01', '', 'Versa Welzijn', 1, 'factuur', 'ca. 10', 'betaald', ''],
        ['', '', 'Versa Welzijn', 1, 'factuur', 20, 'betaald', ''],
      ],
    },
  },
};

function cell(value: PlainValue | FormulaValue): Cell | undefined {
  return value !== null && typeof value === 'object'
    ? { kind: 'number', value: value.value, formula: value.formula }
    : plainToCell(value);
}

function snapshot(c: Case): WorkbookSnapshot {
  const sheet = ([name, rows]: [string, Rows], first: boolean): SheetSnapshot => ({
    name,
    rows: rows.map((row) => row.map(cell)),
    ...(first && c.hiddenRows ? { hiddenRows: c.hiddenRows } : {}),
  });
  return { sheets: Object.entries(c.sheets).map((entry, i) => sheet(entry, i === 0)) };
}

/** Every finding's pinned line, per file or case, in the order the check gives them. */
export async function collectFingerprints(): Promise<Record<string, PinnedLine[]>> {
  const pinned: Record<string, PinnedLine[]> = {};
  for (const file of xlsxFiles()) {
    const result = checkWorkbook(await readWorkbookFile(path.join(SOURCE_ROOT, file)));
    pinned[file] = lines([...result.findings, ...result.accepted]);
  }
  for (const [name, c] of Object.entries(CASES)) {
    const result = checkWorkbook(snapshot(c), c.options ?? {});
    pinned[`case:${name}`] = lines([...result.findings, ...result.accepted]);
  }
  return pinned;
}

if (require.main === module) {
  void collectFingerprints().then((pinned) => {
    fs.writeFileSync(FINGERPRINTS_FILE, `${JSON.stringify(pinned, null, 2)}\n`);
    const count = Object.values(pinned).reduce((n, l) => n + l.length, 0);
    process.stdout.write(
      `${count} fingerprints in ${Object.keys(pinned).length} workbooks → ${path.relative(SOURCE_ROOT, FINGERPRINTS_FILE)}\n`,
    );
  });
}
