/**
 * What the pane's buttons do: each action talks to the workbook through the adapter and
 * dispatches what happened to the reducer. It owns the state (a tiny store React subscribes to),
 * so every action can be tested in Node against the in-memory Excel without a DOM.
 *
 * One piece of work runs at a time (the buttons are disabled meanwhile); going to a finding is
 * not work and stays possible. Every failure ends as a sentence in the pane's message bar.
 */
import { tidyReason } from '../engine/acceptances';
import type { Lang } from '../engine/messages';
import type { AcceptanceChange, CorrectionChange, OpenWorkbookCheck, WorkbookAdapter } from '../office';
import { localIsoDate } from './acceptance';
import { checkPeriod, type PeriodCheck } from './afstemming';
import { parseCeilingText } from './ceiling';
import { describeError } from './describe-error';
import { initialPaneState, isCeilingEdited, paneReducer, severityCounts, stepFinding, visibleFindings, type CheckedState, type Notice, type PaneAction, type PaneState, type PeriodField, type SeverityFilter, type Work } from './state';
import { clockTime, strings } from './strings';

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

/** Whether the ceiling in the field can be used, and a sentence about remembering it. */
type Settled = { readonly usable: false } | { readonly usable: true; readonly note?: string };

const settled = (note: string | undefined): Settled => (note !== undefined ? { usable: true, note } : { usable: true });

/** A check made for an action, and sentences the user should also hear about it. */
interface Checked {
  readonly checked: CheckedState;
  readonly notes: ReadonlyArray<string>;
}

