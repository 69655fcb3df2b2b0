/**
 * From a chosen budget sheet to the budget model: the user's corrections applied over the
 * automatic reading, the tables read and related, the ceiling found, and the reading itself kept
 * as data (what each column was taken for, what the user set, where the engine was unsure).
 */
import { readAmount } from './amounts';
import { findCeiling } from './ceiling';
import { parseCellRef, roleOfChoice, type ColumnCorrection, type ReadingCorrections } from './corrections';
import { address, cellAt, type SheetSnapshot, type WorkbookSnapshot } from './grid';
import { combineTables } from './layout/combine';
import { HEADER_SEARCH_ROWS, headerAt, headerCellText, type ForcedRole, type Header } from './layout/detect';
import { readBody } from './layout/read';
import { findTables, type TableRegion } from './layout/tables';
import type {
  AppliedCorrection,
  BudgetModel,
  BudgetTable,
  Ceiling,
  CorrectionProblem,
  FigureReading,
  Intervention,
  StatedTotal,
  Uncertainty,
} from './model';
import { normalise } from './text';

export function buildModel(
  workbook: WorkbookSnapshot,
  sheet: SheetSnapshot,
  auto: Header | undefined,
  ceilingCents?: number,
  corrections?: ReadingCorrections,
): BudgetModel | undefined {
  const corrected = applyCorrections(sheet, auto, corrections);
  const header = corrected.header;
  if (!header) return undefined;
  const regions = findTables(sheet, header, corrections?.unit);
  const interventions: Intervention[] = [];
  const totals: StatedTotal[] = [];
  let headings = 0;
  let blank = 0;
  regions.forEach((region, index) => {
    const body = readBody(sheet, region, index);
    interventions.push(...body.interventions);
    totals.push(...body.totals);
    headings += body.headings;
    blank += body.blank;
  });
  const body = combineTables(regions, { interventions, totals });
  const planCents = body.interventions.reduce((sum, i) => sum + i.begrootCents, 0);
  const ceiling = ceilingOf(
    workbook,
    sheet,
    header,
    ceilingCents,
    corrections,
    planCents,
    regions[0]!.unit.factor,
    corrected.problems,
    corrected.applied,
  );
  const { columns } = header;
  const begrootCol = columns.begroot ?? header.goalColumns.find((g) => g.kind === 'begroot')?.col;
  const benutCol = columns.benut ?? header.goalColumns.find((g) => g.kind === 'benut')?.col;
  const tables = regions.map((r) => tableOf(r, corrections?.unit !== undefined));
  const grand = body.totals.filter((t) => t.isGrandTotal).length;
  return {
    sheet: sheet.name,
    layout: header.layout,
    headerRow: header.row,
    tables,
    begrootHeader: begrootCol !== undefined ? { row: header.row, col: begrootCol } : undefined,
    benutHeader: benutCol !== undefined ? { row: header.row, col: benutCol } : undefined,
    hasBenut: regions.some(
      (r) => r.header.columns.benut !== undefined || r.header.goalColumns.some((g) => g.kind === 'benut'),
    ),
    interventions: body.interventions,
    totals: body.totals,
    ceiling,
    hiddenRows: new Set(sheet.hiddenRows ?? []),
    reading: {
      rows: {
        interventions: body.interventions.length,
        headings,
        subtotals: body.totals.length - grand,
        totals: grand,
        blank,
      },
      corrections: corrected.applied,
      uncertain: uncertainties(header, tables, corrections, planCents, ceiling),
      problems: corrected.problems,
    },
  };
}

interface Corrected {
  readonly header?: Header;
  readonly applied: AppliedCorrection[];
  readonly problems: CorrectionProblem[];
}

/**
 * The header as the user set it: their header row, their column roles. A column's role is applied
 * only while the column still carries the header it was set for; otherwise it is a problem to
 * report, and the automatic reading stands.
 */
function applyCorrections(
  sheet: SheetSnapshot,
  auto: Header | undefined,
  corrections: ReadingCorrections | undefined,
): Corrected {
  const applied: AppliedCorrection[] = [];
  const problems: CorrectionProblem[] = [];
  if (!corrections) return { header: auto, applied, problems };
  let row = auto?.row;
  if (corrections.headerRow !== undefined) {
    if (corrections.headerRow < sheet.rows.length && (sheet.rows[corrections.headerRow]?.length ?? 0) > 0) {
      row = corrections.headerRow;
      applied.push({ setting: 'kopregel', value: String(row + 1) });
    } else problems.push({ kind: 'header-row', row: corrections.headerRow });
  }
  // A sheet read as no budget sheet at all: the row whose cells carry the headers the user's
  // column roles were set for is the header.
  row ??= rowWithHeaders(sheet, corrections.columns ?? []);
  if (row === undefined) return { header: auto, applied, problems };
  const forced = new Map<number, ForcedRole>();
  for (const c of corrections.columns ?? []) {
    const found = headerCellText(sheet, row, c.col);
    if (c.header !== undefined && normalise(found) !== normalise(c.header)) {
      problems.push({ kind: 'column-moved', row, col: c.col, expected: c.header, found, choice: c.choice });
      continue;
    }
    forced.set(c.col, roleOfChoice(c.choice));
    applied.push({ setting: 'kolom', col: c.col, value: c.choice });
  }
  if (corrections.unit !== undefined) applied.push({ setting: 'eenheid', value: String(corrections.unit) });
  if (row === auto?.row && forced.size === 0) return { header: auto, applied, problems };
  const header = headerAt(sheet, row, forced);
  if (!header) {
    // The row the user chose reads as no header at all: say so, and read as before.
    if (row !== auto?.row) problems.push({ kind: 'header-row', row });
    return { header: auto, applied: applied.filter((a) => a.setting !== 'kopregel'), problems };
  }
  return { header, applied, problems };
}

