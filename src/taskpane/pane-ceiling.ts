/**
 * The ceiling field's actions: taking the typed text into force and remembering it in the
 * workbook. A ceiling that cannot be remembered stays in force for this session, with a sentence.
 */
import { describeError } from './describe-error';
import { parseCeilingText } from './ceiling';
import type { PaneContext } from './pane-context';
import { isCeilingEdited } from './state';

/** Whether the ceiling in the field can be used, and a sentence about remembering it. */
export type Settled = { readonly usable: false } | { readonly usable: true; readonly note?: string };

const settled = (note: string | undefined): Settled => (note !== undefined ? { usable: true, note } : { usable: true });

/** Takes the field's text into force; `note` says why the workbook could not remember it. */
async function commit(ctx: PaneContext): Promise<Settled> {
  const { store, lang } = ctx;
  const ceiling = store.getState().ceiling;
  const parsed = parseCeilingText(ceiling.text, lang);
  if (parsed.kind === 'invalid') {
    store.dispatch({ type: 'ceiling-invalid', message: parsed.message });
    return { usable: false };
  }
  if (parsed.kind === 'empty') {
    const wasUsers = ceiling.origin === 'user';
    store.dispatch({ type: 'ceiling-forgotten' });
    return wasUsers ? settled(await save(ctx, undefined)) : { usable: true };
  }
  // The amount in force, perhaps written differently, changes nothing, nor where it came from.
  if (parsed.cents === ceiling.cents) {
    store.dispatch({ type: 'ceiling-kept' });
    return { usable: true };
  }
  store.dispatch({ type: 'ceiling-given', cents: parsed.cents });
  return settled(await save(ctx, parsed.cents));
}

/** Remembers the ceiling in the workbook; the sentence to show when it cannot. */
async function save(ctx: PaneContext, cents: number | undefined): Promise<string | undefined> {
  try {
    await ctx.adapter.saveCeiling(cents);
    return undefined;
  } catch (error) {
    return ctx.s.ceilingNotSaved(describeError(error, ctx.lang));
  }
}

/** Enter in the field: false when the text is no amount (the field says why). */
export async function commitCeiling(ctx: PaneContext): Promise<boolean> {
  const result = await commit(ctx);
  if (result.usable && result.note !== undefined) ctx.store.notify('error', result.note);
  return result.usable;
}

/**
 * Commits an edited ceiling before an action uses it; not usable (with the field's message) when
 * it is no amount. `lead` puts the action's own sentence before the reason.
 */
export async function settleCeiling(
  ctx: PaneContext,
  lead: (reason: string) => string = (reason) => reason,
): Promise<Settled> {
  const { ceiling } = ctx.store.getState();
  if (!isCeilingEdited(ceiling) && ceiling.error === undefined) return { usable: true };
  const result = await commit(ctx);
  if (!result.usable) ctx.store.notify('error', lead(ctx.s.ceilingNotUsable));
  return result;
}
