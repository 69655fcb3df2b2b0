/**
 * The report's .xlsx writer against ExcelJS's plain `writeBuffer`: the same workbook written both
 * ways must hold the same parts with the same XML, character for character, whatever kinds of
 * cell, row and sheet feature it has; characters XML does not allow are replaced visibly; and the
 * writer stays on ExcelJS's public API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/engine/check';
import { todayDayNumber } from '../../src/engine/inputs/day';
import { buildOutputPlan } from '../../src/engine/plan/build';
import { loadWorkbookFile } from '../../src/xlsx/read-file';
import { buildReportWorkbook } from '../../src/xlsx/report-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot';
import { xlsxBytes, xmlSafe } from '../../src/xlsx/write-xlsx';
import { readZipDirectory } from '../../src/xlsx/zip-read';

jest.setTimeout(60_000);

const SAMPLES = path.resolve(__dirname, '../../samples');
const CHECKED_AT = new Date(Date.UTC(2024, 2, 1, 9, 30));

/**
 * Every part of an .xlsx by name: the folder entries JSZip adds for ExcelJS are no parts, and
 * ExcelJS gives each data bar a random id, which is left out.
 */
async function parts(data: Buffer | ExcelJS.Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]!.dir) continue;
    const text = await zip.files[name]!.async('string');
    out.set(name, text.replace(/\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g, '{id}'));
  }
  return out;
}

/** Writes the workbook both ways; ExcelJS's first, as ours must not depend on it having run. */
async function bothWays(
  workbook: ExcelJS.Workbook,
): Promise<{ ours: Map<string, string>; exceljs: Map<string, string> }> {
  const exceljs = await parts(await workbook.xlsx.writeBuffer());
  const ours = await parts(await xlsxBytes(workbook));
  return { ours, exceljs };
}

function expectSameParts(ours: Map<string, string>, exceljs: Map<string, string>): void {
  expect([...ours.keys()]).toEqual([...exceljs.keys()]);
  for (const [name, xml] of exceljs) expect({ name, xml: ours.get(name) }).toEqual({ name, xml });
}

