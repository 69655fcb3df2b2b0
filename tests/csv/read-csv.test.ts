/**
 * CSV exports as sheets: separators, Dutch and English decimals, UTF-8 and Windows-1252, quoted
 * fields, codes with leading zeros kept as text.
 */
import { cellAt } from '../../src/engine/grid';
import { csvNumber, CsvError, parseRecords, readCsv } from '../../src/csv/read-csv';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Windows-1252 for the characters used here: é is 0xE9, € is 0x80. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}
const values = (bytes: Uint8Array) => {
  const { sheet } = readCsv('Grootboek', bytes);
  return sheet.rows.map((row) => (row ?? []).map((c) => (c === undefined ? null : c.value)));
};

describe('reading a CSV export', () => {
  it('reads ; with Dutch decimals, numbers as numbers and dates as text', () => {
    const r = readCsv(
      'Grootboek',
      utf8('Boekdatum;Ordernummer;Bedrag\n15-3-2022;7001;1.250,50\n16-3-2022;00712;-12,5\n'),
    );
    expect(r).toMatchObject({ encoding: 'utf-8', separator: ';', decimals: 'nl' });
    expect(values(utf8('Boekdatum;Ordernummer;Bedrag\n15-3-2022;7001;1.250,50\n16-3-2022;00712;-12,5\n'))).toEqual([
      ['Boekdatum', 'Ordernummer', 'Bedrag'],
      ['15-3-2022', 7001, 1250.5],
      ['16-3-2022', '00712', -12.5],
    ]);
  });

  it('reads , with English decimals and quoted fields holding the separator, quotes and line breaks', () => {
    const text = 'Date,Description,Amount\r\n2022-03-15,"Huiswerkkamer, ""voorschot""\nregel 2","1,250.50"\r\n';
    expect(readCsv('g', utf8(text))).toMatchObject({ separator: ',', decimals: 'en' });
    expect(values(utf8(text))[1]).toEqual(['2022-03-15', 'Huiswerkkamer, "voorschot"\nregel 2', 1250.5]);
  });

  it('reads Windows-1252 when the bytes are no UTF-8, and drops a UTF-8 BOM', () => {
    expect(readCsv('g', cp1252('Omschrijving;Bedrag\nCafé;€ 12,50\n'))).toMatchObject({ encoding: 'windows-1252' });
    expect(values(cp1252('Omschrijving;Bedrag\nCafé;€ 12,50\n'))[1]).toEqual(['Café', 12.5]);
    expect(values(utf8('\uFEFFBedrag;X\n1,5;a\n'))[0]![0]).toBe('Bedrag');
  });

  it('decides the decimals by the fields only one convention can read', () => {
    expect(csvNumber('1.250', 'nl')).toBe(1250);
    expect(csvNumber('1.250', 'en')).toBe(1.25);
    expect(csvNumber('1.250,00-', 'nl')).toBe(-1250);
    expect(csvNumber('12a', 'nl')).toBeUndefined();
    expect(readCsv('g', utf8('A;B\n1.250;12.50\n')).decimals).toBe('en');
  });

  it('keeps empty fields empty and refuses an empty or binary file', () => {
    expect(cellAt(readCsv('g', utf8('A;B;C\n1;;3\n')).sheet, 1, 1)).toBeUndefined();
    expect(() => readCsv('g', utf8(' \n'))).toThrow(CsvError);
    expect(() => readCsv('g', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toThrow(CsvError);
    expect(parseRecords('a;b', ';')).toEqual([['a', 'b']]);
  });
});
