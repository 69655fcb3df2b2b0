/**
 * "NPO Wijzigingen": two versions of the budget side by side. Per intervention the old and new
 * code and begroot, the difference as a formula, what changed and how the match was made, with a
 * link to its cell in either sheet; per goal the shift in begroot; the ceiling and the room under
 * it in both versions; and every change item with its sentence. Totals are formulas over the tab's
 * own rows, so a controller can audit it.
 */
import type { Comparison, VersionChange, VersionMatch, VersionRef } from '../compare';
import { CHANGE_LABEL, goalLabel, methodText, WIJZIGINGEN_WORDS as WORDS } from '../words/compare';
import { dutchDateOf, type DaySerial } from '../dates';
import type { GoalNumber } from '../goals';
import { address } from '../grid';
import type { Lang } from '../messages';
import { euro, figureHeader, formula, text, SheetBuilder, type CellSpec } from './sheet-builder';
import { PLAN_MARKER, type PlanLink, type PlanSheet } from './types';
import { validatePlan, type ValidPlan } from './validate';
import { WIJZIGINGEN_SHEET } from './words';

export interface WijzigingenOptions {
  readonly lang: Lang;
  /** The day of the comparison where the user is, as a day serial (inputs/day.ts). */
  readonly checkedOn: DaySerial;
  /** Where each version came from: a file name, or the open workbook's name. */
  readonly oldSource: string;
  readonly newSource: string;
  /**
   * The names the links go to, when the sheets are copied under other names (two files whose
   * sheets share a name); by default the compared sheets themselves.
   */
  readonly oldLinkSheet?: string;
  readonly newLinkSheet?: string;
}

const COLUMN_WIDTHS = [30, 18, 18, 60, 30, 17, 17, 17, 40, 24, 22, 22];
const OLD_COL = 5;
const NEW_COL = 6;
const DIFF_COL = 7;

/** One line of the per-intervention block: a match, or an intervention only one version has. */
interface Line {
  readonly goal: GoalNumber | null;
  readonly old: ReadonlyArray<VersionRef>;
  readonly new: ReadonlyArray<VersionRef>;
  readonly match?: VersionMatch;
  readonly order: number;
}

/**
 * The plan of comparing versions: the one Wijzigingen tab, with both compared sheets as its sources,
 * so that a tab placed beside a compared sheet of its name (placeTabs) takes the " (2)" while its
 * links keep going to the user's sheet. Validated here, once, where it is made.
 */
export function wijzigingenPlan(comparison: Comparison, options: WijzigingenOptions): ValidPlan {
  return validatePlan({
    marker: PLAN_MARKER,
    sheets: [wijzigingenSheet(comparison, options)],
    highlights: [],
    sourceSheets: [options.oldLinkSheet ?? comparison.oldSheet, options.newLinkSheet ?? comparison.newSheet],
  });
}

