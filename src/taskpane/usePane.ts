/**
 * The pane's state for React: one controller per adapter, started when the pane appears and
 * stopped (no longer following the checked sheet) when it goes away.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../engine/messages';
import type { WorkbookAdapter } from '../office';
import { createPaneController, type PaneController } from './controller';
import type { PaneState } from './state';

export function usePane(adapter: WorkbookAdapter, lang: Lang, workbookName: string): [PaneState, PaneController] {
  const controller = useMemo(
    () => createPaneController({ adapter, lang, workbookName }),
    [adapter, lang, workbookName],
  );
  useEffect(() => {
    void controller.start();
    return () => {
      void controller.stop();
    };
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return [state, controller];
}
