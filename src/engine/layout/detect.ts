/**
 * Finds the header row of a budget sheet and which layout the sheet uses. The header may be
 * anywhere in the first 40 rows, under a title block; it may take two rows (a matrix with the goal
 * merged over its Begroot/Benut pair, or "Bedragen" merged over Begroot and Benut).
 */
import { cellAt, isBlank, type SheetSnapshot } from '../grid';
import { goalOfHeader, isGoalMark, type GoalNumber } from '../goals';
import type { Layout } from '../model';
import { normalise } from '../text';
import { roleOfHeader, type AmountRole, type ColumnRole } from './columns';
import { goalOfHeading, isTotalLabel, leadingText } from './labels';
import { amountColumns, headingGoalOfRow, textOf } from './read';

export const HEADER_SEARCH_ROWS = 40;
/** How far below the header to look for evidence (goal headings, marks) when choosing a layout. */
const EVIDENCE_ROWS = 400;
/**
 * Taken off the score of a sheet with a header but nothing below it (a template, next year's copy),
 * so that any sheet holding interventions is chosen before it.
 */
const EMPTY_BODY_PENALTY = 100;

export interface ColumnMap {
  readonly code?: number;
  readonly intervention?: number;
  readonly goal?: number;
  readonly partner?: number;
  readonly begroot?: number;
  readonly benut?: number;
  /**
   * Every column of the figure when the header has several (Begroot 2022, Begroot 2023): they add
   * up. A column whose header says it is the total ("Totaal begroot") is then the only one.
   */
  readonly begrootColumns?: ReadonlyArray<number>;
  readonly benutColumns?: ReadonlyArray<number>;
  readonly notes: ReadonlyArray<number>;
}

/** A matrix column that belongs to one goal: an amount for it, or its marks. */
export interface GoalColumn {
  readonly goal: GoalNumber;
  readonly col: number;
  readonly kind: AmountRole | 'mark';
}

export interface Header {
  readonly row: number;
  readonly layout: Layout;
  readonly columns: ColumnMap;
  readonly goalColumns: ReadonlyArray<GoalColumn>;
  /** How well the sheet reads as a budget sheet; used to pick the best sheet. */
  readonly score: number;
}

export function detectHeader(sheet: SheetSnapshot): Header | undefined {
  let best: Header | undefined;
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const subHeader = isSubHeaderRow(sheet, row);
    const candidate = readHeaderRow(sheet, row, subHeader);
    // A sub-header completes the header right above it, which alone would read it as an intervention.
    const completesBest = subHeader && best?.row === row - 1;
    if (candidate && (!best || candidate.score > best.score || (completesBest && candidate.score >= best.score))) best = candidate;
  }
  return best && !hasBody(sheet, best) ? { ...best, score: best.score - EMPTY_BODY_PENALTY } : best;
}

/**
 * The lower row of a two-row header: only header words, for figures (Begroot, Benut, Restant) and
 * none for the intervention or its code, right under a row that names the intervention or code.
 * Its blank cells take the words of the row above (merged down, or left empty).
 */
function isSubHeaderRow(sheet: SheetSnapshot, row: number): boolean {
  if (row === 0) return false;
  let amounts = 0;
  for (const cell of sheet.rows[row] ?? []) {
    if (isBlank(cell)) continue;
    if (cell!.kind !== 'text') return false;
    const role = roleOfHeader(cell!.value);
    if (role === undefined || role === 'intervention' || role === 'code') return false;
    if (role === 'begroot' || role === 'benut') amounts++;
  }
  if (amounts === 0) return false;
  return (sheet.rows[row - 1] ?? []).some((cell) => {
    const role = cell?.kind === 'text' ? roleOfHeader(cell.value) : undefined;
    return role === 'intervention' || role === 'code';
  });
}

/** Whether anything below the header reads as an intervention row (not a total, not a goal heading). */
function hasBody(sheet: SheetSnapshot, header: Header): boolean {
  const { columns } = header;
  const figureCols = [...amountColumns(header).map((a) => a.col), ...header.goalColumns.map((g) => g.col)];
  const cols = [columns.code, columns.intervention, columns.goal, ...figureCols].filter((c): c is number => c !== undefined);
  // Labels of totals and headings stand anywhere left of the figures, as the body reader takes them.
  const labelEnd = Math.max(columns.intervention ?? columns.code!, Math.min(...figureCols) - 1);
  const last = Math.min(sheet.rows.length, header.row + 1 + EVIDENCE_ROWS);
  for (let row = header.row + 1; row < last; row++) {
    if (!sheet.rows[row]?.length || !cols.some((c) => !isBlank(cellAt(sheet, row, c)))) continue;
    const lead = leadingText(sheet, row, labelEnd);
    if (lead && (isTotalLabel(lead.text) || headingGoalOfRow(lead, textOf(sheet, row, columns.code), textOf(sheet, row, columns.goal)) !== undefined)) continue;
    return true;
  }
  return false;
}

function headerText(sheet: SheetSnapshot, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  return cell?.kind === 'text' ? cell.value.trim() : '';
}

/** A cell of the header row itself: a goal number typed there ("1" to "5") is stored as a number. */
function ownHeaderText(sheet: SheetSnapshot, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  return cell?.kind === 'number' ? String(cell.value) : headerText(sheet, row, col);
}

/** The text above a column in the row before, carried across the blanks a merged cell leaves. */
function upperLabel(sheet: SheetSnapshot, row: number, col: number): string {
  if (row === 0) return '';
  for (let c = col; c >= 0; c--) {
    const text = headerText(sheet, row - 1, c);
    if (text !== '') return text;
    if (headerText(sheet, row, c) === '' && c !== col) return '';
  }
  return '';
}

