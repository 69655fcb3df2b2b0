/**
 * The command line as users run it: the compiled `bin/npo-check.js` in a child process, on real
 * `.xlsx` files written with ExcelJS.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const BIN = path.resolve(__dirname, '../../bin/npo-check.js');
const dir = mkdtempSync(path.join(tmpdir(), 'npo-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function writeWorkbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheetName);
    for (const row of rows) ws.addRow(row);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const BUDGET = [
  ['NPO-begroting gemeente Putten'],
  ['Plafond NPO-middelen', 322_000],
  [],
  ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'],
  [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000, 80_000],
  [2, 'VVE extra uren', 'VVE', 'Proloog', 150_000, 150_000],
  [3, 'Jeugdcoach', 'Zorg & welzijn', 'Versa Welzijn', 72_000, 10_000],
  ['Totaal', null, null, null, { formula: 'SUM(E5:E7)', result: 322_000 }, { formula: 'SUM(F5:F7)', result: 240_000 }],
];

let clean: string;
let faulty: string;

beforeAll(async () => {
  clean = await writeWorkbook('schoon.xlsx', { Toelichting: [['Zie het blad Begroting.']], Begroting: BUDGET });
  const rows = BUDGET.map((r) => [...r]);
  rows[6] = [3, 'Jeugdcoach', 'Samenwerkingg', 'Versa Welzijn', '€ 72.000,00', 90_000];
  faulty = await writeWorkbook('fouten.xlsx', { Begroting: rows });
});

describe('npo-check', () => {
  it('prints a readable report and exits 0 when there is no error', async () => {
    const r = await run([clean]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Werkblad: Begroting (lijst (een rij per interventie), kopregel op rij 4)');
    expect(r.stdout).toContain('Plafond: € 322.000,00 (uit het begrotingsblad (Begroting!B2))');
    expect(r.stdout).toMatch(/1 Bovenschoolse maatregelen\s+€ 100\.000,00\s+€ 80\.000,00\s+€ 20\.000,00\s+80,0%/);
    expect(r.stdout).toContain('Bevindingen: 0 fouten, 0 waarschuwingen, 0 ter info');
  });

  it('exits 1 and lists the findings with their cells when there are errors', async () => {
    const r = await run([faulty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/C7\s+UNKNOWN_GOAL/);
    expect(r.stdout).toMatch(/E7\s+NUMBER_AS_TEXT/);
    expect(r.stdout).toMatch(/F7\s+OVERSPENT/);
  });

  it('writes the JSON contract', async () => {
    const r = await run([faulty, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      file: faulty,
      sheet: 'Begroting',
      layout: 'list',
      ceilingCents: 32_200_000,
      ceilingSource: 'sheet',
      totals: { begrootCents: 32_200_000, benutCents: 32_000_000 },
    });
    expect(json.goals).toHaveLength(5);
    expect(json.goals[0]).toEqual({ goal: 1, name: 'Bovenschoolse maatregelen', begrootCents: 10_000_000, benutCents: 8_000_000, restantCents: 2_000_000, interventions: 1 });
    expect(json.interventions[0]).toMatchObject({ code: '1', name: 'Zomerschool', row: 5, allocations: [{ goal: 1, begrootCents: 10_000_000, benutCents: 8_000_000 }] });
    const overspent = json.findings.find((f: { rule: string }) => f.rule === 'OVERSPENT');
    expect(overspent).toMatchObject({ severity: 'warning', sheet: 'Begroting', cell: 'F7', amountCents: 1_800_000 });
    expect(typeof overspent.message).toBe('string');
  });

  it('speaks English with --lang en', async () => {
    const r = await run([faulty, '--lang', 'en']);
    expect(r.stdout).toContain('Findings: 3 errors');
    expect(r.stdout).toContain('is none of the five goals. Did you mean goal 4');
  });

  it('takes the ceiling from --ceiling in Dutch or English notation', async () => {
    for (const ceiling of ['300.000,00', '300,000.00']) {
      const json = JSON.parse((await run([clean, '--format', 'json', '--ceiling', ceiling])).stdout);
      expect(json).toMatchObject({ ceilingCents: 30_000_000, ceilingSource: 'option' });
      expect(json.findings[0]).toMatchObject({ rule: 'CEILING_EXCEEDED', amountCents: 2_200_000, cell: 'E8' });
    }
  });

  it('checks the sheet named with --sheet', async () => {
    const r = await run([clean, '--sheet', 'Toelichting']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('npo-check: Werkblad ‘Toelichting’ lijkt geen begrotingsblad: er is in de eerste 40 rijen geen kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag.\n');
  });

  it('never modifies the input file', async () => {
    const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    const before = { hash: hash(faulty), mtime: statSync(faulty).mtimeMs };
    await run([faulty]);
    await run([faulty, '--format', 'json']);
    expect({ hash: hash(faulty), mtime: statSync(faulty).mtimeMs }).toEqual(before);
  });

  describe('answers what it cannot do with one line on stderr and exit code 2', () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      ['a missing file', () => [path.join(dir, 'bestaat-niet.xlsx')], /bestaat niet\.$/],
      ['a CSV renamed to .xlsx', () => [writeText('csv.xlsx', 'Nr;Interventie;Begroot\n1;Zomerschool;100\n')], /geen Excel-werkmap/],
      ['a truncated workbook', () => [truncated()], /beschadigd of onvolledig/],
      ['a workbook without a budget sheet', () => [path.join(dir, 'leeg-blad.xlsx')], /Geen begrotingsblad gevonden/],
      ['a missing sheet', () => [clean, '--sheet', 'Begroting 2030'], /Werkblad ‘Begroting 2030’ bestaat niet in deze werkmap\. Beschikbaar: ‘Toelichting’, ‘Begroting’\./],
      ['a ceiling that is no amount', () => [clean, '--ceiling', 'veel'], /plafond ‘veel’ is geen bedrag/],
      ['an unknown option', () => [clean, '--kleur'], /onbekende of onvolledige optie/],
      ['no file at all', () => [], /geef de werkmap op/],
    ];

    beforeAll(async () => {
      await writeWorkbook('leeg-blad.xlsx', { Blad1: [['Alleen een notitie']] });
    });

    it.each(cases)('%s', async (_name, args, expected) => {
      const r = await run(args());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^npo-check: /);
      expect(lines[0]).toMatch(expected);
    });
  });
});

function writeText(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function truncated(): string {
  const data = readFileSync(clean);
  return writeText('afgebroken.xlsx', data.subarray(0, Math.floor(data.length / 2)).toString('latin1'));
}
