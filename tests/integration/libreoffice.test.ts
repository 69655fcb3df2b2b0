/**
 * The LibreOffice harness itself: it must really recalculate (not echo the cached results ExcelJS
 * wrote), report error cells as errors and keep sheet names with spaces. Other tests lean on it to
 * prove that report workbooks compute the right totals in a real spreadsheet program.
 *
 * Deliberately no skip when LibreOffice is missing: a skipped proof looks like a passed one. CI
 * installs it in .ci/run; locally: apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  cellAt,
  errorCells,
  isCellError,
  libreOfficeAvailable,
  popplerAvailable,
  recalculate,
  renderToPng,
  type RecalculatedSheet,
  type RecalculatedValue,
  type RecalculatedWorkbook,
} from '../../scripts/libreoffice';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), 'npo-lo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cents = (value: RecalculatedValue): number => {
  if (typeof value !== 'number') throw new Error(`Expected a number, got ${JSON.stringify(value)}`);
  return Math.round(value * 100);
};

/** Every formula carries a deliberately wrong cached result, so only a real recalculation passes. */
async function writeFixture(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const begroting = wb.addWorksheet('Begroting 2024');
  begroting.getCell('A1').value = 1.1;
  begroting.getCell('A2').value = 2.2;
  begroting.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 999 };
  begroting.getCell('B1').value = 'tekst';
  begroting.getCell('C1').value = { formula: "'Tweede blad'!A1*2", result: 1 };
  // Ten times 0.10: binary floating point makes this 0.9999999999999999 unless summed carefully.
  for (let row = 1; row <= 10; row++) begroting.getCell(`D${row}`).value = 0.1;
  begroting.getCell('D11').value = { formula: 'SUM(D1:D10)', result: 0 };

  const tweede = wb.addWorksheet('Tweede blad');
  tweede.getCell('A1').value = 21;

  const fouten = wb.addWorksheet('Fouten');
  fouten.getCell('A1').value = { formula: '1/0', result: 0 };
  fouten.getCell('A2').value = { formula: "'Oud blad'!A1", result: 5 };

  const file = path.join(dir, 'harness.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

function sheet(book: RecalculatedWorkbook, name: string): RecalculatedSheet {
  const found = book.get(name);
  if (!found) throw new Error(`No sheet '${name}'; got ${[...book.keys()].join(', ')}`);
  return found;
}

/** Width from the PNG's IHDR chunk: enough to tell two renders apart without an image library. */
const pngWidth = (file: string): number => readFileSync(file).readUInt32BE(16);

it('LibreOffice is installed (CI installs it in .ci/run)', () => {
  if (!libreOfficeAvailable()) {
    throw new Error('soffice is not on PATH: apt-get install --no-install-recommends libreoffice-calc-nogui');
  }
});

describe('recalculate()', () => {
  let book: RecalculatedWorkbook;
  beforeAll(async () => {
    book = await recalculate(await writeFixture());
  });

  it('recomputes a formula whose cached result is wrong: SUM(1.1, 2.2) is 3.30, not 999', () => {
    const a3 = cellAt(sheet(book, 'Begroting 2024'), 'A3');
    expect(a3.formula).toBe('SUM(A1:A2)');
    expect(cents(a3.value)).toBe(330);
  });

  it('keeps sheet names with spaces, in tab order, and follows references between them', () => {
    expect([...book.keys()]).toEqual(['Begroting 2024', 'Tweede blad', 'Fouten']);
    expect(cellAt(sheet(book, 'Begroting 2024'), 'C1').value).toBe(42);
  });

  it('sums ten times € 0,10 to € 1,00 to the cent', () => {
    expect(cents(cellAt(sheet(book, 'Begroting 2024'), 'D11').value)).toBe(100);
  });

  it('returns constants as they are', () => {
    const begroting = sheet(book, 'Begroting 2024');
    expect(cellAt(begroting, 'A1')).toEqual({ address: 'A1', value: 1.1 });
    expect(cellAt(begroting, 'B1').value).toBe('tekst');
    expect(cellAt(begroting, 'B2').value).toBeNull();
    expect(cellAt(begroting, 'Z99').value).toBeNull();
  });

  it('reports error cells as errors, and only those', () => {
    const errors = errorCells(book);
    expect(errors.map((e) => `${e.sheet}!${e.address}`)).toEqual(['Fouten!A1', 'Fouten!A2']);
    expect(errors[0]!.value).toEqual({ error: '#DIV/0!' });
    // Excel says #REF! for a missing sheet, LibreOffice 7.4 reads the name as unknown: #NAME?.
    expect(errors[1]!.value.error).toMatch(/^#(REF!|NAME\?)$/);
    expect(isCellError(cellAt(sheet(book, 'Begroting 2024'), 'A3').value)).toBe(false);
  });
});

describe('failures are loud', () => {
  it('rejects a missing workbook with its path', async () => {
    await expect(recalculate(path.join(dir, 'nope.xlsx'))).rejects.toThrow(/No such workbook: .*nope\.xlsx/);
  });

  it('kills LibreOffice and rejects when it runs past the timeout', async () => {
    await expect(recalculate(await writeFixture(), { timeoutMs: 50 })).rejects.toThrow(/timed out after 50 ms/);
  });
});

describe('renderToPng()', () => {
  it('poppler-utils is installed (CI installs it in .ci/run)', () => {
    if (!popplerAvailable()) throw new Error('pdftoppm/pdfinfo are not on PATH: apt-get install poppler-utils');
  });

  it('renders the chosen sheet, not the first one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Smal').getCell('A1').value = 'x';
    const breed = wb.addWorksheet('Breed blad');
    breed.addRow(['Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut']);
    breed.addRow(['Bijles', 'B', 'School', 1000, { formula: 'D2/2', result: 0 }]);
    const file = path.join(dir, 'render.xlsx');
    await wb.xlsx.writeFile(file);

    const first = await renderToPng(file, path.join(dir, 'first.png'));
    const chosen = await renderToPng(file, path.join(dir, 'chosen.png'), { sheet: 'Breed blad', dpi: 72 });
    expect(readFileSync(chosen).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngWidth(chosen)).toBeGreaterThan(pngWidth(first));
    await expect(renderToPng(file, path.join(dir, 'x.png'), { sheet: 'Geen' })).rejects.toThrow(
      /No sheet 'Geen'.*Smal, Breed blad/,
    );
  });
});
