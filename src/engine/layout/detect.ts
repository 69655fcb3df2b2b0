/**
 * Finds the header row of a budget sheet and which layout the sheet uses. The header may be
 * anywhere in the first 40 rows, under a title block; it may take two rows (a matrix with the goal
 * merged over its Begroot/Benut pair, or "Bedragen" merged over Begroot and Benut).
 */
import { cellAt, isBlank, type SheetSnapshot } from '../grid';
import { goalOfHeader, isGoalMark, matchGoal, type GoalNumber } from '../goals';
import type { Layout } from '../model';
import { normalise } from '../text';
import { roleOfHeader, type AmountRole, type ColumnRole } from './columns';
import {
  figureColumns,
  isPeriodLabel,
  isYear,
  isTotalColumnLabel,
  versionOf,
  type FigureColumns,
  type FigureHeader,
} from './figures';
import { isMergeContinuation, mergeAcross } from './merges';
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
   * up. A column whose header says it is the total ("Totaal begroot"), or the latest of several
   * budget versions, is then the only one.
   */
  readonly begrootColumns?: ReadonlyArray<number>;
  readonly benutColumns?: ReadonlyArray<number>;
  /** How each figure was made up from its columns, and which stated total to check. */
  readonly figures: Partial<Record<AmountRole, FigureColumns>>;
  readonly notes: ReadonlyArray<number>;
}

/** A matrix column that belongs to one goal: an amount for it, or its marks. */
export interface GoalColumn {
  readonly goal: GoalNumber;
  readonly col: number;
  readonly kind: AmountRole | 'mark';
}

/** A role forced on a column by the user ('ignore': the column is not read). */
export type ForcedRole = ColumnRole | 'ignore';

/** Why a column with a header was not read. */
export type IgnoredWhy = 'restant' | 'percent' | 'unknown' | 'not-chosen' | 'user';

/** What the reader made of one header cell. */
export interface ColumnReading {
  readonly col: number;
  readonly header: string;
  /** The role, `part` for a column a stated row total adds up, `mark` for goal marks, or ignored. */
  readonly role: ColumnRole | 'part' | 'mark' | 'ignored';
  readonly goal?: GoalNumber;
  readonly why?: IgnoredWhy;
  /** The user set this column's role. */
  readonly forced?: boolean;
}

export interface Header {
  /** The (last) header row: the body starts below it. */
  readonly row: number;
  /** The first header row: the row above `row` when the header takes two rows. */
  readonly topRow: number;
  /** The table's first and last column: tables side by side share their header row. */
  readonly left: number;
  readonly right: number;
  readonly layout: Layout;
  readonly columns: ColumnMap;
  readonly goalColumns: ReadonlyArray<GoalColumn>;
  /** How well the sheet reads as a budget sheet; used to pick the best sheet. */
  readonly score: number;
  /** Further tables on the same header row, to the right of this one. */
  readonly beside: ReadonlyArray<Header>;
  /** Every header cell of the table and what it was read as. */
  readonly assigned: ReadonlyArray<ColumnReading>;
  /** Another row that reads as a header almost as well, above this one. */
  readonly alternativeRow?: number;
}

export function detectHeader(sheet: SheetSnapshot): Header | undefined {
  let best: Header | undefined;
  const all: Header[] = [];
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const candidate = headerAt(sheet, row);
    if (candidate) all.push(candidate);
    // A sub-header completes the header right above it, which alone would read it as an intervention.
    const completesBest = candidate !== undefined && candidate.topRow < candidate.row && best?.row === row - 1;
    if (candidate && (!best || candidate.score > best.score || (completesBest && candidate.score >= best.score)))
      best = candidate;
  }
  if (!best) return undefined;
  const scored = hasBody(sheet, best) ? best : { ...best, score: best.score - EMPTY_BODY_PENALTY };
  const alternative = alternativeHeader(best, all);
  return alternative !== undefined ? { ...scored, alternativeRow: alternative } : scored;
}

/**
 * A row above the header that reads as a header almost as well (a score at most one lower): the
 * reading could have started there. A row right above a two-row header is part of it.
 */
