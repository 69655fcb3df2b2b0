/**
 * Moving the keyboard focus to an element that may only exist after the next render: a list drawn
 * afresh after a check, a reason field just opened. Elements name themselves with
 * `data-focus-key`; a request lists keys to try in order, and the first one present gets the focus
 * once React has drawn. Nothing moves when none is present.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export type FocusRequest = (keys: ReadonlyArray<string>) => void;

export function useFocusKey<T extends HTMLElement>(): [RefObject<T>, FocusRequest] {
  const root = useRef<T>(null);
  // A new object per request, so asking for the same key twice moves the focus twice.
  const [request, setRequest] = useState<{ readonly keys: ReadonlyArray<string> }>();
  useEffect(() => {
    const container = root.current;
    if (!request || !container) return;
    const present = new Map<string, HTMLElement>();
    container.querySelectorAll<HTMLElement>('[data-focus-key]').forEach((element) => {
      present.set(element.dataset['focusKey']!, element);
    });
    for (const key of request.keys) {
      const element = present.get(key);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [request]);
  const focus = useCallback<FocusRequest>((keys) => setRequest({ keys }), []);
  return [root, focus];
}
