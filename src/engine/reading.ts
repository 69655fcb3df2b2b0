/**
 * How the engine read the budget sheet, in words: which table, which column it took as begroot
 * and benut and why, and the unit. The text report starts with it and the JSON carries it, so a
 * controller can see at a glance whether the sheet was read as they keep it.
 */
import { columnName } from './grid';
import type { FigureReason } from './layout/figures';
import type { Lang } from './messages';
import type { BudgetModel, BudgetTable, FigureReading } from './model';

const WHY: Record<Lang, Record<FigureReason, string>> = {
  nl: {
    single: 'de enige kolom',
    sum: 'de kolommen opgeteld',
    'periods-summed': 'de perioden opgeteld (geen totaalkolom)',
    'total-column': 'de totaalkolom; de kolommen ernaast moeten daarop uitkomen',
    'latest-version': 'de laatste versie van de begroting; versies worden nooit opgeteld',
    'versions-summed': 'primitieve begroting plus wijziging',
  },
  en: {
    single: 'the only column',
    sum: 'the columns added up',
    'periods-summed': 'the periods added up (no total column)',
    'total-column': 'the total column; the columns beside it must add up to it',
    'latest-version': 'the latest budget version; versions are never added up',
    'versions-summed': 'original budget plus change',
  },
};

const WORDS = {
  nl: { read: 'Gelezen', table: 'tabel', rows: 'rijen', column: 'kolom', columns: 'kolommen', unit: 'bedragen ×', from: 'uit' },
  en: { read: 'Read', table: 'table', rows: 'rows', column: 'column', columns: 'columns', unit: 'amounts ×', from: 'from' },
};

function figureText(name: string, figure: FigureReading, lang: Lang): string {
  const w = WORDS[lang];
  const cols = figure.cols.map((c, i) => `${columnName(c)}${figure.labels[i] ? ` ‘${figure.labels[i]}’` : ''}`);
  return `${name} = ${cols.length === 1 ? w.column : w.columns} ${cols.join(' + ')} (${WHY[lang][figure.why]})`;
}

function unitText(table: BudgetTable, lang: Lang): string | undefined {
  if (table.unit === 1) return undefined;
  const amount = `€ ${String(table.unit).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  const where = table.unitCell ? ` (${WORDS[lang].from} ${columnName(table.unitCell.col)}${table.unitCell.row + 1}: ‘${table.unitText}’)` : '';
  return `${WORDS[lang].unit} ${amount}${where}`;
}

/** One line per table: "Gelezen: begroot = kolom F ‘Totaal’ (de totaalkolom …); bedragen × € 1.000". */
export function readingLines(model: BudgetModel, lang: Lang): string[] {
  const w = WORDS[lang];
  return model.tables.map((table, i) => {
    const parts = [
      table.begroot ? figureText('begroot', table.begroot, lang) : undefined,
      table.benut ? figureText('benut', table.benut, lang) : undefined,
      unitText(table, lang),
    ].filter((p): p is string => p !== undefined);
    const which = model.tables.length > 1 ? ` ${w.table} ${i + 1}${table.label ? ` ‘${table.label}’` : ''} (${w.rows} ${table.topRow + 1}–${table.lastRow + 1})` : '';
    return `${w.read}${which}: ${parts.join('; ')}`;
  });
}

/** A table in the JSON contract: 1-based rows, column letters. */
export function tableJson(table: BudgetTable): object {
  const figure = (f: FigureReading | undefined): object | null =>
    f ? { columns: f.cols.map(columnName), labels: f.labels, why: f.why } : null;
  return {
    label: table.label ?? null,
    layout: table.layout,
    headerRow: table.headerRow + 1,
    firstHeaderRow: table.topRow + 1,
    lastRow: table.lastRow + 1,
    firstColumn: columnName(table.left),
    lastColumn: columnName(table.right),
    unit: table.unit,
    unitText: table.unitText ?? null,
    begroot: figure(table.begroot),
    benut: figure(table.benut),
  };
}
