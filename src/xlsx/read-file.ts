/**
 * Opens an `.xlsx` file for checking. Reading never writes: the user's file is opened read-only
 * and every way it can fail becomes one `WorkbookFileError` with a reason the user can act on.
 *
 * Before ExcelJS sees the file, its zip directory is read: a file cut off halfway, a sheet that is
 * listed but missing, or sheets too big to hold in memory are told apart there, in a fraction of a
 * second, instead of after minutes of parsing (or a crash when the memory runs out).
 */
import { promises as fs } from 'node:fs';
import v8 from 'node:v8';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { crc32 } from './zip';
import { parseAddress, type MergedArea, type WorkbookSnapshot } from '../engine/grid';
import { snapshotWorkbook } from './snapshot';

export type WorkbookFileProblem = 'not-found' | 'is-directory' | 'no-access' | 'encrypted' | 'old-format' | 'not-xlsx' | 'damaged' | 'too-large';

/**
 * What is wrong inside a damaged file: the zip stops halfway (`incomplete`), its packed data is
 * corrupt (`zip`), a part is no valid spreadsheet XML (`content`), or a listed sheet is missing.
 */
export type Damage =
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'zip'; readonly sheet?: string }
  | { readonly kind: 'content'; readonly sheet?: string }
  | { readonly kind: 'sheet-missing'; readonly sheet: string };

/** The sizes behind a `too-large` refusal, in bytes; `sheetBytes` is the unpacked sheet data. */
export interface WorkbookSize {
  readonly fileBytes: number;
  readonly sheetBytes: number;
  readonly limitBytes: number;
  /** The biggest sheet, when the workbook names it. */
  readonly biggest?: { readonly sheet: string; readonly bytes: number };
}

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly file: string,
    /** The technical cause, for `NPO_DEBUG`; the user reads `damage` or `size` instead. */
    readonly detail?: string,
    readonly damage?: Damage,
    readonly size?: WorkbookSize,
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookFileError';
  }
}

/** Office's encrypted and legacy `.xls` files are OLE compound documents, not zip archives. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * ExcelJS holds a workbook in memory at about ten times the size of its unpacked sheet XML and
 * parses some 6 MB of it a second: measured on a 50 MB workbook (454 MB of sheet XML), it took
 * 4.3 GB and over a minute of CPU. 100 MB of XML (a 10 to 12 MB file of dense data, some
 * 300.000 rows) stays near 1 GB and 20 seconds; a smaller Node heap lowers the limit further.
 */
export const MAX_SHEET_BYTES = 100 * 1024 * 1024;
const MEMORY_PER_SHEET_BYTE = 12;

export function sheetBytesLimit(heapLimitBytes: number = v8.getHeapStatistics().heap_size_limit): number {
  return Math.min(MAX_SHEET_BYTES, Math.floor(heapLimitBytes / MEMORY_PER_SHEET_BYTE));
}

export interface LoadOptions {
  /** The most unpacked sheet data to read; default `sheetBytesLimit()`. */
  readonly maxSheetBytes?: number;
}

export async function loadWorkbookFile(file: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError('not-found', file);
    if (code === 'EISDIR') throw new WorkbookFileError('is-directory', file);
    // EBUSY: Windows, while another program has the file open without sharing it.
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new WorkbookFileError('no-access', file, (error as Error).message);
    throw new WorkbookFileError('damaged', file, (error as Error).message);
  }
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    // An encrypted .xlsx carries an "EncryptedPackage" stream; anything else is an old .xls.
    const encrypted = data.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new WorkbookFileError(encrypted ? 'encrypted' : 'old-format', file);
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookFileError('not-xlsx', file);

  const zip = readZipDirectory(data);
  if (zip === 'incomplete') throw new WorkbookFileError('damaged', file, 'no end of central directory', { kind: 'incomplete' });
  const sheets = zip ? declaredSheets(data, zip) : undefined;
  let merges: ReadonlyMap<string, ReadonlyArray<MergedArea>> | undefined;
  if (zip && sheets) {
    const missing = sheets.find((s) => !zip.has(s.part));
    if (missing) throw new WorkbookFileError('damaged', file, `no part ${missing.part}`, { kind: 'sheet-missing', sheet: missing.name });
    assertSize(file, data.length, zip, sheets, options.maxSheetBytes ?? sheetBytesLimit());
    // ExcelJS does not check the parts' checksums: a damaged sheet could be read as other figures.
    const parts = checkParts(data, zip, sheets);
    if (parts.corrupt) throw new WorkbookFileError('damaged', file, `checksum of ${parts.corrupt.part}`, { kind: 'zip', ...(parts.corrupt.sheet !== undefined ? { sheet: parts.corrupt.sheet } : {}) });
    merges = parts.merges;
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS makes a cell for every cell a merge declares, and compares each merge with all before
    // it: a merge over the whole sheet would never finish. Where the sheet parts were found, the
    // merges were read above and are given to ExcelJS clipped.
    await workbook.xlsx.load(data as unknown as ArrayBuffer, merges ? { ignoreNodes: ['mergeCells'] } : undefined);
  } catch (error) {
    const message = (error as Error).message;
    throw new WorkbookFileError('damaged', file, message, zip && sheets ? findDamage(data, zip, sheets, message) : damageOf(message));
  }
  for (const [sheet, areas] of merges ?? []) {
    const worksheet = workbook.getWorksheet(sheet);
    try {
      if (worksheet) mergeStored(worksheet, areas);
    } catch (error) {
      // Overlapping merges: Excel repairs such a file when it opens it.
      throw new WorkbookFileError('damaged', file, (error as Error).message, { kind: 'content', sheet });
    }
  }
  return workbook;
}

