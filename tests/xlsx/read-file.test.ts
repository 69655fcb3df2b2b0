/**
 * Opening a workbook file: the zip directory is read before ExcelJS, so damage and size are told
 * apart at once and in words the user can act on (the bad-input corpus builds the files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { CORPUS } from '../corpus/corpus';
import { loadWorkbookFile, MAX_SHEET_BYTES, sheetBytesLimit, WorkbookFileError } from '../../src/xlsx/read-file';
import { newWorkbook, writeBytes } from '../corpus/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(file: string, options = {}): Promise<WorkbookFileError> {
  try {
    await loadWorkbookFile(file, options);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error(`${file} opened`);
}

const built = (id: string): Promise<string> => CORPUS.find((e) => e.id === id)!.build(dir);

describe('loadWorkbookFile', () => {
  it('opens a workbook, also one whose zip carries a comment after its directory', async () => {
    const data = await newWorkbook([{ name: 'Begroting', rows: [['Interventie', 'Begroot']] }]).xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(data);
    const file = await writeBytes(
      dir,
      'met-commentaar.xlsx',
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', comment: 'Gemaakt door het zaaksysteem' }),
    );
    expect((await loadWorkbookFile(file)).worksheets.map((s) => s.name)).toEqual(['Begroting']);
  });

  it.each([
    ['truncated', { kind: 'incomplete' }],
    ['damaged-sheet-part', { kind: 'content', sheet: 'Begroting' }],
    ['missing-sheet-part', { kind: 'sheet-missing', sheet: 'Begroting' }],
    ['corrupt-zip-data', { kind: 'zip', sheet: 'Begroting' }],
  ])('says where %s is damaged', async (id, damage) => {
    const error = await failure(await built(id));
    expect({ problem: error.problem, damage: error.damage }).toEqual({ problem: 'damaged', damage });
  });

  it('refuses sheets bigger than it can read, from the sizes the zip declares, naming the biggest sheet', async () => {
    const file = await built('chart-and-pivot');
    const error = await failure(file, { maxSheetBytes: 1_000 });
    expect(error.problem).toBe('too-large');
    expect(error.size).toMatchObject({ limitBytes: 1_000, biggest: { sheet: 'Begroting' } });
    expect(error.size!.sheetBytes).toBeGreaterThan(1_000);
    expect(error.size!.fileBytes).toBeGreaterThan(0);
    await expect(loadWorkbookFile(file, { maxSheetBytes: error.size!.sheetBytes })).resolves.toBeDefined();
  });

  it('reads at most 40 MB of sheet data, less when the Node heap is small', () => {
    expect(sheetBytesLimit(4 * 1024 ** 3)).toBe(MAX_SHEET_BYTES);
    expect(sheetBytesLimit(600 * 1024 ** 2)).toBe(30 * 1024 ** 2);
  });
});
