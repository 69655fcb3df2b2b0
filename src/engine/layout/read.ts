/**
 * Reads the rows below the header into interventions and stated totals, for all three layouts.
 * The layouts differ only in where an intervention's goals and amounts come from.
 */
import { countedCents, readAmount, type AmountReading } from '../amounts';
import { cellAt, cellText, type Cell, type SheetSnapshot } from '../grid';
import { isGoalMark, matchGoal, type GoalMatch, type GoalNumber } from '../goals';
import { MAX_CENTS, splitEqually } from '../money';
import type { Allocation, AmountCell, Intervention, RowCheck, StatedTotal, TextCell } from '../model';
import type { AmountRole } from './columns';
import type { Header } from './detect';
import { goalOfHeading, isSubtotalLabel, isTotalLabel, leadingText } from './labels';
import { isMergeContinuation, mergeAcross, mergeTopRow } from './merges';
import type { TableRegion } from './tables';

export interface SheetBody {
  readonly interventions: Intervention[];
  readonly totals: StatedTotal[];
  /** Goal heading rows, and rows with nothing to read (blank, or a note), for the reading shown. */
  readonly headings: number;
  readonly blank: number;
}

interface AmountColumn {
  readonly col: number;
  readonly field: AmountRole;
  readonly goal?: GoalNumber;
  readonly partOf?: RowCheck['kind'];
}

