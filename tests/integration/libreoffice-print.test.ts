/**
 * The report prints: LibreOffice, as an independent spreadsheet program, prints the tabs the
 * xlsx writer makes with their page layout. The overview comes out on one page width, landscape,
 * for every sample; without the page layout the same tab ran over several pages across.
 *
 * No skip when LibreOffice is missing (see libreoffice.test.ts): a skipped proof looks like a pass.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import { serialFromCivil } from '../../src/engine/dates';
import { buildOutputPlan } from '../../src/engine/plan/build';
import type { PlanSheet } from '../../src/engine/plan/types';
import { validatePlan } from '../../src/engine/plan/validate';
import { OVERZICHT_SHEET } from '../../src/engine/plan/words';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { writePlanSheets } from '../../src/xlsx/write-plan';
import { printedPages } from '../../scripts/libreoffice';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'npo-print-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function planOf(sample: string): Promise<ReadonlyArray<PlanSheet>> {
  const result = checkWorkbook(await readWorkbookFile(path.join(ROOT, 'samples', `${sample}.xlsx`)));
  return buildOutputPlan(result, { lang: 'nl', checkedOn: serialFromCivil(2025, 3, 14), source: `${sample}.xlsx` })
    .sheets;
}

/** One tab alone in a workbook, written by the report's own writer, printed to PDF. */
async function printTab(sheet: PlanSheet, file: string) {
  const workbook = new ExcelJS.Workbook();
  writePlanSheets(workbook, validatePlan({ marker: 'test', sheets: [sheet], highlights: [] }));
  const out = path.join(dir, file);
  await workbook.xlsx.writeFile(out);
  return printedPages(out, { locale: 'nl-NL' });
}

describe('the report tabs print one page wide (LibreOffice)', () => {
  it.each(['hilversum-2021-begroting', 'hilversum-2023-stand', 'putten-2021', 'voerendaal-2021'])(
    '%s: NPO Overzicht on one landscape page',
    async (sample) => {
      const overzicht = (await planOf(sample)).find((s) => s.name === OVERZICHT_SHEET)!;
      const pages = await printTab(overzicht, `${sample}.xlsx`);
      expect(pages).toHaveLength(1);
      expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    },
  );

  it('without its page layout the same tab runs over more than one page (what the test guards against)', async () => {
    const { pageLayout: _layout, ...bare } = (await planOf('hilversum-2023-stand')).find(
      (s) => s.name === OVERZICHT_SHEET,
    )!;
    const pages = await printTab(bare, 'bare.xlsx');
    expect(pages.length).toBeGreaterThan(1);
  });

  it('the findings tab, long and wide, prints every page landscape and one page wide', async () => {
    const sheets = await planOf('hilversum-2023-stand');
    const controle = sheets.find((s) => s.purpose === 'controle')!;
    const pages = await printTab(controle, 'controle.xlsx');
    const rows = Math.max(...controle.cells.map((c) => c.row)) + 1;
    expect(pages.every((p) => p.width > p.height)).toBe(true);
    // One page across: no more pages than the rows could fill one below the other.
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(rows / 10));
  });
});
