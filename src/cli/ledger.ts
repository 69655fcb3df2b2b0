/**
 * `--ledger grootboek.csv` (or `.xlsx`): the ledger export beside the budget workbook. Its rows
 * become a sheet of the workbook in memory, named after the file, so the check reads it as it
 * reads a ledger sheet inside the workbook (same findings), and `--out` copies it into the report
 * with the links from the reconciliation tabs pointing at it. The files themselves are only read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { cellAt, type SheetSnapshot } from '../engine/grid';
import type { Lang } from '../engine/messages';
import { detectPaymentsHeader } from '../engine/payments/detect';
import type { VatChoice } from '../engine/payments/model';
import { CsvError, readCsv } from '../csv/read-csv';
import { loadWorkbookFile } from '../xlsx/read-file';
import { snapshotWorkbook } from '../xlsx/snapshot';
import { LEDGER_SHEET_FALLBACK, ledgerProblemText, type LedgerProblem } from '../engine/words/command-line';
import { UsageError } from './messages';

/** A ledger export larger than this is no municipality's NPO ledger; reading it would only eat memory. */
const MAX_LEDGER_BYTES = 200 * 1024 * 1024;

export class LedgerFileError extends Error {
  constructor(
    readonly problem: LedgerProblem,
    readonly file: string,
    readonly detail = '',
  ) {
    super(`${problem}: ${file}`);
    this.name = 'LedgerFileError';
  }

  describe(lang: Lang): string {
    return ledgerProblemText(this.problem, lang, path.basename(this.file), this.detail);
  }
}

export function vatOption(value: string | undefined): VatChoice | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'excl' || v === 'incl') return v;
  throw new UsageError('bad-vat', value);
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\ ; unique in the workbook. */
function sheetNameFor(file: string, workbook: ExcelJS.Workbook): string {
  const base =
    path
      .basename(file, path.extname(file))
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || LEDGER_SHEET_FALLBACK;
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

async function ledgerSnapshot(file: string): Promise<SheetSnapshot> {
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const sheets = snapshotWorkbook(await loadWorkbookFile(file)).sheets;
    const best = sheets.find((s) => detectPaymentsHeader(s)?.usable);
    if (!best) throw new LedgerFileError('no-ledger', file);
    return best;
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_LEDGER_BYTES) throw new LedgerFileError('too-large', file);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    throw new LedgerFileError('unreadable', file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  try {
    return readCsv(path.basename(file), bytes).sheet;
  } catch (error) {
    if (error instanceof CsvError) throw new LedgerFileError(error.problem, file);
    throw error;
  }
}

/** Adds the ledger's rows to `workbook` as a sheet of their own; returns its name. */
export async function addLedgerSheet(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  const ledger = await ledgerSnapshot(file);
  const name = sheetNameFor(file, workbook);
  const sheet = workbook.addWorksheet(name);
  for (let row = 0; row < ledger.rows.length; row++) {
    const cells = ledger.rows[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const cell = cellAt(ledger, row, col);
      if (cell === undefined) continue;
      // Text stays text: a description starting with '=' is never a formula.
      sheet.getCell(row + 1, col + 1).value = cell.value;
    }
  }
  return name;
}
