/**
 * `npo-check --out`: the compiled `bin/npo-check.js` in a child process writes the report
 * workbook, refuses every place it must not write to, and never touches the input. Run
 * `npm run build:cli` first (`npm test` does).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as run } from '../support/run-cli';
import { checkWorkbook } from '../../src/engine/check';
import { address } from '../../src/engine/grid';
import { todayDayNumber } from '../../src/engine/inputs/day';
import { buildOutputPlan } from '../../src/engine/plan/build';
import { SEVERITY_FILL, type OutputPlan } from '../../src/engine/plan/types';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import {
  cellAt,
  errorCells,
  recalculate,
  type RecalculatedValue,
  type RecalculatedWorkbook,
} from '../../scripts/libreoffice';

jest.setTimeout(120_000);

const SAMPLES = path.resolve(__dirname, '../../samples');
const dir = mkdtempSync(path.join(tmpdir(), 'npo-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 2024-03-01 09:30 UTC: a fixed check time, so two runs can be compared cell by cell. */
const EPOCH = '1709285400';

const BUDGET = [
  ['NPO-begroting gemeente Putten'],
  ['Plafond NPO-middelen', 322_000],
  [],
  ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'],
  [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000, 80_000],
  [2, 'VVE extra uren', 'VVE', 'Proloog', 150_000, 150_000],
  [3, 'Jeugdcoach', 'Samenwerkingg', 'Versa Welzijn', '€ 72.000,00', 90_000],
  ['Totaal', null, null, null, { formula: 'SUM(E5:E7)', result: 250_000 }, { formula: 'SUM(F5:F7)', result: 320_000 }],
];

async function writeWorkbook(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Begroting');
  for (const row of rows) ws.addRow(row);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Everything a user sees in the cells: what we compare between two runs (zip timestamps differ). */
function cellContent(wb: ExcelJS.Workbook): unknown[] {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value, c.result, c.numFmt, c.style, c.note])));
    return [ws.name, ws.views, cells];
  });
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const TABS = [
  'NPO Overzicht',
  'Doel 1 Bovenschools',
  'Doel 2 Voorschools',
  'Doel 3 Zorg en welzijn',
  'Doel 4 Samenwerking',
  'Doel 5 Thuiszitters',
  'NPO Controle',
  'Begroting',
];

let input: string;
beforeAll(async () => {
  input = await writeWorkbook('fouten.xlsx', BUDGET);
});

