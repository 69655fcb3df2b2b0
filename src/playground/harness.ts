/**
 * The playground's state: the open in-memory workbook, the adapter the pane gets over it, and a
 * version that goes up after every `run` (and every edit a user makes in the grid), so the grid
 * is drawn again after each change. Also `window.__npoPlayground`, the door for the end-to-end test.
 */
import { createWorkbookAdapter, type WorkbookAdapter } from '../office';
import { createFakeExcel, type FakeExcel, type FakeWorkbookData } from '../../in-memory-excel';
import type { ExcelRun } from '../office/run';
import { sampleUrl, SAMPLES_FOLDER, SAMPLE_INDEX_FILE, type SampleEntry, type SampleIndex } from './sample-index';

/** The empty workbook Excel opens with in Dutch. */
export const EMPTY_SAMPLE: SampleEntry = { name: 'leeg', file: 'Map1.xlsx' };
const EMPTY_WORKBOOK: FakeWorkbookData = { name: EMPTY_SAMPLE.file, sheets: [{ name: 'Blad1' }] };

export interface Session {
  readonly sample: SampleEntry;
  readonly excel: FakeExcel;
  readonly adapter: WorkbookAdapter;
  /** New for every load, also of the same sample: the pane starts afresh. */
  readonly id: number;
}

export interface HarnessSnapshot {
  readonly session: Session | undefined;
  readonly version: number;
}

/** What the end-to-end test reaches through `window.__npoPlayground`. */
export interface PlaygroundApi {
  readonly excel: FakeExcel;
  readonly samples: ReadonlyArray<SampleEntry>;
  loadSample(name: string): Promise<void>;
  /** Opens a workbook that is no sample, under its own name. */
  loadWorkbook(data: FakeWorkbookData): void;
  /** Saves, closes and opens the workbook again (the in-memory Excel's `reopen()`); the pane starts afresh. */
  reopen(): void;
}

declare global {
  interface Window {
    __npoPlayground?: PlaygroundApi;
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

export class Harness {
  private snapshot: HarnessSnapshot = { session: undefined, version: 0 };
  private readonly listeners = new Set<() => void>();
  private sessions = 0;

  private constructor(readonly samples: ReadonlyArray<SampleEntry>) {}

  /** Reads the sample index the build step wrote beside the page. */
  static async create(): Promise<Harness> {
    const index = await fetchJson<SampleIndex>(`${SAMPLES_FOLDER}/${SAMPLE_INDEX_FILE}`);
    return new Harness([...index.samples, EMPTY_SAMPLE]);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): HarnessSnapshot => this.snapshot;

  get session(): Session {
    if (!this.snapshot.session) throw new Error('Er is nog geen werkmap geladen. / No workbook is loaded yet.');
    return this.snapshot.session;
  }

  /** Something in the workbook may have changed: draw again. */
  readonly changed = (): void => {
    this.snapshot = { ...this.snapshot, version: this.snapshot.version + 1 };
    for (const listener of this.listeners) listener();
  };

  async loadSample(name: string): Promise<void> {
    const sample = this.samples.find((s) => s.name === name);
    if (!sample)
      throw new Error(`Onbekend voorbeeld '${name}'; kies uit ${this.samples.map((s) => s.name).join(', ')}.`);
    const data = sample === EMPTY_SAMPLE ? EMPTY_WORKBOOK : await fetchJson<FakeWorkbookData>(sampleUrl(sample.name));
    this.open(sample, createFakeExcel(data));
  }

  loadWorkbook(data: FakeWorkbookData): void {
    const file = data.name ?? EMPTY_SAMPLE.file;
    this.open({ name: file.replace(/\.xlsx$/i, ''), file }, createFakeExcel(data));
  }

  reopen(): void {
    const { sample, excel } = this.session;
    this.open(sample, excel.reopen());
  }

  private open(sample: SampleEntry, excel: FakeExcel): void {
    // Every run the pane makes redraws the grid afterwards, also a run that failed.
    const run: ExcelRun = (batch) => excel.run(batch).finally(this.changed);
    const adapter = createWorkbookAdapter(run, {
      customProperties: true,
      fillPattern: true,
      dataValidation: true,
      visibleCells: true,
      mergedAreas: true,
      pageLayout: true,
    });
    this.sessions += 1;
    this.snapshot = { session: { sample, excel, adapter, id: this.sessions }, version: this.snapshot.version + 1 };
    for (const listener of this.listeners) listener();
  }

  /** Exposes the harness to the end-to-end test. */
  expose(): void {
    const current = (): FakeExcel => this.session.excel;
    window.__npoPlayground = {
      get excel() {
        return current();
      },
      samples: this.samples,
      loadSample: (name) => this.loadSample(name),
      loadWorkbook: (data) => this.loadWorkbook(data),
      reopen: () => this.reopen(),
    };
  }
}
