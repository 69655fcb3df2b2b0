/**
 * Part of `npm run bench`, run in a child process: the task pane's Office.js adapter on a
 * generated list sheet in the in-memory Excel (in-memory-excel/): check, write the tabs, highlight
 * the flagged cells and clear them again, each with its syncs and the largest request and
 * response. The in-memory Excel's 5 MB limit is lifted here so that a request over it is measured
 * rather than refused; the parent fails the bench when one is 5 MB or more. The engine and the
 * output plan on the same rows, without the adapter, are the baseline in the same process.
 *
 *   node --expose-gc --max-old-space-size=4096 build/scripts/bench-adapter.js 200000
 */
import { checkWorkbook } from '../src/engine/check';
import { sheetFromValues } from '../src/engine/grid';
import { todayDayNumber } from '../src/engine/inputs/day';
import { buildOutputPlan } from '../src/engine/plan/build';
import { createWorkbookAdapter, type OptionalApis } from '../src/office';
import { createFakeExcel } from '../in-memory-excel';
import { HIGHLIGHTS_SETTING_PREFIX } from '../src/office/highlights';
import { answer, peakRss, time } from './bench-support';
import { generatedListRows } from './generate';

const ALL_APIS: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};

export interface AdapterStep {
  readonly step: 'check' | 'write-tabs' | 'highlight' | 'clear-highlights';
  readonly ms: number;
  readonly syncs: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  /** What went wrong, when the step failed. */
  readonly error?: string;
}

export interface AdapterFigures {
  readonly rows: number;
  readonly findings: number;
  readonly highlights: number;
  /** The engine and the output plan alone on the same rows. */
  readonly baselineMs: number;
  readonly steps: ReadonlyArray<AdapterStep>;
  /** UTF-8 bytes of the highlight record kept in the workbook's settings after highlighting: all its settings together. */
  readonly highlightRecordBytes?: number;
  /** How many settings hold the record (index and parts), and the largest of them in bytes. */
  readonly highlightRecordSettings?: number;
  readonly largestHighlightRecordSetting?: number;
  /** The process's peak memory, the in-memory Excel's workbook included. */
  readonly peakRss: number;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const values = generatedListRows(rows);
  const checkedAt = new Date(2026, 0, 1);
  const engineAndPlan = (rows: ReturnType<typeof generatedListRows>): void => {
    const result = checkWorkbook({ sheets: [sheetFromValues('Begroting', rows)] });
    buildOutputPlan(result, { lang: 'nl', checkedOn: todayDayNumber(checkedAt), source: 'begroting.xlsx' });
  };
  // Warm-up, so the baseline does not pay for compiling the engine while the adapter's check would not.
  const warm = generatedListRows(10_000);
  for (let i = 0; i < 3; i++) engineAndPlan(warm);
  const baselineMs = await time(() => engineAndPlan(values));

  const excel = createFakeExcel(
    { sheets: [{ name: 'Begroting', values }] },
    { payloadLimitBytes: Number.MAX_SAFE_INTEGER },
  );
  const adapter = createWorkbookAdapter(excel.run, ALL_APIS);
  const steps: AdapterStep[] = [];
  const step = async <T>(name: AdapterStep['step'], work: () => Promise<T>): Promise<T | undefined> => {
    const first = excel.syncCount;
    let value: T | undefined;
    let error: string | undefined;
    const ms = await time(async () => {
      try {
        value = await work();
      } catch (e) {
        error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
    });
    const syncs = excel.requests.slice(first);
    steps.push({
      step: name,
      ms,
      syncs: syncs.length,
      largestRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
      largestResponse: Math.max(0, ...syncs.map((s) => s.responseBytes)),
      ...(error !== undefined ? { error } : {}),
    });
    return value;
  };

  const checked = await step('check', () => adapter.check({ lang: 'nl', workbookName: 'begroting.xlsx', checkedAt }));
  let record:
    | { highlightRecordBytes: number; highlightRecordSettings: number; largestHighlightRecordSetting: number }
    | undefined;
  if (checked) {
    await step('write-tabs', () => adapter.writeTabs(checked.plan));
    await step('highlight', () => adapter.highlight(checked.plan.highlights));
    const sizes = Object.entries(excel.settings)
      .filter(([key]) => key.startsWith(HIGHLIGHTS_SETTING_PREFIX))
      .map(([, value]) => Buffer.byteLength(JSON.stringify(value)));
    if (sizes.length > 0) {
      record = {
        highlightRecordBytes: sizes.reduce((a, b) => a + b, 0),
        highlightRecordSettings: sizes.length,
        largestHighlightRecordSetting: Math.max(...sizes),
      };
    }
    await step('clear-highlights', () => adapter.clearHighlights());
  }
  answer({
    rows,
    findings: checked?.result.findings.length ?? 0,
    highlights: checked?.plan.highlights.length ?? 0,
    baselineMs,
    steps,
    ...record,
    peakRss: peakRss(),
  } satisfies AdapterFigures);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
