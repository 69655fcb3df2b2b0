/**
 * The file adapter's hidden rows and merged areas: merges read from the sheet XML and given to
 * ExcelJS clipped to the stored cells (so the report's copy keeps them), in the snapshot clipped
 * to the used range and in reading order, and rows that hold nothing but merged-away cells left
 * out, as the Office.js adapter leaves them out.
 */
import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, readWorkbookFile, WorkbookFileError } from '../../src/xlsx/read-file';
import { snapshotSheet } from '../../src/xlsx/snapshot';
import { newWorkbook, type SheetSpec } from '../corpus/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHEET: SheetSpec = {
  name: 'Begroting',
  rows: [
    ['Doel', 'Interventie', 'Begroot'],
    ['VVE', 'Taalklas', 100],
    [null, 'Peuterplus', 200],
    [null, 'Voorleesuur', 300],
  ],
};

/** The workbook as a file, its first sheet's `<mergeCell>` refs replaced by `refs`. */
async function withMerges(name: string, spec: SheetSpec, refs: ReadonlyArray<string>): Promise<string> {
  const zip = await JSZip.loadAsync(
    await newWorkbook([{ ...spec, setup: (ws) => ws.mergeCells('A1:A2') }]).xlsx.writeBuffer(),
  );
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  zip.file(
    part,
    xml.replace(
      /<mergeCells[^]*<\/mergeCells>/,
      `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`,
    ),
  );
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('merged areas from a file', () => {
  it('are clipped to the used range and put in reading order; a merge starting outside it or left with one cell is dropped', async () => {
    const file = await withMerges('clipped.xlsx', SHEET, ['B2:B3', 'A2:A4', 'A1:XFD1', 'C4:D9', 'E1:F2', 'A6:B7']);
    expect((await readWorkbookFile(file)).sheets[0]!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
  });

  it('are given to ExcelJS clipped to the cells the sheet stores, so the report’s copy keeps them', async () => {
    const file = await withMerges('stored.xlsx', SHEET, ['A2:A4', 'D1:XFD1048576']);
    const workbook = await loadWorkbookFile(file);
    expect(workbook.getWorksheet('Begroting')!.model.merges.sort()).toEqual(['A2:A4']);
    const kept = await withMerges('kept.xlsx', SHEET, ['A2:A4', 'B1:C1']);
    expect((await loadWorkbookFile(kept)).getWorksheet('Begroting')!.model.merges.sort()).toEqual(['A2:A4', 'B1:C1']);
  });

  it('calls a file whose merges overlap damaged, as Excel offers to repair it', async () => {
    const file = await withMerges('overlap.xlsx', SHEET, ['A2:A4', 'A3:B3']);
    const error = await loadWorkbookFile(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error).toMatchObject({ problem: 'damaged', damage: { kind: 'content', sheet: 'Begroting' } });
  });
});

describe('a worksheet made with ExcelJS', () => {
  it('gives its merges, hidden rows that hold cells, and no row for cells merged away', () => {
    const ws = newWorkbook([SHEET]).getWorksheet('Begroting')!;
    ws.mergeCells('A2:A5');
    ws.getRow(3).hidden = true;
    ws.getRow(5).hidden = true;
    const sheet = snapshotSheet(ws);
    // Row 5 holds only A5, merged into A2: no row, and its hiding hides nothing.
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
  });

  it('gives no merges and no hidden rows when there are none', () => {
    const sheet = snapshotSheet(new ExcelJS.Workbook().addWorksheet('Leeg'));
    expect(sheet).toEqual({ name: 'Leeg', rows: [], hiddenRows: [], merges: [] });
  });
});
