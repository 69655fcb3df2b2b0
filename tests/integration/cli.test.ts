/**
 * The command line as users run it: the compiled `bin/npo-check.js` in a child process, on real
 * `.xlsx` files written with ExcelJS.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as run } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-cli-'));

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
    expect(json.goals[0]).toEqual({
      goal: 1,
      name: 'Bovenschoolse maatregelen',
      begrootCents: 10_000_000,
      benutCents: 8_000_000,
      restantCents: 2_000_000,
      interventions: 1,
    });
    expect(json.interventions[0]).toMatchObject({
      code: '1',
      name: 'Zomerschool',
      row: 5,
      allocations: [{ goal: 1, begrootCents: 10_000_000, benutCents: 8_000_000 }],
    });
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
    expect(r.stderr).toBe(
      'npo-check: Werkblad ‘Toelichting’ lijkt geen begrotingsblad: er is in de eerste 40 rijen geen kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag.\n',
    );
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
      [
        'a CSV renamed to .xlsx',
        () => [writeText('csv.xlsx', 'Nr;Interventie;Begroot\n1;Zomerschool;100\n')],
        /geen Excel-werkmap/,
      ],
      ['a truncated workbook', () => [truncated()], /beschadigd of onvolledig/],
      ['a workbook without a budget sheet', () => [path.join(dir, 'leeg-blad.xlsx')], /Geen begrotingsblad gevonden/],
      [
        'a missing sheet',
        () => [clean, '--sheet', 'Begroting 2030'],
        /Werkblad ‘Begroting 2030’ bestaat niet in deze werkmap\. Beschikbaar: ‘Toelichting’, ‘Begroting’\./,
      ],
      ['a ceiling that is no amount', () => [clean, '--ceiling', 'veel'], /plafond ‘veel’ is geen bedrag/],
      ['an unknown option', () => [clean, '--kleur'], /onbekende of onvolledige optie/],
      ['no file at all', () => [], /geef de werkmap op/],
      [
        'a period start that is no date',
        () => [clean, '--period-start', '1 augustus 2021'],
        /begin van de bestedingsperiode ‘1 augustus 2021’ is geen datum; schrijf bijvoorbeeld 1-8-2021 of 2021-08-01\.$/,
      ],
      [
        'a period end that does not exist',
        () => [clean, '--period-end', '31-6-2025'],
        /einde van de bestedingsperiode ‘31-6-2025’ is geen datum/,
      ],
      [
        'a period that ends before it starts',
        () => [clean, '--period-start', '2025-08-01', '--period-end', '31-7-2025'],
        /de bestedingsperiode begint na haar einde \(2025-08-01 – 31-7-2025\)/,
      ],
      [
        'a missing payments sheet',
        () => [clean, '--payments-sheet', 'Betalingen'],
        /Betalingenblad ‘Betalingen’ bestaat niet in deze werkmap\. Beschikbaar: ‘Toelichting’, ‘Begroting’\./,
      ],
      [
        'a payments sheet that is none',
        () => [clean, '--payments-sheet', 'Toelichting'],
        /Werkblad ‘Toelichting’ lijkt geen betalingenblad/,
      ],
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

describe('npo-check with a payments sheet', () => {
  const SAMPLE = path.resolve(__dirname, '../../samples/hilversum-2023-stand.xlsx');

  it('reconciles the payments sheet it finds, in the text report and the JSON', async () => {
    const text = await run([SAMPLE]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Afstemming met werkblad ‘Betalingen’ (bestedingsperiode 01-08-2021 t/m 31-07-2025)');
    expect(text.stdout).toMatch(/2022\s+€ 561\.500,00\s+€ 565\.000,00/);
    expect(text.stdout).toContain(
      'Onverklaarde verschillen: € 15.352,00; rapporteringstolerantie € 125.000,00: binnen de tolerantie',
    );
    expect(text.stdout).toMatch(/D15\s+PAYMENT_UNKNOWN_INTERVENTION\s+Betaling ‘IMC-2022-07’/);
    const json = JSON.parse((await run([SAMPLE, '--format', 'json'])).stdout);
    expect(json.reconciliation).toMatchObject({
      paymentsSheet: 'Betalingen',
      periodStart: '2021-08-01',
      periodEnd: '2025-07-31',
      paidCents: 133_579_200,
      openCents: 210_200,
    });
    expect(json.reconciliation.interventions[1]).toEqual({
      code: '2',
      name: 'Bibliotheek (samenwerking tussen scholen, peuteropvang én de bieb)',
      row: 7,
      partner: 'De Bibliotheek',
      begrootCents: 25_000_000,
      benutCents: 24_785_200,
      paidCents: 24_500_000,
      openCents: 285_200,
      differenceCents: 285_200,
      payments: 4,
    });
    expect(json.reconciliation.partners[0]).toMatchObject({
      partner: 'Versa Welzijn',
      interventions: ['1', '11'],
      paidCents: 29_972_800,
    });
    expect(json.years[1]).toEqual({
      year: 2022,
      goals: [
        { goal: 1, paidCents: 34_600_000 },
        { goal: 2, paidCents: 2_000_000 },
        { goal: 3, paidCents: 14_700_000 },
        { goal: 4, paidCents: 0 },
        { goal: 5, paidCents: 3_600_000 },
      ],
      withoutGoalCents: 1_250_000,
      totalCents: 56_150_000,
      cumulativeCents: 56_500_000,
    });
    const outside = json.findings.find((f: { rule: string }) => f.rule === 'PAYMENT_OUTSIDE_PERIOD');
    expect(outside).toMatchObject({
      severity: 'error',
      sheet: 'Betalingen',
      cell: 'A5',
      amountCents: 350_000,
      interventionCode: '1',
    });
  });

  it('takes the period from --period-start and --period-end, in Dutch or ISO notation', async () => {
    const json = JSON.parse(
      (await run([SAMPLE, '--format', 'json', '--period-start', '1-6-2021', '--period-end', '2023-06-30'])).stdout,
    );
    expect(json.reconciliation).toMatchObject({ periodStart: '2021-06-01', periodEnd: '2023-06-30' });
    const outside = json.findings
      .filter((f: { rule: string }) => f.rule === 'PAYMENT_OUTSIDE_PERIOD')
      .map((f: { cell: string }) => f.cell);
    expect(outside).toEqual(['A30', 'A31', 'A32', 'A33', 'A34', 'A35']);
    expect(json.years.map((y: { year: number }) => y.year)).toEqual([2021, 2022, 2023]);
  });

  it('takes the payments sheet named with --payments-sheet, and says in English when it is none', async () => {
    const json = JSON.parse((await run([SAMPLE, '--format', 'json', '--payments-sheet', 'betalingen'])).stdout);
    expect(json.reconciliation.paymentsSheet).toBe('Betalingen');
    const r = await run([SAMPLE, '--payments-sheet', 'Instellingen', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'npo-check: Worksheet ‘Instellingen’ does not look like a payments sheet: there is no header row in its first 40 rows with a date, an invoice or payment number, the intervention and the amount.\n',
    );
    const bad = await run([SAMPLE, '--period-end', 'eind juli', '--lang', 'en']);
    expect(bad.stderr).toBe(
      'npo-check: end of the spending period ‘eind juli’ is not a date; write, for example, 31-7-2025 or 2025-07-31.\n',
    );
  });

  it('leaves the JSON without reconciliation and years when there is no payments sheet', async () => {
    const json = JSON.parse((await run([clean, '--format', 'json'])).stdout);
    expect(json).not.toHaveProperty('reconciliation');
    expect(json).not.toHaveProperty('years');
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
