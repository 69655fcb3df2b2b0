/** The pane's state transitions and the walk through the findings, as plain data. */
import type { Finding } from '../../src/engine/findings';
import { PLAN_MARKER } from '../../src/engine/plan/types';
import { validatePlan } from '../../src/engine/plan/validate';
import { ceilingHint } from '../../src/taskpane/ceiling';
import {
  initialPaneState,
  isCeilingEdited,
  paneReducer,
  positionOf,
  stepFinding,
  visibleFindings,
  type CheckedState,
  type PaneAction,
  type PaneState,
} from '../../src/taskpane/state';
import { countBySeverity } from '../../src/engine/inputs/severity-counts';
import { check, LIST_HEADER } from '../helpers';

const run = (actions: ReadonlyArray<PaneAction>, from: PaneState = initialPaneState): PaneState =>
  actions.reduce(paneReducer, from);

/** A check of a small list sheet; `ceilingCents` as if typed in the pane, else the sheet's own "Plafond". */
function checked(options: { ceilingCents?: number } = {}): CheckedState {
  const result = check(
    [
      ['Plafond', '', '', '', 100_000],
      [],
      [...LIST_HEADER],
      [1, 'Taalklas', 'Bovenschools', 'Bink', 60_000, 70_000],
      [2, 'Zomerschool', 'Onbekend doel', 'Bink', '50.000', 0],
      [3, 'Huiswerkklas', 'Zorg', 'Bink', 'P.M.', 0],
    ],
    options.ceilingCents !== undefined ? { ceilingCents: options.ceilingCents } : { ceilingCents: undefined },
  );
  return {
    result,
    plan: validatePlan({ marker: PLAN_MARKER, sheets: [], highlights: [] }),
    checkedAt: new Date(2026, 10, 22, 14, 3),
  };
}

const finding = (severity: Finding['severity'], cell: string): Finding => ({
  rule: 'NO_GOAL',
  severity,
  sheet: 'Begroting',
  cell,
  message: '',
  fingerprint: `NO_GOAL|naam:${cell}|goal`,
});

describe('the sheet picker', () => {
  it("preselects the best budget sheet, then keeps the user's choice while it exists", () => {
    let state = run([{ type: 'sheets-listed', names: ['Blad1', 'Begroting'], best: 'Begroting' }]);
    expect(state.sheet).toBe('Begroting');
    state = run(
      [
        { type: 'sheet-chosen', sheet: 'Blad1' },
        { type: 'sheets-listed', names: ['Blad1', 'Begroting', 'NPO Overzicht'], best: 'Begroting' },
      ],
      state,
    );
    expect(state.sheet).toBe('Blad1');
    state = run([{ type: 'sheets-listed', names: ['Begroting'], best: 'Begroting' }], state);
    expect(state.sheet).toBe('Begroting');
  });

  it('selects a sheet just inserted, and nothing when no sheet reads as a budget', () => {
    expect(run([{ type: 'sheets-listed', names: ['Blad1', 'NPO-begroting'], select: 'NPO-begroting' }]).sheet).toBe(
      'NPO-begroting',
    );
    expect(run([{ type: 'sheets-listed', names: ['Blad1'] }]).sheet).toBeUndefined();
  });
});

describe('the ceiling', () => {
  it('starts at the default, € 2.138.509,64', () => {
    expect(initialPaneState.ceiling).toEqual({ text: '2.138.509,64', cents: 213_850_964, origin: 'default' });
    expect(ceilingHint(initialPaneState.ceiling, undefined, 'nl')).toMatch(
      /^De werkmap noemt geen plafond: dit is het standaardplafond/,
    );
  });

  it('takes the one the check found unless the user gave one', () => {
    const state = run([{ type: 'checked', checked: checked() }]);
    expect(state.ceiling).toMatchObject({
      text: '100.000,00',
      cents: 10_000_000,
      origin: 'check',
      found: { source: 'sheet', cell: 'E1' },
    });
    expect(ceilingHint(state.ceiling, state.checked, 'nl')).toBe(
      'Uit de werkmap: uit het begrotingsblad (Begroting!E1).',
    );
    const given = run([
      { type: 'ceiling-given', cents: 32_200_000 },
      { type: 'checked', checked: checked({ ceilingCents: 32_200_000 }) },
    ]);
    expect(given.ceiling).toEqual({ text: '322.000,00', cents: 32_200_000, origin: 'user' });
    expect(ceilingHint(given.ceiling, given.checked, 'nl')).toMatch(/^Door u opgegeven/);
  });

  it('keeps text being typed, and its validation message until the text changes', () => {
    let state = run([{ type: 'ceiling-typed', text: '322.000' }]);
    expect(isCeilingEdited(state.ceiling)).toBe(true);
    state = run([{ type: 'checked', checked: checked() }], state);
    expect(state.ceiling.text).toBe('322.000');
    state = run(
      [
        { type: 'ceiling-typed', text: 'abc' },
        { type: 'ceiling-invalid', message: 'Dit is geen bedrag.' },
      ],
      state,
    );
    expect(state.ceiling.error).toBe('Dit is geen bedrag.');
    state = run([{ type: 'ceiling-typed', text: 'abc,' }], state);
    expect(state.ceiling.error).toBeUndefined();
  });

  it("goes back to the check's ceiling when the user's is forgotten, or to the default when that check used the user's", () => {
    const found = run([
      { type: 'checked', checked: checked() },
      { type: 'ceiling-given', cents: 5_000_000 },
      { type: 'ceiling-forgotten' },
    ]);
    expect(found.ceiling).toMatchObject({ cents: 10_000_000, origin: 'check' });
    const unknown = run([
      { type: 'ceiling-given', cents: 5_000_000 },
      { type: 'checked', checked: checked({ ceilingCents: 5_000_000 }) },
      { type: 'ceiling-forgotten' },
    ]);
    expect(unknown.ceiling).toMatchObject({ cents: 213_850_964, origin: 'default' });
  });

  it('counts as unedited when the text is the amount in force, give or take spaces', () => {
    expect(isCeilingEdited({ text: ' 2.138.509,64 ', cents: 213_850_964, origin: 'default' })).toBe(false);
    expect(isCeilingEdited({ text: '2138509,64', cents: 213_850_964, origin: 'default' })).toBe(true);
  });
});

