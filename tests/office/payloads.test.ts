/**
 * What one sync carries, on sheets of tens of thousands of rows in the in-memory Excel with Excel
 * on the web's 5 MB limit: writing the tabs, highlighting and removing the highlights keep every
 * request and response under 4 MB; the tabs' byte estimates are never below what a sync sends;
 * the highlight record is compact and kept in parts under their bound; a record written by the
 * previous version is still wiped; too many cells are highlighted worst first, up to a limit; and
 * highlighting again, stopped by Excel at any point, still leaves every cell restorable.
 */
import { address, parseAddress } from '../../src/engine/grid';
import type { Highlight } from '../../src/engine/plan/types';
import type { ValidPlan } from '../../src/engine/plan/validate';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { OfficeActionError } from '../../src/office/errors';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeWorkbookData } from '../../in-memory-excel';
import {
  clearHighlights,
  highlightCells,
  highlightsPartSetting,
  HIGHLIGHT_LIMITS,
  HIGHLIGHTS_INDEX_SETTING,
  HIGHLIGHTS_SETTING_PREFIX,
  LEGACY_HIGHLIGHTS_SETTING,
  type HighlightLimits,
} from '../../src/office/highlights';
import { MAX_REQUEST_BYTES, type ExcelRun } from '../../src/office/run';
import { writeSheetContent } from '../../src/office/write-sheet';
import { generatedListRows } from '../../scripts/generate';

const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const OLDEST: OptionalApis = {
  customProperties: false,
  fillPattern: false,
  dataValidation: false,
  visibleCells: false,
  mergedAreas: false,
  pageLayout: false,
};
const FOUR_MB = 4 * 1024 * 1024;
const ROWS = 30_000;
const checkOptions = { lang: 'nl' as const, workbookName: 'begroting.xlsx', checkedAt: new Date(2026, 0, 1) };

let large: FakeWorkbookData;
let plan: ValidPlan;
beforeAll(async () => {
  large = { sheets: [{ name: 'Begroting', values: generatedListRows(ROWS) }] };
  plan = (await createWorkbookAdapter(createFakeExcel(large).run, NEWEST).check(checkOptions)).plan;
}, 120_000);

/** The largest request and response of the syncs since `first`. */
function largest(excel: FakeExcel, first: number): { request: number; response: number; syncs: number } {
  const syncs = excel.requests.slice(first);
  return {
    request: Math.max(...syncs.map((s) => s.requestBytes)),
    response: Math.max(...syncs.map((s) => s.responseBytes)),
    syncs: syncs.length,
  };
}

/** The settings holding the highlight record, each with its JSON size. */
function recordSettings(excel: FakeExcel): Record<string, number> {
  return Object.fromEntries(
    Object.entries(excel.settings)
      .filter(([key]) => key.startsWith(HIGHLIGHTS_SETTING_PREFIX))
      .map(([key, value]) => [key, Buffer.byteLength(JSON.stringify(value))]),
  );
}

describe(`the tabs of ${ROWS.toLocaleString('nl-NL')} rows`, () => {
  it('are written with every request and response under 4 MB', async () => {
    const excel = createFakeExcel(large);
    const first = excel.syncCount;
    const { sheets } = await createWorkbookAdapter(excel.run, NEWEST).writeTabs(plan);
    expect(sheets).toEqual(plan.sheets.map((s) => s.name));
    const sent = largest(excel, first);
    expect(sent.request).toBeLessThan(FOUR_MB);
    expect(sent.response).toBeLessThan(FOUR_MB);
    // The goal tabs link every row to the budget sheet: thousands of links, spread over syncs.
    expect(plan.sheets.flatMap((s) => s.cells).filter((c) => c.link).length).toBeGreaterThan(ROWS);
    expect(excel.sheet('Doel 1 Bovenschools').cell('J5').hyperlink).toEqual({
      documentReference: "'Begroting'!B9",
      textToDisplay: 'Begroting!B9',
    });
  }, 120_000);

  it('are estimated, chunk by chunk, at no less than the request each chunk makes', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Begroting' }] });
    const estimates: Array<{ sheet: string; estimate: number; sent: number }> = [];
    await excel.run(async (context) => {
      for (const planSheet of plan.sheets) {
        const sheet = context.workbook.worksheets.add(planSheet.name);
        await context.sync();
        for (const chunk of writeSheetContent(sheet, planSheet, (name) => name, MAX_REQUEST_BYTES)) {
          chunk.queue();
          await context.sync();
          estimates.push({
            sheet: planSheet.name,
            estimate: chunk.bytes,
            sent: excel.requests[excel.requests.length - 1]!.requestBytes,
          });
        }
      }
    });
    expect(estimates.length).toBeGreaterThan(plan.sheets.length * 2);
    for (const e of estimates) {
      expect(e.estimate).toBeGreaterThanOrEqual(e.sent);
      // A chunk stays near a quarter of the limit, so several share a sync.
      expect(e.estimate).toBeLessThan(MAX_REQUEST_BYTES / 4 + 64 * 1024);
    }
  }, 120_000);
});

