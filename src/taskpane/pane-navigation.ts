/**
 * Going to cells: a finding (and Volgende / Vorige through the visible ones), or any cell such
 * as an intervention's benut. Not work: it stays possible while a check runs.
 */
import type { PaneContext } from './pane-context';
import { stepFinding, visibleFindings } from './state';

export async function goToFinding(ctx: PaneContext, index: number, wrapped?: 'start' | 'end'): Promise<void> {
  const finding = ctx.store.getState().checked?.result.findings[index];
  if (!finding) return;
  ctx.store.dispatch(wrapped ? { type: 'finding-chosen', index, wrapped } : { type: 'finding-chosen', index });
  await goToCell(ctx, finding.sheet, finding.cell);
}

export async function goToCell(ctx: PaneContext, sheet: string, cell: string): Promise<void> {
  try {
    await ctx.adapter.goTo(sheet, cell);
  } catch (error) {
    ctx.store.fail(error);
  }
}

/** Volgende (+1) or Vorige (-1) among the findings the filter shows. */
export async function stepThroughFindings(ctx: PaneContext, direction: 1 | -1): Promise<void> {
  const { checked, filter, current: from } = ctx.store.getState();
  if (!checked) return;
  const visible = visibleFindings(checked.result.findings, filter);
  const target = stepFinding(visible, from, direction);
  if (target === undefined) return;
  await goToFinding(ctx, target, wrapAround(visible, from, direction));
}

/** Going round the end is said, so the user knows the walk started over. */
function wrapAround(
  visible: ReadonlyArray<number>,
  from: number | undefined,
  direction: 1 | -1,
): 'start' | 'end' | undefined {
  const at = from !== undefined ? visible.indexOf(from) : -1;
  if (at < 0 || visible.length <= 1) return undefined;
  if (direction === 1 && at === visible.length - 1) return 'start';
  if (direction === -1 && at === 0) return 'end';
  return undefined;
}
