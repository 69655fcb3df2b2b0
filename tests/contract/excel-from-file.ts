/**
 * Opens an .xlsx file in the in-memory Excel for the contract, independently of the file adapter:
 * the cells come from ExcelJS's worksheet API as Excel shows them (a date as its serial number, a
 * rich text or a link as its text, a formula with its cached result, the number format), not from
 * src/xlsx/snapshot.ts, and the file is loaded by plain ExcelJS, not by src/xlsx/read-file.ts. So
 * the snapshot the Office.js adapter reads back owes nothing to the code it is compared with.
 *
 * What the two still share is ExcelJS's parse of the file: a cell ExcelJS misreads would be
 * misread on both sides alike. Hidden rows, merges and visibility come from ExcelJS's rows,
 * `model.merges` and `state`, as Excel stores them.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import {
  createFakeExcel,
  type CellInput,
  type FakeExcel,
  type FakeSheetData,
  type FakeWorkbookData,
} from '../../in-memory-excel';
import { address } from '../../src/engine/grid';

const DAY_MS = 86_400_000;
const EXCEL_DAY_0 = Date.UTC(1899, 11, 30);
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

type Shown = Pick<CellInput, 'value' | 'error'> | undefined;

/** What Excel shows for a value ExcelJS gives (a formula's result, or a constant). */
function shown(value: unknown): Shown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'string') return value === '' ? undefined : { value };
  if (value instanceof Date) return { value: (value.getTime() - EXCEL_DAY_0) / DAY_MS };
  if (typeof value === 'object') {
    const v = value as { error?: unknown; richText?: Array<{ text?: string }>; text?: unknown };
    if (typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return shown(v.richText.map((r) => r.text ?? '').join(''));
    if ('text' in v) return shown(v.text);
  }
  return undefined;
}

function cellOf(cell: ExcelJS.Cell): CellInput | undefined {
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? { numberFormat: cell.numFmt } : {};
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return undefined;
  if (cell.type === ExcelJS.ValueType.Formula) {
    // Without a cached result (a file no Excel saved) the in-memory Excel works the value out.
    return { formula: `=${cell.formula}`, ...(shown(cell.result) ?? {}), ...numberFormat };
  }
  const value = shown(cell.value);
  return value ? { ...value, ...numberFormat } : undefined;
}

function sheetOf(worksheet: ExcelJS.Worksheet): FakeSheetData {
  const cells: Record<string, CellInput> = {};
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const input = cellOf(cell);
      if (input) cells[address(rowNumber - 1, colNumber - 1)] = input;
    });
  });
  const hiddenColumns = (worksheet.columns ?? []).flatMap((column, i) => (column.hidden ? [i] : []));
  const state = (worksheet.state ?? 'visible') as keyof typeof VISIBILITY;
  return {
    name: worksheet.name,
    cells,
    hiddenRows,
    hiddenColumns,
    merges: worksheet.model.merges,
    visibility: VISIBILITY[state] ?? 'Visible',
  };
}

export async function loadPlain(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  return workbook;
}

export async function fakeDataFromFile(file: string): Promise<FakeWorkbookData> {
  return { sheets: (await loadPlain(file)).worksheets.map(sheetOf) };
}

export async function openInExcel(file: string): Promise<FakeExcel> {
  return createFakeExcel(await fakeDataFromFile(file));
}
