/**
 * The pane's store: the state, its listeners, and the two ways everything the pane does ends: a
 * dispatched action, or a sentence in the message bar. One piece of work runs at a time.
 */
import type { Lang } from '../engine/messages';
import { describeError } from './describe-error';
import { initialPaneState, paneReducer, type Notice, type PaneAction, type PaneState, type Work } from './state';

export interface PaneStore {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  dispatch(action: PaneAction): void;
  notify(intent: Notice['intent'], text: string, items?: ReadonlyArray<string>): void;
  /** Says what went wrong in the message bar; `lead` puts the action's own sentence before the reason. */
  fail(error: unknown, lead?: (reason: string) => string): void;
  /** Runs one piece of work unless another is running; a failure becomes the notice. */
  work(kind: Work, body: () => Promise<void>): Promise<void>;
}

export function createPaneStore(lang: Lang): PaneStore {
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
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    notify,
    fail,
    work,
  };
}
