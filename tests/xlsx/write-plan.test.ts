/**
 * The ExcelJS adapter carrying out an output plan: every plan feature written, saved to a buffer
 * and read back with ExcelJS, so what is checked is what the file holds.
 */
import ExcelJS from 'exceljs';
import { NUMBER_FORMATS, type OutputPlan, type PlanCell, type PlanSheet } from '../../src/engine/plan/types';
import { validatePlan, type ValidPlan } from '../../src/engine/plan/validate';
import { internalLink, PlanWriteError, stringLiteral, writePlanSheets } from '../../src/xlsx/write-plan';

const text = (row: number, col: number, value: string, extra: Partial<PlanCell> = {}): PlanCell => ({
  row,
  col,
  content: { kind: 'text', text: value },
  ...extra,
});
const num = (row: number, col: number, value: number, extra: Partial<PlanCell> = {}): PlanCell => ({
  row,
  col,
  content: { kind: 'number', value },
  ...extra,
});

function sheet(name: string, extra: Partial<PlanSheet> = {}): PlanSheet {
  return { name, purpose: 'overzicht', cells: [], columnWidths: [], tables: [], dataBars: [], ...extra };
}

/** An overview tab with a title block, a table of two goals, a total row below it and a data bar. */
const OVERZICHT = sheet('NPO Overzicht', {
  cells: [
    text(0, 0, 'NPO-overzicht', { style: 'title' }),
    text(1, 0, 'Gecontroleerd op 01-03-2024', { style: 'subtitle' }),
    text(3, 0, 'Bestedingsdoel', { style: 'header' }),
    text(3, 1, 'Begroot', { style: 'header' }),
    text(3, 2, 'Benut', { style: 'header' }),
    text(3, 3, '% benut', { style: 'header' }),
    text(4, 0, '1 Bovenschoolse maatregelen', { link: { sheet: 'Doel 1 Bovenschools', cell: 'A1' } }),
    num(4, 1, 995_000, { format: 'euro' }),
    num(4, 2, 497_500, { format: 'euro' }),
    { row: 4, col: 3, content: { kind: 'formula', formula: '=IF(B5=0,"",C5/B5)', result: 0.5 }, format: 'percent' },
    text(5, 0, '2 Voorschoolse periode', { link: { sheet: 'Doel 2 Voorschools', cell: 'A1' } }),
    num(5, 1, 500_000, { format: 'euro' }),
    num(5, 2, 125_000.5, { format: 'euro' }),
    { row: 5, col: 3, content: { kind: 'formula', formula: 'IF(B6=0,"",C6/B6)', result: 0.250001 }, format: 'percent' },
    text(6, 0, 'Totaal', { style: 'total' }),
    {
      row: 6,
      col: 1,
      content: { kind: 'formula', formula: 'SUM(B5:B6)', result: 1_495_000 },
      format: 'euro',
      style: 'total',
    },
    text(8, 0, 'Ruimte', { style: 'label' }),
    num(8, 1, 12, { format: 'integer' }),
    text(9, 0, 'Een interventie met meerdere doelen telt bij elk doel mee.', { style: 'note' }),
  ],
  columnWidths: [40, 17, 17, 10],
  freeze: { rows: 4, cols: 1 },
  tables: [{ name: 'NPO_Overzicht', headerRow: 3, firstCol: 0, lastCol: 3, lastRow: 5 }],
  dataBars: [{ col: 3, firstRow: 4, lastRow: 5, color: 'FF5B9BD5' }],
});

async function roundTrip(...sheets: PlanSheet[]): Promise<ExcelJS.Workbook> {
  const written = new ExcelJS.Workbook();
  writePlanSheets(written, validatePlan({ marker: 'test', sheets, highlights: [] }));
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await written.xlsx.writeBuffer());
  return read;
}

/** ExcelJS keeps the table model of a loaded file on its Table object, untyped. */
interface LoadedTable {
  name: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: Array<{ name: string }>;
  style: { theme: string; showRowStripes: boolean };
}
/** A loaded cell without fill reads back as pattern "none" (or no fill at all). */
const fillPattern = (cell: ExcelJS.Cell): string =>
  cell.fill?.type === 'pattern' ? cell.fill.pattern : (cell.fill?.type ?? 'none');
const tableModel = (ws: ExcelJS.Worksheet, name: string): LoadedTable =>
  (ws.getTable(name) as unknown as { table: LoadedTable }).table;

