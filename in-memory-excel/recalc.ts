/**
 * Automatic calculation, as Excel does it by default: after cells change, every formula that
 * (directly or through other formulas) reads a changed cell is computed again, and only those.
 * Formulas outside what formula.ts understands keep the value they had.
 */
import { cellCount, containsCell, intersects, MAX_COLUMNS, type Rect } from './a1';
import type { CellContent, StoredCell } from './cells';
import { evaluateFormula, parseFormula, type ParsedFormula } from './formula';
import type { Journal } from './journal';
import { SheetModel, type WorkbookModel } from './model';

export interface ChangedArea {
  readonly sheetId: string;
  readonly rect: Rect;
}

interface FormulaCell {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly col: number;
  /** The formula's text, to tell whether a rebuilt index can keep this entry. */
  readonly formula: string;
  readonly parsed: ParsedFormula;
}

interface SheetReads {
  /** Single cells by key, each with the formulas reading it. */
  readonly single: Map<number, FormulaCell[]>;
  readonly ranges: Array<{ rect: Rect; f: FormulaCell }>;
}

/**
 * The formulas on one sheet and what they read, in the order of the sheet's `formulaKeys`, valid
 * while the sheet names stay (or whatever they are, when no formula names a sheet). Formulas
 * added where there were none are appended to it; any other change to the sheet's formulas makes
 * it be built again.
 */
interface SheetIndex {
  /** The sheet names it was made with; they matter only when a formula names a sheet. */
  names: string;
  /** Whether a formula names a sheet (`Begroting!B5`): only then do other sheets' names matter. */
  namesSheets: boolean;
  readonly own: Map<number, FormulaCell>;
  /** By the id of the sheet read. */
  readonly reads: Map<string, SheetReads>;
}

/** Sheets by name without regard to case, as `WorkbookModel.findSheet` finds them. */
export type SheetFinder = (name: string) => SheetModel | undefined;

/** Parsed formulas by text (a workbook repeats the same few shapes), and each sheet's index. */
export class FormulaCache {
  private readonly parsed = new Map<string, ParsedFormula | null>();
  private readonly indexes = new WeakMap<SheetModel, SheetIndex>();

  get(formula: string): ParsedFormula | undefined {
    let parsed = this.parsed.get(formula);
    if (parsed === undefined) {
      parsed = parseFormula(formula) ?? null;
      this.parsed.set(formula, parsed);
    }
    return parsed ?? undefined;
  }

  index(sheet: SheetModel, names: string, findSheet: SheetFinder): SheetIndex {
    const cached = this.indexes.get(sheet);
    const appends = sheet.formulaAppends;
    if (cached && (cached.names === names || !cached.namesSheets) && !sheet.formulasRewritten) {
      // Only new formulas since: they come last in `formulaKeys`, so they go last here too.
      cached.names = names;
      for (const key of appends) this.add(cached, sheet, key, undefined, findSheet);
      appends.length = 0;
      return cached;
    }
    const index: SheetIndex = { names, namesSheets: false, own: new Map(), reads: new Map() };
    for (const key of sheet.formulaKeys) this.add(index, sheet, key, cached?.own.get(key), findSheet);
    appends.length = 0;
    sheet.formulasRewritten = false;
    this.indexes.set(sheet, index);
    return index;
  }

  /** Indexes the formula under `key`; `known` is its entry in an earlier index, kept when the formula is the same. */
  private add(
    index: SheetIndex,
    sheet: SheetModel,
    key: number,
    known: FormulaCell | undefined,
    findSheet: SheetFinder,
  ): void {
    const formula = sheet.storedAt(key)!.formula!;
    let f: FormulaCell;
    if (known !== undefined && known.formula === formula) {
      f = known;
    } else {
      const parsed = this.get(formula);
      if (!parsed) return;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      f = { sheet, row, col, formula, parsed };
    }
    index.own.set(key, f);
    for (const ref of f.parsed.references) {
      if (ref.sheet !== undefined) index.namesSheets = true;
      const target = ref.sheet === undefined ? sheet : findSheet(ref.sheet);
      if (!target) continue;
      let reads = index.reads.get(target.id);
      if (!reads) {
        reads = { single: new Map(), ranges: [] };
        index.reads.set(target.id, reads);
      }
      if (cellCount(ref.rect) === 1) {
        const k = SheetModel.key(ref.rect.row, ref.rect.col);
        const list = reads.single.get(k);
        if (list) list.push(f);
        else reads.single.set(k, [f]);
      } else {
        reads.ranges.push({ rect: ref.rect, f });
      }
    }
  }
}