/**
 * Merges the declared areas, each clipped to the rows and columns the sheet stores (so a merge
 * over the whole sheet costs what the stored cells cost); what is left of one cell merges nothing.
 * Clipping keeps every top-left cell where it was, as the stored cells start at A1.
 */
function mergeStored(worksheet: ExcelJS.Worksheet, areas: ReadonlyArray<MergedArea>): void {
  if (areas.length === 0) return;
  const lastRow = worksheet.rowCount;
  let lastColumn = 0;
  for (let r = 1; r <= lastRow; r++) lastColumn = Math.max(lastColumn, worksheet.findRow(r)?.cellCount ?? 0);
  for (const area of areas) {
    const bottom = Math.min(area.bottom, lastRow - 1);
    const right = Math.min(area.right, lastColumn - 1);
    if (area.top > bottom || area.left > right || (area.top === bottom && area.left === right)) continue;
    worksheet.mergeCellsWithoutStyle(area.top + 1, area.left + 1, bottom + 1, right + 1);
  }
}

export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbookFile(file));
}

function assertSize(file: string, fileBytes: number, zip: ZipDirectory, sheets: ReadonlyArray<DeclaredSheet>, limitBytes: number): void {
  const sized = sheets.map((s) => ({ sheet: s.name, bytes: zip.get(s.part)?.size ?? 0 }));
  const sheetBytes = sized.reduce((n, s) => n + s.bytes, 0) + (zip.get(SHARED_STRINGS)?.size ?? 0);
  if (sheetBytes <= limitBytes) return;
  const biggest = sized.reduce((a, b) => (b.bytes > a.bytes ? b : a), sized[0]!);
  throw new WorkbookFileError('too-large', file, `${sheetBytes} bytes of sheet XML`, undefined, { fileBytes, sheetBytes, limitBytes, ...(biggest ? { biggest } : {}) });
}

// ---------------------------------------------------------------------------------------------
// The zip directory: names and sizes of the parts, without unpacking them

interface ZipEntry {
  readonly crc: number;
  readonly method: number;
  readonly compressedSize: number;
  /** Unpacked size, as the directory declares it. */
  readonly size: number;
  readonly localHeader: number;
}

type ZipDirectory = ReadonlyMap<string, ZipEntry>;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** Where Excel keeps the text of every sheet's cells (ExcelJS reads it from this one place too). */
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * The parts of a zip by name; 'incomplete' when the end record is missing (the file was cut off);
 * undefined when the directory is one this reader does not follow (zip64, odd records), which
 * leaves the judgement to ExcelJS.
 */