/** One sheet with every kind of cell and row ExcelJS writes, and the sheet features around them. */
function everyKind(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'test';
  wb.created = CHECKED_AT;
  wb.modified = CHECKED_AT;
  const ws = wb.addWorksheet('Alles', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = [{ width: 30 }, { width: 14 }, { width: 14, hidden: true }, { width: 12 }];
  ws.addRow(['Tekst', 'Getal', 'Formule', 'Overig']);
  ws.addRow(['gewoon', 1, { formula: 'B2*2', result: 2 }, true]);
  ws.addRow(['<&"\'> en € 1.250,-', -0.5, { formula: 'IF(B3>0,"ja","nee")', result: 'nee' }, false]);
  ws.addRow(['=geen formule', 0, { formula: 'B4=0', result: true }, { error: '#DIV/0!' }]);
  ws.addRow(['emoji 📊 en ĳ', 1e21, { formula: 'IF(B5=0,"",1)', result: '' }, new Date(Date.UTC(2023, 6, 31))]);
  ws.addRow([
    { richText: [{ text: 'vet', font: { bold: true } }, { text: ' en gewoon' }] },
    12.345678901234567,
    { formula: 'B6-B6', result: 0 },
    { text: 'site', hyperlink: 'https://example.org' },
  ]);
  ws.addRow([
    'zonder uitkomst',
    NaN,
    { formula: 'NOW()' },
    { formula: 'DATE(2024,1,1)', result: new Date(Date.UTC(2024, 0, 1)) },
  ]);
  ws.addRow([
    'fout als uitkomst',
    null,
    { formula: '1/0', result: { error: '#DIV/0!' } },
    { text: 'intern', hyperlink: "#'Alles'!A1" },
  ]);
  ws.getCell('A2').font = { bold: true, color: { argb: 'FFFF0000' } };
  ws.getCell('B2').numFmt = '"€" #,##0.00';
  ws.getCell('B3').numFmt = '0.0%';
  ws.getCell('D5').numFmt = 'dd-mm-yyyy';
  ws.getCell('E2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };
  ws.getCell('E3').border = { top: { style: 'thin' } };
  ws.getCell('A3').alignment = { horizontal: 'right', wrapText: true };
  ws.getCell('B2').note = 'Een notitie';
  ws.getCell('A4').note = { texts: [{ text: 'Rijke ', font: { bold: true } }, { text: 'notitie' }] };
  ws.getCell('F9').value = null;
  ws.getCell('F9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.getRow(9).height = 30;
  ws.getRow(10).height = 12;
  ws.getRow(11).hidden = true;
  ws.getCell('A11').value = 'verborgen rij';
  ws.getRow(12).outlineLevel = 1;
  ws.getCell('A12').value = 'ingesprongen rij';
  ws.getRow(13).font = { italic: true };
  ws.getCell('B13').value = 7;
  ws.getCell('G14').value = 'ver rechts';
  ws.mergeCells('A15:C16');
  ws.getCell('A15').value = 'samengevoegd';
  ws.getCell('A18').value = {
    formula: 'SUM(B2:B6)',
    result: 1e21,
    shareType: 'array',
    ref: 'A18',
  } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell('B20').dataValidation = { type: 'list', allowBlank: true, formulae: ['"ja,nee"'] };
  ws.addConditionalFormatting({
    ref: 'B2:B6',
    rules: [
      {
        type: 'dataBar',
        priority: 1,
        gradient: false,
        cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
        color: { argb: 'FF5B9BD5' },
      } as unknown as ExcelJS.DataBarRuleType,
    ],
  });
  ws.addTable({
    name: 'Tabel',
    ref: 'I1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: [
      { name: 'Naam', filterButton: true },
      { name: 'Bedrag', filterButton: true },
    ],
    rows: [
      ['a', 1],
      ['b', 2],
    ],
  });
  ws.pageSetup.printArea = 'A1:D8';
  wb.definedNames.add("'Alles'!$B$2", 'Plafond');

  // Shared formulas: their first cell is written with what the others add, so ExcelJS's own way.
  const shared = wb.addWorksheet('Gedeeld');
  for (let r = 1; r <= 4; r++) shared.getCell(r, 1).value = r;
  shared.fillFormula('B1:B4', 'A1*2', [2, 4, 6, 8]);
  shared.getCell('C1').value = { sharedFormula: 'B1', result: 2 } as unknown as ExcelJS.CellSharedFormulaValue;

  wb.addWorksheet('Leeg');
  const heightOnly = wb.addWorksheet('Alleen hoogte');
  heightOnly.getRow(3).height = 40;
  wb.addWorksheet('Verborgen', { state: 'hidden' }).getCell('A1').value = 'x';
  return wb;
}

describe('xlsxBytes', () => {
  it('writes every kind of cell, row and sheet feature as ExcelJS does, part for part', async () => {
    const { ours, exceljs } = await bothWays(everyKind());
    expect(ours.get('xl/worksheets/sheet1.xml')).toContain(
      '<c r="C3" t="str"><f>IF(B3&gt;0,&quot;ja&quot;,&quot;nee&quot;)</f><v>nee</v></c>',
    );
    expectSameParts(ours, exceljs);
  });

  it('writes the same workbook the same way twice', async () => {
    const wb = everyKind();
    const first = await parts(await xlsxBytes(wb));
    expectSameParts(await parts(await xlsxBytes(wb)), first);
  });

  it.each(['hilversum-2021-begroting', 'hilversum-2023-stand', 'putten-2021', 'voerendaal-2021'])(
    'writes the sample %s, as read from its file, and its report as ExcelJS does',
    async (sample) => {
      const source = await loadWorkbookFile(path.join(SAMPLES, `${sample}.xlsx`));
      const result = checkWorkbook(snapshotWorkbook(source));
      const plan = buildOutputPlan(result, {
        lang: 'nl',
        checkedOn: todayDayNumber(CHECKED_AT),
        source: `${sample}.xlsx`,
      });
      const alsoCopy = result.reconciliation ? [result.reconciliation.paymentsSheet.sheet] : [];
      const report = buildReportWorkbook(source, result.model.sheet, plan, CHECKED_AT, alsoCopy);
      const written = await bothWays(report);
      expectSameParts(written.ours, written.exceljs);
      const reloaded = await loadWorkbookFile(path.join(SAMPLES, `${sample}.xlsx`));
      // A file without its own dates gets "now" from ExcelJS at each write: pin them, or two
      // writes a second apart differ in docProps/core.xml alone.
      reloaded.created ??= CHECKED_AT;
      reloaded.modified ??= CHECKED_AT;
      const sourceWritten = await bothWays(reloaded);
      expectSameParts(sourceWritten.ours, sourceWritten.exceljs);
    },
  );
});

describe('xlsxBytes on its own', () => {
  it('writes a zip whose parts are all deflated and read back whole, CRC-32 checked', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    for (let r = 1; r <= 500; r++) ws.addRow([`Interventie ${r}`, r * 100, { formula: `B${r}*2`, result: r * 200 }]);
    const data = await xlsxBytes(wb);
    const parts = readZipDirectory(data, 100).entries.filter((e) => !e.name.endsWith('/'));
    expect(parts.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
      ]),
    );
    expect(parts.filter((e) => e.method !== 8)).toEqual([]);
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain(
      '<c r="C500"><f>B500*2</f><v>100000</v></c>',
    );
  });

  it('replaces characters XML does not allow visibly, wherever a cell keeps text, and the file reads back', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    const bad = 'Zomer\x1bschool\x01\uffff\ud800';
    const safe = 'Zomer␛school␁\ufffd\ufffd';
    ws.getCell('A1').value = bad;
    ws.getCell('A2').value = { richText: [{ text: bad, font: { bold: true } }] };
    ws.getCell('A3').value = { formula: 'A1&""', result: bad };
    ws.getCell('A4').value = { text: bad, hyperlink: 'https://example.org' };
    ws.getCell('A5').value = 'gewoon';
    ws.getCell('A5').note = { texts: [{ text: bad }] };
    ws.getCell('A6').value = { formula: 'LEN("\x07")', result: 0 };
    ws.getCell('A7').value = 'tab\tregel\nen 📊';
    ws.headerFooter.oddFooter = `&L${bad}`;
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await xlsxBytes(wb)) as unknown as ArrayBuffer);
    const back = read.getWorksheet('Blad')!;
    expect(back.getCell('A1').value).toBe(safe);
    expect(back.getCell('A2').value).toEqual({ richText: [{ text: safe, font: { bold: true } }] });
    expect(back.getCell('A3').value).toEqual({ formula: 'A1&""', result: safe });
    expect(back.getCell('A4').value).toEqual({ text: safe, hyperlink: 'https://example.org' });
    expect(back.getCell('A5').note).toBe(safe);
    expect({ formula: back.getCell('A6').formula, result: back.getCell('A6').result }).toEqual({
      formula: 'LEN("␇")',
      result: 0,
    });
    expect(back.getCell('A7').value).toBe('tab\tregel\nen 📊');
    expect(back.headerFooter.oddFooter).toBe(`&L${safe}`);
  });

  it('leaves allowed text as the very same string', () => {
    const text = 'tab\tregel\r\nen 📊 € ĳ';
    expect(xmlSafe(text)).toBe(text);
  });

  it("uses ExcelJS's public API only, so any ExcelJS 4.x will do", () => {
    const source = readFileSync(path.resolve(__dirname, '../../src/xlsx/write-xlsx.ts'), 'utf8');
    expect(source).not.toMatch(/exceljs\/|require\(/);
    expect(JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).dependencies.exceljs).toBe(
      '^4.4.0',
    );
  });
});