export function wijzigingenSheet(comparison: Comparison, options: WijzigingenOptions): PlanSheet {
  const { lang } = options;
  const w = WORDS[lang];
  const oldLink = options.oldLinkSheet ?? comparison.oldSheet;
  const newLink = options.newLinkSheet ?? comparison.newSheet;
  const link = (ref: VersionRef | undefined, side: 'old' | 'new'): CellSpec | undefined => {
    if (!ref) return undefined;
    const target: PlanLink = { sheet: side === 'old' ? oldLink : newLink, cell: ref.cell };
    return text(`${target.sheet}!${ref.cell}`, undefined, target);
  };
  const s = new SheetBuilder(WIJZIGINGEN_SHEET, 'wijzigingen', COLUMN_WIDTHS);
  s.line(text(w.title, 'title'));
  s.line(
    text(
      w.subtitle(
        comparison.oldSheet,
        options.oldSource,
        comparison.newSheet,
        options.newSource,
        dutchDateOf(options.checkedOn),
      ),
      'subtitle',
    ),
  );
  s.skip();

  s.line(text(w.perIntervention, 'subtitle'));
  const headerRow = s.line(
    text(w.goal, 'header'),
    text(w.oldCode, 'header'),
    text(w.newCode, 'header'),
    text(w.intervention, 'header'),
    text(w.partner, 'header'),
    figureHeader(w.oldBegroot),
    figureHeader(w.newBegroot),
    figureHeader(w.difference),
    text(w.changes, 'header'),
    text(w.match, 'header'),
    text(w.oldCell, 'header'),
    text(w.newCell, 'header'),
  );
  const firstRow = s.row;
  for (const line of lines(comparison)) {
    const row = s.row;
    const first = line.new[0] ?? line.old[0]!;
    const oldCents = line.old.reduce((sum, r) => sum + r.begrootCents, 0);
    const newCents = line.new.reduce((sum, r) => sum + r.begrootCents, 0);
    s.line(
      text(goalLabel(line.goal, lang)),
      text(codes(line.old)),
      text(codes(line.new)),
      text(line.new.length > 0 ? [...new Set(line.new.map((r) => r.name))].join(' / ') : first.name),
      text(
        [...new Set((line.new.length > 0 ? line.new : line.old).map((r) => r.partner ?? ''))]
          .filter((p) => p !== '')
          .join(' / '),
      ),
      line.old.length > 0 ? euro(oldCents) : undefined,
      line.new.length > 0 ? euro(newCents) : undefined,
      formula(`${address(row, NEW_COL)}-${address(row, OLD_COL)}`, (newCents - oldCents) / 100, 'euro'),
      text(changeLabels(comparison.changes, line, lang) || w.unchanged),
      text(
        line.match
          ? `${line.match.certain ? '' : `${w.uncertain}: `}${methodText(line.match.method, lang)} (${line.match.similarity}%)`
          : w.none,
      ),
      link(line.old[0], 'old'),
      link(line.new[0], 'new'),
    );
  }
  const lastRow = s.row - 1;
  const { totals } = comparison;
  const sumOf = (col: number, cents: number): CellSpec =>
    lastRow >= firstRow
      ? formula(`SUM(${address(firstRow, col)}:${address(lastRow, col)})`, cents / 100, 'euro', 'total')
      : euro(cents, 'total');
  const totalRow = s.line(
    text(w.total, 'total'),
    undefined,
    undefined,
    undefined,
    undefined,
    sumOf(OLD_COL, totals.oldCents),
    sumOf(NEW_COL, totals.newCents),
    sumOf(DIFF_COL, totals.differenceCents),
  );
  if (lastRow >= firstRow)
    s.table({ name: 'NPO_Wijzigingen', headerRow, firstCol: 0, lastCol: COLUMN_WIDTHS.length - 1, lastRow });
  s.skip();

  s.line(text(w.perGoal, 'subtitle'));
  s.line(
    text(w.goal, 'header'),
    undefined,
    undefined,
    undefined,
    undefined,
    figureHeader(w.oldBegroot),
    figureHeader(w.newBegroot),
    figureHeader(w.difference),
  );
  const firstGoalRow = s.row;
  for (const g of comparison.goals) {
    const row = s.row;
    s.line(
      text(goalLabel(g.goal, lang)),
      undefined,
      undefined,
      undefined,
      undefined,
      euro(g.oldCents),
      euro(g.newCents),
      formula(`${address(row, NEW_COL)}-${address(row, OLD_COL)}`, g.differenceCents / 100, 'euro'),
    );
  }
  const lastGoalRow = s.row - 1;
  const goalSum = (col: number, cents: number): CellSpec =>
    formula(`SUM(${address(firstGoalRow, col)}:${address(lastGoalRow, col)})`, cents / 100, 'euro', 'total');
  s.line(
    text(w.total, 'total'),
    undefined,
    undefined,
    undefined,
    undefined,
    goalSum(OLD_COL, totals.oldCents),
    goalSum(NEW_COL, totals.newCents),
    goalSum(DIFF_COL, totals.differenceCents),
  );
  s.skip();

  const ceilingRow = s.row;
  const diff = (row: number, cents: number): CellSpec =>
    formula(`${address(row, NEW_COL)}-${address(row, OLD_COL)}`, cents / 100, 'euro');
  s.line(
    text(w.ceiling, 'label'),
    undefined,
    undefined,
    undefined,
    undefined,
    euro(totals.oldCeilingCents),
    euro(totals.newCeilingCents),
    diff(ceilingRow, totals.newCeilingCents - totals.oldCeilingCents),
  );
  const roomRow = s.row;
  const room = (col: number, cents: number): CellSpec =>
    formula(`${address(ceilingRow, col)}-${address(totalRow, col)}`, cents / 100, 'euro', 'total');
  s.line(
    text(w.room, 'label'),
    undefined,
    undefined,
    undefined,
    undefined,
    room(OLD_COL, totals.oldRoomCents),
    room(NEW_COL, totals.newRoomCents),
    diff(roomRow, totals.newRoomCents - totals.oldRoomCents),
  );
  s.skip();

  s.line(text(w.allChanges, 'subtitle'));
  if (comparison.changes.length === 0) {
    s.line(text(w.noChanges, 'note'));
  } else {
    s.line(
      text(w.goal, 'header'),
      text(w.oldCell, 'header'),
      text(w.newCell, 'header'),
      text(w.message, 'header'),
      text(w.id, 'header'),
      figureHeader(w.oldValue),
      figureHeader(w.newValue),
      figureHeader(w.difference),
      text(w.changes, 'header'),
    );
    for (const c of comparison.changes) {
      const row = s.row;
      const amounts = c.oldCents !== undefined && c.newCents !== undefined;
      s.line(
        text(goalLabel(c.goal, lang)),
        link(c.old, 'old'),
        link(c.new, 'new'),
        text(c.message[lang]),
        text(c.id),
        amounts ? euro(c.oldCents!) : undefined,
        amounts ? euro(c.newCents!) : undefined,
        amounts
          ? formula(`${address(row, NEW_COL)}-${address(row, OLD_COL)}`, (c.newCents! - c.oldCents!) / 100, 'euro')
          : undefined,
        text(CHANGE_LABEL[lang][c.id]),
      );
    }
  }
  s.freezeAt(headerRow + 1, 0);
  return s.build();
}

