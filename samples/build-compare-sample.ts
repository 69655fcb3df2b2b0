/**
 * Builds `samples/hilversum-versies.xlsx`: the two Hilversum samples side by side in one workbook,
 * as a controller keeps a plan and its later status ("Begroting 2021" from the 2021 action agenda,
 * seed 000; "Stand 2023" from the 2023 evaluation, seed 001; with its "Instellingen" sheet for the
 * ceiling). It is the sample pair for comparing versions (`npo-check vergelijk`, "Vergelijken
 * met…" in the pane); samples/README.md lists the changes it must yield.
 *
 * Usage: `npm run samples` (after build-samples.js), or `node build-compare-sample.js <folder>` with
 * the folder that holds the two Hilversum samples.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../src/xlsx/read-file';
import { copySheet, outsideReferences } from '../src/xlsx/report-workbook';
import { xlsxBytes } from '../src/xlsx/write-xlsx';
import { fixZipTimestamps } from './zip-timestamps';

const CREATOR = 'npo-budget-checker samples';
/** Fixed so that rebuilding changes no byte unless the data changed (as in build-samples.ts). */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

const PARTS: ReadonlyArray<readonly [file: string, sheets: ReadonlyArray<string>]> = [
  ['hilversum-2021-begroting.xlsx', ['Begroting 2021']],
  ['hilversum-2023-stand.xlsx', ['Stand 2023', 'Instellingen']],
];

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? path.resolve(__dirname, '../../samples'));
  const combined = new ExcelJS.Workbook();
  combined.creator = CREATOR;
  combined.lastModifiedBy = CREATOR;
  combined.created = FIXED_DATE;
  combined.modified = FIXED_DATE;
  for (const [file, sheets] of PARTS) {
    const source = await loadWorkbookFile(path.join(folder, file));
    for (const name of sheets) {
      const sheet = source.getWorksheet(name);
      if (!sheet) throw new Error(`Werkblad ‘${name}’ ontbreekt in ${file}.`);
      copySheet(sheet, combined.addWorksheet(name), outsideReferences([], name));
    }
  }
  const out = path.join(folder, 'hilversum-versies.xlsx');
  // ExcelJS stamps each zip entry with the time of writing: the build date keeps a rebuild byte-identical.
  await fs.writeFile(out, fixZipTimestamps(Buffer.from(await xlsxBytes(combined)), FIXED_DATE));
  console.log(`Geschreven / written: ${out}`);
}

main().catch((error: unknown) => {
  console.error(
    `Voorbeeld voor vergelijken bouwen mislukt / building the comparison sample failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
