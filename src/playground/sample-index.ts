/**
 * What the playground's build step (scripts/playground-samples.ts) writes beside the page: one
 * in-memory workbook per sample in samples/*.xlsx, read with the ExcelJS adapter at build time so
 * ExcelJS never reaches the browser, and this index of them.
 */
export const SAMPLES_FOLDER = 'samples';
export const SAMPLE_INDEX_FILE = 'index.json';

export interface SampleEntry {
  /** The file name without `.xlsx`; what `loadSample(name)` takes. */
  readonly name: string;
  /** The workbook's file name, shown in the picker and passed to the pane as the workbook name. */
  readonly file: string;
}

export interface SampleIndex {
  readonly samples: ReadonlyArray<SampleEntry>;
}

/** The JSON file (FakeWorkbookData) of a sample, in SAMPLES_FOLDER. */
export function sampleFileName(name: string): string {
  return `${name}.json`;
}

/** Where the page fetches a sample's data, relative to the page. */
export function sampleUrl(name: string): string {
  return `${SAMPLES_FOLDER}/${encodeURIComponent(sampleFileName(name))}`;
}
