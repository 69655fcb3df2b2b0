/**
 * Reads the rows below the header into interventions and stated totals, for all three layouts.
 * The layouts differ only in where an intervention's goals and amounts come from.
 */
import { countedCents, readAmount } from '../amounts';
import { cellAt, cellText, type SheetSnapshot } from '../grid';
import { isGoalMark, matchGoal, type GoalMatch, type GoalNumber } from '../goals';
import { splitEqually } from '../money';
import type { Allocation, AmountCell, Intervention, StatedTotal, TextCell } from '../model';
import type { AmountRole } from './columns';
import type { Header } from './detect';
import { goalOfHeading, isSubtotalLabel, isTotalLabel, leadingText } from './labels';

export interface SheetBody {
  readonly interventions: Intervention[];
  readonly totals: StatedTotal[];
}

interface AmountColumn {
  readonly col: number;
  readonly field: AmountRole;
  readonly goal?: GoalNumber;
}

/** The amount columns a layout reads, each with its figure and (matrix pairs) its goal. */
export function amountColumns(header: Header): AmountColumn[] {
  const { columns, goalColumns } = header;
  const pairs = goalColumns.filter((g) => g.kind !== 'mark');
  if (pairs.length > 0) return pairs.map((g) => ({ col: g.col, field: g.kind as AmountRole, goal: g.goal }));
  const list: AmountColumn[] = [];
  const all = (first: number | undefined, every: ReadonlyArray<number> | undefined): ReadonlyArray<number> => every ?? (first !== undefined ? [first] : []);
  for (const col of all(columns.begroot, columns.begrootColumns)) list.push({ col, field: 'begroot' });
  for (const col of all(columns.benut, columns.benutColumns)) list.push({ col, field: 'benut' });
  return list;
}

export function textOf(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const cell = cellAt(sheet, row, col);
  if (!cell || cell.kind === 'error') return '';
  return cellText(cell).trim();
}

/** Total rows without a goal are settled once the whole sheet is read (section or grand total). */
interface OpenTotal {
  readonly row: number;
  readonly label: string;
  readonly goal?: GoalNumber;
  readonly subtotal: boolean;
  readonly amounts: AmountCell[];
  /** Index in the interventions list where this total's section starts. */
  readonly sectionStart: number;
  readonly sectionEnd: number;
}

export function readBody(sheet: SheetSnapshot, header: Header): SheetBody {
  const { columns } = header;
  const amountCols = amountColumns(header);
  const markCols = header.goalColumns.filter((g) => g.kind === 'mark');
  const firstAmountCol = Math.min(...amountCols.map((a) => a.col), ...markCols.map((m) => m.col), Number.MAX_SAFE_INTEGER);
  const labelCol = columns.intervention ?? columns.code!;
  const perGoalAmounts = amountCols.some((a) => a.goal !== undefined);
  // Goal cells repeat the same few texts down a sheet: read each distinct text once.
  const goalTexts = new Map<string, GoalMatch>();
  const readGoal = (text: string): GoalMatch => {
    let match = goalTexts.get(text);
    if (!match) goalTexts.set(text, (match = matchGoal(text)));
    return match;
  };

  const interventions: Intervention[] = [];
  const open: OpenTotal[] = [];
  let headingGoal: GoalNumber | undefined;
  let sectionStart = 0;
  let heading: OpenTotal | undefined;

  const closeHeading = (): void => {
    if (heading) open.push({ ...heading, sectionEnd: interventions.length });
    heading = undefined;
  };

  for (let row = header.row + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row];
    if (!cells || cells.length === 0) continue;
    const code = textOf(sheet, row, columns.code);
    const name = textOf(sheet, row, columns.intervention);
    const goalText = textOf(sheet, row, columns.goal);
    const amounts = readAmounts(sheet, row, amountCols);
    const marked = markCols.filter((m) => isGoalMark(cellAt(sheet, row, m.col)));
    const hasAmount = amounts.some((a) => a.reading.kind !== 'empty');
    const lead = leadingText(sheet, row, Math.max(labelCol, firstAmountCol - 1));

    if (lead && isTotalLabel(lead.text)) {
      const goal = goalOfHeading(lead.text.replace(/^\s*(sub\s*)?(totaal|total|som)\s*:?\s*/i, ''));
      open.push({ row, label: lead.text, goal, subtotal: isSubtotalLabel(lead.text), amounts, sectionStart, sectionEnd: interventions.length });
      sectionStart = interventions.length;
      continue;
    }

    const headingGoalHere = header.layout === 'matrix' ? undefined : headingGoalOfRow(lead, code, goalText);
    if (headingGoalHere !== undefined) {
      closeHeading();
      headingGoal = headingGoalHere;
      sectionStart = interventions.length;
      if (hasAmount) heading = { row, label: lead!.text, goal: headingGoal, subtotal: true, amounts, sectionStart, sectionEnd: -1 };
      continue;
    }

    if (code === '' && goalText === '' && !hasAmount && marked.length === 0) continue; // empty row or a note

    const goalMatch =
      header.layout === 'matrix'
        ? goalsOfMatrixRow(marked, amounts)
        : goalText !== ''
          ? readGoal(goalText)
          : headingGoal !== undefined
            ? { kind: 'goals' as const, goals: [headingGoal] }
            : NO_GOAL;
    interventions.push(
      buildIntervention({
        row,
        code,
        name,
        labelCol: name !== '' ? columns.intervention! : (columns.code ?? labelCol),
        partner: textOf(sheet, row, columns.partner),
        notes: columns.notes.map((c) => textOf(sheet, row, c)).filter((t) => t !== ''),
        goalCell: goalText !== '' && columns.goal !== undefined ? { row, col: columns.goal, text: goalText } : undefined,
        goalMatch,
        perGoalAmounts,
        amounts,
      }),
    );
  }
  closeHeading();
  return { interventions, totals: settleTotals(open, interventions) };
}