/** The amount columns a layout reads, each with its figure and (matrix pairs) its goal. */
export function amountColumns(header: Header): AmountColumn[] {
  const { columns, goalColumns } = header;
  const pairs = goalColumns.filter((g) => g.kind !== 'mark');
  if (pairs.length > 0) return pairs.map((g) => ({ col: g.col, field: g.kind as AmountRole, goal: g.goal }));
  const list: AmountColumn[] = [];
  const all = (first: number | undefined, every: ReadonlyArray<number> | undefined): ReadonlyArray<number> =>
    every ?? (first !== undefined ? [first] : []);
  // A wijziging added to the primitieve begroting is a version part: it may well be negative.
  const part = (field: AmountRole, col: number): { partOf?: 'versions' } =>
    columns.figures[field]?.changes?.includes(col) ? { partOf: 'versions' } : {};
  for (const col of all(columns.begroot, columns.begrootColumns))
    list.push({ col, field: 'begroot', ...part('begroot', col) });
  for (const col of all(columns.benut, columns.benutColumns)) list.push({ col, field: 'benut', ...part('benut', col) });
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

export function readBody(sheet: SheetSnapshot, region: TableRegion, table = 0): SheetBody {
  const { header } = region;
  const { columns } = header;
  const unit = region.unit.factor;
  const euros = new Set(region.unit.inEuros ?? []);
  // A column headed "in €" keeps its euros under a table stated "x € 1.000".
  const unitOf = (col: number): number => (euros.has(col) ? 1 : unit);
  const amountCols = amountColumns(header);
  const checks = rowCheckColumns(header);
  // A total row states a total for the years or versions too: each column adds up on its own.
  const totalCols = [
    ...amountCols,
    ...checks.flatMap((c) => c.parts.map((col) => ({ col, field: c.field, partOf: c.kind }))),
  ];
  const markCols = header.goalColumns.filter((g) => g.kind === 'mark');
  const firstAmountCol = Math.min(
    ...amountCols.map((a) => a.col),
    ...markCols.map((m) => m.col),
    Number.MAX_SAFE_INTEGER,
  );
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
  // Rows of one intervention whose code or name is merged over them, not yet built.
  let block: RowFacts[] = [];
  let headings = 0;
  let blank = 0;

  const flushBlock = (): void => {
    if (block.length > 0) interventions.push(...buildBlock(block, table));
    block = [];
  };
  const closeHeading = (): void => {
    if (heading) open.push({ ...heading, sectionEnd: interventions.length });
    heading = undefined;
  };

  for (let row = header.row + 1; row <= region.lastRow; row++) {
    const cells = sheet.rows[row];
    if (!cells || cells.length === 0) {
      blank++;
      continue;
    }
    const code = textOf(sheet, row, columns.code);
    const name = textOf(sheet, row, columns.intervention);
    const goalText = textOf(sheet, row, columns.goal);
    const amounts = readAmounts(sheet, row, amountCols, unitOf);
    const marked = markCols.filter((m) => isGoalMark(cellAt(sheet, row, m.col)));
    const hasAmount = amounts.some((a) => a.reading.kind !== 'empty');
    const lead = leadingText(sheet, row, Math.max(labelCol, firstAmountCol - 1), header.left);

    if (lead && isTotalLabel(lead.text)) {
      flushBlock();
      const goal = goalOfHeading(lead.text.replace(/^\s*(sub\s*)?(totaal|total|som)\s*:?\s*/i, ''));
      const stated = totalCols.length > amountCols.length ? readAmounts(sheet, row, totalCols, unitOf) : amounts;
      open.push({
        row,
        label: lead.text,
        goal,
        subtotal: isSubtotalLabel(lead.text),
        amounts: stated,
        sectionStart,
        sectionEnd: interventions.length,
      });
      sectionStart = interventions.length;
      // A total closes its goal's block: a "Reserve" row after it belongs to no goal.
      headingGoal = undefined;
      continue;
    }

    const headingGoalHere =
      header.layout === 'matrix' || header.layout === 'goals' ? undefined : headingGoalOfRow(lead, code, goalText);
    if (headingGoalHere !== undefined) {
      flushBlock();
      closeHeading();
      headings++;
      headingGoal = headingGoalHere;
      sectionStart = interventions.length;
      if (hasAmount)
        heading = { row, label: lead!.text, goal: headingGoal, subtotal: true, amounts, sectionStart, sectionEnd: -1 };
      continue;
    }

    if (code === '' && goalText === '' && !hasAmount && marked.length === 0) {
      // A heading merged across the row that names no goal ("Overig") ends the goal's block.
      if (lead && mergeAcross(sheet, row, lead.col) !== undefined) headingGoal = undefined;
      blank++; // empty row or a note
      continue;
    }

    const goalMatch =
      header.layout === 'matrix'
        ? goalsOfMatrixRow(marked, amounts)
        : goalText !== ''
          ? readGoal(goalText)
          : headingGoal !== undefined
            ? { kind: 'goals' as const, goals: [headingGoal] }
            : NO_GOAL;
    const facts: RowFacts = {
      row,
      code,
      name,
      labelCol: name !== '' ? columns.intervention! : (columns.code ?? labelCol),
      codeCol: code !== '' ? columns.code : undefined,
      partner: textOf(sheet, row, columns.partner),
      partnerCol: columns.partner,
      notes: columns.notes.map((c) => textOf(sheet, row, c)).filter((t) => t !== ''),
      goalCell: goalText !== '' && columns.goal !== undefined ? { row, col: columns.goal, text: goalText } : undefined,
      goalMatch,
      perGoalAmounts,
      amounts,
      rowChecks: readRowChecks(sheet, row, checks, amounts, unitOf),
    };
    if (block.length > 0 && !continuesBlock(sheet, row, block[0]!.row, columns.intervention, columns.code, name))
      flushBlock();
    block.push(facts);
  }
  flushBlock();
  closeHeading();
  return { interventions, totals: settleTotals(open, interventions, table), headings, blank };
}

/**
 * A row continues the intervention above when its name (or, with no name of its own, its code) is
 * merged down from that intervention's first row: one activity with a row per goal.
 */
function continuesBlock(
  sheet: SheetSnapshot,
  row: number,
  firstRow: number,
  nameCol: number | undefined,
  codeCol: number | undefined,
  name: string,
): boolean {
  if (nameCol !== undefined && mergeTopRow(sheet, row, nameCol) === firstRow) return true;
  if (codeCol === undefined || mergeTopRow(sheet, row, codeCol) !== firstRow) return false;
  return name === '' || (nameCol !== undefined && isMergeContinuation(sheet, row, nameCol));
}

/**
 * The rows of one merged intervention become one intervention with an allocation per row, as
 * long as every row names a valid goal; otherwise each row stays an intervention of its own, so
 * the row without a goal is the one the finding points at.
 */
function buildBlock(rows: ReadonlyArray<RowFacts>, table: number): Intervention[] {
  const built = rows.map((facts) => buildIntervention(facts, table));
  if (built.length === 1 || !built.every((i) => i.goalMatch.kind === 'goals')) return built;
  // One row per partner (7-9: AT and Bink) is a block split over partners: each keeps its own
  // figures, so an overspend or a payment is judged per partner.
  if (new Set(built.map((i) => i.partner).filter((p) => p !== undefined)).size > 1) return built;
  const first = built[0]!;
  const allocations = new Map<GoalNumber, Allocation>();
  for (const i of built) {
    for (const a of i.allocations) {
      const known = allocations.get(a.goal);
      allocations.set(
        a.goal,
        known
          ? {
              goal: a.goal,
              begrootCents: known.begrootCents + a.begrootCents,
              benutCents: known.benutCents + a.benutCents,
              split: known.split || a.split,
            }
          : a,
      );
    }
  }
  const goals = [...allocations.keys()].sort((a, b) => a - b);
  return [
    {
      ...first,
      partner: first.partner ?? built.find((i) => i.partner !== undefined)?.partner,
      notes: [...new Set(built.flatMap((i) => i.notes))],
      goalMatch: { kind: 'goals', goals },
      splitOverGoals: built.some((i) => i.splitOverGoals),
      amounts: built.flatMap((i) => i.amounts),
      rowChecks: built.flatMap((i) => i.rowChecks),
      begrootCents: built.reduce((sum, i) => sum + i.begrootCents, 0),
      benutCents: built.reduce((sum, i) => sum + i.benutCents, 0),
      allocations: goals.map((g) => allocations.get(g)!),
    },
  ];
}

interface RowCheckColumns {
  readonly field: AmountRole;
  readonly total: number;
  readonly parts: ReadonlyArray<number>;
  readonly kind: RowCheck['kind'];
  readonly labels: ReadonlyArray<string>;
}

function rowCheckColumns(header: Header): RowCheckColumns[] {
  const list: RowCheckColumns[] = [];
  for (const field of ['begroot', 'benut'] as const) {
    const figure = header.columns.figures[field];
    if (!figure?.check) continue;
    const { total, parts, kind } = figure.check;
    list.push({ field, total, parts, kind, labels: parts.map((c) => figure.labels.get(c) ?? '') });
  }
  return list;
}

/** A stated row total is checked when something stands in its parts. */
function readRowChecks(
  sheet: SheetSnapshot,
  row: number,
  checks: ReadonlyArray<RowCheckColumns>,
  amounts: ReadonlyArray<AmountCell>,
  unit: (col: number) => number,
): RowCheck[] {
  const found: RowCheck[] = [];
  for (const c of checks) {
    // A matrix reads its goal columns as the figures; the row's total column is read for the check.
    const total =
      amounts.find((a) => a.col === c.total && a.field === c.field) ??
      readAmounts(sheet, row, [{ col: c.total, field: c.field }], unit)[0]!;
    if (total.reading.kind === 'empty' && amounts.every((a) => a.col !== c.total)) continue;
    const parts = readAmounts(
      sheet,
      row,
      c.parts.map((col) => ({ col, field: c.field, partOf: c.kind })),
      unit,
    );
    if (parts.every((p) => p.reading.kind === 'empty')) continue;
    found.push({ field: c.field, total, parts, kind: c.kind, labels: c.labels });
  }
  return found;
}

/**
 * A goal heading is a row without an intervention code whose label names a goal. The label may
 * stand in the code column itself ("Bestedingsdoel 1: ..." written from column A).
 */
export function headingGoalOfRow(
  lead: { text: string } | undefined,
  code: string,
  goalText: string,
): GoalNumber | undefined {
  if (!lead || goalText !== '' || (code !== '' && code !== lead.text)) return undefined;
  return goalOfHeading(lead.text);
}

export function readAmounts(
  sheet: SheetSnapshot,
  row: number,
  cols: ReadonlyArray<AmountColumn>,
  unit: (col: number) => number = () => 1,
): AmountCell[] {
  return cols.map(({ col, field, goal, partOf }) => {
    // The rows under the top of a figure merged down hold no figure of their own.
    const merged = isMergeContinuation(sheet, row, col);
    const cell = merged ? undefined : cellAt(sheet, row, col);
    const reading = readScaled(cell, unit(col));
    const stored = cell?.kind === 'number' ? cell.value : undefined;
    return {
      row,
      col,
      field,
      goal,
      reading,
      cents: countedCents(reading),
      stored,
      formula: cell?.formula,
      ...(merged ? { merged } : {}),
      ...(partOf ? { partOf } : {}),
    };
  });
}

/**
 * An amount in a table stated "x € 1.000". A number is scaled before it becomes cents, so 12,345
 * thousand is € 12.345,00 exactly; text amounts are scaled in cents.
 */
function readScaled(cell: Cell | undefined, unit: number): AmountReading {
  if (unit === 1 || cell === undefined) return readAmount(cell);
  if (cell.kind === 'number') return readAmount({ ...cell, value: cell.value * unit });
  const reading = readAmount(cell);
  switch (reading.kind) {
    case 'text-number':
    case 'estimate': {
      const cents = reading.cents * unit;
      return Math.abs(cents) > MAX_CENTS
        ? { kind: 'unreadable', text: reading.text, reason: 'too-large' }
        : { ...reading, cents };
    }
    default:
      return reading;
  }
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
  readonly codeCol?: number;
  readonly partner: string;
  readonly partnerCol?: number;
  readonly notes: string[];
  readonly goalCell?: TextCell;
  readonly goalMatch: GoalMatch;
  readonly perGoalAmounts: boolean;
  readonly amounts: AmountCell[];
  readonly rowChecks: RowCheck[];
}

function sumField(amounts: ReadonlyArray<AmountCell>, field: AmountRole, goal?: GoalNumber): number {
  let sum = 0;
  for (const a of amounts) if (a.field === field && (goal === undefined || a.goal === goal)) sum += a.cents ?? 0;
  return sum;
}

function buildIntervention(facts: RowFacts, table: number): Intervention {
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
    table,
    code: facts.code === '' ? undefined : facts.code,
    name: facts.name !== '' ? facts.name : facts.code,
    labelCol: facts.labelCol,
    ...(facts.codeCol !== undefined ? { codeCol: facts.codeCol } : {}),
    partner: facts.partner === '' ? undefined : facts.partner,
    ...(facts.partnerCol !== undefined ? { partnerCol: facts.partnerCol } : {}),
    notes: facts.notes,
    goalCell: facts.goalCell,
    goalMatch: facts.goalMatch,
    splitOverGoals,
    amounts: facts.amounts,
    rowChecks: facts.rowChecks,
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
function settleTotals(
  open: ReadonlyArray<OpenTotal>,
  interventions: ReadonlyArray<Intervention>,
  table: number,
): StatedTotal[] {
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
      return { row: t.row, table, label: t.label, goal: t.goal, isGrandTotal, amounts: t.amounts, parts };
    })
    .sort((a, b) => a.row - b.row);
}

function hasGoal(intervention: Intervention, goal: GoalNumber): boolean {
  return intervention.allocations.some((a) => a.goal === goal);
}
