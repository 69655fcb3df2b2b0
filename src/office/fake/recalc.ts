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
  readonly id: string;
  readonly sheet: SheetModel;
  readonly row: number;
  readonly col: number;
  readonly parsed: ParsedFormula;
}

/** The formulas on one sheet and what they read, valid while the sheet's formulas and the sheet names stay. */
interface SheetIndex {
  readonly epoch: number;
  readonly names: string;
  readonly own: Map<number, FormulaCell>;
  /** By the id of the sheet read: single cells by key, ranges in a list. */
  readonly reads: Map<string, { readonly single: Map<number, FormulaCell[]>; readonly ranges: Array<{ rect: Rect; f: FormulaCell }> }>;
}

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

  index(model: WorkbookModel, sheet: SheetModel, names: string): SheetIndex {
    const cached = this.indexes.get(sheet);
    if (cached && cached.epoch === sheet.formulaEpoch && cached.names === names) return cached;
    const index: SheetIndex = { epoch: sheet.formulaEpoch, names, own: new Map(), reads: new Map() };
    for (const key of sheet.formulaKeys) {
      const parsed = this.get(sheet.cells.get(key)!.formula!);
      if (!parsed) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      const f: FormulaCell = { id: cellId(sheet.id, row, col), sheet, row, col, parsed };
      index.own.set(key, f);
      for (const ref of parsed.references) {
        const target = ref.sheet === undefined ? sheet : model.findSheet(ref.sheet);
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
    this.indexes.set(sheet, index);
    return index;
  }
}

const REF_ERROR: CellContent = { type: 'error', value: '#REF!' };

const cellId = (sheetId: string, row: number, col: number): string => `${sheetId}:${SheetModel.key(row, col)}`;

function sameContent(a: CellContent, b: CellContent): boolean {
  return a.type === b.type && (a.type === 'empty' || (a as { value: unknown }).value === (b as { value: unknown }).value);
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

/** Which formulas stand in, or read from, a changed area. */
class Dependencies {
  private readonly indexes: Map<string, SheetIndex>;

  constructor(model: WorkbookModel, cache: FormulaCache) {
    const names = model.sheets.map((s) => `${s.id}\u0000${s.name}`).join('\u0001');
    this.indexes = new Map(model.sheets.map((s) => [s.id, cache.index(model, s, names)]));
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

export function recalculate(model: WorkbookModel, cache: FormulaCache, changed: ReadonlyArray<ChangedArea>, journal: Journal): void {
  if (changed.length === 0) return;
  const deps = new Dependencies(model, cache);
  const affected = new Map<string, FormulaCell>();
  const work: ChangedArea[] = [...changed];
  while (work.length > 0) {
    for (const f of deps.touchedBy(work.pop()!)) {
      if (affected.has(f.id)) continue;
      affected.set(f.id, f);
      work.push({ sheetId: f.sheet.id, rect: { row: f.row, col: f.col, rows: 1, cols: 1 } });
    }
  }

  const done = new Set<string>();
  const busy = new Set<string>();
  const compute = (f: FormulaCell): void => {
    // A circular reference: Excel warns and shows 0; the fake leaves the cell as it is.
    if (done.has(f.id) || busy.has(f.id)) return;
    busy.add(f.id);
    const content = evaluateFormula(f.parsed, (sheetName, row, col) => {
      const sheet = sheetName === undefined ? f.sheet : model.findSheet(sheetName);
      if (!sheet) return REF_ERROR;
      const dependency = affected.get(cellId(sheet.id, row, col));
      if (dependency) compute(dependency);
      return sheet.cell(row, col).content;
    });
    busy.delete(f.id);
    done.add(f.id);
    const cell = f.sheet.cell(f.row, f.col);
    if (content && (cell.unevaluated || !sameContent(cell.content, content))) {
      const updated: StoredCell = { ...cell, content };
      delete (updated as { unevaluated?: boolean }).unevaluated;
      f.sheet.setCell(f.row, f.col, updated, journal);
    }
  };
  for (const f of affected.values()) compute(f);
}
