/** What every part of the pane's controller works with: the store, the workbook and the words. */
import type { Lang } from '../engine/messages';
import type { WorkbookAdapter } from '../office';
import type { PaneStore } from './pane-store';
import type { Strings } from './strings';

export interface PaneContext {
  readonly store: PaneStore;
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  readonly s: Strings;
  /** Named in the overview tab as the source of the figures. */
  readonly workbookName: string;
  /** The clock: the one place the pane reads it. */
  readonly now: () => Date;
}

/** An action's outcome with whatever else the user should hear: a warning when there is more. */
export function report(
  ctx: PaneContext,
  text: string,
  notes: ReadonlyArray<string>,
  items?: ReadonlyArray<string>,
): void {
  ctx.store.notify(notes.length > 0 ? 'warning' : 'success', [text, ...notes].join(' '), items);
}

/** Lists the sheets; `select` chooses one of them. */
export async function listSheets(ctx: PaneContext, select?: string): Promise<void> {
  const { names, best, payments, ceiling } = await ctx.adapter.listSheets(select ?? ctx.store.getState().sheet);
  ctx.store.dispatch({ type: 'sheets-listed', names, best, payments, ceiling, select });
}

/** Refreshes the picker after the sheets changed; a failure says so without undoing what worked. */
export async function refreshSheets(ctx: PaneContext, select?: string): Promise<void> {
  try {
    await listSheets(ctx, select);
  } catch (error) {
    ctx.store.fail(error, ctx.s.sheetsNotListed);
  }
}
