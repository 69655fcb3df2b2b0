/**
 * Small helpers the corpus builders share: a workbook from rows, written with ExcelJS, and a
 * budget sheet every entry can start from.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

export type CellValue = ExcelJS.CellValue;

export interface SheetSpec {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Anything rows cannot say: merges, hidden rows, filters. */
  readonly setup?: (sheet: ExcelJS.Worksheet) => void;
}

export function newWorkbook(sheets: ReadonlyArray<SheetSpec>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // A fixed date keeps the files the same from run to run.
  workbook.created = workbook.modified = new Date(Date.UTC(2023, 0, 1));
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
    spec.setup?.(sheet);
  }
  return workbook;
}

export async function writeWorkbook(dir: string, name: string, sheets: ReadonlyArray<SheetSpec>): Promise<string> {
  const file = path.join(dir, name);
  await newWorkbook(sheets).xlsx.writeFile(file);
  return file;
}

export async function writeBytes(dir: string, name: string, data: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, data);
  return file;
}

export const HEADER: ReadonlyArray<CellValue> = [
  'Nr',
  'Interventie',
  'Bestedingsdoel',
  'Uitvoerder',
  'Begroot',
  'Benut',
];

/** Three interventions, € 322.000 begroot, under a ceiling of € 322.000 (no finding at all). */
export const INTERVENTIONS: ReadonlyArray<ReadonlyArray<CellValue>> = [
  [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000, 80_000],
  [2, 'VVE extra uren', 'VVE', 'Proloog', 150_000, 150_000],
  [3, 'Jeugdcoach', 'Zorg & welzijn', 'Versa Welzijn', 72_000, 10_000],
];

export function sumFormula(col: string, first: number, last: number, result: number): ExcelJS.CellFormulaValue {
  return { formula: `SUM(${col}${first}:${col}${last})`, result, date1904: false };
}
