/**
 * The task pane's state as one immutable value and the reducer that changes it. No React, no
 * Office.js: every transition can be tested with plain data. The controller (controller.ts)
 * talks to the workbook and dispatches what happened; components only read.
 */
import { DEFAULT_CEILING_CENTS } from '../engine/ceiling';
import type { CheckResult } from '../engine/check';
import type { Ceiling } from '../engine/model';
import type { Finding, Severity } from '../engine/findings';
import type { ValidPlan } from '../engine/plan/validate';
import { DEFAULT_PERIOD_TEXT } from './afstemming';
import { ceilingFieldText } from './ceiling';

/** What the pane is busy with; one piece of work at a time. */
export type Work = 'loading' | 'check' | 'highlight' | 'clear' | 'tabs' | 'insert' | 'accept' | 'withdraw' | 'reading';

export type SeverityFilter = 'all' | Severity;

/**
 * Where the ceiling in force comes from: typed in the pane (now or earlier, kept in the workbook),
 * found by the last check, or the default before any check.
 */
export type CeilingOrigin = 'user' | 'check' | 'default';

export interface CeilingState {
  /** What the field shows, possibly mid-edit. */
  readonly text: string;
  /** The ceiling in force, in cents. */
  readonly cents: number;
  readonly origin: CeilingOrigin;
  /** Where the workbook states its ceiling, as the last listing or check found it ('default': it states none). */
  readonly found?: Ceiling;
  /** The field's validation message while its text is not a usable amount. */
  readonly error?: string;
}

/** The programme period as typed in its two fields (Dutch dates), with their validation messages. */
export interface PeriodState {
  readonly start: string;
  readonly end: string;
  readonly startError?: string;
  readonly endError?: string;
}

export type PeriodField = 'start' | 'end';

export interface CheckedState {
  readonly result: CheckResult;
  readonly plan: ValidPlan;
  readonly checkedAt: Date;
}

/** The reason field open under one finding, to accept it. */
export interface AcceptingState {
  readonly fingerprint: string;
  /** What the field shows, as typed. */
  readonly reason: string;
  /** The field's validation message, such as for an empty reason. */
  readonly error?: string;
}

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  readonly intent: NoticeIntent;
  readonly text: string;
  /** A list under the sentence, such as the names of the tabs written. */
  readonly items?: ReadonlyArray<string>;
}

export interface PaneState {
  readonly sheets: ReadonlyArray<string>;
  /** The sheet that reads best as a budget sheet, labelled in the picker. */
  readonly bestSheet?: string;
  /** The payments sheet, labelled in the picker: it is no budget sheet. */
  readonly paymentsSheet?: string;
  /** The sheet to check; undefined lets the engine pick the best budget sheet. */
  readonly sheet?: string;
  readonly ceiling: CeilingState;
  /** The spending period the next check uses; shown once a check found a payments sheet. */
  readonly period: PeriodState;
  readonly work?: Work;
  readonly checked?: CheckedState;
  /** The checked sheet changed after the check. */
  readonly stale: boolean;
  readonly filter: SeverityFilter;
  /** The finding last gone to, as its index in `checked.result.findings`. */
  readonly current?: number;
  /** The last step went round from the last finding to the first ('start') or from the first to the last ('end'). */
  readonly wrapped?: 'start' | 'end';
  /** The finding whose reason field is open; one at a time. */
  readonly accepting?: AcceptingState;
  readonly notice?: Notice;
}

export const initialPaneState: PaneState = {
  sheets: [],
  ceiling: { text: ceilingFieldText(DEFAULT_CEILING_CENTS), cents: DEFAULT_CEILING_CENTS, origin: 'default' },
  period: { start: DEFAULT_PERIOD_TEXT.start, end: DEFAULT_PERIOD_TEXT.end },
  stale: false,
  filter: 'all',
};

