/**
 * The report workbook: plan tabs plus a faithful copy of the checked sheet with its highlights,
 * built from a source workbook that was itself read from a file, and read back after writing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SEVERITY_FILL, type Highlight, type PlanSheet } from '../../src/engine/plan/types';
import { validatePlan, type ValidPlan } from '../../src/engine/plan/validate';
import { freeName as engineFreeName } from '../../src/engine/plan/names';
import {
  buildReportWorkbook,
  outsideReferences,
  ReportFileError,
  writeWorkbookFile,
} from '../../src/xlsx/report-workbook';
import { PlanWriteError } from '../../src/xlsx/write-plan';

const EURO = '"€" #,##0.00';
const HEADER_GREY = 'FFD9D9D9';

/** A budget sheet as users keep them: title, ceiling, header, three interventions, a total row. */
async function sourceWorkbook(sheetName = 'Begroting'): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.getCell('A1').value = 'NPO-begroting gemeente Putten';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = 'Plafond';
  ws.getCell('B2').value = 322_000;
  ws.getCell('B2').numFmt = EURO;
  ws.getRow(4).values = ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Benut'];
  for (let col = 1; col <= 5; col++)
    ws.getCell(4, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_GREY } };
  ws.getRow(5).values = [1, 'Zomerschool', 'Bovenschools', 100_000, 80_000];
  ws.getRow(6).values = [2, 'VVE extra uren', 'VVE', 150_000, 160_000];
  ws.getRow(7).values = [3, 'Jeugdcoach', 'Samenwerkingg', '€ 72.000,00', null];
  // A row style: ExcelJS hands every cell of this row the same style object.
  ws.getRow(6).font = { italic: true };
  ws.getCell('A8').value = 'Totaal';
  ws.getCell('D8').value = { formula: 'SUM(D5:D7)', result: 250_000 };
  ws.getCell('E8').value = { formula: 'SUM(E5:E7)', result: 240_000 };
  ws.getCell('A9').value = { formula: 'Instellingen!B1', result: 322_000 };
  ws.getCell('B9').value = { formula: `'${sheetName}'!D8*2`, result: 500_000 };
  ws.getCell('C9').value = { formula: 'Plafond', result: 322_000 };
  ws.getCell('D9').value = { formula: '"Let op!"&""', result: 'Let op!' };
  ws.getCell('E9').value = { formula: 'D5-D5', result: 0 };
  for (const a of ['D5', 'D6', 'E5', 'E6', 'D8', 'E8']) ws.getCell(a).numFmt = EURO;
  ws.getCell('B5').note = 'Uit het collegebesluit';
  [6, 30, 18, 14, 14].forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 4 }];
  const settings = wb.addWorksheet('Instellingen');
  settings.getCell('A1').value = 'Plafond';
  settings.getCell('B1').value = 322_000;
  wb.definedNames.add('Instellingen!$B$1', 'Plafond');
  // Read back from a file, as the command line gets it.
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await wb.xlsx.writeBuffer());
  return loaded;
}

function tab(name: string, purpose: PlanSheet['purpose'], cells: PlanSheet['cells'] = []): PlanSheet {
  return { name, purpose, cells, columnWidths: [20], tables: [], dataBars: [] };
}

const highlight = (
  cell: string,
  row: number,
  col: number,
  severity: Highlight['severity'],
  note: string,
  sheet = 'Begroting',
): Highlight => ({ sheet, cell, row, col, severity, note });

/** In the engine's order (overview, goal tabs, findings), which the report keeps as Excel does. */
function planFor(sheet = 'Begroting'): ValidPlan {
  return validatePlan({
    marker: 'test',
    sheets: [
      tab('NPO Overzicht', 'overzicht', [
        { row: 0, col: 0, content: { kind: 'text', text: 'Overzicht' }, style: 'title' },
      ]),
      tab('Doel 2 Voorschools', 'doel'),
      tab('Doel 1 Bovenschools', 'doel'),
      tab('NPO Controle', 'controle', [
        { row: 0, col: 0, content: { kind: 'text', text: `${sheet}!C7` }, link: { sheet, cell: 'C7' } },
      ]),
    ],
    highlights: [
      highlight('C7', 6, 2, 'error', 'Fout (UNKNOWN_GOAL): ‘Samenwerkingg’ is geen van de vijf doelen.', sheet),
      highlight('D7', 6, 3, 'error', 'Fout (NUMBER_AS_TEXT): bedrag als tekst.', sheet),
      highlight('E6', 5, 4, 'warning', 'Waarschuwing (OVERSPENT): € 10.000,00 overbesteed.', sheet),
      highlight('B5', 4, 1, 'info', 'Ter info (MISSING_AMOUNT): voorbeeld.', sheet),
    ],
  });
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  return read;
}

