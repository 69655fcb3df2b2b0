/**
 * A CSV export (a ledger from the financial system) as a sheet snapshot, so the engine reads it
 * exactly as it reads a sheet of an `.xlsx`. Exports come `;` or `,` separated (also tab), with
 * Dutch (`1.250,00`) or English (`1,250.00`) decimals, in UTF-8 (with or without BOM) or in
 * Windows-1252 (Excel's "CSV" on a Dutch Windows). Pure: bytes in, a snapshot out.
 *
 * Figures become numbers, as Excel would show them after opening the file in the right locale;
 * left as text, every amount would read as a number stored as text. A field with a leading zero
 * ("00123", an order number) stays text: it is a code, not a figure.
 */
import { sheetFromValues, type PlainValue, type SheetSnapshot } from '../engine/grid';

export class CsvError extends Error {
  constructor(
    readonly problem: 'empty' | 'binary',
    message: string,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export type Decimals = 'nl' | 'en';

export interface CsvReading {
  readonly sheet: SheetSnapshot;
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly separator: ';' | ',' | '\t';
  readonly decimals: Decimals;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvReading['encoding'] } {
  if (bytes.includes(0))
    throw new CsvError(
      'binary',
      'Het bestand bevat binaire gegevens en is geen CSV. / The file holds binary data and is no CSV.',
    );
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‘, ’, „, …). Decoded by hand: some
 * Node builds decode the label 'windows-1252' as Latin-1, which turns € into a control character.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return text;
}

/** Splits into records of fields (RFC 4180: quotes around a field, "" inside, line breaks in quotes). */
export function parseRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The separator the header line uses most, outside quotes. */
function detectSeparator(text: string): CsvReading['separator'] {
  const firstLines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  const count = (sep: string): number =>
    Math.min(...firstLines.map((line) => line.replace(/"[^"]*"/g, '').split(sep).length - 1));
  const candidates: Array<CsvReading['separator']> = [';', '\t', ','];
  return candidates.reduce((best, sep) => (count(sep) > count(best) ? sep : best), ';');
}

const NL_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?-?$/;
const EN_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?-?$/;

/** A figure as written, without currency sign and spaces. */
const bare = (field: string): string =>
  field
    .trim()
    .replace(/^€\s*/, '')
    .replace(/^EUR\s+/i, '')
    .replace(/\s/g, '');

/**
 * Dutch or English decimals, by the fields that can only be one of them: `12,50` and `1.250,00`
 * are Dutch, `12.50` and `1,250.00` English; `1.250` could be either and does not vote. A tie goes
 * to Dutch with `;` (the Dutch Excel default) and to English otherwise.
 */
function detectDecimals(records: ReadonlyArray<ReadonlyArray<string>>, separator: string): Decimals {
  let nl = 0;
  let en = 0;
  for (const record of records) {
    for (const raw of record) {
      const f = bare(raw);
      if (/^-?\d[\d.]*,\d{1,2}-?$/.test(f) || /^-?\d{1,3}(\.\d{3}){2,}-?$/.test(f)) nl++;
      else if (/^-?\d[\d,]*\.\d{1,2}-?$/.test(f) || /^-?\d{1,3}(,\d{3}){2,}-?$/.test(f)) en++;
    }
  }
  if (nl !== en) return nl > en ? 'nl' : 'en';
  return separator === ';' ? 'nl' : 'en';
}

/** A field as a number under the file's decimals, or undefined when it is text (or a code). */
export function csvNumber(field: string, decimals: Decimals): number | undefined {
  const f = bare(field);
  if (f === '' || !(decimals === 'nl' ? NL_NUMBER : EN_NUMBER).test(f)) return undefined;
  // A trailing minus is how some ledgers (SAP among them) write a credit.
  const negative = f.startsWith('-') || f.endsWith('-');
  const digits = f.replace(/^-|-$/g, '');
  if (/^0\d/.test(digits)) return undefined;
  const plain = decimals === 'nl' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

export function readCsv(name: string, bytes: Uint8Array): CsvReading {
  const { text, encoding } = decodeCsv(bytes);
  if (text.trim() === '') throw new CsvError('empty', 'Het CSV-bestand is leeg. / The CSV file is empty.');
  const separator = detectSeparator(text);
  const records = parseRecords(text, separator);
  const decimals = detectDecimals(records, separator);
  const values: PlainValue[][] = records.map((record) =>
    record.map((field) => {
      const n = csvNumber(field, decimals);
      if (n !== undefined) return n;
      const trimmed = field.trim();
      return trimmed === '' ? null : trimmed;
    }),
  );
  return { sheet: sheetFromValues(name, values), encoding, separator, decimals };
}