function codes(refs: ReadonlyArray<VersionRef>): string {
  return [...new Set(refs.map((r) => r.code ?? ''))].filter((c) => c !== '').join(', ');
}

/** Matches first, then what only one version has, each in its goal and in sheet order. */
function lines(comparison: Comparison): Line[] {
  const result: Line[] = comparison.matches.map((m) => ({
    goal: m.new[0]!.goals[0] ?? m.old[0]!.goals[0] ?? null,
    old: m.old,
    new: m.new,
    match: m,
    order: m.new[0]!.row,
  }));
  for (const c of comparison.changes) {
    if (c.id === 'VERSION_REMOVED') result.push({ goal: c.goal, old: [c.old!], new: [], order: c.old!.row });
    if (c.id === 'VERSION_ADDED') result.push({ goal: c.goal, old: [], new: [c.new!], order: c.new!.row });
  }
  const goalOrder = (g: GoalNumber | null): number => g ?? 6;
  return result.sort((a, b) => goalOrder(a.goal) - goalOrder(b.goal) || a.order - b.order);
}

/** The short labels of the changes about this line's interventions. */
function changeLabels(changes: ReadonlyArray<VersionChange>, line: Line, lang: Lang): string {
  const oldRows = new Set(line.old.map((r) => r.row));
  const newRows = new Set(line.new.map((r) => r.row));
  const labels = changes
    .filter((c) => c.id !== 'VERSION_GOAL_SHIFT' && c.id !== 'VERSION_TOTAL')
    .filter(
      (c) =>
        [c.old, ...(c.parts?.old ?? [])].some((r) => r !== undefined && oldRows.has(r.row)) ||
        [c.new, ...(c.parts?.new ?? [])].some((r) => r !== undefined && newRows.has(r.row)),
    )
    .map((c) => CHANGE_LABEL[lang][c.id]);
  return [...new Set(labels)].join('; ');
}