describe(`highlighting the flagged cells of ${ROWS.toLocaleString('nl-NL')} rows`, () => {
  it.each([
    ['with fill.pattern', NEWEST],
    ['without it', OLDEST],
  ])(
    'fills them and puts them back with every request and response under 4 MB, keeping a compact record in parts (%s)',
    async (_name, apis) => {
      const excel = createFakeExcel(large);
      const before = excel.snapshotForComparison();
      const adapter = createWorkbookAdapter(excel.run, apis);
      expect(plan.highlights.length).toBeGreaterThan(HIGHLIGHT_LIMITS.perSync);

      let first = excel.syncCount;
      expect(await adapter.highlight(plan.highlights)).toBe(plan.highlights.length);
      const highlighting = largest(excel, first);
      expect(highlighting.request).toBeLessThan(FOUR_MB);
      expect(highlighting.response).toBeLessThan(FOUR_MB);
      expect(highlighting.syncs).toBe(Math.ceil(plan.highlights.length / HIGHLIGHT_LIMITS.perSync) + 1);

      const record = recordSettings(excel);
      const parts = Object.keys(record).filter((key) => key !== HIGHLIGHTS_INDEX_SETTING);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const part of parts) expect(record[part]).toBeLessThanOrEqual(HIGHLIGHT_LIMITS.partBytes);
      const total = Object.values(record).reduce((a, b) => a + b, 0);
      // The previous version kept about 107 bytes per cell; runs of neighbouring cells need far less.
      expect(total / plan.highlights.length).toBeLessThan(12);
      expect(total).toBeLessThanOrEqual(HIGHLIGHT_LIMITS.recordBytes + 1024);

      first = excel.syncCount;
      expect(await adapter.clearHighlights()).toBe(plan.highlights.length);
      const clearing = largest(excel, first);
      expect(clearing.request).toBeLessThan(FOUR_MB);
      expect(clearing.response).toBeLessThan(FOUR_MB);
      expect(recordSettings(excel)).toEqual({});
      expect(excel.snapshotForComparison()).toEqual(before);
    },
    180_000,
  );
});

/**
 * A small sheet: numbers in A1:D40, some cells with fills of their own, white among them unless
 * `white` is false (without fill.pattern Excel cannot tell white from no fill, and a white cell
 * comes back unfilled, which looks the same).
 */
