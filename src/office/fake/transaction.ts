/**
 * What one `context.sync()` carries out: the queued operations, applied in order to the model,
 * with an undo journal, the changed cells to recalculate, the bytes of the response, and the
 * loaded values handed to the proxies only once the whole sync succeeded.
 */
import type { Rect } from './a1';
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

/** Bytes of `value` as UTF-8 JSON, which is what Office.js sends and receives. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export class Transaction {
  readonly journal = new Journal();
  /** Content changes for `onChanged`, in order; handed to the event handlers once the sync is kept. */
  readonly edited: EditedArea[] = [];
  responseBytes = 0;
  private readonly commits: Array<() => void> = [];
  private changed: ChangedArea[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly formulas: FormulaCache,
  ) {}

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