function readZipDirectory(data: Buffer): ZipDirectory | 'incomplete' | undefined {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'incomplete';
  const size = data.readUInt32LE(end + 12);
  const start = data.readUInt32LE(end + 16);
  if (size === ZIP64_MARK || start === ZIP64_MARK) return undefined;
  if (start + size > end) return 'incomplete';
  const entries = new Map<string, ZipEntry>();
  for (let at = start; at < start + size; ) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = data.readUInt16LE(at + 28);
    const entry = {
      crc: data.readUInt32LE(at + 16),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localHeader: data.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.localHeader === ZIP64_MARK) return undefined;
    entries.set(data.toString('utf8', at + 46, at + 46 + nameLength), entry);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** A part's unpacked content; undefined when it is missing or its packed data is corrupt. */
function readPart(data: Buffer, zip: ZipDirectory, name: string): Buffer | undefined {
  const entry = zip.get(name);
  if (!entry || entry.localHeader + 30 > data.length || data.readUInt32LE(entry.localHeader) !== LOCAL_HEADER) return undefined;
  const from = entry.localHeader + 30 + data.readUInt16LE(entry.localHeader + 26) + data.readUInt16LE(entry.localHeader + 28);
  const packed = data.subarray(from, from + entry.compressedSize);
  try {
    if (entry.method === 0) return packed;
    if (entry.method === 8) return zlib.inflateRawSync(packed);
  } catch {
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The sheets the workbook lists, and where their parts are

interface DeclaredSheet {
  readonly name: string;
  readonly part: string;
}

/** The sheets in `workbook.xml` with their part names; undefined when that cannot be worked out. */
function declaredSheets(data: Buffer, zip: ZipDirectory): DeclaredSheet[] | undefined {
  const rootRels = readPart(data, zip, '_rels/.rels')?.toString('utf8');
  const workbookPart = (rootRels && relationships(rootRels, '').find((r) => r.type.endsWith('/officeDocument'))?.target) ?? 'xl/workbook.xml';
  const workbook = readPart(data, zip, workbookPart)?.toString('utf8');
  const folder = workbookPart.includes('/') ? workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1) : '';
  const rels = readPart(data, zip, `${folder}_rels/${workbookPart.slice(folder.length)}.rels`)?.toString('utf8');
  if (workbook === undefined || rels === undefined) return undefined;
  const targets = new Map(relationships(rels, folder).map((r) => [r.id, r]));
  const sheets: DeclaredSheet[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attributes = match[1]!;
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(attributes)?.[1];
    const target = id !== undefined ? targets.get(id) : undefined;
    // Chart sheets and dialog sheets are no worksheets; ExcelJS skips them as well.
    if (name === undefined || !target || !target.type.endsWith('/worksheet')) continue;
    sheets.push({ name: xmlUnescape(name), part: target.target });
  }
  return sheets;
}

/** Relationships with their targets resolved against the folder of the part they belong to. */
function relationships(xml: string, folder: string): Array<{ id: string; type: string; target: string }> {
  const list: Array<{ id: string; type: string; target: string }> = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attributes = match[1]!;
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const type = /\bType="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (id === undefined || type === undefined || target === undefined) continue;
    list.push({ id, type, target: resolvePart(folder, xmlUnescape(target)) });
  }
  return list;
}

function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

function xmlUnescape(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp'];
  });
}

// ---------------------------------------------------------------------------------------------
// Why ExcelJS could not read it

/** ExcelJS's and JSZip's words for packed data that does not unpack. */
const ZIP_FAILURE = /crc32|size mismatch|invalid (?:block|code|distance|stored)|unexpected end|incorrect header|corrupted zip|end of data/i;

function damageOf(message: string): Damage {
  return ZIP_FAILURE.test(message) ? { kind: 'zip' } : { kind: 'content' };
}

/**
 * Every sheet part (and the shared strings) unpacked once: the first whose size or checksum is not
 * what the zip declares, and else the merged areas each sheet declares, by sheet name.
 */
function checkParts(data: Buffer, zip: ZipDirectory, sheets: ReadonlyArray<DeclaredSheet>): { corrupt?: { part: string; sheet?: string }; merges: Map<string, MergedArea[]> } {
  const parts: Array<{ part: string; sheet?: string }> = [...sheets.map((s) => ({ part: s.part, sheet: s.name })), ...(zip.has(SHARED_STRINGS) ? [{ part: SHARED_STRINGS }] : [])];
  const merges = new Map<string, MergedArea[]>();
  for (const part of parts) {
    const content = readPart(data, zip, part.part);
    const entry = zip.get(part.part)!;
    if (content === undefined || content.length !== entry.size || crc32(content) !== entry.crc) return { corrupt: part, merges };
    if (part.sheet !== undefined) merges.set(part.sheet, declaredMerges(content));
  }
  return { merges };
}

/**
 * The `<mergeCell ref="B2:B4"/>` areas of a sheet's XML. They follow the cells, near the end, so
 * only that stretch is decoded; a ref that is no area of two or more cells is passed by.
 */
function declaredMerges(xml: Buffer): MergedArea[] {
  const start = xml.indexOf('<mergeCells');
  if (start < 0) return [];
  const end = xml.indexOf('</mergeCells>', start);
  const areas: MergedArea[] = [];
  for (const match of xml.toString('utf8', start, end < 0 ? xml.length : end).matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/g)) {
    const [first, last, ...rest] = match[1]!.split(':');
    const a = first !== undefined ? parseAddress(first) : undefined;
    const b = last !== undefined ? parseAddress(last) : undefined;
    if (!a || !b || rest.length > 0) continue;
    areas.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return areas;
}

/** After ExcelJS failed on parts that unpack well: the first sheet whose XML stops halfway. */
function findDamage(data: Buffer, zip: ZipDirectory, sheets: ReadonlyArray<DeclaredSheet>, message: string): Damage {
  for (const sheet of sheets) {
    const xml = readPart(data, zip, sheet.part);
    if (xml && !/<\/(?:\w+:)?worksheet>\s*$/.test(xml.subarray(Math.max(0, xml.length - 64)).toString('utf8'))) return { kind: 'content', sheet: sheet.name };
  }
  return damageOf(message);
}