function alternativeHeader(best: Header, all: ReadonlyArray<Header>): number | undefined {
  const close = all.filter(
    (h) => h.row < best.topRow && h.row !== best.topRow && h.score >= best.score - 1 && h.layout === best.layout,
  );
  return close.length > 0 ? close[close.length - 1]!.row : undefined;
}

/** The header that `row` would be (with the row above it when it completes a two-row header). */
export function headerAt(
  sheet: SheetSnapshot,
  row: number,
  forced?: ReadonlyMap<number, ForcedRole>,
): Header | undefined {
  const subHeader = isSubHeaderRow(sheet, row);
  // Roles the user set read the row as one table: they name its columns outright.
  const segments: Array<[number, number]> =
    forced && forced.size > 0
      ? [[0, Math.max(columnWidth(sheet, row, subHeader) - 1, ...forced.keys())]]
      : headerSegments(sheet, row, subHeader);
  // A part that reads as no table of its own ("Doel" past a spacer column) belongs to the one before.
  const tables: Header[] = [];
  let [left, right] = segments[0]!;
  for (let i = 1; i <= segments.length; i++) {
    const next = segments[i];
    if (next && readHeaderRow(sheet, row, subHeader, next[0], next[1], forced) === undefined) {
      right = next[1];
      continue;
    }
    const table = readHeaderRow(sheet, row, subHeader, left, right, forced);
    if (table) tables.push(table);
    if (next) [left, right] = next;
  }
  if (tables.length === 0) return undefined;
  const [first, ...beside] = tables;
  return beside.length === 0 ? first : { ...first!, beside };
}

/**
 * The lower row of a two-row header: only header words, for figures (Begroot, Benut, Restant),
 * periods under a group ("2021-2022 | 2022-2023 | Totaal" under "Begroot") and none for the
 * intervention or its code, right under a row that names the intervention or code. Its blank
 * cells take the words of the row above (merged down, or left empty).
 */
function isSubHeaderRow(sheet: SheetSnapshot, row: number): boolean {
  if (row === 0) return false;
  let amounts = 0;
  const cells = sheet.rows[row] ?? [];
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    // "Nr" merged down over both header rows is the upper row's word, not the lower's.
    if (isBlank(cell) || isMergeContinuation(sheet, row, col)) continue;
    // Goal numbers 1 to 5 under "Bestedingsdoelen" merged over them are goal columns.
    const goalNumber =
      cell!.kind === 'number' &&
      Number.isInteger(cell!.value) &&
      cell!.value >= 1 &&
      cell!.value <= 5 &&
      roleOfHeader(upperLabel(sheet, row, col)) === 'goal';
    if (goalNumber) {
      amounts++;
      continue;
    }
    const text =
      cell!.kind === 'text'
        ? cell!.value
        : cell!.kind === 'number' && isYear(cell!.value)
          ? String(cell!.value)
          : undefined;
    if (text === undefined) return false;
    const role = roleOfHeader(text);
    if (role === 'intervention' || role === 'code') return false;
    if (role === 'begroot' || role === 'benut') amounts++;
    else if (isPartLabel(text) && isFigureRole(roleOfHeader(upperLabel(sheet, row, col)))) amounts++;
    else if (role === undefined) return false;
  }
  if (amounts === 0) return false;
  // The row above names what a row is about: the intervention, its code, or (Putten's "Thema |
  // Bestedingsdoel") only a theme and a goal.
  return (sheet.rows[row - 1] ?? []).some((cell) => {
    const role = cell?.kind === 'text' ? roleOfHeader(cell.value) : undefined;
    return role === 'intervention' || role === 'code' || role === 'goal';
  });
}

/** A label that names part of a figure under its group: a period, a total, a budget version. */
function isPartLabel(text: string): boolean {
  return isPeriodLabel(text) || isTotalColumnLabel(text) || versionOf(text) !== undefined;
}

function isFigureRole(role: ColumnRole | undefined): role is AmountRole {
  return role === 'begroot' || role === 'benut';
}

