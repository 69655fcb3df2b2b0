/**
 * How the engine read the budget sheet, in words: which table, which column it took as begroot
 * and benut and why, and the unit. The text report starts with it and the JSON carries it, so a
 * controller can see at a glance whether the sheet was read as they keep it.
 */
import { columnName } from './grid';
import type { ColumnReading } from './layout/detect';
import { ceilingSourceText, LAYOUT_LABEL, type Lang } from './messages';
import { FIGURE_WHY as WHY, IGNORED_WHY, READING_WORDS as WORDS, ROLE_WORD } from './words/reading';
import type { BudgetModel, BudgetTable, FigureReading } from './model';
import { formatEuro } from './money';
import {
  asJson,
  type JsonColumnReading,
  type JsonColumnRole,
  type JsonCorrection,
  type JsonFigureReading,
  type JsonReading,
  type JsonReadingRows,
  type JsonReadingTable,
} from './json-report';

/**
 * The JSON words of a column's role: the choices of a correction (COLUMN_CHOICES), and `deel`,
 * `markering`, `genegeerd`. Spelled out, so a role added to the engine needs its public word.
 */
const ROLE_KEY: Record<ColumnReading['role'], JsonColumnRole> = {
  code: 'code',
  intervention: 'interventie',
  goal: 'bestedingsdoel',
  partner: 'uitvoerder',
  begroot: 'begroot',
  benut: 'benut',
  note: 'toelichting',
  part: 'deel',
  mark: 'markering',
  ignored: 'genegeerd',
  restant: 'genegeerd',
  percent: 'genegeerd',
};

function figureText(name: string, figure: FigureReading, table: BudgetTable, lang: Lang): string {
  const w = WORDS[lang];
  const cols = figure.cols.map((c, i) => `${columnName(c)}${figure.labels[i] ? ` ‘${figure.labels[i]}’` : ''}`);
  const byUser = figure.cols.some((c) => table.columns.find((x) => x.col === c)?.forced) ? `, ${w.byUser}` : '';
  return `${name} = ${cols.length === 1 ? w.column : w.columns} ${cols.join(' + ')} (${WHY[lang][figure.why]}${byUser})`;
}

function unitText(table: BudgetTable, lang: Lang): string | undefined {
  if (table.unit === 1) return undefined;
  const amount = `€ ${String(table.unit).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  const w = WORDS[lang];
  if (table.unitCorrected) return `${w.unit} ${amount} (${w.byUser})`;
  const where = table.unitCell
    ? ` (${w.from} ${columnName(table.unitCell.col)}${table.unitCell.row + 1}: ‘${table.unitText}’)`
    : '';
  return `${w.unit} ${amount}${where}`;
}

function headerText(model: BudgetModel, lang: Lang): string {
  const w = WORDS[lang];
  const byUser = model.reading.corrections.some((c) => c.setting === 'kopregel') ? ` (${w.byUser})` : '';
  return `${w.header} ${model.headerRow + 1}${byUser}`;
}

/**
 * The first lines of the text report: "Gelezen: kopregel op rij 5; begroot = kolom E ‘Begroting
 * na wijziging’ (de laatste versie …); bedragen × € 1.000". One line per table where there are several.
 */
export function readingLines(model: BudgetModel, lang: Lang): string[] {
  const w = WORDS[lang];
  return model.tables.map((table, i) => {
    const parts = [
      i === 0 ? headerText(model, lang) : `${w.header} ${table.headerRow + 1}`,
      table.begroot ? figureText('begroot', table.begroot, table, lang) : undefined,
      table.benut ? figureText('benut', table.benut, table, lang) : undefined,
      unitText(table, lang),
    ].filter((p): p is string => p !== undefined);
    const which =
      model.tables.length > 1
        ? ` ${w.table} ${i + 1}${table.label ? ` ‘${table.label}’` : ''} (${w.rows} ${table.topRow + 1}–${table.lastRow + 1})`
        : '';
    return `${w.read}${which}: ${parts.join('; ')}`;
  });
}

/** The full reading, for `npo-check --explain`: every column and its role, the unit, the ceiling, the rows. */
export function explainLines(model: BudgetModel, lang: Lang): string[] {
  const w = WORDS[lang];
  const lines = [
    `${w.explain} (${w.sheet} ‘${model.sheet}’, ${LAYOUT_LABEL[lang][model.layout]}):`,
    `  ${headerText(model, lang)}`,
  ];
  model.tables.forEach((table, i) => {
    const label = table.label ? ` ‘${table.label}’` : '';
    lines.push(
      `  ${w.table.charAt(0).toUpperCase()}${w.table.slice(1)} ${i + 1}${label}: ${w.rows} ${table.topRow + 1}–${table.lastRow + 1}, ${w.columns} ${columnName(table.left)}–${columnName(table.right)}`,
    );
    for (const c of table.columns) {
      const why = c.why ? ` (${IGNORED_WHY[lang][c.why]})` : '';
      const goal = c.goal !== undefined ? ` ${lang === 'nl' ? 'doel' : 'goal'} ${c.goal}` : '';
      lines.push(
        `    ${columnName(c.col)} ${c.header === '' ? '–' : `‘${c.header}’`}: ${ROLE_WORD[lang][c.role]}${goal}${why}${c.forced ? ` (${w.byUser})` : ''}`,
      );
    }
    lines.push(`    ${w.units}: ${unitText(table, lang) ?? `1 ${w.euros}`}`);
  });
  const ceiling = model.ceiling;
  lines.push(`  ${w.ceiling}: ${formatEuro(ceiling.cents)} (${ceilingSourceText(ceiling.source, lang, ceiling)})`);
  lines.push(`  ${w.counts(model.reading.rows)}`);
  return lines;
}

/** A table in the JSON contract: 1-based rows, column letters. */
function tableJson(table: BudgetTable): JsonReadingTable {
  const figure = (f: FigureReading | undefined): JsonFigureReading | null =>
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
    unitText: table.unitCorrected ? null : (table.unitText ?? null),
    unitByUser: table.unitCorrected === true,
    begroot: figure(table.begroot),
    benut: figure(table.benut),
    columns: table.columns.map((c): JsonColumnReading => ({
      column: columnName(c.col),
      header: c.header,
      role: ROLE_KEY[c.role],
      ...(c.goal !== undefined ? { goal: c.goal } : {}),
      ...(c.why !== undefined ? { why: c.why } : {}),
      byUser: c.forced === true,
    })),
  };
}

/** The reading in the JSON contract. */
export function readingJson(model: BudgetModel): JsonReading {
  return {
    sheet: model.sheet,
    layout: model.layout,
    headerRow: model.headerRow + 1,
    headerRowByUser: model.reading.corrections.some((c) => c.setting === 'kopregel'),
    tables: model.tables.map(tableJson),
    ceiling: {
      cents: model.ceiling.cents,
      source: model.ceiling.source,
      cell: model.ceiling.cell ? `${model.ceiling.sheet}!${model.ceiling.cell}` : null,
    },
    rows: asJson<JsonReadingRows>()(model.reading.rows),
    corrections: model.reading.corrections.map((c): JsonCorrection => ({
      setting: c.setting,
      ...(c.col !== undefined ? { column: columnName(c.col) } : {}),
      value: c.value,
    })),
  };
}
