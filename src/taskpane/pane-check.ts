/**
 * Checking from the pane: the check itself with the chosen sheet, ceiling and period, following
 * the checked sheet for changes, and deciding whether the last check still holds for an action.
 */
import { countBySeverity } from '../engine/inputs/severity-counts';
import { samePeriod } from '../engine/inputs/period';
import type { OpenWorkbookCheck } from '../office';
import { checkPeriod, type PeriodCheck } from './afstemming';
import { describeError } from './describe-error';
import type { PaneContext } from './pane-context';
import { settleCeiling } from './pane-ceiling';
import { isCeilingEdited, type CheckedState } from './state';
import { clockTime } from './strings';

/** A check made for an action, and sentences the user should also hear about it. */
export interface Checked {
  readonly checked: CheckedState;
  readonly notes: ReadonlyArray<string>;
}

export interface PaneChecker {
  /**
   * Checks with the chosen sheet and ceiling, shows the result and starts following the sheet.
   * Undefined when the check could not be made (the notice says why). `lead` puts the sentence of
   * the action that asked for the check before the reason it could not be made.
   */
  run(lead?: (reason: string) => string): Promise<Checked | undefined>;
  /** The check an action on the sheet needs: the last one while it still holds, else a new one. */
  current(): Promise<Checked | undefined>;
  /** Reads the period's fields and shows what is wrong with them, if anything. */
  readPeriod(): PeriodCheck;
  /** Follows the checked sheet again from the next check on (the pane appeared). */
  resume(): void;
  /** Stops following the checked sheet (the pane went away). */
  stop(): Promise<void>;
}

export function createPaneChecker(ctx: PaneContext): PaneChecker {
  const { store, adapter, lang, s } = ctx;
  /** Stopping the watch on the checked sheet; replaced at every check. */
  let stopWatching: (() => Promise<void>) | undefined;
  /** Counts checks, so a change reported for an older check's watch is ignored. */
  let generation = 0;
  let stopped = false;

  function readPeriod(): PeriodCheck {
    const { period } = store.getState();
    const read = checkPeriod(period.start, period.end, lang);
    store.dispatch(
      read.kind === 'valid'
        ? { type: 'period-read' }
        : { type: 'period-read', startError: read.startError, endError: read.endError },
    );
    return read;
  }

  /** Ends the previous check's watch; the sentence to add when that failed. */
  async function endWatch(): Promise<string | undefined> {
    const previous = stopWatching;
    stopWatching = undefined;
    if (!previous) return undefined;
    try {
      await previous();
      return undefined;
    } catch (error) {
      return s.stopWatchingFailed(describeError(error, lang));
    }
  }

  /** Follows the checked sheet; the sentence to add when it cannot be followed. */
  async function watch(sheet: string, thisCheck: number): Promise<string | undefined> {
    if (stopped) return undefined;
    try {
      stopWatching = await adapter.watchSheet(sheet, () => {
        if (thisCheck === generation) store.dispatch({ type: 'sheet-changed' });
      });
      return undefined;
    } catch (error) {
      return s.notWatching(describeError(error, lang));
    }
  }

  async function run(lead: (reason: string) => string = (reason) => reason): Promise<Checked | undefined> {
    const ceiling = await settleCeiling(ctx, lead);
    if (!ceiling.usable) return undefined;
    const period = readPeriod();
    if (period.kind === 'invalid') {
      store.notify('error', lead(s.periodNotUsable));
      return undefined;
    }
    const notes = ceiling.note !== undefined ? [ceiling.note] : [];
    const thisCheck = ++generation;
    const unwatched = await endWatch();
    if (unwatched !== undefined) notes.push(unwatched);

    const checkedAt = ctx.now();
    const state = store.getState();
    let outcome: OpenWorkbookCheck;
    try {
      outcome = await adapter.check({
        sheet: state.sheet,
        // Without a ceiling of the user's, the engine takes the one the workbook states.
        ceilingCents: state.ceiling.origin === 'user' ? state.ceiling.cents : undefined,
        period: period.period,
        lang,
        workbookName: ctx.workbookName,
        checkedAt,
      });
    } catch (error) {
      store.notify('error', lead([describeError(error, lang), ...notes].join(' ')));
      return undefined;
    }
    const checked: CheckedState = { result: outcome.result, plan: outcome.plan, checkedAt };
    store.dispatch({ type: 'checked', checked });
    const unfollowed = await watch(outcome.result.model.sheet, thisCheck);
    if (unfollowed !== undefined) notes.push(unfollowed);
    return { checked, notes };
  }

  /** The period typed is the one the check reconciled with (without a payments sheet it plays no part). */
  function periodHolds(checked: CheckedState): boolean {
    const used = checked.result.reconciliation?.period;
    if (!used) return true;
    const { period } = store.getState();
    const typed = checkPeriod(period.start, period.end, lang);
    return typed.kind === 'valid' && samePeriod(typed.period, used);
  }

  function current(): Promise<Checked | undefined> {
    const { checked, stale, sheet, ceiling } = store.getState();
    const holds =
      checked !== undefined &&
      !stale &&
      (sheet === undefined || sheet === checked.result.model.sheet) &&
      !isCeilingEdited(ceiling) &&
      (ceiling.origin !== 'user' || ceiling.cents === checked.result.model.ceiling.cents) &&
      periodHolds(checked);
    return holds ? Promise.resolve({ checked, notes: [] }) : run();
  }

  return {
    run,
    current,
    readPeriod,
    resume() {
      stopped = false;
    },
    async stop() {
      stopped = true;
      generation++;
      const unwatched = await endWatch();
      // Said as the action's own failure: nothing else is going on.
      if (unwatched !== undefined) store.notify('error', unwatched);
    },
  };
}

/** "Gecontroleerd om 14:03: 1 fout, 0 waarschuwingen, 0 ter info · 2 geaccepteerd." */
export function checkDone(ctx: PaneContext, checked: CheckedState): string {
  const { findings, accepted } = checked.result;
  const counts = countBySeverity(findings);
  return ctx.s.checkDone(
    clockTime(checked.checkedAt),
    ctx.s.withAccepted(ctx.s.counts(counts.error, counts.warning, counts.info), accepted.length),
  );
}