/**
 * Tables side by side share a header row: "Nr | Interventie | Begroot || Nr | Interventie |
 * Begroot". A new table starts where the intervention or code column comes again after a figure.
 */
function columnWidth(sheet: SheetSnapshot, row: number, subHeader: boolean): number {
  return Math.max(sheet.rows[row]?.length ?? 0, subHeader ? (sheet.rows[row - 1]?.length ?? 0) : 0);
}

function headerSegments(sheet: SheetSnapshot, row: number, subHeader: boolean): Array<[number, number]> {
  const width = columnWidth(sheet, row, subHeader);
  const starts = [0];
  let labels = new Set<ColumnRole>();
  let lastFigure = -1;
  let lastBlank = -1;
  for (let col = 0; col < width; col++) {
    const own = ownHeaderText(sheet, row, col);
    const text = own === '' && subHeader ? ownHeaderText(sheet, row - 1, col) : own;
    if (text === '') {
      lastBlank = col;
      continue;
    }
    const role =
      roleOfHeader(text) ?? (subHeader && isPartLabel(text) ? roleOfHeader(upperLabel(sheet, row, col)) : undefined);
    const figureSeen = lastFigure >= starts[starts.length - 1]!;
    // Only the same label column again starts a new table ("Omschrijving | … | #" is one table),
    // or a goal column past an empty column after the figures: a summary per goal beside the list.
    const repeated = (role === 'intervention' || role === 'code') && labels.has(role);
    const goalBeside = role === 'goal' && labels.size > 0 && lastBlank > lastFigure;
    if (figureSeen && (repeated || goalBeside)) {
      // The new table starts right after the empty column that separates it from the last one,
      // so a goal column written before the intervention goes with its own table.
      starts.push(lastBlank > lastFigure ? lastBlank + 1 : col);
      labels = new Set();
    }
    if (role === 'intervention' || role === 'code') labels.add(role);
    else if (isFigureRole(role)) lastFigure = col;
  }
  return starts.map((start, i) => [start, i + 1 < starts.length ? starts[i + 1]! - 1 : Math.max(width - 1, start)]);
}

/** Whether anything below the header reads as an intervention row (not a total, not a goal heading). */
function hasBody(sheet: SheetSnapshot, header: Header): boolean {
  const { columns } = header;
  const figureCols = [...amountColumns(header).map((a) => a.col), ...header.goalColumns.map((g) => g.col)];
  const cols = [columns.code, columns.intervention, columns.goal, ...figureCols].filter(
    (c): c is number => c !== undefined,
  );
  // Labels of totals and headings stand anywhere left of the figures, as the body reader takes them.
  const labelEnd = Math.max(columns.intervention ?? columns.code!, Math.min(...figureCols) - 1);
  const last = Math.min(sheet.rows.length, header.row + 1 + EVIDENCE_ROWS);
  for (let row = header.row + 1; row < last; row++) {
    if (!sheet.rows[row]?.length || !cols.some((c) => !isBlank(cellAt(sheet, row, c)))) continue;
    const lead = leadingText(sheet, row, labelEnd, header.left);
    if (
      lead &&
      (isTotalLabel(lead.text) ||
        headingGoalOfRow(lead, textOf(sheet, row, columns.code), textOf(sheet, row, columns.goal)) !== undefined)
    )
      continue;
    return true;
  }
  return false;
}

function headerText(sheet: SheetSnapshot, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  return cell?.kind === 'text' ? cell.value.trim() : '';
}

/**
 * A cell of the header row itself: a goal number typed there ("1" to "5") is stored as a number.
 * A word merged down from the row above is that row's, so the lower row takes it from there.
 */
function ownHeaderText(sheet: SheetSnapshot, row: number, col: number): string {
  if (isMergeContinuation(sheet, row, col)) return '';
  const cell = cellAt(sheet, row, col);
  return cell?.kind === 'number' ? String(cell.value) : headerText(sheet, row, col);
}

