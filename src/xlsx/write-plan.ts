/**
 * The ExcelJS adapter's writing side: carries out the engine's output plan as new worksheets. It
 * decides nothing about content; it only turns plan cells, formats, styles, tables, data bars and
 * links into what ExcelJS writes, so the report workbook shows exactly what the task pane shows.
 */
import ExcelJS from 'exceljs';
import { address } from '../engine/grid';
import {
  lookOf,
  NUMBER_FORMATS,
  TABLE_STYLE,
  TEXT_FORMAT,
  type PlanCell,
  type PlanContent,
  type PlanDataBar,
  type PlanLine,
  type PlanLink,
  type PlanLook,
  type PlanPageLayout,
  type PlanSheet,
  type PlanTable,
} from '../engine/plan/types';
import { PlanError, tableHeaders, type ValidPlan } from '../engine/plan/validate';

export { PlanError as PlanWriteError, type PlanProblem } from '../engine/plan/validate';

const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11 };
const BORDER_STYLES: Readonly<Record<PlanLine['weight'], ExcelJS.BorderStyle>> = { thin: 'thin' };

/**
 * A plan look as ExcelJS writes it. A font in a file is whole (ExcelJS writes no default for what
 * is left out), so a styled cell's font starts from Excel's default, Calibri 11.
 */
function excelStyle(look: PlanLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.bold || look.italic || look.size !== undefined || look.color !== undefined || look.underline) {
    style.font = {
      ...BASE_FONT,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size !== undefined ? { size: look.size } : {}),
      ...(look.color !== undefined ? { color: { argb: look.color } } : {}),
      ...(look.underline ? { underline: true } : {}),
    };
  }
  if (look.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } };
  const line = (l: PlanLine): Partial<ExcelJS.Border> => ({ style: BORDER_STYLES[l.weight], color: { argb: l.color } });
  if (look.borderTop || look.borderBottom)
    style.border = {
      ...(look.borderTop ? { top: line(look.borderTop) } : {}),
      ...(look.borderBottom ? { bottom: line(look.borderBottom) } : {}),
    };
  return style;
}

/**
 * Adds every plan sheet as a new worksheet, in plan order, and carries it out. The plan was
 * validated where the engine made it; one that was not does not compile here.
 */
export function writePlanSheets(workbook: ExcelJS.Workbook, plan: ValidPlan): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const sheet of plan.sheets) writePlanSheet(workbook, sheet, styles);
}

function writePlanSheet(
  workbook: ExcelJS.Workbook,
  sheet: PlanSheet,
  styles: Map<string, Partial<ExcelJS.Style>>,
): void {
  assertSheetFree(workbook, sheet.name);
  const worksheet = workbook.addWorksheet(sheet.name);
  // Tables first: ExcelJS's addTable writes its header cells itself, so the plan's cells (with
  // their formats, styles and links) must come after it to be the ones that stay.
  for (const table of sheet.tables) addTable(workbook, worksheet, sheet, table);
  for (const cell of sheet.cells) writeCell(worksheet.getRow(cell.row + 1).getCell(cell.col + 1), cell, styles);
  for (const table of sheet.tables) addEmptyTableCells(worksheet, table);
  sheet.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = fileWidth(width);
  });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    worksheet.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  }
  sheet.dataBars.forEach((bar, i) => addDataBar(worksheet, bar, i + 1));
  if (sheet.pageLayout) setPageLayout(worksheet, sheet.pageLayout);
}

/**
 * ExcelJS leaves out a width of exactly 9 characters (its own default), which Excel then shows at
 * its default of 8.43; 1/256 character more (a file's finest step) is the same 63 pixels, and is written.
 */
function fileWidth(chars: number): number {
  return chars === 9 ? 9 + 1 / 256 : chars;
}

/** A4, Excel's paper size number 9: the paper Dutch municipalities print on. */
const A4 = 9;

/**
 * Fit to one page wide: `fitToHeight: 0` leaves the height to Excel ("automatic"), so a long tab
 * runs on over as many pages as it needs. Repeated rows become the sheet's Print_Titles name.
 */