function rowWithHeaders(sheet: SheetSnapshot, columns: ReadonlyArray<ColumnCorrection>): number | undefined {
  const named = columns.filter((c) => c.header !== undefined && c.header !== '');
  if (named.length === 0) return undefined;
  for (let row = 0; row < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); row++) {
    if (named.every((c) => normalise(headerCellText(sheet, row, c.col)) === normalise(c.header!))) return row;
  }
  return undefined;
}

function ceilingOf(
  workbook: WorkbookSnapshot,
  sheet: SheetSnapshot,
  header: Header,
  optionCents: number | undefined,
  corrections: ReadingCorrections | undefined,
  planCents: number,
  unit: number,
  problems: CorrectionProblem[],
  applied: AppliedCorrection[],
): Ceiling {
  if (optionCents === undefined && corrections?.ceilingCents !== undefined) {
    applied.push({ setting: 'plafond', value: String(corrections.ceilingCents) });
    return { cents: corrections.ceilingCents, source: 'correction' };
  }
  if (optionCents === undefined && corrections?.ceilingCell !== undefined) {
    const ref = parseCellRef(corrections.ceilingCell);
    const on =
      ref?.sheet === undefined ? sheet : workbook.sheets.find((s) => normalise(s.name) === normalise(ref.sheet!));
    const reading = ref && on ? readAmount(cellAt(on, ref.row, ref.col)) : undefined;
    if (ref && on && (reading?.kind === 'number' || reading?.kind === 'text-number') && reading.cents > 0) {
      applied.push({ setting: 'plafondcel', value: corrections.ceilingCell });
      return { cents: reading.cents, source: 'correction', sheet: on.name, cell: address(ref.row, ref.col) };
    }
    problems.push({ kind: 'ceiling-cell', cell: corrections.ceilingCell });
  }
  return findCeiling(workbook, sheet, header.row, optionCents, planCents, unit);
}

function tableOf(region: TableRegion, unitCorrected: boolean): BudgetTable {
  const { header, unit } = region;
  const figure = (field: 'begroot' | 'benut'): FigureReading | undefined => {
    const f = header.columns.figures[field];
    if (f) return { cols: f.cols, why: f.why, labels: f.cols.map((c) => f.labels.get(c) ?? '') };
    const cols = header.goalColumns.filter((g) => g.kind === field).map((g) => g.col);
    return cols.length > 0 ? { cols, why: cols.length === 1 ? 'single' : 'sum', labels: [] } : undefined;
  };
  const begroot = figure('begroot');
  const benut = figure('benut');
  return {
    layout: header.layout,
    ...(region.label !== undefined ? { label: region.label } : {}),
    topRow: header.topRow,
    headerRow: header.row,
    lastRow: region.lastRow,
    left: header.left,
    right: header.right,
    unit: unit.factor,
    ...(unit.text !== undefined ? { unitText: unit.text } : {}),
    ...(unit.cell !== undefined ? { unitCell: unit.cell } : {}),
    ...(unitCorrected ? { unitCorrected } : {}),
    ...(begroot ? { begroot } : {}),
    ...(benut ? { benut } : {}),
    columns: header.assigned,
  };
}

/**
 * Where the reading is a choice the sheet does not settle. Nothing the user corrected is
 * uncertain any more: their word settles it.
 */
function uncertainties(
  header: Header,
  tables: ReadonlyArray<BudgetTable>,
  corrections: ReadingCorrections | undefined,
  planCents: number,
  ceiling: Ceiling,
): Uncertainty[] {
  const found: Uncertainty[] = [];
  const forcedColumns = corrections?.columns !== undefined && corrections.columns.length > 0;
  for (const table of tables) {
    for (const field of ['begroot', 'benut'] as const) {
      const figure = table[field];
      if (figure?.why !== 'sum' || forcedColumns || table.layout === 'matrix') continue;
      found.push({ kind: 'columns', field, row: table.headerRow, cols: figure.cols, labels: figure.labels });
    }
  }
  if (header.alternativeRow !== undefined && corrections?.headerRow === undefined) {
    found.push({ kind: 'header-row', row: header.row, col: header.left, alternative: header.alternativeRow });
  }
  // A plan of about a thousandth of a ceiling the workbook states is a plan in thousands.
  const first = tables[0];
  if (
    first?.begroot &&
    first.unit === 1 &&
    corrections?.unit === undefined &&
    ceiling.source !== 'default' &&
    planCents > 0
  ) {
    if (planCents * 1000 <= ceiling.cents * 2 && planCents * 1000 >= ceiling.cents / 5) {
      found.push({
        kind: 'unit',
        row: first.headerRow,
        col: first.begroot.cols[0]!,
        planCents,
        ceilingCents: ceiling.cents,
      });
    }
  }
  return found;
}