export type PaneAction =
  | {
      readonly type: 'sheets-listed';
      readonly names: ReadonlyArray<string>;
      readonly best?: string;
      readonly payments?: string;
      /** The ceiling the workbook states for the sheet in the picker. */
      readonly ceiling?: Ceiling;
      readonly select?: string;
    }
  | { readonly type: 'sheet-chosen'; readonly sheet: string }
  | { readonly type: 'ceiling-typed'; readonly text: string }
  | { readonly type: 'ceiling-given'; readonly cents: number }
  /** The text was the amount in force after all (perhaps written differently): show it as usual. */
  | { readonly type: 'ceiling-kept' }
  | { readonly type: 'ceiling-forgotten' }
  | { readonly type: 'ceiling-invalid'; readonly message: string }
  | { readonly type: 'period-typed'; readonly field: PeriodField; readonly text: string }
  /** The period's fields as read: a message for each field that is no (usable) date, none when both are. */
  | { readonly type: 'period-read'; readonly startError?: string; readonly endError?: string }
  | { readonly type: 'work-started'; readonly work: Work }
  | { readonly type: 'work-ended' }
  | { readonly type: 'checked'; readonly checked: CheckedState }
  | { readonly type: 'sheet-changed' }
  | { readonly type: 'filter-chosen'; readonly filter: SeverityFilter }
  | { readonly type: 'finding-chosen'; readonly index: number; readonly wrapped?: 'start' | 'end' }
  | { readonly type: 'accept-opened'; readonly fingerprint: string }
  | { readonly type: 'reason-typed'; readonly text: string }
  | { readonly type: 'reason-invalid'; readonly message: string }
  | { readonly type: 'accept-closed' }
  | { readonly type: 'notice'; readonly notice: Notice }
  | { readonly type: 'notice-dismissed' };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'sheets-listed': {
      const keep = (name: string | undefined): string | undefined =>
        name !== undefined && action.names.includes(name) ? name : undefined;
      const sheet = keep(action.select) ?? keep(state.sheet) ?? keep(action.best);
      const { bestSheet: _best, paymentsSheet: _payments, ...rest } = state;
      const listed = {
        ...rest,
        sheets: action.names,
        ...(action.best !== undefined ? { bestSheet: action.best } : {}),
        ...(action.payments !== undefined ? { paymentsSheet: action.payments } : {}),
      };
      // The workbook's own ceiling shows before any check, unless the user gave or is typing one.
      const ceiling =
        action.ceiling && state.ceiling.origin !== 'user' && !isCeilingEdited(state.ceiling)
          ? ceilingFound(action.ceiling)
          : state.ceiling;
      return withSheet({ ...listed, ceiling }, sheet);
    }
    case 'sheet-chosen':
      return { ...state, sheet: action.sheet };
    case 'ceiling-typed': {
      const { error: _error, ...ceiling } = state.ceiling;
      return { ...state, ceiling: { ...ceiling, text: action.text } };
    }
    case 'ceiling-given':
      return { ...state, ceiling: { text: ceilingFieldText(action.cents), cents: action.cents, origin: 'user' } };
    case 'ceiling-kept':
      return {
        ...state,
        ceiling: {
          text: ceilingFieldText(state.ceiling.cents),
          cents: state.ceiling.cents,
          origin: state.ceiling.origin,
        },
      };
    case 'ceiling-forgotten':
      return { ...state, ceiling: ceilingWithoutUser(state.checked) };
    case 'ceiling-invalid':
      return { ...state, ceiling: { ...state.ceiling, error: action.message } };
    case 'period-typed': {
      // A new text makes the old messages moot, also the order message on the other field.
      const { start, end } = state.period;
      return { ...state, period: { start, end, [action.field]: action.text } };
    }
    case 'period-read': {
      const { start, end } = state.period;
      return {
        ...state,
        period: {
          start,
          end,
          ...(action.startError !== undefined ? { startError: action.startError } : {}),
          ...(action.endError !== undefined ? { endError: action.endError } : {}),
        },
      };
    }
    case 'work-started':
      return { ...state, work: action.work };
    case 'work-ended':
      return withoutWork(state);
    case 'checked': {
      const { model } = action.checked.result;
      const ceiling =
        state.ceiling.origin === 'user' || isCeilingEdited(state.ceiling)
          ? state.ceiling
          : ceilingWithoutUser(action.checked);
      const { current: _current, wrapped: _wrapped, accepting, ...rest } = state;
      // A reason being typed stays while its finding still counts; the new result may have accepted it.
      const stillOpen =
        accepting !== undefined && action.checked.result.findings.some((f) => f.fingerprint === accepting.fingerprint);
      return {
        ...rest,
        checked: action.checked,
        stale: false,
        ceiling,
        sheet: model.sheet,
        ...(stillOpen ? { accepting } : {}),
      };
    }
    case 'sheet-changed':
      return state.checked ? { ...state, stale: true } : state;
    case 'filter-chosen':
      return { ...state, filter: action.filter };
    case 'finding-chosen': {
      if (!state.checked?.result.findings[action.index]) return state;
      const { wrapped: _wrapped, ...rest } = state;
      return { ...rest, current: action.index, ...(action.wrapped ? { wrapped: action.wrapped } : {}) };
    }
    case 'accept-opened':
      return state.checked?.result.findings.some((f) => f.fingerprint === action.fingerprint)
        ? { ...state, accepting: { fingerprint: action.fingerprint, reason: '' } }
        : state;
    case 'reason-typed':
      return state.accepting
        ? { ...state, accepting: { fingerprint: state.accepting.fingerprint, reason: action.text } }
        : state;
    case 'reason-invalid':
      return state.accepting ? { ...state, accepting: { ...state.accepting, error: action.message } } : state;
    case 'accept-closed': {
      const { accepting: _accepting, ...rest } = state;
      return rest;
    }
    case 'notice':
      return { ...state, notice: action.notice };
    case 'notice-dismissed': {
      const { notice: _notice, ...rest } = state;
      return rest;
    }
  }
}