const fillOf = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill.fgColor?.argb : undefined;
const noteOf = (cell: ExcelJS.Cell): string | undefined => {
  const note = cell.note;
  if (note === undefined) return undefined;
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};

describe('buildReportWorkbook', () => {
  let source: ExcelJS.Workbook;
  let report: ExcelJS.Workbook;
  let copy: ExcelJS.Worksheet;
  const checkedAt = new Date(Date.UTC(2024, 2, 1, 9, 30));

  beforeAll(async () => {
    source = await sourceWorkbook();
    report = await roundTrip(buildReportWorkbook(source, 'Begroting', planFor(), checkedAt));
    copy = report.getWorksheet('Begroting')!;
  });

  it("keeps the plan's order of the tabs (as Excel does), then the copy of the checked sheet", () => {
    expect(report.worksheets.map((w) => w.name)).toEqual([
      'NPO Overzicht',
      'Doel 2 Voorschools',
      'Doel 1 Bovenschools',
      'NPO Controle',
      'Begroting',
    ]);
  });

  it('copies only the checked sheet, not the rest of the source workbook', () => {
    expect(report.getWorksheet('Instellingen')).toBeUndefined();
  });

  it('copies values, formulas with their cached results and number formats', () => {
    expect(copy.getCell('B2').value).toBe(322_000);
    expect(copy.getCell('B2').numFmt).toBe(EURO);
    expect(copy.getCell('D7').value).toBe('€ 72.000,00');
    expect(copy.getCell('D8').formula).toBe('SUM(D5:D7)');
    expect(copy.getCell('D8').result).toBe(250_000);
    expect(copy.getCell('D8').numFmt).toBe(EURO);
    expect(copy.getCell('E9').formula).toBe('D5-D5');
    expect(copy.getCell('E9').result).toBe(0);
  });

  it('copies column widths, merged cells, fonts, fills, notes and the frozen header', () => {
    expect([1, 2, 3, 4, 5].map((c) => copy.getColumn(c).width)).toEqual([6, 30, 18, 14, 14]);
    expect(copy.getCell('B1').isMerged).toBe(true);
    expect(copy.getCell('B1').master.address).toBe('A1');
    expect(copy.getCell('A1').value).toBe('NPO-begroting gemeente Putten');
    expect(copy.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(fillOf(copy.getCell('C4'))).toBe(HEADER_GREY);
    expect(copy.getCell('A6').font).toMatchObject({ italic: true });
    expect(copy.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('keeps a formula that names its own sheet, or quotes "!" in a string', () => {
    expect(copy.getCell('B9').formula).toBe("'Begroting'!D8*2");
    expect(copy.getCell('D9').formula).toBe('"Let op!"&""');
  });

  it('keeps only the cached value of a formula that reaches outside the sheet', () => {
    // Instellingen!B1 and the defined name Plafond are not in the report.
    expect(copy.getCell('A9').value).toBe(322_000);
    expect(copy.getCell('C9').value).toBe(322_000);
    expect(copy.getCell('A9').formula).toBeUndefined();
  });

  it('fills each flagged cell by severity and puts the findings in its note', () => {
    expect(fillOf(copy.getCell('C7'))).toBe(SEVERITY_FILL.error);
    expect(noteOf(copy.getCell('C7'))).toBe('Fout (UNKNOWN_GOAL): ‘Samenwerkingg’ is geen van de vijf doelen.');
    expect(fillOf(copy.getCell('D7'))).toBe(SEVERITY_FILL.error);
    expect(fillOf(copy.getCell('E6'))).toBe(SEVERITY_FILL.warning);
    expect(fillOf(copy.getCell('B5'))).toBe(SEVERITY_FILL.info);
  });

  it('keeps the formatting of a flagged cell apart from its fill', () => {
    expect(copy.getCell('E6').numFmt).toBe(EURO);
    expect(copy.getCell('E6').font).toMatchObject({ italic: true });
  });

  it('keeps the user’s own note under the findings', () => {
    expect(noteOf(copy.getCell('B5'))).toBe('Ter info (MISSING_AMOUNT): voorbeeld.\n\nUit het collegebesluit');
  });

  it('leaves every cell that was not flagged without a fill or note of its own', () => {
    const flagged = new Set(['C7', 'D7', 'E6', 'B5']);
    copy.eachRow((row) =>
      row.eachCell((cell) => {
        if (flagged.has(cell.address)) return;
        expect([undefined, HEADER_GREY]).toContain(fillOf(cell));
        if (cell.address !== 'B5') expect(noteOf(cell)).toBeUndefined();
      }),
    );
    // The neighbours of E6 share its row style in the source; they must not share its fill.
    expect(fillOf(copy.getCell('D6'))).toBeUndefined();
    expect(fillOf(copy.getCell('A6'))).toBeUndefined();
  });

  it('points the plan’s links at the copy', () => {
    expect(report.getWorksheet('NPO Controle')!.getCell('A1').formula).toBe(
      `HYPERLINK("#'Begroting'!C7","Begroting!C7")`,
    );
  });

  it('stamps the workbook with the check time, or a fixed time without one', () => {
    expect(report.creator).toBe('NPO-begrotingscontrole (npo-check)');
    expect(report.created).toEqual(checkedAt);
    expect(report.modified).toEqual(checkedAt);
    const undated = buildReportWorkbook(source, 'Begroting', planFor());
    expect(undated.created).toEqual(new Date(Date.UTC(2000, 0, 1)));
    expect(undated.modified).toEqual(undated.created);
  });

  it('does not change the source workbook', async () => {
    const fresh = await sourceWorkbook();
    const before = JSON.stringify(fresh.worksheets.map((w) => w.model));
    buildReportWorkbook(fresh, 'Begroting', planFor(), checkedAt);
    expect(JSON.stringify(fresh.worksheets.map((w) => w.model))).toBe(before);
    expect(fresh.worksheets.map((w) => w.name)).toEqual(['Begroting', 'Instellingen']);
  });

  it('gives the same cells when built twice', async () => {
    const again = await roundTrip(buildReportWorkbook(source, 'Begroting', planFor(), checkedAt));
    const cells = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((w) => {
        const out: unknown[] = [w.name];
        w.eachRow((row) => row.eachCell((c) => out.push([c.address, c.value, c.result, c.numFmt, c.fill, c.note])));
        return out;
      });
    expect(cells(again)).toEqual(cells(report));
  });
});

describe('a checked sheet named like a plan tab', () => {
  let report: ExcelJS.Workbook;
  beforeAll(async () => {
    const source = await sourceWorkbook('NPO Controle');
    report = await roundTrip(buildReportWorkbook(source, 'NPO Controle', planFor('NPO Controle')));
  });

  it('keeps its name, as in Excel: the plan tab gets a suffix, and the links to the sheet still reach it', () => {
    expect(report.worksheets.map((w) => w.name).slice(-2)).toEqual(['NPO Controle (2)', 'NPO Controle']);
    expect(report.getWorksheet('NPO Controle (2)')!.getCell('A1').formula).toBe(
      `HYPERLINK("#'NPO Controle'!C7","NPO Controle!C7")`,
    );
    expect(fillOf(report.getWorksheet('NPO Controle')!.getCell('C7'))).toBe(SEVERITY_FILL.error);
  });

  it('keeps a formula naming the sheet itself, whose name the copy keeps', () => {
    expect(report.getWorksheet('NPO Controle')!.getCell('B9').formula).toBe("'NPO Controle'!D8*2");
    expect(report.getWorksheet('NPO Controle')!.getCell('B9').result).toBe(500_000);
  });
});

describe('a report with a payments sheet', () => {
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    const source = await sourceWorkbook();
    const payments = source.addWorksheet('Betalingen');
    payments.getRow(1).values = ['Datum', 'Factuurnummer', 'Crediteur', 'Interventie', 'Bedrag'];
    payments.getRow(2).values = [new Date(Date.UTC(2022, 1, 15)), 'F-1', 'Bink', 1, 80_000];
    payments.getCell('A2').numFmt = 'dd-mm-yyyy';
    payments.getCell('F2').value = { formula: 'Begroting!D5', result: 100_000 };
    const plan = planFor();
    const withPayments = validatePlan({
      ...plan,
      sheets: [
        ...plan.sheets.slice(0, -1),
        tab('NPO Afstemming', 'afstemming', [
          {
            row: 0,
            col: 0,
            content: { kind: 'text', text: 'Betalingen!E2' },
            link: { sheet: 'Betalingen', cell: 'E2' },
          },
        ]),
        tab('NPO Jaarrekening', 'jaarrekening'),
        ...plan.sheets.slice(-1),
      ],
      highlights: [
        ...plan.highlights,
        highlight('A2', 1, 0, 'error', 'Fout (PAYMENT_OUTSIDE_PERIOD): buiten de periode.', 'Betalingen'),
      ],
    });
    report = await roundTrip(buildReportWorkbook(source, 'Begroting', withPayments, undefined, ['Betalingen']));
  });

  it('puts the reconciliation tabs before the findings and copies the payments sheet after the budget', () => {
    expect(report.worksheets.map((w) => w.name)).toEqual([
      'NPO Overzicht',
      'Doel 2 Voorschools',
      'Doel 1 Bovenschools',
      'NPO Afstemming',
      'NPO Jaarrekening',
      'NPO Controle',
      'Begroting',
      'Betalingen',
    ]);
  });

  it('highlights the payments sheet’s flagged cells in its copy, keeping its values and date format', () => {
    const copy = report.getWorksheet('Betalingen')!;
    expect(fillOf(copy.getCell('A2'))).toBe(SEVERITY_FILL.error);
    expect(noteOf(copy.getCell('A2'))).toContain('PAYMENT_OUTSIDE_PERIOD');
    expect(copy.getCell('A2').value).toEqual(new Date(Date.UTC(2022, 1, 15)));
    expect(copy.getCell('A2').numFmt).toBe('dd-mm-yyyy');
    expect(fillOf(copy.getCell('B2'))).toBeUndefined();
    // A reference to another sheet keeps only its value, as in the budget's copy.
    expect(copy.getCell('F2').value).toBe(100_000);
  });

  it('links to the payments sheet’s copy', () => {
    expect(report.getWorksheet('NPO Afstemming')!.getCell('A1').formula).toBe(
      `HYPERLINK("#'Betalingen'!E2","Betalingen!E2")`,
    );
  });
});

/** The engine's one tab-naming rule, as a sheet name among the report's names. */
const freeName = (name: string, taken: ReadonlyArray<string>): string =>
  engineFreeName(name, new Set(taken.map((t) => t.toLowerCase())));

describe('freeName (the engine rule the report names its tabs by)', () => {
  it('keeps a free name and suffixes a taken one, staying within 31 characters', () => {
    expect(freeName('Begroting', ['NPO Overzicht'])).toBe('Begroting');
    expect(freeName('npo overzicht', ['NPO Overzicht'])).toBe('npo overzicht (2)');
    expect(freeName('A', ['A', 'a (2)'])).toBe('A (3)');
    const long = 'x'.repeat(31);
    expect(freeName(long, [long])).toBe(`${'x'.repeat(27)} (2)`);
  });
});

describe('outsideReferences', () => {
  const outside = outsideReferences(['Plafond'], 'Begroting 2021');
  it.each([
    ['SUM(D5:D7)', false],
    ["'Begroting 2021'!D5*2", false],
    ['Instellingen!B1', true],
    ["'Stand 2023'!F21", true],
    ['[1]Blad1!A1', true],
    ['SUM(Tabel1[Begroot])', true],
    ['Plafond-D28', true],
    ['PLAFOND*1', true],
    ['"Plafond!"&A1', false],
    ['IF(A1="x!","",A1)', false],
  ])('%s reaches outside: %s', (formula, expected) => {
    expect(outside(formula)).toBe(expected);
  });
});

describe('buildReportWorkbook refuses a plan it cannot carry out', () => {
  it('names a checked sheet the source does not have', async () => {
    const source = await sourceWorkbook();
    expect(() => buildReportWorkbook(source, 'Begroting 2030', planFor())).toThrow(PlanWriteError);
  });

  it('has a highlight on another sheet than the checked one', async () => {
    const source = await sourceWorkbook();
    const plan = validatePlan({ ...planFor(), highlights: [highlight('A1', 0, 0, 'error', 'x', 'Instellingen')] });
    expect(() => buildReportWorkbook(source, 'Begroting', plan)).toThrow(
      expect.objectContaining({ problem: 'highlight-sheet' }),
    );
  });
});

describe('writeWorkbookFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'npo-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const small = (): ExcelJS.Workbook => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('A1').value = 'rapport';
    return wb;
  };

  it('writes the workbook and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'rapport.xlsx');
    await writeWorkbookFile(small(), file);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(file);
    expect(read.getWorksheet('Blad1')!.getCell('A1').value).toBe('rapport');
    expect(readdirSync(dir)).toEqual(['rapport.xlsx']);
  });

  it('replaces an existing file as a whole', async () => {
    const file = path.join(dir, 'bestaand.xlsx');
    writeFileSync(file, 'oud');
    await writeWorkbookFile(small(), file, { replace: true });
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('fails with a ReportFileError and leaves nothing when the folder is missing', async () => {
    const file = path.join(dir, 'bestaat-niet', 'rapport.xlsx');
    await expect(writeWorkbookFile(small(), file)).rejects.toMatchObject({
      name: 'ReportFileError',
      file,
      code: 'ENOENT',
    });
    await expect(writeWorkbookFile(small(), file)).rejects.toBeInstanceOf(ReportFileError);
  });

  it('removes its temporary file when the rename fails', async () => {
    const target = path.join(dir, 'een-map.xlsx');
    rmSync(target, { recursive: true, force: true });
    // A non-empty folder where the file should go: writing the temp file works, the rename cannot.
    mkdirSync(path.join(target, 'binnen'), { recursive: true });
    await expect(writeWorkbookFile(small(), target)).rejects.toBeInstanceOf(ReportFileError);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