/** The text above a column in the row before, carried across the blanks a merged cell leaves. */
function upperLabel(sheet: SheetSnapshot, row: number, col: number): string {
  if (row === 0) return '';
  const merged = mergeAcross(sheet, row - 1, col);
  if (merged) return headerText(sheet, merged.top, merged.left);
  for (let c = col; c >= 0; c--) {
    const text = headerText(sheet, row - 1, c);
    if (text !== '') return text;
    if (headerText(sheet, row, c) === '' && c !== col) return '';
  }
  return '';
}

/** The text of a header cell as the reader sees it (the row above fills a two-row header's blanks). */
export function headerCellText(sheet: SheetSnapshot, row: number, col: number): string {
  const own = ownHeaderText(sheet, row, col);
  return own === '' && isSubHeaderRow(sheet, row) ? ownHeaderText(sheet, row - 1, col) : own;
}

function readHeaderRow(
  sheet: SheetSnapshot,
  row: number,
  subHeader: boolean,
  left: number,
  right: number,
  forced?: ReadonlyMap<number, ForcedRole>,
): Header | undefined {
  const roles = new Map<ColumnRole, number>();
  const figureHeaders = new Map<AmountRole, FigureHeader[]>();
  const notes: number[] = [];
  const goalColumns: GoalColumn[] = [];
  const markCandidates: GoalColumn[] = [];
  // "2022 | 2023 | Totaal" with no figure word over them: amounts per year, read as begroot when
  // the header names no begroot column at all.
  const bare: FigureHeader[] = [];
  const texts = new Map<number, string>();
  // A role the user gave a column is that role's only column: the columns the reader would have
  // chosen for it are left out.
  const forcedRoles = new Set([...(forced?.values() ?? [])]);
  const ignored = new Map<number, IgnoredWhy>();
  const goalHeaders: FigureHeader[] = [];

  for (let col = left; col <= right; col++) {
    const own = ownHeaderText(sheet, row, col);
    const text = own === '' && subHeader ? ownHeaderText(sheet, row - 1, col) : own;
    const force = forced?.get(col);
    if (text === '' && force === undefined) continue;
    texts.set(col, text);
    if (force !== undefined) {
      if (force === 'ignore') ignored.set(col, 'user');
      else if (force === 'note') notes.push(col);
      else if (force === 'begroot' || force === 'benut')
        figureHeaders.set(force, [...(figureHeaders.get(force) ?? []), { col, text }]);
      else roles.set(force, col);
      continue;
    }
    let role = roleOfHeader(text);
    const ownGoal = goalOfHeader(text);
    const group = subHeader && own !== '' ? upperLabel(sheet, row, col) : '';
    // "2021-2022", "Totaal" or "Na wijziging" under a "Begroot" spanning them: part of begroot.
    if (!isFigureRole(role) && group !== '' && isPartLabel(own) && isFigureRole(roleOfHeader(group)))
      role = roleOfHeader(group);
    if (role !== undefined && forcedRoles.has(role)) {
      ignored.set(col, 'not-chosen');
      continue;
    }
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
    if (role === undefined && (isPeriodLabel(text) || isTotalColumnLabel(text))) bare.push({ col, text });
    else if (role === 'note') notes.push(col);
    else if (role === 'begroot' || role === 'benut')
      figureHeaders.set(role, [
        ...(figureHeaders.get(role) ?? []),
        { col, text: group !== '' && !isPartLabel(own) ? `${group} ${own}` : text, ...(group !== '' ? { group } : {}) },
      ]);
    else if (role === 'restant' || role === 'percent') ignored.set(col, role);
    else if (role === 'goal') goalHeaders.push({ col, text });
    else if (role && !roles.has(role)) roles.set(role, col);
  }
  chooseGoalColumn(goalHeaders, roles, notes, markCandidates.length >= 2 || goalColumns.length >= 2);
  if (
    !figureHeaders.has('begroot') &&
    !forcedRoles.has('begroot') &&
    bare.filter((h) => isPeriodLabel(h.text)).length >= 2
  )
    figureHeaders.set('begroot', bare);
  // "Begroot 2022 | Begroot 2023 | Totaal": a bare total right after a figure's years is its total.
  for (const [role, headers] of figureHeaders) {
    const last = headers[headers.length - 1]!;
    const total = bare.find((h) => h.col === last.col + 1 && isTotalColumnLabel(h.text) && !isPeriodLabel(h.text));
    if (total && headers !== bare && headers.every((h) => isPeriodLabel(h.text)) && !forcedRoles.has(role))
      headers.push(total);
  }
  const figures: Partial<Record<AmountRole, FigureColumns>> = {};
  for (const [role, headers] of figureHeaders) {
    const figure = figureColumns(headers);
    figures[role] = figure;
    roles.set(role, figure.cols[0]!);
  }

  const hasLabel = roles.has('intervention') || roles.has('code');
  const topRow = subHeader ? row - 1 : row;
  const base = { row, topRow, left, right, beside: [] as Header[] };
  const finish = (header: Omit<Header, 'assigned'> | undefined): Header | undefined =>
    header && { ...header, assigned: assignments(header, texts, ignored, forced, markCandidates) };
  if (!hasLabel) return finish(readGoalsHeader(sheet, base, roles, figures, notes));

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
    begrootColumns: roles.get('begroot') !== undefined ? (figures.begroot?.cols ?? [roles.get('begroot')!]) : undefined,
    benutColumns: roles.get('benut') !== undefined ? (figures.benut?.cols ?? [roles.get('benut')!]) : undefined,
    figures,
    notes,
  };
  const known = roles.size + notes.length;

  if (pairGoals.size >= 2) {
    return finish({ ...base, layout: 'matrix', columns, goalColumns, score: 30 + known + goalColumns.length });
  }
  // Goals as columns holding amounts ("Bovenschoolse maatregelen | … | Thuiszitters | Totaal"):
  // each is that goal's begroot, and a total column beside them is the row's stated total.
  // Only goals named in words count here: a row of numbers ("5 | … | 2") is an intervention's.
  const namedGoals = markCandidates.filter(
    (m) => goalOfHeading(texts.get(m.col) ?? '') === m.goal && !/^\d+$/.test((texts.get(m.col) ?? '').trim()),
  );
  if (
    pairGoals.size < 2 &&
    namedGoals.length >= 2 &&
    !hasMarks(sheet, row, namedGoals) &&
    holdsAmounts(sheet, row, namedGoals)
  ) {
    const amountGoals = namedGoals.map((m): GoalColumn => ({ ...m, kind: 'begroot' }));
    const total = columns.begroot ?? bare.find((h) => isTotalColumnLabel(h.text))?.col;
    const labels = new Map([...texts].filter(([c]) => c === total || amountGoals.some((g) => g.col === c)));
    const check =
      total !== undefined ? { total, parts: amountGoals.map((g) => g.col), kind: 'parts' as const } : undefined;
    const perGoal: ColumnMap = {
      ...columns,
      begroot: undefined,
      begrootColumns: undefined,
      figures: check ? { ...figures, begroot: { cols: [total!], why: 'total-column', check, labels } } : figures,
    };
    return finish({
      ...base,
      layout: 'matrix',
      columns: perGoal,
      goalColumns: amountGoals,
      score: 30 + known + amountGoals.length,
    });
  }
  if (roles.has('begroot') && markCandidates.length >= 2 && hasMarks(sheet, row, markCandidates)) {
    return finish({
      ...base,
      layout: 'matrix',
      columns,
      goalColumns: markCandidates,
      score: 30 + known + markCandidates.length,
    });
  }
  if (!roles.has('begroot')) return undefined;
  if (roles.has('goal')) return finish({ ...base, layout: 'list', columns, goalColumns: [], score: 20 + known });
  // Goal names with an amount each under "Omschrijving | Bedrag" are a per-goal summary, not goal
  // headings over interventions that are not there.
  if (isGoalSummary(sheet, row, columns, left)) {
    const goal = columns.intervention ?? columns.code!;
    return finish({
      ...base,
      layout: 'goals',
      columns: { ...columns, code: undefined, intervention: goal, goal },
      goalColumns: [],
      score: 15 + known,
    });
  }
  if (hasGoalHeadings(sheet, row, columns, left))
    return finish({ ...base, layout: 'grouped', columns, goalColumns: [], score: 20 + known });
  // A sheet with interventions and amounts but no goals at all still reads as a list: every
  // intervention then lacks a goal, which is exactly what the user needs to hear.
  return finish({ ...base, layout: 'list', columns, goalColumns: [], score: 10 + known });
}