function smallWorkbook(white = true): FakeWorkbookData {
  const cells: Record<string, { value: number; fill?: string }> = {};
  for (let row = 0; row < 40; row++) {
    for (let col = 0; col < 4; col++) {
      const fill =
        row % 7 === 0
          ? '#FFFF00'
          : row % 11 === 0 && white
            ? '#FFFFFF'
            : col === 3 && row % 3 === 0
              ? '#00B050'
              : undefined;
      cells[address(row, col)] = { value: row * 4 + col, ...(fill ? { fill } : {}) };
    }
  }
  return {
    sheets: [
      { name: 'Begroting', cells },
      { name: 'Betalingen', cells: { B2: { value: 1, fill: '#FFC000' }, B3: { value: 2 } } },
    ],
  };
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

function highlightsOf(sheet: string, cells: ReadonlyArray<string>, severity?: Highlight['severity']): Highlight[] {
  return cells.map((cell, i) => {
    const { row, col } = parseAddress(cell)!;
    return { sheet, row, col, cell, severity: severity ?? SEVERITIES[i % 3]!, note: '' };
  });
}

/** Every cell of the two sheets in `rows` rows of columns A to D. */
function cellsIn(rows: ReadonlyArray<number>): string[] {
  return rows.flatMap((row) => ['A', 'B', 'C', 'D'].map((col) => `${col}${row}`));
}

describe('the record of highlights', () => {
  it('still wipes a record written by the previous version, restoring no fill, white and colours exactly', async () => {
    for (const apis of [NEWEST, OLDEST]) {
      const data = smallWorkbook();
      const original = createFakeExcel(data);
      const before = original.snapshotForComparison();
      const sheetId = original.sheet('Begroting').id;
      // What the previous version left: the cells filled, their fills before in one setting, as JSON text.
      const flagged = ['A1', 'A2', 'B8', 'C12', 'D4', 'D5', 'D6'];
      const fills = flagged.map((cell) => ({
        sheetId,
        sheetName: 'Begroting',
        cell,
        color: (before.Begroting![cell]?.fill as string | undefined) ?? null,
      }));
      const legacy: FakeWorkbookData = {
        ...data,
        sheets: data.sheets.map((s) =>
          s.name === 'Begroting'
            ? {
                ...s,
                cells: Object.fromEntries(
                  Object.entries(s.cells!).map(([cell, c]) => [
                    cell,
                    flagged.includes(cell) ? { ...c, fill: '#F8CBAD' } : c,
                  ]),
                ),
              }
            : s,
        ),
        settings: { [LEGACY_HIGHLIGHTS_SETTING]: JSON.stringify({ fills }) },
      };
      // Wiped directly, and after the new version highlighted over it.
      const wiped = createFakeExcel(legacy);
      expect(await clearHighlights(wiped.run)).toBe(flagged.length);
      expect(wiped.snapshotForComparison()).toEqual(before);
      expect(wiped.settings).toEqual({});

      const upgraded = createFakeExcel(legacy);
      expect(await highlightCells(upgraded.run, highlightsOf('Begroting', ['A1', 'B8', 'A20', 'B30']), apis)).toBe(4);
      expect(upgraded.settings).not.toHaveProperty([LEGACY_HIGHLIGHTS_SETTING]);
      expect(upgraded.sheet('Begroting').fill('D5')).toBe(before.Begroting!.D5?.fill ?? null);
      expect(await clearHighlights(upgraded.run)).toBe(4);
      expect(upgraded.snapshotForComparison()).toEqual(before);
      expect(upgraded.settings).toEqual({});
    }
  });

  it('splits a large batch over several parts, each under its bound, and merges neighbouring cells into ranges', async () => {
    const excel = createFakeExcel(smallWorkbook());
    const before = excel.snapshotForComparison();
    const limits: HighlightLimits = { ...HIGHLIGHT_LIMITS, partBytes: 300, perSync: 60 };
    const cells = cellsIn(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await highlightCells(excel.run, highlightsOf('Begroting', cells, 'warning'), NEWEST, limits)).toBe(
      cells.length,
    );
    const record = recordSettings(excel);
    const parts = Object.keys(record).filter((key) => key !== HIGHLIGHTS_INDEX_SETTING);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(record[part]).toBeLessThanOrEqual(300);
    expect(excel.settings[HIGHLIGHTS_INDEX_SETTING]).toEqual({ parts: parts.map((_, i) => i) });
    // Column A has no fill except rows 1, 8, 15, … (yellow) and 12, 23, 34 (white): runs between them.
    const noFill = Object.values(excel.settings)
      .flatMap((v) =>
        ((v as { sheets?: Array<{ fills: Array<[string | null, string]> }> }).sheets ?? []).flatMap((s) => s.fills),
      )
      .filter(([fill]) => fill === null)
      .flatMap(([, ranges]) => ranges.split(','));
    expect(noFill).toContain('A2:A7');
    expect(await clearHighlights(excel.run, limits)).toBe(cells.length);
    expect(excel.snapshotForComparison()).toEqual(before);
    expect(excel.settings).toEqual({});
  });

  it('highlights the worst first and leaves the rest out beyond the limit of cells, saying how many it highlighted', async () => {
    const excel = createFakeExcel(smallWorkbook());
    const before = excel.snapshotForComparison();
    const given = [
      ...highlightsOf('Begroting', ['A1', 'A2', 'A3', 'A4'], 'info'),
      ...highlightsOf('Begroting', ['B1', 'B2', 'B3'], 'warning'),
      ...highlightsOf('Betalingen', ['B2', 'B3'], 'error'),
    ];
    expect(await highlightCells(excel.run, given, NEWEST, { ...HIGHLIGHT_LIMITS, cells: 6 })).toBe(6);
    const highlighted = (sheet: string, cells: string[]): string[] =>
      cells.filter((c) => excel.sheet(sheet).fill(c) !== (before[sheet]![c]?.fill ?? null));
    expect(highlighted('Betalingen', ['B2', 'B3'])).toEqual(['B2', 'B3']);
    expect(highlighted('Begroting', ['B1', 'B2', 'B3'])).toEqual(['B1', 'B2', 'B3']);
    expect(highlighted('Begroting', ['A1', 'A2', 'A3', 'A4'])).toEqual(['A1']);
    expect(await clearHighlights(excel.run)).toBe(6);
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('leaves out what would make the record larger than its bound', async () => {
    const excel = createFakeExcel(smallWorkbook());
    const before = excel.snapshotForComparison();
    // Every other row: no two cells neighbour, so each costs its own range.
    const cells = cellsIn(Array.from({ length: 20 }, (_, i) => 2 * i + 1));
    const limits: HighlightLimits = { ...HIGHLIGHT_LIMITS, recordBytes: 400, partBytes: 200, perSync: 10 };
    const done = await highlightCells(excel.run, highlightsOf('Begroting', cells, 'warning'), NEWEST, limits);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(cells.length);
    const sizes = Object.values(recordSettings(excel));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400 + 64);
    expect(await clearHighlights(excel.run, limits)).toBe(done);
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('wipes an empty record, and a highlight of nothing writes none', async () => {
    const excel = createFakeExcel(smallWorkbook());
    expect(await highlightCells(excel.run, [], NEWEST)).toBe(0);
    expect(excel.settings).toEqual({});
    const listed = createFakeExcel({
      ...smallWorkbook(),
      settings: { [HIGHLIGHTS_INDEX_SETTING]: { parts: [0, 1] }, [highlightsPartSetting(1)]: { sheets: [] } },
    });
    expect(await clearHighlights(listed.run)).toBe(0);
    expect(listed.settings).toEqual({});
  });
});

/** `excel.run`, with the `syncNumber`-th sync of the batch refused at operation `at`. */
function failingRun(excel: FakeExcel, syncNumber: number, at: number): ExcelRun {
  return (batch) =>
    excel.run((context) => {
      const sync = context.sync.bind(context);
      let syncs = 0;
      context.sync = ((value?: unknown) => {
        syncs += 1;
        if (syncs === syncNumber) excel.failNextSync('RequestPayloadSizeLimitExceeded', { afterOperations: at });
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    });
}

describe.each([
  ['Excel keeps nothing of the refused request', {}],
  ['Excel keeps what came before the refused operation', { partialFailure: true }],
] as const)('highlighting again, refused at any sync (%s)', (_how, options: FakeExcelOptions) => {
  it.each([
    ['with fill.pattern', NEWEST, 12],
    ['without it', OLDEST, 12],
    ['with fill.pattern, the last batch restoring what is no longer flagged', NEWEST, 40],
  ])(
    'leaves every cell restorable exactly as it was before the first highlight (%s)',
    async (_name, apis, perSync) => {
      // Small parts, so that a few dozen cells take several; with small batches, several syncs too,
      // and the cells flagged the first time but not the second take syncs of their own to restore.
      const limits: HighlightLimits = { ...HIGHLIGHT_LIMITS, partBytes: 200, perSync };
      const pristine = createFakeExcel(smallWorkbook(apis.fillPattern), options);
      const before = pristine.snapshotForComparison();
      const firstTime = [
        ...highlightsOf('Begroting', cellsIn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])),
        ...highlightsOf('Betalingen', ['B2']),
      ];
      const secondTime = highlightsOf('Begroting', cellsIn([9, 10, 11, 12, 13, 14, 15]));
      await highlightCells(pristine.run, firstTime, apis, limits);
      const highlighted = pristine.toData();

      const reference = createFakeExcel(highlighted, options);
      const first = reference.syncCount;
      await highlightCells(reference.run, secondTime, apis, limits);
      const syncs = reference.requests.slice(first).map((r) => r.operations);
      expect(syncs.length).toBeGreaterThanOrEqual(perSync < 40 ? 5 : 3);

      for (const [i, operations] of syncs.entries()) {
        for (let at = 0; at <= operations; at++) {
          const excel = createFakeExcel(highlighted, options);
          const outcome = await highlightCells(failingRun(excel, i + 1, at), secondTime, apis, limits).then(
            () => 'done',
            (e: unknown) => (e instanceof OfficeActionError ? e.problem : String(e)),
          );
          expect(outcome).toBe('payload-too-large');
          await clearHighlights(excel.run, limits);
          expect({ sync: i + 1, at, cells: excel.snapshotForComparison(), settings: excel.settings }).toEqual({
            sync: i + 1,
            at,
            cells: before,
            settings: {},
          });
        }
      }
    },
    120_000,
  );
});
