/**
 * What the pane's buttons do: each action talks to the workbook through the adapter and
 * dispatches what happened to the reducer. It owns the state (a tiny store React subscribes to),
 * so every action can be tested in Node against the in-memory Excel without a DOM.
 *
 * One piece of work runs at a time (the buttons are disabled meanwhile); going to a finding is
 * not work and stays possible. Every failure ends as a sentence in the pane's message bar. The
 * parts live beside this file: the store (pane-store.ts), the ceiling field (pane-ceiling.ts),
 * checking and following the sheet (pane-check.ts), changes that need a new check
 * (pane-acceptances.ts) and going to cells (pane-navigation.ts); this file wires them together.
 */
import { hasErrors } from '../engine/inputs/severity-counts';
import type { Lang } from '../engine/messages';
import type { CorrectionChange, WorkbookAdapter } from '../office';
import { changeReading, saveAcceptance, withdrawAcceptance } from './pane-acceptances';
import { commitCeiling, settleCeiling } from './pane-ceiling';
import { checkDone, createPaneChecker, type PaneChecker } from './pane-check';
import { listSheets, refreshSheets, report, type PaneContext } from './pane-context';
import { goToCell, goToFinding, stepThroughFindings } from './pane-navigation';
import { createPaneStore } from './pane-store';
import type { PaneState, PeriodField, SeverityFilter } from './state';
import { strings } from './strings';

export interface PaneControllerOptions {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  /** Named in the overview tab as the source of the figures. */
  readonly workbookName: string;
  /** The clock; tests fix it. */
  readonly now?: () => Date;
}

export interface PaneController {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  /** Lists the sheets and loads the remembered ceiling; the pane calls it when it appears. */
  start(): Promise<void>;
  /** Stops following the checked sheet; the pane calls it when it goes away. */
  stop(): Promise<void>;
  /** Chooses the sheet to check and reads the ceiling it states. */
  chooseSheet(sheet: string): void;
  /** Lists the sheets again (the picker opening): a renamed or added sheet can be chosen at once. */
  refreshSheets(): Promise<void>;
  typeCeiling(text: string): void;
  /** Takes the typed ceiling into force (Enter) and remembers it in the workbook; false when it is not an amount. */
  commitCeiling(): Promise<boolean>;
  typePeriod(field: PeriodField, text: string): void;
  /** Reads the period's fields (Enter), showing a message on a field that is no date; false when the period is not usable. */
  commitPeriod(): boolean;
  check(): Promise<void>;
  highlight(): Promise<void>;
  clearHighlights(): Promise<void>;
  writeTabs(): Promise<void>;
  insertBudgetSheet(): Promise<void>;
  goToFinding(index: number): Promise<void>;
  /** Selects a cell, such as an intervention's benut or a payment's row; not work, like going to a finding. */
  goToCell(sheet: string, cell: string): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  chooseFilter(filter: SeverityFilter): void;
  dismissNotice(): void;
  /** Opens the reason field under a finding that counts (closing any other). */
  openAcceptance(fingerprint: string): void;
  typeReason(text: string): void;
  cancelAcceptance(): void;
  /**
   * Accepts the finding whose reason field is open, dated today, and checks again so that it stops
   * counting. False when nothing was saved: an empty reason (the field says so), or a failure (the
   * message bar says so, and the field keeps the reason).
   */
  saveAcceptance(): Promise<boolean>;
  /** Withdraws an acceptance, so its finding counts again, and checks again; false when it failed. */
  withdrawAcceptance(fingerprint: string): Promise<boolean>;
  /**
   * Sets or removes one correction to how the checked sheet is read (kept on the sheet "NPO
   * Leeswijze") and checks again at once; false when it was not stored (the message bar says why).
   */
  changeReading(change: CorrectionChange): Promise<boolean>;
}