/**
 * "Thema | Bestedingsdoel": Putten plans by themes, and the theme is then what the row is about,
 * not its goal. The column that says doel is the goal; a theme becomes the row's label where the
 * header has none, else a note.
 */
function chooseGoalColumn(
  headers: ReadonlyArray<FigureHeader>,
  roles: Map<ColumnRole, number>,
  notes: number[],
  goalsAsColumns: boolean,
): void {
  if (headers.length === 0 || roles.has('goal')) return;
  // With the goals as columns, a lone "Thema" column says what the row is about.
  const theme = headers.find((h) => /\bthema\b/.test(normalise(h.text)));
  if (goalsAsColumns && headers.length === 1 && theme && !roles.has('intervention') && !roles.has('code')) {
    roles.set('intervention', theme.col);
    return;
  }
  const goal = headers.find((h) => /doel|goal/.test(normalise(h.text))) ?? headers[0]!;
  roles.set('goal', goal.col);
  for (const h of headers) {
    if (h === goal) continue;
    if (!roles.has('intervention') && !roles.has('code')) roles.set('intervention', h.col);
    else notes.push(h.col);
  }
}

/** What each header cell was read as, for the reading shown to the user. */
function assignments(
  header: Omit<Header, 'assigned'>,
  texts: ReadonlyMap<number, string>,
  ignored: ReadonlyMap<number, IgnoredWhy>,
  forced: ReadonlyMap<number, ForcedRole> | undefined,
  marks: ReadonlyArray<GoalColumn>,
): ColumnReading[] {
  const { columns } = header;
  const labelRoles: ReadonlyArray<ColumnRole> = ['code', 'intervention', 'goal', 'partner'];
  const list: ColumnReading[] = [];
  for (const [col, text] of [...texts].sort((a, b) => a[0] - b[0])) {
    const at = { col, header: text, ...(forced?.has(col) ? { forced: true } : {}) };
    const role = labelRoles.find((r) => columns[r as keyof ColumnMap] === col);
    const goalColumn =
      header.goalColumns.find((g) => g.col === col) ?? marks.find((m) => m.col === col && header.layout === 'matrix');
    const figure = (['begroot', 'benut'] as const).find((f) => columns.figures[f]?.cols.includes(col));
    const part = (['begroot', 'benut'] as const).find((f) => columns.figures[f]?.check?.parts.includes(col));
    if (role) list.push({ ...at, role });
    else if (goalColumn)
      list.push({ ...at, role: goalColumn.kind === 'mark' ? 'mark' : goalColumn.kind, goal: goalColumn.goal });
    else if (figure) list.push({ ...at, role: figure });
    else if (part) list.push({ ...at, role: 'part' });
    else if (columns.notes.includes(col)) list.push({ ...at, role: 'note' });
    else
      list.push({
        ...at,
        role: 'ignored',
        why:
          ignored.get(col) ??
          (columns.figures.begroot?.labels.has(col) || columns.figures.benut?.labels.has(col)
            ? 'not-chosen'
            : 'unknown'),
      });
  }
  return list;
}

