/**
 * The adapter contract, writing side: one output plan, written by the Office.js adapter into the
 * in-memory Excel (src/office/write-tabs.ts) and by the file adapter into the report workbook
 * (src/xlsx/report-workbook.ts, saved and read back with ExcelJS), gives the same tabs: names and
 * order, every cell's value, formula and number format, its look (fill, bold, italic, size, font
 * colour, underline, top and bottom border, alignment) and link, the column widths, the tables,
 * data bars, frozen panes and page layout; and the highlights: the fill of every flagged cell on
 * the user's sheet in Excel and on its copy in the report. Read back from what each side stores,
 * and compared in each program's own terms (Office.js's `#RRGGBB` and points, the file's ARGB and
 * characters).
 *
 * Where the two store one thing two ways, both are brought to what the user sees: a link is a
 * `hyperlink` on a text cell in Excel and a HYPERLINK formula in the file (ExcelJS cannot write an
 * internal link, exceljs#3027), so a link compares as its target and its shown value, and its
 * text's number format (Text in Excel, General under a formula in the file) is left out.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EngineError } from '../../src/engine/check';
import { address } from '../../src/engine/grid';
import { PLAN_LOOKS } from '../../src/engine/plan/types';
import type { FakeSheetData } from '../../in-memory-excel';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { loadWorkbookFile } from '../../src/xlsx/read-file';
import { buildReportWorkbook } from '../../src/xlsx/report-workbook';
import { xlsxBytes } from '../../src/xlsx/write-xlsx';
import { openInExcel } from './excel-from-file';
import { CONTRACT_WORKBOOKS, removeBuiltWorkbooks } from './workbooks';

afterAll(removeBuiltWorkbooks);

const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const CHECKED_AT = new Date(Date.UTC(2025, 2, 14, 9, 30));

/** A cell as the user sees it. */
interface SeenCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  link?: string;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  underline: boolean;
  fill?: string;
  borderTop?: string;
  borderBottom?: string;
  align?: string;
}

interface SeenTab {
  readonly name: string;
  readonly cells: Record<string, SeenCell>;
  /** Points, by 0-based column. */
  readonly columnWidths: Record<number, number>;
  readonly frozen: { rows: number; columns: number };
  readonly tables: ReadonlyArray<{ name: string; address: string; style: string }>;
  readonly dataBars: ReadonlyArray<{ address: string; color: string }>;
  readonly pageLayout?: {
    orientation: string;
    pagesWide?: number;
    titleRows?: string;
    footer: { left: string; right: string };
  };
}

/** An empty cell without a look of its own: nothing to see (a number format on it shows nothing). */
function blank(c: SeenCell): boolean {
  return (
    c.value === null &&
    c.formula === undefined &&
    !c.link &&
    !c.fill &&
    !c.borderTop &&
    !c.borderBottom &&
    !c.bold &&
    !c.italic &&
    !c.underline &&
    c.size === 11 &&
    c.color === '#000000' &&
    !c.align
  );
}

const hex = (argb: string | undefined): string | undefined =>
  argb === undefined ? undefined : `#${argb.slice(-6).toUpperCase()}`;

// ---- What the in-memory Excel holds ------------------------------------------------------

/**
 * A value as Excel shows it: a number to 12 significant digits (a formula's result the in-memory
 * Excel works out in floating point, 11490.3599999999, is the 11490.36 the engine worked out in
 * whole cents and the file caches), and an empty string as an empty cell (a formula's result "",
 * which ExcelJS does not store, shows nothing either way).
 */
function seen(value: string | number | boolean | null | undefined): string | number | boolean | null {
  if (value === undefined || value === '') return null;
  return typeof value === 'number' ? Number(value.toPrecision(12)) : value;
}

/** A range of one cell is written as that cell. */
const rangeAddress = (a: string): string => a.replace(/^([A-Z]+\d+):\1$/, '$1');