const REF_ERROR: CellContent = { type: 'error', value: '#REF!' };

function sameContent(a: CellContent, b: CellContent): boolean {
  return (
    a.type === b.type && (a.type === 'empty' || (a as { value: unknown }).value === (b as { value: unknown }).value)
  );
}

/** The values of `map` at the cells of `rect`, walking whichever of the two is smaller. */
function within<T>(map: Map<number, T> | undefined, rect: Rect, take: (value: T) => void): void {
  if (!map) return;
  if (cellCount(rect) <= map.size) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const v = map.get(SheetModel.key(r, c));
        if (v !== undefined) take(v);
      }
    }
  } else {
    for (const [key, v] of map) if (containsCell(rect, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)) take(v);
  }
}

/** `model.findSheet`, with the names lower-cased once rather than on every lookup. */
function sheetFinder(model: WorkbookModel): SheetFinder {
  let byName: Map<string, SheetModel> | undefined;
  return (name) => {
    if (!byName) {
      byName = new Map();
      for (const s of model.sheets) {
        const lower = s.name.toLowerCase();
        if (!byName.has(lower)) byName.set(lower, s);
      }
    }
    return byName.get(name.toLowerCase());
  };
}

/** Which formulas stand in, or read from, a changed area. */
class Dependencies {
  private readonly indexes: Map<string, SheetIndex>;

  constructor(model: WorkbookModel, cache: FormulaCache, findSheet: SheetFinder) {
    const names = model.sheets.map((s) => `${s.id}\u0000${s.name}`).join('\u0001');
    this.indexes = new Map(model.sheets.map((s) => [s.id, cache.index(s, names, findSheet)]));
  }

  touchedBy(area: ChangedArea): FormulaCell[] {
    const out: FormulaCell[] = [];
    within(this.indexes.get(area.sheetId)?.own, area.rect, (f) => out.push(f));
    for (const index of this.indexes.values()) {
      const reads = index.reads.get(area.sheetId);
      if (!reads) continue;
      within(reads.single, area.rect, (fs) => out.push(...fs));
      for (const { rect, f } of reads.ranges) if (intersects(rect, area.rect)) out.push(f);
    }
    return out;
  }
}

export function recalculate(
  model: WorkbookModel,
  cache: FormulaCache,
  changed: ReadonlyArray<ChangedArea>,
  journal: Journal,
): void {
  if (changed.length === 0) return;
  const findSheet = sheetFinder(model);
  const deps = new Dependencies(model, cache, findSheet);
  // In the order found (the order they are computed in), and by sheet and cell key.
  const affected: FormulaCell[] = [];
  const affectedOn = new Map<SheetModel, Map<number, FormulaCell>>();
  const work: ChangedArea[] = [...changed];
  while (work.length > 0) {
    for (const f of deps.touchedBy(work.pop()!)) {
      let onSheet = affectedOn.get(f.sheet);
      if (!onSheet) {
        onSheet = new Map();
        affectedOn.set(f.sheet, onSheet);
      }
      const key = SheetModel.key(f.row, f.col);
      if (onSheet.has(key)) continue;
      onSheet.set(key, f);
      affected.push(f);
      work.push({ sheetId: f.sheet.id, rect: { row: f.row, col: f.col, rows: 1, cols: 1 } });
    }
  }

  const done = new Set<FormulaCell>();
  const busy = new Set<FormulaCell>();
  const compute = (f: FormulaCell): void => {
    // A circular reference: Excel warns and shows 0; the fake leaves the cell as it is.
    if (done.has(f) || busy.has(f)) return;
    busy.add(f);
    const content = evaluateFormula(f.parsed, (sheetName, row, col) => {
      const sheet = sheetName === undefined ? f.sheet : findSheet(sheetName);
      if (!sheet) return REF_ERROR;
      const dependency = affectedOn.get(sheet)?.get(SheetModel.key(row, col));
      if (dependency) compute(dependency);
      return sheet.cell(row, col).content;
    });
    busy.delete(f);
    done.add(f);
    const cell = f.sheet.cell(f.row, f.col);
    if (content && (cell.unevaluated || !sameContent(cell.content, content))) {
      const updated: StoredCell = { ...cell, content };
      delete (updated as { unevaluated?: boolean }).unevaluated;
      f.sheet.setCell(f.row, f.col, updated, journal);
    }
  };
  for (const f of affected) compute(f);
}