export function createPaneController(options: PaneControllerOptions): PaneController {
  const { adapter, lang, workbookName } = options;
  const store = createPaneStore(lang);
  const ctx: PaneContext = {
    store,
    adapter,
    lang,
    s: strings(lang),
    workbookName,
    now: options.now ?? (() => new Date()),
  };
  const checker = createPaneChecker(ctx);
  const { dispatch, work } = store;
  const idle = (): boolean => store.getState().work === undefined;

  return {
    getState: store.getState,
    subscribe: store.subscribe,
    start: () => start(ctx, checker),
    stop: () => checker.stop(),
    chooseSheet(sheet) {
      dispatch({ type: 'sheet-chosen', sheet });
      if (idle()) void refreshSheets(ctx, sheet);
    },
    refreshSheets: () => (idle() ? refreshSheets(ctx) : Promise.resolve()),
    typeCeiling: (text) => dispatch({ type: 'ceiling-typed', text }),
    commitCeiling: () => commitCeiling(ctx),
    typePeriod: (field, text) => dispatch({ type: 'period-typed', field, text }),
    commitPeriod: () => checker.readPeriod().kind === 'valid',
    check: () => work('check', () => check(ctx, checker)),
    highlight: () => work('highlight', () => highlight(ctx, checker)),
    clearHighlights: () =>
      work('clear', async () => store.notify('success', ctx.s.cleared(await adapter.clearHighlights()))),
    writeTabs: () => work('tabs', () => writeTabs(ctx, checker)),
    insertBudgetSheet: () => work('insert', () => insertBudgetSheet(ctx)),
    goToFinding: (index) => goToFinding(ctx, index),
    goToCell: (sheet, cell) => goToCell(ctx, sheet, cell),
    next: () => stepThroughFindings(ctx, 1),
    previous: () => stepThroughFindings(ctx, -1),
    chooseFilter: (filter) => dispatch({ type: 'filter-chosen', filter }),
    dismissNotice: () => dispatch({ type: 'notice-dismissed' }),
    openAcceptance: (fingerprint) => dispatch({ type: 'accept-opened', fingerprint }),
    typeReason: (text) => dispatch({ type: 'reason-typed', text }),
    cancelAcceptance: () => dispatch({ type: 'accept-closed' }),
    saveAcceptance: () => saveAcceptance(ctx, checker),
    withdrawAcceptance: (fingerprint) => withdrawAcceptance(ctx, checker, fingerprint),
    changeReading: (change: CorrectionChange) => changeReading(ctx, checker, change),
  };
}

/** Lists the sheets and loads the remembered ceiling. */
async function start(ctx: PaneContext, checker: PaneChecker): Promise<void> {
  checker.resume();
  await ctx.store.work('loading', async () => {
    const [, saved] = await Promise.all([listSheets(ctx), ctx.adapter.loadCeiling()]);
    if (saved !== undefined && ctx.store.getState().ceiling.origin !== 'user')
      ctx.store.dispatch({ type: 'ceiling-given', cents: saved });
  });
}

async function check(ctx: PaneContext, checker: PaneChecker): Promise<void> {
  const outcome = await checker.run();
  if (!outcome) return;
  // Never a success bar over errors: the verdict card says how it stands.
  const warn = outcome.notes.length > 0 || hasErrors(outcome.checked.result.findings);
  ctx.store.notify(warn ? 'warning' : 'success', [checkDone(ctx, outcome.checked), ...outcome.notes].join(' '));
}

async function highlight(ctx: PaneContext, checker: PaneChecker): Promise<void> {
  const outcome = await checker.current();
  if (!outcome) return;
  const flagged = outcome.checked.plan.highlights;
  const highlighted = await ctx.adapter.highlight(flagged);
  // Beyond what the record of highlights can hold, the adapter highlights the worst first.
  const leftOut = flagged.length - highlighted;
  report(
    ctx,
    ctx.s.highlighted(highlighted),
    leftOut > 0 ? [ctx.s.highlightsLeftOut(leftOut), ...outcome.notes] : outcome.notes,
  );
}

async function writeTabs(ctx: PaneContext, checker: PaneChecker): Promise<void> {
  const outcome = await checker.current();
  if (!outcome) return;
  const { sheets } = await ctx.adapter.writeTabs(outcome.checked.plan);
  report(ctx, ctx.s.tabsWritten(sheets.length), outcome.notes, sheets);
  await refreshSheets(ctx);
}

async function insertBudgetSheet(ctx: PaneContext): Promise<void> {
  const ceiling = await settleCeiling(ctx);
  if (!ceiling.usable) return;
  const { lang } = ctx;
  const given = ctx.store.getState().ceiling;
  // Only a ceiling the user gave or the workbook states goes into the new sheet: never Hilversum's default.
  const name = await ctx.adapter.insertBudgetSheet(
    given.origin === 'default' ? { lang } : { lang, ceilingCents: given.cents },
  );
  report(ctx, ctx.s.sheetInserted(name), ceiling.note !== undefined ? [ceiling.note] : []);
  await refreshSheets(ctx, name);
}
