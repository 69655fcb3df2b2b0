/**
 * What one `context.sync()` carries out: the queued operations, applied in order to the model,
 * with an undo journal, the changed cells to recalculate, the bytes of the response, and the
 * loaded values handed to the proxies only once the whole sync succeeded.
 */
import type { Rect } from './a1';
import { FakeExcelError } from './errors';
import type { EditedArea } from './events';
import { Journal } from './journal';
import type { WorkbookModel } from './model';
import { recalculate, type ChangedArea, type FormulaCache } from './recalc';

export interface Operation {
  /** The member that queued it, e.g. `Range.values`; errors name it in `debugInfo.errorLocation`. */
  readonly location: string;
  /** What travels to Excel for this operation; its JSON size counts against the request limit. */
  readonly request: unknown;
  /** Reads (loads) see the workbook calculated up to their place in the queue. */
  readonly reads: boolean;
  apply(tx: Transaction): void;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/** Bytes of `value` as UTF-8 JSON, which is what Office.js sends and receives. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  // One byte per UTF-16 unit, and more only for the units beyond ASCII, found by the regex engine
  // rather than a loop over every character of a payload of megabytes.
  let bytes = text.length;
  NON_ASCII.lastIndex = 0;
  for (let match = NON_ASCII.exec(text); match !== null; match = NON_ASCII.exec(text)) {
    const i = match.index;
    const code = text.charCodeAt(i);
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is 4 bytes: the unit after the high one counts with it.
      if (i + 1 < text.length) {
        bytes += 2;
        NON_ASCII.lastIndex = i + 2;
      } else {
        bytes += 3;
      }
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

/** The minor version of an ExcelApi requirement set: 13 for '1.13'. */
export function excelApiMinor(version: string): number {
  const m = /^1\.(\d{1,2})$/.exec(version);
  if (!m) throw new Error(`'${version}' is no ExcelApi version (1.1 to 1.99).`);
  return Number(m[1]);
}

let transactions = 0;

export class Transaction {
  /** Tells syncs apart without holding on to them (a proxy remembers only this number). */
  readonly serial = ++transactions;
  readonly journal = new Journal();
  /** Content changes for `onChanged`, in order; handed to the event handlers once the sync is kept. */
  readonly edited: EditedArea[] = [];
  responseBytes = 0;
  private readonly commits: Array<() => void> = [];
  private changed: ChangedArea[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly formulas: FormulaCache,
    /** The newest ExcelApi minor version this Excel has (FakeExcelOptions.excelApi). */
    private readonly excelApi = Infinity,
  ) {}

  /** An Excel without the requirement set refuses its members when the request arrives, as Office.js documents. */
  requireApi(version: string, member: string): void {
    if (excelApiMinor(version) > this.excelApi) {
      throw new FakeExcelError(
        'ApiNotFound',
        `The API you are trying to use could not be found (${member}, ExcelApi ${version}). It may be available in a newer version of Excel.`,
        member,
      );
    }
  }

  /** Runs when, and only when, the whole sync succeeds (proxies receive loaded values). */
  onSuccess(commit: () => void): void {
    this.commits.push(commit);
  }

  cellsChanged(sheetId: string, rect: Rect): void {
    this.changed.push({ sheetId, rect });
  }

  /** Contents (values, formulas) were written or cleared: what fires `onChanged`, unlike formatting. */
  cellsEdited(sheetId: string, rect: Rect): void {
    this.edited.push({ sheetId, rect });
  }

  calculate(): void {
    recalculate(this.model, this.formulas, this.changed, this.journal);
    this.changed = [];
  }

  respond(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  commit(): void {
    for (const commit of this.commits) commit();
  }
}
