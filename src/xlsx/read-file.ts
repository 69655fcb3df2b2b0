/**
 * Opens an `.xlsx` file for checking. Reading never writes: the user's file is opened read-only
 * and every way it can fail becomes one `WorkbookFileError` with a reason the user can act on.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine/grid';
import { snapshotWorkbook } from './snapshot';

export type WorkbookFileProblem = 'not-found' | 'is-directory' | 'encrypted' | 'old-format' | 'not-xlsx' | 'damaged';

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookFileError';
  }
}

/** Office's encrypted and legacy `.xls` files are OLE compound documents, not zip archives. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError('not-found', file);
    if (code === 'EISDIR') throw new WorkbookFileError('is-directory', file);
    throw new WorkbookFileError('damaged', file, (error as Error).message);
  }
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    // An encrypted .xlsx carries an "EncryptedPackage" stream; anything else is an old .xls.
    const encrypted = data.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new WorkbookFileError(encrypted ? 'encrypted' : 'old-format', file);
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookFileError('not-xlsx', file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookFileError('damaged', file, (error as Error).message);
  }
  return workbook;
}

export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbookFile(file));
}