describe('writePlanSheets', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await roundTrip(OVERZICHT, sheet('Doel 1 Bovenschools'), sheet('Doel 2 Voorschools'));
    ws = wb.getWorksheet('NPO Overzicht')!;
  });

  it('adds the plan sheets as new worksheets in plan order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['NPO Overzicht', 'Doel 1 Bovenschools', 'Doel 2 Voorschools']);
  });

  it('writes text, numbers and formulas with the engine’s result as cached value', () => {
    expect(ws.getCell('A1').value).toBe('NPO-overzicht');
    expect(ws.getCell('B5').value).toBe(995_000);
    expect(ws.getCell('C6').value).toBe(125_000.5);
    // The leading "=" goes: ExcelJS (and the file format) store the formula without it.
    expect(ws.getCell('D5').formula).toBe('IF(B5=0,"",C5/B5)');
    expect(ws.getCell('D5').result).toBe(0.5);
    expect(ws.getCell('D6').formula).toBe('IF(B6=0,"",C6/B6)');
    expect(ws.getCell('D6').result).toBe(0.250001);
    expect(ws.getCell('B7').formula).toBe('SUM(B5:B6)');
    expect(ws.getCell('B7').result).toBe(1_495_000);
  });

  it('keeps a string result, and a result of 0 or "" as the cached value', async () => {
    const tab = sheet('Resultaten', {
      cells: [
        { row: 0, col: 0, content: { kind: 'formula', formula: 'IF(1=1,"ja","nee")', result: 'ja' } },
        { row: 1, col: 0, content: { kind: 'formula', formula: 'B1-B1', result: 0 } },
        { row: 2, col: 0, content: { kind: 'formula', formula: 'IF(B1=0,"",1)', result: '' } },
      ],
    });
    const read = (await roundTrip(tab)).getWorksheet('Resultaten')!;
    expect(read.getCell('A1').result).toBe('ja');
    expect(read.getCell('A2').result).toBe(0);
    expect(read.getCell('A3').formula).toBe('IF(B1=0,"",1)');
  });

  it('writes text that looks like a formula as literal text', async () => {
    const risky = ['=SUM(A1:A3)', '+31 6 1234 5678', '-€ 5.000', '@gemeente', '=HYPERLINK("http://example.org")'];
    const read = (await roundTrip(sheet('Tekst', { cells: risky.map((t, row) => text(row, 0, t)) }))).getWorksheet(
      'Tekst',
    )!;
    risky.forEach((t, row) => {
      const cell = read.getCell(row + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
      expect(cell.formula).toBeUndefined();
    });
  });

  it('applies the number formats', () => {
    expect(ws.getCell('B5').numFmt).toBe(NUMBER_FORMATS.euro);
    expect(ws.getCell('D5').numFmt).toBe(NUMBER_FORMATS.percent);
    expect(ws.getCell('B9').numFmt).toBe(NUMBER_FORMATS.integer);
    expect(ws.getCell('B7').numFmt).toBe(NUMBER_FORMATS.euro);
  });

  it('applies the styles', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A2').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    const header = ws.getCell('B4');
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(header.border.bottom).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B7').font).toMatchObject({ bold: true });
    expect(ws.getCell('B7').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('A9').font).toMatchObject({ bold: true });
    expect(ws.getCell('A10').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    // A cell without a plan style gets no font, fill or border of its own.
    expect(ws.getCell('B5').font?.bold).toBeFalsy();
    expect(fillPattern(ws.getCell('B5'))).toBe('none');
  });

  it('sets the column widths and freezes the panes', () => {
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([40, 17, 17, 10]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
  });

  it('leaves the view alone without a freeze', () => {
    expect((wb.getWorksheet('Doel 1 Bovenschools')!.views ?? []).filter((v) => v.state === 'frozen')).toEqual([]);
  });

  it('makes an Excel table over header row to last data row, named after the header cells, without totals row', () => {
    const table = tableModel(ws, 'NPO_Overzicht');
    expect(table.tableRef).toBe('A4:D6');
    expect(table.columns.map((c) => c.name)).toEqual(['Bestedingsdoel', 'Begroot', 'Benut', '% benut']);
    expect(table.totalsRow).toBe(false);
    expect(table.style.theme).toMatch(/^TableStyleLight\d+$/);
  });

  it('keeps the plan’s formats, styles and links on the cells the table covers', () => {
    expect(ws.getCell('B4').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B5').numFmt).toBe(NUMBER_FORMATS.euro);
    expect(ws.getCell('A5').formula).toContain('HYPERLINK');
    // The total row sits below the table and stays as the plan wrote it.
    expect(ws.getCell('A7').value).toBe('Totaal');
  });

  it('adds a data bar over the column range', () => {
    // Untyped in ExcelJS's declarations, though a loaded sheet has it.
    const formatting = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formatting).toHaveLength(1);
    expect(formatting[0]!.ref).toBe('D5:D6');
    expect(formatting[0]!.rules[0]).toMatchObject({ type: 'dataBar', color: { argb: 'FF5B9BD5' } });
  });

  it('links to a cell with a HYPERLINK formula whose cached result is the text', () => {
    const cell = ws.getCell('A5');
    expect(cell.formula).toBe(`HYPERLINK("#'Doel 1 Bovenschools'!A1","1 Bovenschoolse maatregelen")`);
    expect(cell.result).toBe('1 Bovenschoolse maatregelen');
    expect(cell.font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
  });

  it('quotes the sheet name in a link and doubles its apostrophes', async () => {
    expect(internalLink({ sheet: "Begroting '21", cell: 'D28' })).toBe("#'Begroting ''21'!D28");
    const tab = sheet('Links', {
      cells: [
        text(0, 0, 'Zie "D28"', { link: { sheet: "Begroting '21", cell: 'D28' } }),
        num(1, 0, 11_490.36, { format: 'euro', link: { sheet: 'Blad1', cell: 'B2' } }),
        {
          row: 2,
          col: 0,
          content: { kind: 'formula', formula: '=1+1', result: 2 },
          link: { sheet: 'Blad1', cell: 'C3' },
        },
      ],
    });
    const read = (await roundTrip(tab)).getWorksheet('Links')!;
    expect(read.getCell('A1').formula).toBe(`HYPERLINK("#'Begroting ''21'!D28","Zie ""D28""")`);
    expect(read.getCell('A1').result).toBe('Zie "D28"');
    expect(read.getCell('A2').formula).toBe(`HYPERLINK("#'Blad1'!B2",11490.36)`);
    expect(read.getCell('A2').result).toBe(11_490.36);
    expect(read.getCell('A2').numFmt).toBe(NUMBER_FORMATS.euro);
    expect(read.getCell('A3').formula).toBe(`HYPERLINK("#'Blad1'!C3",1+1)`);
    expect(read.getCell('A3').result).toBe(2);
  });

  it('splits text longer than Excel’s 255 characters per formula string', () => {
    const long = `${'a'.repeat(300)}"`;
    expect(stringLiteral(long)).toBe(`"${'a'.repeat(255)}"&"${'a'.repeat(45)}"""`);
    expect(stringLiteral('')).toBe('""');
    // A surrogate pair is never cut in half.
    const emoji = `${'a'.repeat(254)}😀`;
    expect(stringLiteral(emoji)).toBe(`"${'a'.repeat(254)}"&"😀"`);
  });
});

describe('writePlanSheets, given a validated plan (validatePlan refuses the rest: tests/engine/plan/validate.test.ts)', () => {
  const planOf = (...sheets: PlanSheet[]): ValidPlan => validatePlan({ marker: 'test', sheets, highlights: [] });

  it('never replaces a sheet already in the workbook, whatever its case', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Begroting');
    expect(() => writePlanSheets(workbook, planOf(sheet('BEGROTING')))).toThrow(
      expect.objectContaining({ constructor: PlanWriteError, problem: 'sheet-name-taken' }),
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Begroting']);
  });

  it('accepts 31 characters exactly', () => {
    const workbook = new ExcelJS.Workbook();
    writePlanSheets(workbook, planOf(sheet('x'.repeat(31))));
    expect(workbook.worksheets[0]!.name).toBe('x'.repeat(31));
  });

  it('takes no plan that was not validated: it does not compile', () => {
    const plain: OutputPlan = { marker: 'test', sheets: [sheet('Overzicht')], highlights: [] };
    // Never called: what is checked here is what `tsc` says of the line.
    const unvalidated = () =>
      // @ts-expect-error an OutputPlan is no ValidPlan
      writePlanSheets(new ExcelJS.Workbook(), plain);
    void unvalidated;
    const workbook = new ExcelJS.Workbook();
    writePlanSheets(workbook, validatePlan(plain));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Overzicht']);
  });
});