/** Rows of a per-goal summary below its header that name a goal, needed to read it as one. */
const GOALS_LAYOUT_MIN_ROWS = 2;

/**
 * A per-goal summary ("Bestedingsdoel | Totaalbedrag", the five goals and a total): no
 * interventions, only an amount per goal. Each goal row is read like an intervention named after
 * its goal, so the figures, the totals and the ceiling are checked the same way.
 */
function readGoalsHeader(
  sheet: SheetSnapshot,
  base: Pick<Header, 'row' | 'topRow' | 'left' | 'right' | 'beside'>,
  roles: ReadonlyMap<ColumnRole, number>,
  figures: Partial<Record<AmountRole, FigureColumns>>,
  notes: number[],
): Omit<Header, 'assigned'> | undefined {
  const goal = roles.get('goal');
  const begroot = roles.get('begroot');
  if (goal === undefined || begroot === undefined) return undefined;
  const last = Math.min(sheet.rows.length, base.row + 1 + EVIDENCE_ROWS);
  const named = new Set<number>();
  for (let row = base.row + 1; row < last && named.size < GOALS_LAYOUT_MIN_ROWS; row++) {
    const cell = cellAt(sheet, row, goal);
    if (cell?.kind !== 'text' && cell?.kind !== 'number') continue;
    const match = matchGoal(String(cell.value));
    if (match.kind === 'goals' && match.goals.length === 1) named.add(match.goals[0]!);
  }
  if (named.size < GOALS_LAYOUT_MIN_ROWS) return undefined;
  const columns: ColumnMap = {
    intervention: goal,
    goal,
    begroot,
    benut: roles.get('benut'),
    begrootColumns: figures.begroot?.cols ?? [begroot],
    benutColumns: roles.get('benut') !== undefined ? (figures.benut?.cols ?? [roles.get('benut')!]) : undefined,
    figures,
    notes,
  };
  return { ...base, layout: 'goals', columns, goalColumns: [], score: 15 + roles.size + notes.length };
}