function fromExcel(sheet: FakeSheetData): SeenTab {
  const cells: Record<string, SeenCell> = {};
  for (const [at, c] of Object.entries(sheet.cells ?? {})) {
    const link = c.hyperlink?.documentReference;
    const value = seen(c.error ?? c.value);
    const line = (edge: 'EdgeTop' | 'EdgeBottom'): string | undefined => {
      const l = c.borders?.[edge];
      return l && l.style !== 'None' ? `${l.style} ${l.weight} ${(l.color ?? '#000000').toUpperCase()}` : undefined;
    };
    const seenCell: SeenCell = {
      value,
      ...(c.formula !== undefined ? { formula: c.formula.replace(/^=/, '') } : {}),
      ...(link && typeof value === 'string' ? {} : { numberFormat: c.numberFormat ?? 'General' }),
      ...(link ? { link } : {}),
      bold: c.font?.bold ?? false,
      italic: c.font?.italic ?? false,
      size: c.font?.size ?? 11,
      color: (c.font?.color ?? '#000000').toUpperCase(),
      underline: (c.font?.underline ?? 'None') !== 'None',
      ...(c.fill ? { fill: c.fill.toUpperCase() } : {}),
      ...(line('EdgeTop') ? { borderTop: line('EdgeTop') } : {}),
      ...(line('EdgeBottom') ? { borderBottom: line('EdgeBottom') } : {}),
      ...(c.horizontalAlignment && c.horizontalAlignment !== 'General' ? { align: c.horizontalAlignment } : {}),
    };
    if (!blank(seenCell)) cells[at] = seenCell;
  }
  const layout = sheet.pageLayout;
  return {
    name: sheet.name,
    cells,
    columnWidths: { ...sheet.columnWidths },
    frozen: { rows: sheet.frozen?.rows ?? 0, columns: sheet.frozen?.columns ?? 0 },
    tables: (sheet.tables ?? []).map((t) => ({ name: t.name, address: t.address, style: t.style ?? '' })),
    dataBars: (sheet.dataBars ?? []).map((d) => ({
      address: rangeAddress(d.address),
      color: (d.fillColor ?? '').toUpperCase(),
    })),
    ...(layout
      ? {
          pageLayout: {
            orientation: layout.orientation.toLowerCase(),
            ...(layout.zoom.horizontalFitToPages !== undefined ? { pagesWide: layout.zoom.horizontalFitToPages } : {}),
            ...(layout.printTitleRows
              ? { titleRows: `${layout.printTitleRows.first + 1}:${layout.printTitleRows.last + 1}` }
              : {}),
            footer: { left: layout.headersFooters.leftFooter, right: layout.headersFooters.rightFooter },
          },
        }
      : {}),
  };
}

// ---- What the report file holds ------------------------------------------------------------

/**
 * A width in characters as a file stores it, in points as Excel shows it (ECMA-376 §18.3.1.13):
 * whole pixels of Calibri 11's 7-pixel digit, at 0.75 point per pixel. Worked out here, apart from
 * the adapter, so the contract checks the adapter's conversion rather than repeating it.
 */
function filePoints(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

const BORDER_STYLES: Readonly<Record<string, string>> = {
  thin: 'Continuous Thin',
  medium: 'Continuous Medium',
  thick: 'Continuous Thick',
};
const ALIGNMENTS: Readonly<Record<string, string>> = { left: 'Left', center: 'Center', right: 'Right' };
const HYPERLINK = /^HYPERLINK\("#((?:[^"]|"")*)",(.*)\)$/;

function shownOf(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'error' in value) return String((value as { error: string }).error);
  return seen(value as string | number | boolean);
}