describe('npo-check --out', () => {
  it('writes the report workbook with every tab and says so after the text report', async () => {
    const out = path.join(dir, 'rapport.xlsx');
    const r = await run([input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('E7     NUMBER_AS_TEXT');
    expect(r.stdout.endsWith(`\nRapport geschreven: ${out}\n`)).toBe(true);
    const report = await readXlsx(out);
    expect(report.worksheets.map((w) => w.name)).toEqual(TABS);
  });

  it('highlights the flagged cells in the copy and links the findings to them', async () => {
    const report = await readXlsx(path.join(dir, 'rapport.xlsx'));
    const copy = report.getWorksheet('Begroting')!;
    const fill = (a: string) => {
      const f = copy.getCell(a).fill;
      return f?.type === 'pattern' && f.pattern === 'solid' ? f.fgColor?.argb : undefined;
    };
    expect(fill('C7')).toBe(SEVERITY_FILL.error);
    expect(fill('E7')).toBe(SEVERITY_FILL.error);
    expect(fill('F7')).toBe(SEVERITY_FILL.warning);
    expect(fill('B7')).toBeUndefined();
    expect(copy.getCell('E7').value).toBe('€ 72.000,00');
    expect(copy.getCell('E8').formula).toBe('SUM(E5:E7)');
    expect(JSON.stringify(copy.getCell('F7').note)).toContain('OVERSPENT');
    const controle = report.getWorksheet('NPO Controle')!;
    const links: string[] = [];
    controle.eachRow((row) =>
      row.eachCell((c) => (c.formula?.startsWith('HYPERLINK') ? links.push(c.formula) : undefined)),
    );
    expect(links).toContain(`HYPERLINK("#'Begroting'!F7","Begroting!F7")`);
  });

  it('speaks English with --lang en and puts the path into the JSON', async () => {
    const out = path.join(dir, 'report-en.xlsx');
    const text = await run([input, '--out', out, '--lang', 'en']);
    expect(text.stdout.endsWith(`\nReport written: ${out}\n`)).toBe(true);
    const json = await run([input, '--out', out, '--force', '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.report).toBe(out);
    expect(parsed).toMatchObject({ file: input, sheet: 'Begroting' });
    expect(parsed.findings.map((f: { rule: string }) => f.rule)).toContain('NUMBER_AS_TEXT');
  });

  it('leaves the JSON without a report field when there is no --out', async () => {
    const parsed = JSON.parse((await run([input, '--format', 'json'])).stdout);
    expect(parsed).not.toHaveProperty('report');
  });

  it('gives the same cells with --force twice, and replaces the file', async () => {
    const out = path.join(dir, 'tweemaal.xlsx');
    await run([input, '--out', out], { SOURCE_DATE_EPOCH: EPOCH });
    const first = cellContent(await readXlsx(out));
    const r = await run([input, '--out', out, '--force'], { SOURCE_DATE_EPOCH: EPOCH });
    expect(r.code).toBe(1);
    const second = await readXlsx(out);
    expect(cellContent(second)).toEqual(first);
    expect(second.created).toEqual(new Date(Number(EPOCH) * 1000));
  });

  it('never modifies the input file, and leaves no temporary file behind', async () => {
    const before = { hash: hash(input), mtime: statSync(input).mtimeMs };
    const folder = path.join(dir, 'schoon');
    mkdirSync(folder);
    await run([input, '--out', path.join(folder, 'r.xlsx')]);
    await run([input, '--out', path.join(folder, 'r.xlsx'), '--force', '--format', 'json']);
    expect({ hash: hash(input), mtime: statSync(input).mtimeMs }).toEqual(before);
    expect(readdirSync(folder)).toEqual(['r.xlsx']);
  });

  describe('refuses with one line on stderr and exit code 2, writing nothing', () => {
    const other = () => path.join(dir, 'ander.xlsx');
    const cases: Array<[string, () => string[], RegExp]> = [
      [
        'the input itself',
        () => [input, '--out', input],
        /^npo-check: het rapport kan niet naar ‘.*fouten\.xlsx’: dat is de werkmap die gecontroleerd wordt/,
      ],
      [
        'the input spelled differently',
        () => [input, '--out', `${dir}/./../${path.basename(dir)}/fouten.xlsx`, '--force'],
        /dat is de werkmap die gecontroleerd wordt/,
      ],
      [
        'a symlink to the input',
        () => [input, '--out', path.join(dir, 'link.xlsx'), '--force'],
        /dat is de werkmap die gecontroleerd wordt/,
      ],
      [
        'a hard link to the input',
        () => [input, '--out', path.join(dir, 'hard.xlsx'), '--force'],
        /dat is de werkmap die gecontroleerd wordt/,
      ],
      [
        'an existing file without --force',
        () => [input, '--out', other()],
        /‘.*ander\.xlsx’ bestaat al; kies een andere naam of geef --force om het te overschrijven\.$/,
      ],
      [
        'a missing folder',
        () => [input, '--out', path.join(dir, 'bestaat-niet', 'r.xlsx')],
        /de map ‘.*bestaat-niet’ voor het rapport bestaat niet/,
      ],
      ['a folder', () => [input, '--out', dir, '--force'], /is een map; geef de naam van het rapportbestand/],
      ['a file as folder', () => [input, '--out', path.join(other(), 'r.xlsx')], /‘.*ander\.xlsx’ is geen map/],
      ['--force without --out', () => [input, '--force'], /--force hoort bij --out/],
    ];

    beforeAll(() => {
      writeFileSync(other(), 'al aanwezig');
      symlinkSync(input, path.join(dir, 'link.xlsx'));
      linkSync(input, path.join(dir, 'hard.xlsx'));
    });

    it.each(cases)('%s', async (_name, args, expected) => {
      const inputBefore = hash(input);
      const entries = readdirSync(dir).sort();
      const r = await run(args());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^npo-check: /);
      expect(lines[0]).toMatch(expected);
      expect(hash(input)).toBe(inputBefore);
      expect(readFileSync(other(), 'utf8')).toBe('al aanwezig');
      expect(readdirSync(dir).sort()).toEqual(entries);
    });

    it('in English with --lang en', async () => {
      const r = await run([input, '--out', other(), '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^npo-check: ‘.*ander\.xlsx’ already exists; choose another name or pass --force to overwrite it\.\n$/,
      );
    });

    it('a malformed SOURCE_DATE_EPOCH', async () => {
      const r = await run([input, '--out', path.join(dir, 'nieuw.xlsx')], { SOURCE_DATE_EPOCH: 'gisteren' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('npo-check: SOURCE_DATE_EPOCH ‘gisteren’ is geen aantal seconden sinds 1970.\n');
      expect(existsSync(path.join(dir, 'nieuw.xlsx'))).toBe(false);
    });
  });
});

/** Excel and LibreOffice store numbers to 15 significant digits. */
function sameValue(got: RecalculatedValue, expected: number | string): boolean {
  if (typeof expected === 'number' && typeof got === 'number')
    return Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return got === expected;
}

const SAMPLE_FILES = [
  'hilversum-2021-begroting.xlsx',
  'hilversum-2023-stand.xlsx',
  'putten-2021.xlsx',
  'voerendaal-2021.xlsx',
];

describe.each(SAMPLE_FILES)('the report of %s in a real spreadsheet program', (file) => {
  let plan: OutputPlan;
  let book: RecalculatedWorkbook;
  let result: ReturnType<typeof checkWorkbook>;

  beforeAll(async () => {
    const sample = path.join(dir, file);
    copyFileSync(path.join(SAMPLES, file), sample);
    const out = path.join(dir, file.replace('.xlsx', '-rapport.xlsx'));
    const r = await run([sample, '--out', out, '--force'], { SOURCE_DATE_EPOCH: EPOCH });
    expect(r.stderr).toBe('');
    result = checkWorkbook(await readWorkbookFile(sample));
    plan = buildOutputPlan(result, {
      lang: 'nl',
      checkedOn: todayDayNumber(new Date(Number(EPOCH) * 1000)),
      source: path.basename(sample),
    });
    book = await recalculate(out);
  });

  it('has no cell holding an error after LibreOffice recalculated everything', () => {
    expect(errorCells(book)).toEqual([]);
  });

  it('recalculates every formula on the plan tabs to the result the engine expected', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const sheet of plan.sheets) {
      const cells = book.get(sheet.name);
      if (!cells) throw new Error(`tab ${sheet.name} missing after recalculation`);
      for (const cell of sheet.cells) {
        if (cell.content.kind !== 'formula' && !cell.link) continue;
        const expected =
          cell.content.kind === 'formula'
            ? cell.content.result
            : cell.content.kind === 'text'
              ? cell.content.text
              : cell.content.value;
        const at = address(cell.row, cell.col);
        const got = cellAt(cells, at).value;
        checked += 1;
        if (!sameValue(got, expected))
          mismatches.push(`${sheet.name}!${at}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('totals begroot and benut on the overview and on every goal tab to the engine’s figures, to the cent', () => {
    const cents = (sheet: string, a1: string): number =>
      Math.round((cellAt(book.get(sheet)!, a1).value as number) * 100);
    const overview = plan.sheets[0]!;
    const totalRow = overview.cells.find((c) => c.content.kind === 'text' && c.content.text === 'Totaal')!.row + 1;
    expect(cents('NPO Overzicht', `B${totalRow}`)).toBe(result.summaries.begrootCents);
    expect(cents('NPO Overzicht', `C${totalRow}`)).toBe(result.summaries.benutCents);
    for (const goal of result.summaries.goals) {
      const tab = plan.sheets[goal.goal]!;
      const total = tab.cells.find((c) => c.content.kind === 'text' && c.content.text === 'Totaal');
      if (!total) {
        expect(goal.interventions).toBe(0);
        continue;
      }
      expect(cents(tab.name, `D${total.row + 1}`)).toBe(goal.begrootCents);
      expect(cents(tab.name, `E${total.row + 1}`)).toBe(goal.benutCents);
    }
  });

  it('totals the reconciliation and jaarrekening tabs to the engine’s figures, to the cent (with a payments sheet)', () => {
    const rec = result.reconciliation;
    if (!rec) {
      expect(book.has('NPO Afstemming')).toBe(false);
      expect(book.has('NPO Jaarrekening')).toBe(false);
      return;
    }
    const value = (sheet: string, row: number, col: number) => cellAt(book.get(sheet)!, address(row, col)).value;
    const cents = (sheet: string, row: number, col: number): number =>
      Math.round((value(sheet, row, col) as number) * 100);
    const rows = (sheet: string, label: string, col: number): number[] =>
      plan.sheets
        .find((s) => s.name === sheet)!
        .cells.filter((c) => c.col === col && c.content.kind === 'text' && c.content.text === label)
        .map((c) => c.row);

    const benut = rec.interventions.reduce((n, r) => n + r.intervention.benutCents, 0);
    const begroot = rec.interventions.reduce((n, r) => n + r.intervention.begrootCents, 0);
    const [interventionTotal, partnerTotal, listTotal] = rows('NPO Afstemming', 'Totaal', 1);
    for (const row of [interventionTotal!, partnerTotal!]) {
      expect([3, 4, 5, 6, 7].map((col) => cents('NPO Afstemming', row, col))).toEqual([
        begroot,
        benut,
        rec.paidCents,
        rec.openCents,
        benut - rec.paidCents,
      ]);
    }
    expect(cents('NPO Afstemming', interventionTotal!, 8)).toBe(rec.tolerance.unexplainedCents);
    expect([5, 6].map((col) => cents('NPO Afstemming', listTotal!, col))).toEqual([rec.paidCents, rec.openCents]);
    const afstemming = (label: string): number => cents('NPO Afstemming', rows('NPO Afstemming', label, 1)[0]!, 8);
    expect(afstemming('Onverklaarde verschillen (som van de verschillen, zonder teken)')).toBe(
      rec.tolerance.unexplainedCents,
    );
    expect(afstemming('Lasten (totaal benut)')).toBe(rec.tolerance.lastenCents);
    expect(afstemming('Rapporteringstolerantie (Bado art. 5 lid 4)')).toBe(rec.tolerance.toleranceCents);
    expect(value('NPO Afstemming', rows('NPO Afstemming', 'Oordeel', 1)[0]!, 8)).toBe(
      rec.tolerance.within ? 'binnen de tolerantie' : 'boven de tolerantie',
    );
    expect(value('NPO Jaarrekening', rows('NPO Jaarrekening', 'Oordeel', 0)[0]!, 1)).toBe(
      rec.tolerance.within ? 'binnen de tolerantie' : 'boven de tolerantie',
    );

    for (const y of rec.years) {
      const row = rows('NPO Jaarrekening', String(y.year), 0)[0]!;
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((col) => cents('NPO Jaarrekening', row, col))).toEqual([
        ...y.goals.map((g) => g.paidCents),
        y.withoutGoalCents,
        y.totalCents,
        y.cumulativeCents,
        rec.payback.ceilingCents - y.cumulativeCents,
      ]);
    }
    const total = rows('NPO Jaarrekening', 'Totaal', 0)[0]!;
    const all = [...rec.years, rec.undated];
    expect([1, 2, 3, 4, 5].map((col) => cents('NPO Jaarrekening', total, col))).toEqual(
      [0, 1, 2, 3, 4].map((g) => all.reduce((n, y) => n + y.goals[g]!.paidCents, 0)),
    );
    expect(cents('NPO Jaarrekening', total, 7)).toBe(rec.paidCents);
    const jaarrekening = (label: string): number =>
      cents('NPO Jaarrekening', rows('NPO Jaarrekening', label, 0)[0]!, 1);
    expect(jaarrekening('Besteed ten laste van de NPO-middelen')).toBe(rec.payback.spentCents);
    expect(jaarrekening('Terug te betalen na betaling van de open posten')).toBe(rec.payback.paybackAfterOpenCents);
    expect(jaarrekening('Terug te betalen bij geen verdere besteding t/m 31-07-2025 (prognose)')).toBe(
      rec.payback.paybackCents,
    );
    // The payments sheet is copied, so the links to its rows lead somewhere.
    expect(book.has(rec.paymentsSheet.sheet)).toBe(true);
  });
});

describe('the copy of the checked sheet in the Hilversum 2023 report', () => {
  let book: RecalculatedWorkbook;

  beforeAll(async () => {
    const sample = path.join(dir, 'kopie-hilversum-2023.xlsx');
    copyFileSync(path.join(SAMPLES, 'hilversum-2023-stand.xlsx'), sample);
    const out = path.join(dir, 'kopie-hilversum-2023-rapport.xlsx');
    await run([sample, '--out', out], { SOURCE_DATE_EPOCH: EPOCH });
    book = await recalculate(out);
  });

  it('keeps the copy’s own formulas computing the same totals', () => {
    const copy = book.get('Stand 2023')!;
    expect(cellAt(book.get('Betalingen')!, 'F36').value).toBe(1_337_894);
    // F21 = SUM(F6:F20) skips the benut stored as text in F12, as the sheet itself does.
    expect(cellAt(copy, 'F21').value).toBe(1_285_973);
    expect(cellAt(copy, 'F9').value).toBe(142_904);
  });
});

describe('checking a report workbook again', () => {
  it('checks the copied budget sheet, never one of the report’s own tabs', async () => {
    const sample = path.join(dir, 'opnieuw.xlsx');
    copyFileSync(path.join(SAMPLES, 'hilversum-2023-stand.xlsx'), sample);
    const report = path.join(dir, 'opnieuw-rapport.xlsx');
    await run([sample, '--out', report]);
    const again = await run([report, '--format', 'json']);
    expect(JSON.parse(again.stdout)).toMatchObject({
      sheet: 'Stand 2023',
      layout: 'list',
      reconciliation: { paymentsSheet: 'Betalingen' },
    });
  });
});
