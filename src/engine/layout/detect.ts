/**
 * Finds the header row of a budget sheet and which layout the sheet uses. The header may be
 * anywhere in the first 40 rows, under a title block; a matrix may have two header rows with the
 * goal merged over its Begroot/Benut pair.
 */
import { cellAt, type SheetSnapshot } from '../grid';
import { goalOfHeader, isGoalMark, type GoalNumber } from '../goals';
import type { Layout } from '../model';
import { roleOfHeader, type AmountRole, type ColumnRole } from './columns';
import { goalOfHeading, isTotalLabel, leadingText } from './labels';
import { headingGoalOfRow, textOf } from './read';

export const HEADER_SEARCH_ROWS = 40;
/** How far below the header to look for evidence (goal headings, marks) when choosing a layout. */
const EVIDENCE_ROWS = 400;

export interface ColumnMap {
  readonly code?: number;
  readonly intervention?: number;
  readonly goal?: number;
  readonly partner?: number;
  readonly begroot?: number;
  readonly benut?: number;
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
    const candidate = readHeaderRow(sheet, row);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
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

function readHeaderRow(sheet: SheetSnapshot, row: number): Header | undefined {
  const width = sheet.rows[row]?.length ?? 0;
  const roles = new Map<ColumnRole, number>();
  const notes: number[] = [];
  const goalColumns: GoalColumn[] = [];
  const markCandidates: GoalColumn[] = [];

  for (let col = 0; col < width; col++) {
    const text = ownHeaderText(sheet, row, col);
    if (text === '') continue;
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
    else if (role && !roles.has(role)) roles.set(role, col);
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