function fromFile(ws: ExcelJS.Worksheet): SeenTab {
  const cells: Record<string, SeenCell> = {};
  // Empty cells too: a look on a cell without a value is something to see.
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      const link = isFormula ? HYPERLINK.exec(cell.formula) : null;
      const value = shownOf(isFormula ? cell.result : cell.value);
      const font = cell.font ?? {};
      const line = (l: Partial<ExcelJS.Border> | undefined): string | undefined =>
        l?.style ? `${BORDER_STYLES[l.style] ?? l.style} ${hex(l.color?.argb) ?? '#000000'}` : undefined;
      const fill =
        cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? hex(cell.fill.fgColor?.argb) : undefined;
      const at = address(Number(cell.row) - 1, Number(cell.col) - 1);
      const seenCell: SeenCell = {
        value,
        ...(isFormula && !link ? { formula: cell.formula } : {}),
        ...(link && typeof value === 'string' ? {} : { numberFormat: cell.numFmt ?? 'General' }),
        ...(link ? { link: link[1]!.replace(/""/g, '"') } : {}),
        bold: font.bold ?? false,
        italic: font.italic ?? false,
        size: font.size ?? 11,
        color: hex(font.color?.argb) ?? '#000000',
        underline: font.underline !== undefined && font.underline !== false && font.underline !== 'none',
        ...(fill ? { fill } : {}),
        ...(line(cell.border?.top) ? { borderTop: line(cell.border?.top) } : {}),
        ...(line(cell.border?.bottom) ? { borderBottom: line(cell.border?.bottom) } : {}),
        ...(cell.alignment?.horizontal
          ? { align: ALIGNMENTS[cell.alignment.horizontal] ?? cell.alignment.horizontal }
          : {}),
      };
      if (!blank(seenCell)) cells[at] = seenCell;
    }),
  );
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((c, i) => {
    if (c.width !== undefined) columnWidths[i] = filePoints(c.width);
  });
  const view = (ws.views ?? []).find((v) => v.state === 'frozen') as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const tables = ws
    .getTables()
    .map((t) => (t as unknown as { table: { name: string; tableRef: string; style: { theme: string } } }).table);
  const formats = (
    ws as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; color?: { argb: string } }> }>;
    }
  ).conditionalFormattings;
  const setup = ws.pageSetup;
  const footer = /^&L(.*)&R(.*)$/.exec(ws.headerFooter?.oddFooter ?? '');
  return {
    name: ws.name,
    cells,
    columnWidths,
    frozen: { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 },
    tables: tables.map((t) => ({ name: t.name, address: t.tableRef, style: t.style.theme })),
    dataBars: formats.flatMap((f) =>
      f.rules
        .filter((r) => r.type === 'dataBar')
        .map((r) => ({ address: rangeAddress(f.ref), color: hex(r.color?.argb) ?? '' })),
    ),
    ...(setup.fitToPage
      ? {
          pageLayout: {
            orientation: setup.orientation ?? 'portrait',
            pagesWide: setup.fitToWidth ?? 1,
            ...(setup.printTitlesRow ? { titleRows: setup.printTitlesRow.replace(/\$/g, '') } : {}),
            footer: { left: footer?.[1] ?? '', right: footer?.[2] ?? '' },
          },
        }
      : {}),
  };
}

// ---- Comparing -----------------------------------------------------------------------------

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));

/** Every difference, one readable line each: "NPO Overzicht!A4 fill: "#D9E1F2" → "#DDEBF7"" (Excel → file). */
function differences(excel: ReadonlyArray<SeenTab>, file: ReadonlyArray<SeenTab>): string[] {
  const out: string[] = [];
  if (show(excel.map((t) => t.name)) !== show(file.map((t) => t.name)))
    out.push(`tabs: ${show(excel.map((t) => t.name))} → ${show(file.map((t) => t.name))}`);
  file.forEach((f, i) => {
    const e = excel[i];
    if (!e) return;
    const { cells: ec, ...eRest } = e;
    const { cells: fc, ...fRest } = f;
    for (const key of Object.keys({ ...eRest, ...fRest }) as Array<keyof typeof eRest>) {
      if (key !== 'name' && show(eRest[key]) !== show(fRest[key]))
        out.push(`${f.name} ${key}: ${show(eRest[key])} → ${show(fRest[key])}`);
    }
    for (const at of new Set([...Object.keys(ec), ...Object.keys(fc)])) {
      const a = ec[at] ?? ({} as Partial<SeenCell>);
      const b = fc[at] ?? ({} as Partial<SeenCell>);
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SeenCell>) {
        if (show(a[key]) !== show(b[key])) out.push(`${f.name}!${at} ${key}: ${show(a[key])} → ${show(b[key])}`);
      }
    }
  });
  return out;
}

interface Written {
  readonly excel: SeenTab[];
  readonly file: SeenTab[];
  /** The fill of every highlighted cell on the user's sheet in Excel, and on its copy in the report. */
  readonly highlights: { readonly excel: Record<string, string | null>; readonly file: Record<string, string | null> };
}

/** The plan of a workbook (or nothing, where the engine refuses it) written both ways. */
async function writtenBothWays(file: string, apis: OptionalApis = NEWEST): Promise<Written | undefined> {
  const excel = await openInExcel(file);
  const adapter = createWorkbookAdapter(excel.run, apis);
  let checked;
  try {
    checked = await adapter.check({ lang: 'nl', workbookName: path.basename(file), checkedAt: CHECKED_AT });
  } catch (error) {
    if (error instanceof EngineError) return undefined;
    throw error;
  }
  const { sheets } = await adapter.writeTabs(checked.plan);
  const { result, plan } = checked;
  expect(await adapter.highlight(plan.highlights)).toBe(plan.highlights.length);
  const saved = excel.toData().sheets;
  const alsoCopy = result.reconciliation ? [result.reconciliation.paymentsSheet.sheet] : [];
  const report = buildReportWorkbook(await loadWorkbookFile(file), result.model.sheet, plan, CHECKED_AT, alsoCopy);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await xlsxBytes(report)) as unknown as ArrayBuffer);
  const copies = new Set([result.model.sheet, ...alsoCopy]);
  const fills = (fill: (sheet: string, cell: string) => string | null): Record<string, string | null> =>
    Object.fromEntries(plan.highlights.map((h) => [`${h.sheet}!${h.cell}`, fill(h.sheet, h.cell)]));
  return {
    excel: sheets.map((name) => fromExcel(saved.find((s) => s.name === name)!)),
    file: read.worksheets.filter((ws) => !copies.has(ws.name)).map(fromFile),
    highlights: {
      excel: fills((sheet, cell) => excel.sheet(sheet).fill(cell)?.toUpperCase() ?? null),
      file: fills((sheet, cell) => {
        const f = read.getWorksheet(sheet)!.getCell(cell).fill;
        return (f?.type === 'pattern' && f.pattern === 'solid' ? hex(f.fgColor?.argb) : undefined) ?? null;
      }),
    },
  };
}