/** Numbers under the goal columns: amounts per goal, not marks. */
function holdsAmounts(sheet: SheetSnapshot, header: number, candidates: ReadonlyArray<GoalColumn>): boolean {
  const last = Math.min(sheet.rows.length, header + 1 + EVIDENCE_ROWS);
  for (let row = header + 1; row < last; row++) {
    for (const c of candidates) if (cellAt(sheet, row, c.col)?.kind === 'number') return true;
  }
  return false;
}

function hasMarks(sheet: SheetSnapshot, header: number, candidates: ReadonlyArray<GoalColumn>): boolean {
  const last = Math.min(sheet.rows.length, header + 1 + EVIDENCE_ROWS);
  for (let row = header + 1; row < last; row++) {
    for (const c of candidates) if (isGoalMark(cellAt(sheet, row, c.col))) return true;
  }
  return false;
}

/**
 * Rows with an amount mostly name a goal (the rest are totals, or a line such as "Bestemming
 * resterend budget"), in the label column or as their leading text, and at least two goals are
 * named: a summary per goal, whatever its header calls the column.
 */
function isGoalSummary(sheet: SheetSnapshot, header: number, columns: ColumnMap, left: number): boolean {
  const labelCol = columns.intervention ?? columns.code!;
  const amountCol = columns.begroot!;
  const last = Math.min(sheet.rows.length, header + 1 + EVIDENCE_ROWS);
  const named = new Set<GoalNumber>();
  let goalRows = 0;
  let otherRows = 0;
  for (let row = header + 1; row < last; row++) {
    const amount = cellAt(sheet, row, amountCol);
    if (isBlank(amount)) continue;
    const lead = leadingText(sheet, row, Math.max(labelCol, amountCol - 1), left);
    if (lead && isTotalLabel(lead.text)) continue;
    // Strict, as for headings: "Samenwerking scholen en jeugdhulp" is an intervention's name.
    const goal = lead ? goalOfHeading(lead.text) : undefined;
    if (goal !== undefined) {
      named.add(goal);
      goalRows++;
    } else otherRows++;
  }
  return named.size >= GOALS_LAYOUT_MIN_ROWS && goalRows > otherRows;
}

function hasGoalHeadings(sheet: SheetSnapshot, header: number, columns: ColumnMap, left: number): boolean {
  const labelCol = columns.intervention ?? columns.code!;
  const last = Math.min(sheet.rows.length, header + 1 + EVIDENCE_ROWS);
  for (let row = header + 1; row < last; row++) {
    const lead = leadingText(sheet, row, labelCol, left);
    if (!lead || isTotalLabel(lead.text)) continue;
    // Read the code as the body reader does, so intervention 1 "Samenwerking" is no heading.
    const code = textOf(sheet, row, columns.code);
    if (headingGoalOfRow(lead, code, '') !== undefined) return true;
  }
  return false;
}