describe('a check and what follows it', () => {
  it('shows the result, selects the checked sheet, forgets the current finding and the stale mark', () => {
    let state = run([
      { type: 'checked', checked: checked() },
      { type: 'finding-chosen', index: 1 },
      { type: 'sheet-changed' },
    ]);
    expect(state).toMatchObject({ current: 1, stale: true });
    state = run([{ type: 'checked', checked: checked() }], state);
    expect(state.current).toBeUndefined();
    expect(state.stale).toBe(false);
    expect(state.sheet).toBe('Begroting');
  });

  it('ignores a change before any check, and a finding that does not exist', () => {
    expect(run([{ type: 'sheet-changed' }]).stale).toBe(false);
    expect(
      run([
        { type: 'checked', checked: checked() },
        { type: 'finding-chosen', index: 99 },
      ]).current,
    ).toBeUndefined();
  });

  it('keeps an open reason field while its finding still counts, and closes it when the new result accepted it', () => {
    const before = checked();
    const open = before.result.findings[0]!;
    let state = run([
      { type: 'checked', checked: before },
      { type: 'accept-opened', fingerprint: open.fingerprint },
      { type: 'reason-typed', text: 'bewust' },
      { type: 'reason-invalid', message: 'Mis.' },
    ]);
    expect(state.accepting).toEqual({ fingerprint: open.fingerprint, reason: 'bewust', error: 'Mis.' });
    state = run([{ type: 'checked', checked: checked() }], state);
    expect(state.accepting).toEqual({ fingerprint: open.fingerprint, reason: 'bewust', error: 'Mis.' });
    const accepted: CheckedState = {
      ...before,
      result: {
        ...before.result,
        findings: before.result.findings.slice(1),
        accepted: [
          { ...open, acceptance: { fingerprint: open.fingerprint, reason: 'bewust', acceptedOn: '2026-11-22' } },
        ],
      },
    };
    expect(run([{ type: 'checked', checked: accepted }], state).accepting).toBeUndefined();
  });

  it('opens a reason field only under a finding that counts, and typing clears its message', () => {
    const state = run([
      { type: 'checked', checked: checked() },
      { type: 'accept-opened', fingerprint: 'GEEN|x|' },
    ]);
    expect(state.accepting).toBeUndefined();
    expect(run([{ type: 'reason-typed', text: 'x' }]).accepting).toBeUndefined();
    const fingerprint = state.checked!.result.findings[0]!.fingerprint;
    const typed = run(
      [
        { type: 'accept-opened', fingerprint },
        { type: 'reason-invalid', message: 'Mis.' },
        { type: 'reason-typed', text: 'b' },
      ],
      state,
    );
    expect(typed.accepting).toEqual({ fingerprint, reason: 'b' });
    expect(run([{ type: 'accept-closed' }], typed).accepting).toBeUndefined();
  });

  it('tracks one piece of work and one notice at a time', () => {
    let state = run([
      { type: 'work-started', work: 'check' },
      { type: 'notice', notice: { intent: 'error', text: 'Mis.' } },
    ]);
    expect(state).toMatchObject({ work: 'check', notice: { intent: 'error', text: 'Mis.' } });
    state = run([{ type: 'work-ended' }, { type: 'notice-dismissed' }], state);
    expect(state.work).toBeUndefined();
    expect(state.notice).toBeUndefined();
  });
});

describe('the findings', () => {
  const findings = [
    finding('error', 'A1'),
    finding('error', 'A2'),
    finding('warning', 'A3'),
    finding('info', 'A4'),
    finding('info', 'A5'),
  ];

  it('are counted and filtered by severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, info: 2 });
    expect(visibleFindings(findings, 'all')).toEqual([0, 1, 2, 3, 4]);
    expect(visibleFindings(findings, 'info')).toEqual([3, 4]);
    expect(visibleFindings(findings, 'warning')).toEqual([2]);
  });

  it('are walked with Volgende from the first and with Vorige from the last, wrapping around', () => {
    const all = [0, 1, 2, 3, 4];
    expect(stepFinding(all, undefined, 1)).toBe(0);
    expect(stepFinding(all, undefined, -1)).toBe(4);
    expect(stepFinding(all, 1, 1)).toBe(2);
    expect(stepFinding(all, 4, 1)).toBe(0);
    expect(stepFinding(all, 0, -1)).toBe(4);
    expect(stepFinding([], undefined, 1)).toBeUndefined();
  });

  it('are walked from a finding the filter hides to the nearest shown one in that direction', () => {
    const info = [3, 4];
    expect(stepFinding(info, 2, 1)).toBe(3);
    expect(stepFinding(info, 2, -1)).toBe(4);
    expect(positionOf(info, 2)).toBeUndefined();
    expect(positionOf(info, 4)).toBe(2);
  });
});
