/**
 * "Vergelijken met…": the pane's comparison of the budget sheet with another sheet of the workbook.
 * Its own small store beside the pane's (so the two change independently), with actions that talk
 * to the workbook through the adapter and end every failure as a sentence. No React: tested in Node
 * against the in-memory Excel.
 */
import type { Comparison, VersionChange } from '../engine/compare';
import { COMPARE_REPORT_WORDS, goalLabel } from '../engine/words/compare';
import { GOAL_NUMBERS, type GoalNumber } from '../engine/goals';
import type { Lang } from '../engine/messages';
import type { ValidPlan } from '../engine/plan/validate';
import type { WorkbookAdapter } from '../office';
import { paneCompareWords as compareStrings } from '../engine/words/pane-compare';
import { describeError } from './describe-error';

export interface ComparedState {
  readonly comparison: Comparison;
  readonly plan: ValidPlan;
  readonly comparedAt: Date;
}

export interface CompareNotice {
  readonly intent: 'success' | 'warning' | 'error';
  readonly text: string;
}

export interface CompareState {
  /** The other version: a sheet of this workbook. */
  readonly other?: string;
  /** Whether the other sheet is the old version (the default: the budget sheet is the newest). */
  readonly otherIsOld: boolean;
  readonly work?: 'compare' | 'tab';
  readonly compared?: ComparedState;
  readonly notice?: CompareNotice;
}

export interface CompareController {
  getState(): CompareState;
  subscribe(listener: () => void): () => void;
  chooseOther(sheet: string): void;
  swap(): void;
  /** Compares `current` (the budget sheet; undefined: the one that reads best) with the other sheet. */
  compare(current: string | undefined): Promise<void>;
  writeTab(): Promise<void>;
  goTo(sheet: string, cell: string): Promise<void>;
  dismissNotice(): void;
}

export interface CompareControllerOptions {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  readonly workbookName: string;
  readonly now?: () => Date;
}

export function createCompareController({
  adapter,
  lang,
  workbookName,
  now = () => new Date(),
}: CompareControllerOptions): CompareController {
  const s = compareStrings(lang);
  let state: CompareState = { otherIsOld: true };
  const listeners = new Set<() => void>();
  const set = (change: Partial<CompareState>): void => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const withoutNotice = (): Partial<CompareState> => ({ notice: undefined });

  async function work(
    kind: 'compare' | 'tab',
    body: () => Promise<void>,
    failed: (reason: string) => string,
  ): Promise<void> {
    if (state.work !== undefined) return;
    set({ work: kind, ...withoutNotice() });
    try {
      await body();
    } catch (error) {
      set({ notice: { intent: 'error', text: failed(describeError(error, lang)) } });
    } finally {
      set({ work: undefined });
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    chooseOther: (sheet) => set({ other: sheet, ...withoutNotice() }),
    swap: () => set({ otherIsOld: !state.otherIsOld, ...withoutNotice() }),
    compare: (current) =>
      work(
        'compare',
        async () => {
          const { other, otherIsOld } = state;
          if (other === undefined) {
            set({ notice: { intent: 'error', text: s.chooseOther } });
            return;
          }
          if (other === current) {
            set({ notice: { intent: 'error', text: s.sameSheet } });
            return;
          }
          const comparedAt = now();
          const outcome = await adapter.compareSheets({
            ...(otherIsOld ? { oldSheet: other } : { newSheet: other }),
            ...(current !== undefined ? (otherIsOld ? { newSheet: current } : { oldSheet: current }) : {}),
            lang,
            workbookName,
            comparedAt,
          });
          const { comparison } = outcome;
          if (comparison.oldSheet === comparison.newSheet) {
            set({ notice: { intent: 'error', text: s.sameSheet } });
            return;
          }
          const uncertain = comparison.changes.filter((c) => c.id === 'VERSION_UNCERTAIN_MATCH').length;
          const text = [
            s.compared(comparison.changes.length, comparison.oldSheet, comparison.newSheet),
            ...(uncertain > 0 ? [s.uncertain(uncertain)] : []),
          ].join(' ');
          set({
            compared: { comparison, plan: outcome.plan, comparedAt },
            notice: { intent: uncertain > 0 ? 'warning' : 'success', text },
          });
        },
        s.notCompared,
      ),
    writeTab: () =>
      work(
        'tab',
        async () => {
          const compared = state.compared;
          if (!compared) return;
          const { sheets } = await adapter.writeComparisonTab(compared.plan);
          set({ notice: { intent: 'success', text: s.tabWritten(sheets[0] ?? '') } });
        },
        s.tabNotWritten,
      ),
    async goTo(sheet, cell) {
      try {
        await adapter.goTo(sheet, cell);
      } catch (error) {
        set({ notice: { intent: 'error', text: describeError(error, lang) } });
      }
    },
    dismissNotice: () => set(withoutNotice()),
  };
}

export interface ChangeGroup {
  /** `total`: the plan's total against the ceiling. */
  readonly key: GoalNumber | 'none' | 'total';
  readonly label: string;
  readonly changes: ReadonlyArray<VersionChange>;
}

/** The changes grouped by goal (1–5, then without a goal), the total last, as the pane shows them. */
export function changeGroups(comparison: Comparison, lang: Lang): ChangeGroup[] {
  const groups: ChangeGroup[] = GOAL_NUMBERS.map((goal) => ({
    key: goal,
    label: goalLabel(goal, lang),
    changes: comparison.changes.filter((c) => c.goal === goal),
  }));
  groups.push({
    key: 'none',
    label: goalLabel(null, lang),
    changes: comparison.changes.filter((c) => c.goal === null && c.id !== 'VERSION_TOTAL'),
  });
  groups.push({
    key: 'total',
    label: COMPARE_REPORT_WORDS[lang].general,
    changes: comparison.changes.filter((c) => c.id === 'VERSION_TOTAL'),
  });
  return groups.filter((g) => g.changes.length > 0);
}