function setPageLayout(worksheet: ExcelJS.Worksheet, layout: PlanPageLayout): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: layout.fitToPagesWide,
    fitToHeight: 0,
    ...(layout.repeatRows ? { printTitlesRow: `${layout.repeatRows.first + 1}:${layout.repeatRows.last + 1}` } : {}),
  };
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&L${layout.footer.left}&R${layout.footer.right}` };
}

/** `priority` ranks the sheet's conditional formats; Excel wants each rule's to be distinct. */
function addDataBar(worksheet: ExcelJS.Worksheet, bar: PlanDataBar, priority: number): void {
  const rule = {
    type: 'dataBar',
    priority,
    // Solid bars: for gradient bars ExcelJS 4.4 writes an empty x14:id that points at nothing,
    // while a solid bar gets Excel 2010's full extension, as Excel itself writes it.
    gradient: false,
    // From zero, so a bar's length is proportional to its value (80 % benut fills 80 % of the widest).
    cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
    // ExcelJS's typings leave out the bar colour its writer reads.
    color: { argb: bar.color },
  } as ExcelJS.DataBarRuleType;
  worksheet.addConditionalFormatting({
    ref: `${address(bar.firstRow, bar.col)}:${address(bar.lastRow, bar.col)}`,
    rules: [rule],
  });
}

/** A sheet the workbook already has is never replaced: the plan's names are placed beside it first (placeTabs). */
function assertSheetFree(workbook: ExcelJS.Workbook, name: string): void {
  if (workbook.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase()))
    throw new PlanError('sheet-name-taken', name);
}

function cellValue(content: PlanContent): ExcelJS.CellValue {
  switch (content.kind) {
    // A plain string stays a string in ExcelJS, whatever it starts with: never a formula.
    case 'text':
      return content.text;
    case 'number':
      return content.value;
    case 'formula':
      return { formula: content.formula.replace(/^=/, ''), result: content.result };
  }
}

/** `#'Sheet name'!A1`: the sheet name is always quoted, with `'` doubled as Excel requires. */
export function internalLink(link: PlanLink): string {
  return `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}

/** What a plan cell holds in the worksheet, its link included. */
function planCellValue(cell: PlanCell): ExcelJS.CellValue {
  return cell.link ? linkedValue(cell.content, cell.link) : cellValue(cell.content);
}

/**
 * A link as a HYPERLINK formula around the cell's own content. ExcelJS 4.4 writes a
 * `{ text, hyperlink: '#…' }` link as an external relationship AND a location, which Excel and
 * LibreOffice join into `#'Blad'!A1##'Blad'!A1`, a link that goes nowhere (exceljs issue #3027).
 * The formula works in every spreadsheet program, and its cached result is the content itself.
 */
function linkedValue(content: PlanContent, link: PlanLink): ExcelJS.CellFormulaValue {
  const target = stringLiteral(internalLink(link));
  switch (content.kind) {
    case 'text':
      return { formula: `HYPERLINK(${target},${stringLiteral(content.text)})`, result: content.text };
    case 'number':
      return { formula: `HYPERLINK(${target},${content.value})`, result: content.value };
    case 'formula':
      return { formula: `HYPERLINK(${target},${content.formula.replace(/^=/, '')})`, result: content.result };
  }
}

/** Excel caps a string constant in a formula at 255 characters, so longer text is joined with `&`. */
const MAX_FORMULA_STRING = 255;

export function stringLiteral(text: string): string {
  const chunks: string[] = [];
  let chunk = '';
  // By code point, so a chunk never ends halfway through a surrogate pair.
  for (const char of text) {
    if (chunk.length + char.length > MAX_FORMULA_STRING) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  chunks.push(chunk);
  return chunks.map((c) => `"${c.replace(/"/g, '""')}"`).join('&');
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell, styles: Map<string, Partial<ExcelJS.Style>>): void {
  target.value = planCellValue(cell);
  target.style = cellStyle(cell, styles);
}

/**
 * One style object per look, shared by every cell of this workbook with that look: ExcelJS turns
 * a style object into a style id once and remembers it by the object, where a fresh object per
 * cell costs rendering its font, fill and border again for each of hundreds of thousands of cells.
 * Made fresh for each workbook, never from the module's constants, and never changed once a cell
 * has it (nothing sets a font or fill on a plan cell afterwards).
 */
function cellStyle(cell: PlanCell, styles: Map<string, Partial<ExcelJS.Style>>): Partial<ExcelJS.Style> {
  const key = `${cell.style ?? ''}|${cell.format ?? ''}|${cell.align ?? ''}|${cell.link ? 'link' : ''}|${cell.content.kind}`;
  const known = styles.get(key);
  if (known) return known;
  const style = excelStyle(lookOf(cell));
  if (cell.format) style.numFmt = NUMBER_FORMATS[cell.format];
  // A link is a HYPERLINK formula here, which a Text format would turn into text once edited.
  else if (cell.content.kind === 'text' && !cell.link) style.numFmt = TEXT_FORMAT;
  if (cell.align) style.alignment = { horizontal: cell.align };
  styles.set(key, style);
  return style;
}

function addTable(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, sheet: PlanSheet, table: PlanTable): void {
  assertTableFree(workbook, table.name);
  // Data rows without values: the plan's cells, written right after, fill them in. Values here
  // would be written twice and kept twice (ExcelJS keeps a table's rows in its model).
  const noValues: null[] = [];
  worksheet.addTable({
    name: table.name,
    ref: address(table.headerRow, table.firstCol),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: tableHeaders(sheet, table).map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: table.lastRow - table.headerRow }, () => noValues),
  });
}

/**
 * The table's cells the plan leaves empty, made as ExcelJS's addTable makes them for a row of
 * values: an empty cell still counts in its row's extent (the `spans` Excel reads).
 */
function addEmptyTableCells(worksheet: ExcelJS.Worksheet, table: PlanTable): void {
  for (let r = table.headerRow + 2; r <= table.lastRow + 1; r++) {
    const row = worksheet.getRow(r);
    for (let c = table.firstCol + 1; c <= table.lastCol + 1; c++) if (!row.findCell(c)) row.getCell(c);
  }
}

function assertTableFree(workbook: ExcelJS.Workbook, name: string): void {
  const taken = workbook.worksheets.some((ws) =>
    ws.getTables().some((t) => tableName(t).toLowerCase() === name.toLowerCase()),
  );
  if (taken) throw new PlanError('table-name-taken', name);
}

/** ExcelJS's typings describe getTables() wrongly; at run time it returns its Table objects. */
function tableName(table: unknown): string {
  return (table as { table: { name: string } }).table.name;
}