export function createPaneController(options: PaneControllerOptions): PaneController {
  const { adapter, lang, workbookName } = options;
  const now = options.now ?? (() => new Date());
  const s = strings(lang);

  let state = initialPaneState;
  const listeners = new Set<() => void>();
  const dispatch = (action: PaneAction): void => {
    state = paneReducer(state, action);
    for (const listener of listeners) listener();
  };
  const notify = (intent: Notice['intent'], text: string, items?: ReadonlyArray<string>): void =>
    dispatch({ type: 'notice', notice: items ? { intent, text, items } : { intent, text } });
  const fail = (error: unknown, lead?: (reason: string) => string): void => {
    const reason = describeError(error, lang);
    notify('error', lead ? lead(reason) : reason);
  };

  /** Stopping the watch on the checked sheet; replaced at every check. */
  let stopWatching: (() => Promise<void>) | undefined;
  /** Counts checks, so a change reported for an older check's watch is ignored. */
  let generation = 0;
  let stopped = false;

  /** Runs one piece of work unless another is running; a failure becomes the notice. */
  async function work(kind: Work, body: () => Promise<void>): Promise<void> {
    if (state.work !== undefined) return;
    dispatch({ type: 'work-started', work: kind });
    try {
      await body();
    } catch (error) {
      fail(error);
    } finally {
      dispatch({ type: 'work-ended' });
    }
  }

  async function listSheets(select?: string): Promise<void> {
    const { names, best, payments, ceiling } = await adapter.listSheets(select ?? state.sheet);
    dispatch({ type: 'sheets-listed', names, best, payments, ceiling, select });
  }

  /** Refreshes the picker after the sheets changed; a failure says so without undoing what worked. */
  async function refreshSheets(select?: string): Promise<void> {
    try {
      await listSheets(select);
    } catch (error) {
      fail(error, s.sheetsNotListed);
    }
  }

  /** Takes the field's text into force; `note` says why the workbook could not remember it. */
  async function commit(): Promise<Settled> {
    const parsed = parseCeilingText(state.ceiling.text, lang);
    if (parsed.kind === 'invalid') {
      dispatch({ type: 'ceiling-invalid', message: parsed.message });
      return { usable: false };
    }
    if (parsed.kind === 'empty') {
      const wasUsers = state.ceiling.origin === 'user';
      dispatch({ type: 'ceiling-forgotten' });
      return wasUsers ? settled(await save(undefined)) : { usable: true };
    }
    // The amount in force, perhaps written differently, changes nothing, nor where it came from.
    if (parsed.cents === state.ceiling.cents) {
      dispatch({ type: 'ceiling-kept' });
      return { usable: true };
    }
    dispatch({ type: 'ceiling-given', cents: parsed.cents });
    return settled(await save(parsed.cents));
  }

  /** Remembers the ceiling in the workbook; the sentence to show when it cannot (it stays in force for this session). */
  async function save(cents: number | undefined): Promise<string | undefined> {
    try {
      await adapter.saveCeiling(cents);
      return undefined;
    } catch (error) {
      return s.ceilingNotSaved(describeError(error, lang));
    }
  }

  async function commitCeiling(): Promise<boolean> {
    const result = await commit();
    if (result.usable && result.note !== undefined) notify('error', result.note);
    return result.usable;
  }

  /**
   * Commits an edited ceiling before an action uses it; not usable (with the field's message) when
   * it is no amount. `lead` puts the action's own sentence before the reason.
   */
  async function settleCeiling(lead: (reason: string) => string = (reason) => reason): Promise<Settled> {
    if (!isCeilingEdited(state.ceiling) && state.ceiling.error === undefined) return { usable: true };
    const result = await commit();
    if (!result.usable) notify('error', lead(s.ceilingNotUsable));
    return result;
  }

  /** Reads the period's fields and shows what is wrong with them, if anything. */
  function readPeriod(): PeriodCheck {
    const period = checkPeriod(state.period.start, state.period.end, lang);
    dispatch(period.kind === 'valid' ? { type: 'period-read' } : { type: 'period-read', startError: period.startError, endError: period.endError });
    return period;
  }

  /**
   * Checks with the chosen sheet and ceiling, shows the result and starts following the sheet.
   * Undefined when the check could not be made (the notice says why); else the result and what
   * the user should also hear (a ceiling not remembered, a sheet not followed). `lead` puts the
   * sentence of the action that asked for the check before the reason it could not be made.
   */
  async function runCheck(lead: (reason: string) => string = (reason) => reason): Promise<Checked | undefined> {
    const ceiling = await settleCeiling(lead);
    if (!ceiling.usable) return undefined;
    const period = readPeriod();
    if (period.kind === 'invalid') {
      notify('error', lead(s.periodNotUsable));
      return undefined;
    }
    const notes = ceiling.note !== undefined ? [ceiling.note] : [];
    const previous = stopWatching;
    stopWatching = undefined;
    const thisCheck = ++generation;
    if (previous) {
      try {
        await previous();
      } catch (error) {
        notes.push(s.stopWatchingFailed(describeError(error, lang)));
      }
    }

    const checkedAt = now();
    let outcome: OpenWorkbookCheck;
    try {
      outcome = await adapter.check({
        sheet: state.sheet,
        // Without a ceiling of the user's, the engine takes the one the workbook states.
        ceilingCents: state.ceiling.origin === 'user' ? state.ceiling.cents : undefined,
        periodStart: period.start,
        periodEnd: period.end,
        lang,
        workbookName,
        checkedAt,
      });
    } catch (error) {
      notify('error', lead([describeError(error, lang), ...notes].join(' ')));
      return undefined;
    }
    const checked: CheckedState = { result: outcome.result, plan: outcome.plan, checkedAt };
    dispatch({ type: 'checked', checked });

    if (!stopped) {
      try {
        stopWatching = await adapter.watchSheet(outcome.result.model.sheet, () => {
          if (thisCheck === generation) dispatch({ type: 'sheet-changed' });
        });
      } catch (error) {
        notes.push(s.notWatching(describeError(error, lang)));
      }
    }
    return { checked, notes };
  }

  /** The check an action on the sheet needs: the last one while it still holds, else a new one. */
  async function currentCheck(): Promise<Checked | undefined> {
    const { checked, stale, sheet, ceiling } = state;
    const holds =
      checked !== undefined &&
      !stale &&
      (sheet === undefined || sheet === checked.result.model.sheet) &&
      !isCeilingEdited(ceiling) &&
      (ceiling.origin !== 'user' || ceiling.cents === checked.result.model.ceiling.cents) &&
      periodHolds(checked);
    return holds ? { checked, notes: [] } : runCheck();
  }

  /** The period typed is the one the check reconciled with (without a payments sheet it plays no part). */
  function periodHolds(checked: CheckedState): boolean {
    const used = checked.result.reconciliation?.period;
    if (!used) return true;
    const typed = checkPeriod(state.period.start, state.period.end, lang);
    return typed.kind === 'valid' && typed.startSerial === used.start && typed.endSerial === used.end;
  }

  /** An action's outcome with whatever else the user should hear: a warning when there is more. */
  function report(text: string, notes: ReadonlyArray<string>, items?: ReadonlyArray<string>): void {
    notify(notes.length > 0 ? 'warning' : 'success', [text, ...notes].join(' '), items);
  }

  /** "Gecontroleerd om 14:03: 1 fout, 0 waarschuwingen, 0 ter info · 2 geaccepteerd." */
  function checkDone(checked: CheckedState): string {
    const { findings, accepted } = checked.result;
    const counts = severityCounts(findings);
    return s.checkDone(clockTime(checked.checkedAt), s.withAccepted(s.counts(counts.error, counts.warning, counts.info), accepted.length));
  }

  /**
   * Changes the acceptances, then checks again so the counts follow; `done` is what to say when the
   * change is made. False when the change failed (the message bar says why).
   */
  async function changeAcceptances(kind: 'accept' | 'withdraw', change: AcceptanceChange, done: string, failed: (reason: string) => string, onChanged?: () => void): Promise<boolean> {
    let changed = false;
    await work(kind, async () => {
      try {
        await adapter.changeAcceptances(change);
      } catch (error) {
        fail(error, failed);
        return;
      }
      changed = true;
      onChanged?.();
      const outcome = await runCheck((reason) => s.notRechecked(done, reason));
      if (!outcome) return;
      report(`${done} ${checkDone(outcome.checked)}`, outcome.notes);
      // The first acceptance adds the sheet "NPO Acceptaties": the picker should know it.
      const sheet = outcome.checked.result.acceptancesSheet;
      if (sheet !== undefined && !state.sheets.includes(sheet)) await refreshSheets();
    });
    return changed;
  }

  async function saveAcceptance(): Promise<boolean> {
    const form = state.accepting;
    if (!form || state.work !== undefined) return false;
    const reason = tidyReason(form.reason);
    if (reason === '') {
      dispatch({ type: 'reason-invalid', message: s.reasonRequired });
      return false;
    }
    const finding = state.checked?.result.findings.find((f) => f.fingerprint === form.fingerprint);
    if (!finding) {
      dispatch({ type: 'accept-closed' });
      return false;
    }
    const accept = { fingerprint: finding.fingerprint, reason, acceptedOn: localIsoDate(now()), message: finding.message };
    return changeAcceptances('accept', { accept }, s.findingAccepted, s.acceptFailed, () => dispatch({ type: 'accept-closed' }));
  }

  async function changeReading(change: CorrectionChange): Promise<boolean> {
    const sheet = state.checked?.result.model.sheet;
    if (sheet === undefined) return false;
    let changed = false;
    await work('reading', async () => {
      try {
        await adapter.changeCorrection(sheet, change);
      } catch (error) {
        fail(error, s.reading.notSaved);
        return;
      }
      changed = true;
      const outcome = await runCheck((reason) => s.notRechecked(s.reading.saved, reason));
      if (outcome) report(`${s.reading.saved} ${checkDone(outcome.checked)}`, outcome.notes);
    });
    return changed;
  }

  async function goToFinding(index: number, wrapped?: 'start' | 'end'): Promise<void> {
    const finding = state.checked?.result.findings[index];
    if (!finding) return;
    dispatch(wrapped ? { type: 'finding-chosen', index, wrapped } : { type: 'finding-chosen', index });
    try {
      await adapter.goTo(finding.sheet, finding.cell);
    } catch (error) {
      fail(error);
    }
  }

  async function goToCell(sheet: string, cell: string): Promise<void> {
    try {
      await adapter.goTo(sheet, cell);
    } catch (error) {
      fail(error);
    }
  }

  async function step(direction: 1 | -1): Promise<void> {
    if (!state.checked) return;
    const visible = visibleFindings(state.checked.result.findings, state.filter);
    const from = state.current;
    const target = stepFinding(visible, from, direction);
    if (target === undefined) return;
    // Going round the end is said, so the user knows the walk started over.
    const at = from !== undefined ? visible.indexOf(from) : -1;
    const wrapped = at >= 0 && visible.length > 1 ? (direction === 1 && at === visible.length - 1 ? 'start' : direction === -1 && at === 0 ? 'end' : undefined) : undefined;
    await goToFinding(target, wrapped);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      stopped = false;
      await work('loading', async () => {
        const [, saved] = await Promise.all([listSheets(), adapter.loadCeiling()]);
        if (saved !== undefined && state.ceiling.origin !== 'user') dispatch({ type: 'ceiling-given', cents: saved });
      });
    },
    async stop() {
      stopped = true;
      generation++;
      const stop = stopWatching;
      stopWatching = undefined;
      if (!stop) return;
      try {
        await stop();
      } catch (error) {
        fail(error, s.stopWatchingFailed);
      }
    },
    chooseSheet(sheet) {
      dispatch({ type: 'sheet-chosen', sheet });
      if (state.work === undefined) void refreshSheets(sheet);
    },
    refreshSheets: () => (state.work === undefined ? refreshSheets() : Promise.resolve()),
    typeCeiling: (text) => dispatch({ type: 'ceiling-typed', text }),
    commitCeiling,
    typePeriod: (field, text) => dispatch({ type: 'period-typed', field, text }),
    commitPeriod: () => readPeriod().kind === 'valid',
    check: () =>
      work('check', async () => {
        const outcome = await runCheck();
        if (!outcome) return;
        // Never a success bar over errors: the verdict card says how it stands.
        const errors = severityCounts(outcome.checked.result.findings).error;
        notify(outcome.notes.length > 0 || errors > 0 ? 'warning' : 'success', [checkDone(outcome.checked), ...outcome.notes].join(' '));
      }),
    highlight: () =>
      work('highlight', async () => {
        const outcome = await currentCheck();
        if (!outcome) return;
        const flagged = outcome.checked.plan.highlights;
        const highlighted = await adapter.highlight(flagged);
        // Beyond what the record of highlights can hold, the adapter highlights the worst first.
        const leftOut = flagged.length - highlighted;
        report(s.highlighted(highlighted), leftOut > 0 ? [s.highlightsLeftOut(leftOut), ...outcome.notes] : outcome.notes);
      }),
    clearHighlights: () =>
      work('clear', async () => {
        notify('success', s.cleared(await adapter.clearHighlights()));
      }),
    writeTabs: () =>
      work('tabs', async () => {
        const outcome = await currentCheck();
        if (!outcome) return;
        const { sheets } = await adapter.writeTabs(outcome.checked.plan);
        report(s.tabsWritten(sheets.length), outcome.notes, sheets);
        await refreshSheets();
      }),
    insertBudgetSheet: () =>
      work('insert', async () => {
        const ceiling = await settleCeiling();
        if (!ceiling.usable) return;
        // Only a ceiling the user gave or the workbook states goes into the new sheet: never Hilversum's default.
        const name = await adapter.insertBudgetSheet(state.ceiling.origin === 'default' ? { lang } : { lang, ceilingCents: state.ceiling.cents });
        report(s.sheetInserted(name), ceiling.note !== undefined ? [ceiling.note] : []);
        await refreshSheets(name);
      }),
    goToFinding: (index) => goToFinding(index),
    goToCell,
    next: () => step(1),
    previous: () => step(-1),
    chooseFilter: (filter) => dispatch({ type: 'filter-chosen', filter }),
    dismissNotice: () => dispatch({ type: 'notice-dismissed' }),
    openAcceptance: (fingerprint) => dispatch({ type: 'accept-opened', fingerprint }),
    typeReason: (text) => dispatch({ type: 'reason-typed', text }),
    cancelAcceptance: () => dispatch({ type: 'accept-closed' }),
    saveAcceptance,
    withdrawAcceptance: (fingerprint) => changeAcceptances('withdraw', { withdraw: fingerprint }, s.acceptanceWithdrawn, s.withdrawFailed),
    changeReading,
  };
}