function readHeaderRow(sheet: SheetSnapshot, row: number, subHeader: boolean): Header | undefined {
  const width = Math.max(sheet.rows[row]?.length ?? 0, subHeader ? (sheet.rows[row - 1]?.length ?? 0) : 0);
  const roles = new Map<ColumnRole, number>();
  const figureColumns = new Map<AmountRole, number[]>();
  const notes: number[] = [];
  const goalColumns: GoalColumn[] = [];
  const markCandidates: GoalColumn[] = [];
  const texts: string[] = [];

  for (let col = 0; col < width; col++) {
    const own = ownHeaderText(sheet, row, col);
    const text = own === '' && subHeader ? ownHeaderText(sheet, row - 1, col) : own;
    if (text === '') continue;
    texts[col] = text;
    const role = roleOfHeader(text);
    const ownGoal = goalOfHeader(text);
    if (role === 'begroot' || role === 'benut') {
      const goal = ownGoal ?? goalOfHeader(upperLabel(sheet, row, col));
      if (goal) {
        goalColumns.push({ goal, col, kind: role });
        continue;
      }
    } else if (ownGoal && (role === undefined || role === 'goal' || goalOfHeading(text) === ownGoal)) {
      // "Bovenschoolse maatregelen" and "Maatregelen voor zorg en welzijn" hold the intervention
      // word "maatregelen", but as a whole phrase they name a goal.
      markCandidates.push({ goal: ownGoal, col, kind: 'mark' });
      continue;
    }
    if (role === 'note') notes.push(col);
    else if (role === 'begroot' || role === 'benut') figureColumns.set(role, [...(figureColumns.get(role) ?? []), col]);
    else if (role && !roles.has(role)) roles.set(role, col);
  }
  const figure = new Map<AmountRole, number[]>();
  for (const [role, cols] of figureColumns) {
    const total = cols.find((c) => TOTAL_WORD.test(normalise(texts[c]!)));
    figure.set(role, total !== undefined ? [total] : cols);
    roles.set(role, total ?? cols[0]!);
  }

  const hasLabel = roles.has('intervention') || roles.has('code');
  if (!hasLabel) return undefined;

  const pairGoals = new Set(goalColumns.filter((g) => g.kind === 'begroot').map((g) => g.goal));
  // One goal over the amounts is no matrix but a title right above the header ("Maatregelen voor
  // thuiszitters"): its amount columns are the plain ones again.
  if (pairGoals.size < 2) {
    for (const g of goalColumns) if (g.kind !== 'mark' && !roles.has(g.kind)) roles.set(g.kind, g.col);
  }
  const columns: ColumnMap = {
    code: roles.get('code'),
    intervention: roles.get('intervention'),
    goal: roles.get('goal'),
    partner: roles.get('partner'),
    begroot: roles.get('begroot'),
    benut: roles.get('benut'),
    begrootColumns: roles.get('begroot') !== undefined ? (figure.get('begroot') ?? [roles.get('begroot')!]) : undefined,
    benutColumns: roles.get('benut') !== undefined ? (figure.get('benut') ?? [roles.get('benut')!]) : undefined,
    notes,
  };
  const known = roles.size + notes.length;

  if (pairGoals.size >= 2) {
    return { row, layout: 'matrix', columns, goalColumns, score: 30 + known + goalColumns.length };
  }
  if (roles.has('begroot') && markCandidates.length >= 2 && hasMarks(sheet, row, markCandidates)) {
    return { row, layout: 'matrix', columns, goalColumns: markCandidates, score: 30 + known + markCandidates.length };
  }
  if (!roles.has('begroot')) return undefined;
  if (roles.has('goal')) return { row, layout: 'list', columns, goalColumns: [], score: 20 + known };
  if (hasGoalHeadings(sheet, row, columns)) return { row, layout: 'grouped', columns, goalColumns: [], score: 20 + known };
  // A sheet with interventions and amounts but no goals at all still reads as a list: every
  // intervention then lacks a goal, which is exactly what the user needs to hear.
  return { row, layout: 'list', columns, goalColumns: [], score: 10 + known };
}

/** "Totaal begroot", "Begroot totaal", "Totale kosten": the column that adds up the others. */
const TOTAL_WORD = /\b(totaal|totale|total|totals)\b/;

function hasMarks(sheet: SheetSnapshot, header: number, candidates: ReadonlyArray<GoalColumn>): boolean {
  const last = Math.min(sheet.rows.length, header + 1 + EVIDENCE_ROWS);
  for (let row = header + 1; row < last; row++) {
    for (const c of candidates) if (isGoalMark(cellAt(sheet, row, c.col))) return true;
  }
  return false;
}

function hasGoalHeadings(sheet: SheetSnapshot, header: number, columns: ColumnMap): boolean {
  const labelCol = columns.intervention ?? columns.code!;
  const last = Math.min(sheet.rows.length, header + 1 + EVIDENCE_ROWS);
  for (let row = header + 1; row < last; row++) {
    const lead = leadingText(sheet, row, labelCol);
    if (!lead || isTotalLabel(lead.text)) continue;
    // Read the code as the body reader does, so intervention 1 "Samenwerking" is no heading.
    const code = textOf(sheet, row, columns.code);
    if (headingGoalOfRow(lead, code, '') !== undefined) return true;
  }
  return false;
}
