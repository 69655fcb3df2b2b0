/**
 * Changes that the next check must see at once: accepting a finding, withdrawing an acceptance,
 * correcting how the sheet is read. Each is stored in the workbook, then the sheet is checked
 * again so the counts follow.
 */
import { tidyReason } from '../engine/acceptances';
import { isoDate } from '../engine/dates';
import { todayDayNumber } from '../engine/inputs/day';
import type { AcceptanceChange, CorrectionChange } from '../office';
import { refreshSheets, report, type PaneContext } from './pane-context';
import { checkDone, type PaneChecker } from './pane-check';
import type { CheckedState, Work } from './state';

/**
 * Stores a change, then checks again; `done` is what to say when the change is made, `after` what
 * else the new check asks for. False when the change failed (the message bar says why).
 */
async function changeThenCheck(
  ctx: PaneContext,
  checker: PaneChecker,
  kind: Work,
  change: () => Promise<unknown>,
  done: string,
  failed: (reason: string) => string,
  after?: (checked: CheckedState) => Promise<void>,
): Promise<boolean> {
  let changed = false;
  await ctx.store.work(kind, async () => {
    try {
      await change();
    } catch (error) {
      ctx.store.fail(error, failed);
      return;
    }
    changed = true;
    const outcome = await checker.run((reason) => ctx.s.notRechecked(done, reason));
    if (!outcome) return;
    report(ctx, `${done} ${checkDone(ctx, outcome.checked)}`, outcome.notes);
    await after?.(outcome.checked);
  });
  return changed;
}

/** The first acceptance adds the sheet "NPO Acceptaties": the picker should know it. */
async function listAcceptancesSheet(ctx: PaneContext, checked: CheckedState): Promise<void> {
  const sheet = checked.result.acceptancesSheet;
  if (sheet !== undefined && !ctx.store.getState().sheets.includes(sheet)) await refreshSheets(ctx);
}

function changeAcceptances(
  ctx: PaneContext,
  checker: PaneChecker,
  kind: 'accept' | 'withdraw',
  change: AcceptanceChange,
  done: string,
  failed: (reason: string) => string,
  onChanged?: () => void,
): Promise<boolean> {
  const store = async (): Promise<void> => {
    await ctx.adapter.changeAcceptances(change);
    onChanged?.();
  };
  return changeThenCheck(ctx, checker, kind, store, done, failed, (checked) => listAcceptancesSheet(ctx, checked));
}

/**
 * Accepts the finding whose reason field is open, dated today where the user is, and checks
 * again. False when nothing was saved: an empty reason (the field says so), or a failure.
 */
export async function saveAcceptance(ctx: PaneContext, checker: PaneChecker): Promise<boolean> {
  const { store, s } = ctx;
  const state = store.getState();
  const form = state.accepting;
  if (!form || state.work !== undefined) return false;
  const reason = tidyReason(form.reason);
  if (reason === '') {
    store.dispatch({ type: 'reason-invalid', message: s.reasonRequired });
    return false;
  }
  const finding = state.checked?.result.findings.find((f) => f.fingerprint === form.fingerprint);
  if (!finding) {
    store.dispatch({ type: 'accept-closed' });
    return false;
  }
  const accept = {
    fingerprint: finding.fingerprint,
    reason,
    acceptedOn: isoDate(todayDayNumber(ctx.now())),
    message: finding.message,
  };
  return changeAcceptances(ctx, checker, 'accept', { accept }, s.findingAccepted, s.acceptFailed, () =>
    store.dispatch({ type: 'accept-closed' }),
  );
}

export function withdrawAcceptance(ctx: PaneContext, checker: PaneChecker, fingerprint: string): Promise<boolean> {
  return changeAcceptances(
    ctx,
    checker,
    'withdraw',
    { withdraw: fingerprint },
    ctx.s.acceptanceWithdrawn,
    ctx.s.withdrawFailed,
  );
}

/** Sets or removes one correction to how the checked sheet is read, and checks again. */
export async function changeReading(
  ctx: PaneContext,
  checker: PaneChecker,
  change: CorrectionChange,
): Promise<boolean> {
  const sheet = ctx.store.getState().checked?.result.model.sheet;
  if (sheet === undefined) return false;
  return changeThenCheck(
    ctx,
    checker,
    'reading',
    () => ctx.adapter.changeCorrection(sheet, change),
    ctx.s.reading.saved,
    ctx.s.reading.notSaved,
  );
}