function withSheet(state: PaneState, sheet: string | undefined): PaneState {
  if (sheet !== undefined) return { ...state, sheet };
  const { sheet: _sheet, ...rest } = state;
  return rest;
}

function withoutWork(state: PaneState): PaneState {
  const { work: _work, ...rest } = state;
  return rest;
}

/** The ceiling when the user gave none: the one the last check found, else the default. */
function ceilingWithoutUser(checked: CheckedState | undefined): CeilingState {
  const found = checked?.result.model.ceiling;
  // A check run with the user's ceiling says nothing about the sheet's own.
  if (!found || found.source === 'option')
    return { text: ceilingFieldText(DEFAULT_CEILING_CENTS), cents: DEFAULT_CEILING_CENTS, origin: 'default' };
  return ceilingFound(found);
}

/** The ceiling as the workbook states it; the default when it states none (the field then warns). */
function ceilingFound(found: Ceiling): CeilingState {
  if (found.source === 'option') return { text: ceilingFieldText(found.cents), cents: found.cents, origin: 'user' };
  return {
    text: ceilingFieldText(found.cents),
    cents: found.cents,
    origin: found.source === 'default' ? 'default' : 'check',
    found,
  };
}

/** The field holds text that is not (yet) the ceiling in force. */
export function isCeilingEdited(ceiling: CeilingState): boolean {
  return ceiling.text.trim() !== ceilingFieldText(ceiling.cents);
}

/**
 * The findings a filter shows, as indices into the full list, in the order the pane lists them:
 * by severity, within it the findings of one rule together (rules in the order they first
 * occur), and within a rule in sheet order. Volgende and Vorige walk this order.
 */
export function visibleFindings(findings: ReadonlyArray<Finding>, filter: SeverityFilter): number[] {
  const byGroup = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (filter !== 'all' && f.severity !== filter) return;
    const key = `${f.severity}|${f.rule}`;
    const group = byGroup.get(key);
    if (group) group.push(i);
    else byGroup.set(key, [i]);
  });
  const severityRank = (key: string): number => ['error', 'warning', 'info'].indexOf(key.split('|')[0]!);
  return [...byGroup]
    .sort(([a, ia], [b, ib]) => severityRank(a) - severityRank(b) || ia[0]! - ib[0]!)
    .flatMap(([, group]) => group);
}

/**
 * The finding Volgende (+1) or Vorige (-1) goes to among the visible ones, wrapping around at the
 * ends. From a finding the filter hides, it goes to the nearest visible one in that direction;
 * with none current, Volgende starts at the first and Vorige at the last.
 */
export function stepFinding(
  visible: ReadonlyArray<number>,
  current: number | undefined,
  direction: 1 | -1,
): number | undefined {
  if (visible.length === 0) return undefined;
  if (current === undefined) return direction === 1 ? visible[0] : visible[visible.length - 1];
  const at = visible.indexOf(current);
  if (at >= 0) return visible[(at + direction + visible.length) % visible.length];
  if (direction === 1) return visible.find((i) => i > current) ?? visible[0];
  for (let k = visible.length - 1; k >= 0; k--) if (visible[k]! < current) return visible[k];
  return visible[visible.length - 1];
}

/** The 1-based place of the current finding among the visible ones, or undefined when hidden or none. */
export function positionOf(visible: ReadonlyArray<number>, current: number | undefined): number | undefined {
  if (current === undefined) return undefined;
  const at = visible.indexOf(current);
  return at < 0 ? undefined : at + 1;
}