/**
 * A goal heading is a row without an intervention code whose label names a goal. The label may
 * stand in the code column itself ("Bestedingsdoel 1: ..." written from column A).
 */
export function headingGoalOfRow(lead: { text: string } | undefined, code: string, goalText: string): GoalNumber | undefined {
  if (!lead || goalText !== '' || (code !== '' && code !== lead.text)) return undefined;
  return goalOfHeading(lead.text);
}

function readAmounts(sheet: SheetSnapshot, row: number, cols: ReadonlyArray<AmountColumn>): AmountCell[] {
  return cols.map(({ col, field, goal }) => {
    const cell = cellAt(sheet, row, col);
    const reading = readAmount(cell);
    const stored = cell?.kind === 'number' ? cell.value : undefined;
    return { row, col, field, goal, reading, cents: countedCents(reading), stored, formula: cell?.formula };
  });
}

const NO_GOAL: GoalMatch = { kind: 'none' };

/** In a matrix the goals are the marked columns and the goal columns holding an amount. */
function goalsOfMatrixRow(marked: ReadonlyArray<{ goal: GoalNumber }>, amounts: ReadonlyArray<AmountCell>): GoalMatch {
  const goals = new Set<GoalNumber>(marked.map((m) => m.goal));
  for (const a of amounts) if (a.goal !== undefined && a.reading.kind !== 'empty') goals.add(a.goal);
  return goals.size > 0 ? { kind: 'goals', goals: [...goals].sort((a, b) => a - b) } : NO_GOAL;
}

interface RowFacts {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly labelCol: number;
  readonly partner: string;
  readonly notes: string[];
  readonly goalCell?: TextCell;
  readonly goalMatch: GoalMatch;
  readonly perGoalAmounts: boolean;
  readonly amounts: AmountCell[];
}

function sumField(amounts: ReadonlyArray<AmountCell>, field: AmountRole, goal?: GoalNumber): number {
  let sum = 0;
  for (const a of amounts) if (a.field === field && (goal === undefined || a.goal === goal)) sum += a.cents ?? 0;
  return sum;
}

function buildIntervention(facts: RowFacts): Intervention {
  const begrootCents = sumField(facts.amounts, 'begroot');
  const benutCents = sumField(facts.amounts, 'benut');
  const goals = facts.goalMatch.kind === 'goals' ? facts.goalMatch.goals : [];
  let allocations: Allocation[];
  let splitOverGoals = false;
  if (facts.perGoalAmounts) {
    allocations = goals.map((goal) => ({
      goal,
      begrootCents: sumField(facts.amounts, 'begroot', goal),
      benutCents: sumField(facts.amounts, 'benut', goal),
      split: false,
    }));
  } else {
    splitOverGoals = goals.length > 1;
    if (goals.length === 1) {
      allocations = [{ goal: goals[0]!, begrootCents, benutCents, split: false }];
    } else {
      const begroot = splitEqually(begrootCents, goals.length);
      const benut = splitEqually(benutCents, goals.length);
      allocations = goals.map((goal, i) => ({ goal, begrootCents: begroot[i]!, benutCents: benut[i]!, split: true }));
    }
  }
  return {
    row: facts.row,
    code: facts.code === '' ? undefined : facts.code,
    name: facts.name !== '' ? facts.name : facts.code,
    labelCol: facts.labelCol,
    partner: facts.partner === '' ? undefined : facts.partner,
    notes: facts.notes,
    goalCell: facts.goalCell,
    goalMatch: facts.goalMatch,
    splitOverGoals,
    amounts: facts.amounts,
    begrootCents,
    benutCents,
    allocations,
  };
}

/**
 * A total adds its own section. A goal's subtotal adds only that goal's interventions: a list
 * sorted any way may hold other goals in the section, and a block of goal subtotals under the
 * grand total has an empty section, so there it adds that goal's interventions above it. A plain
 * "Totaal" with interventions still to come closes a section too; the last plain "Totaal" is the
 * grand total and adds every intervention above it.
 */
function settleTotals(open: ReadonlyArray<OpenTotal>, interventions: ReadonlyArray<Intervention>): StatedTotal[] {
  const lastRow = interventions.length > 0 ? interventions[interventions.length - 1]!.row : -1;
  return open
    .filter((t) => t.amounts.some((a) => a.reading.kind !== 'empty'))
    .map((t) => {
      const { goal } = t;
      const isGrandTotal = goal === undefined && !t.subtotal && t.row > lastRow;
      const above = (): Intervention[] => interventions.filter((i) => i.row < t.row);
      const section = interventions.slice(t.sectionStart, t.sectionEnd);
      let parts: Intervention[];
      if (isGrandTotal) parts = above();
      else if (goal === undefined) parts = section;
      else parts = (section.length > 0 ? section : above()).filter((i) => hasGoal(i, goal));
      return { row: t.row, label: t.label, goal: t.goal, isGrandTotal, amounts: t.amounts, parts };
    })
    .sort((a, b) => a.row - b.row);
}

function hasGoal(intervention: Intervention, goal: GoalNumber): boolean {
  return intervention.allocations.some((a) => a.goal === goal);
}

