/**
 * The playground's samples: reads every samples/*.xlsx with the ExcelJS adapter, as the CLI does,
 * and writes it as in-memory workbook data (FakeWorkbookData JSON) plus an index into the
 * playground's build folder. Done at build time so the page never bundles ExcelJS.
 *
 *   node build/scripts/playground-samples.js [samples folder] [output folder]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fakeWorkbookFromSnapshot } from '../in-memory-excel/from-snapshot';
import {
  sampleFileName,
  SAMPLE_INDEX_FILE,
  SAMPLES_FOLDER,
  type SampleEntry,
  type SampleIndex,
} from '../src/playground/sample-index';
import { readWorkbookFile } from '../src/xlsx/read-file';

export async function writePlaygroundSamples(
  samplesFolder: string,
  outputFolder: string,
): Promise<ReadonlyArray<SampleEntry>> {
  const files = readdirSync(samplesFolder)
    .filter((f) => f.toLowerCase().endsWith('.xlsx'))
    .sort();
  if (files.length === 0)
    throw new Error(`Geen voorbeelden (.xlsx) in ${samplesFolder}. / No samples (.xlsx) in ${samplesFolder}.`);
  mkdirSync(path.join(outputFolder, SAMPLES_FOLDER), { recursive: true });
  const samples: SampleEntry[] = [];
  for (const file of files) {
    const name = path.basename(file, path.extname(file));
    const data = { ...fakeWorkbookFromSnapshot(await readWorkbookFile(path.join(samplesFolder, file))), name: file };
    writeFileSync(path.join(outputFolder, SAMPLES_FOLDER, sampleFileName(name)), JSON.stringify(data));
    samples.push({ name, file });
  }
  const index: SampleIndex = { samples };
  writeFileSync(path.join(outputFolder, SAMPLES_FOLDER, SAMPLE_INDEX_FILE), JSON.stringify(index, null, 2));
  return samples;
}

if (require.main === module) {
  const [samplesFolder = 'samples', outputFolder = path.join('build', 'playground')] = process.argv.slice(2);
  writePlaygroundSamples(samplesFolder, outputFolder).then(
    (samples) =>
      process.stdout.write(`${samples.length} voorbeelden geschreven naar ${outputFolder} / samples written\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