/**
 * Every contract workbook, as on the reading side: writing tabs both ways costs some 100–250 ms a
 * workbook, a few seconds for all of them on two workers.
 */
const TAB_WORKBOOKS = CONTRACT_WORKBOOKS;

const results = new Map<string, Written | undefined>();

describe.each(TAB_WORKBOOKS.map((w) => [w.id, w] as const))('%s', (id, workbook) => {
  it('gets the same tabs from Excel and in the report', async () => {
    const written = await writtenBothWays(await workbook.file());
    results.set(id, written);
    if (!written) return;
    expect(differences(written.excel, written.file)).toEqual([]);
    expect(written.excel.length).toBeGreaterThan(0);
    expect(written.highlights.excel).toEqual(written.highlights.file);
  });
});

describe('in an Excel with only ExcelApi 1.7', () => {
  const OLDEST: OptionalApis = {
    customProperties: false,
    fillPattern: false,
    dataValidation: false,
    visibleCells: false,
    mergedAreas: false,
    pageLayout: false,
  };

  it('gets the same tabs but for how they print, which needs ExcelApi 1.9', async () => {
    const sample = CONTRACT_WORKBOOKS.find((w) => w.id === 'samples/hilversum-2023-stand.xlsx')!;
    const written = (await writtenBothWays(await sample.file(), OLDEST))!;
    const unprinted = (tabs: SeenTab[]): SeenTab[] => tabs.map(({ pageLayout: _layout, ...rest }) => rest);
    expect(differences(unprinted(written.excel), unprinted(written.file))).toEqual([]);
    expect(written.file.every((t) => t.pageLayout !== undefined)).toBe(true);
  });
});

describe('what the contract covers', () => {
  it('tabs written from nearly every workbook, with every kind of thing a tab holds', () => {
    const tabs = [...results.values()].flatMap((w) => w?.excel ?? []);
    const cells = tabs.flatMap((t) => Object.values(t.cells));
    const covered = {
      workbooksWithTabs: [...results.values()].filter((w) => w !== undefined).length,
      headerFills: cells.filter((c) => c.fill === hex(PLAN_LOOKS.header.fill)).length,
      bottomBorders: cells.filter((c) => c.borderBottom !== undefined).length,
      topBorders: cells.filter((c) => c.borderTop !== undefined).length,
      italics: cells.filter((c) => c.italic).length,
      links: cells.filter((c) => c.link !== undefined).length,
      formulas: cells.filter((c) => c.formula !== undefined).length,
      rightAligned: cells.filter((c) => c.align === 'Right').length,
      tables: tabs.filter((t) => t.tables.length > 0).length,
      dataBars: tabs.filter((t) => t.dataBars.length > 0).length,
      widths: tabs.filter((t) => Object.keys(t.columnWidths).length > 0).length,
      frozen: tabs.filter((t) => t.frozen.rows > 0).length,
      landscape: tabs.filter((t) => t.pageLayout?.orientation === 'landscape').length,
      payments: tabs.filter((t) => t.name.startsWith('NPO Afstemming')).length,
      highlights: [...results.values()].filter((w) => w && Object.keys(w.highlights.excel).length > 0).length,
    };
    expect(results.size).toBe(TAB_WORKBOOKS.length);
    // Only the workbooks the engine refuses (no budget sheet, nothing in it) have no tabs.
    expect(covered.workbooksWithTabs).toBeGreaterThanOrEqual(TAB_WORKBOOKS.length - 3);
    for (const [what, count] of Object.entries(covered)) expect([what, count > 0]).toEqual([what, true]);
  });
});
