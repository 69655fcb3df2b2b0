/**
 * Opens an `.xlsx` file for checking: the one way into a workbook. Reading never writes: the
 * user's file is opened read-only and every way it can fail becomes one `WorkbookFileError` with a
 * reason the user can act on.
 *
 * Nothing reaches ExcelJS unchecked. Only a regular file is read, and no more of it than the
 * limit; its zip directory is read here (src/xlsx/zip-read.ts), every entry counted, every name
 * normalised and compared without case; the parts a check needs are found the way Excel finds
 * them (through the relationships), unpacked within one budget and their checksums verified.
 * ExcelJS then gets a new, uncompressed package of just those parts under the names they were
 * checked under, with a workbook part written here from what was read (sheets, their visibility,
 * the 1904 date system): no defined name, no validation, no conditional format, no hyperlink or
 * table reaches it, as the checker uses none of them and ExcelJS expands each over every cell it
 * declares. Merges and column widths are read here and given to ExcelJS clipped to the cells the
 * sheet stores.
 */
import { constants, promises as fs } from 'node:fs';
import v8 from 'node:v8';
import ExcelJS from 'exceljs';
import { parseAddress, type MergedArea, type WorkbookSnapshot } from '../engine/grid';
import type { Damage, FileProblem, OtherFormat, WorkbookSize } from '../engine/words/command-line';
import { snapshotWorkbook } from './snapshot';
import { startTags, textAfter, xmlEscape } from './xml-scan';
import { normalisePartName, readEntry, readZipDirectory, storedZip, ZipError, type ZipDirectory } from './zip-read';

export class WorkbookFileError extends Error {
  constructor(
    /** Why the file cannot be read: the catalogue's facts (words/command-line.ts), which its sentences tell. */
    readonly problem: FileProblem,
    readonly file: string,
    /** The technical cause, for `NPO_DEBUG`; the user reads `damage`, `size` or `format` instead. */
    readonly detail?: string,
    readonly damage?: Damage,
    readonly size?: WorkbookSize,
    readonly format?: OtherFormat,
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookFileError';
  }
}

/** Office's encrypted and legacy `.xls` files are OLE compound documents, not zip archives. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What a check costs per byte of unpacked sheet XML, end to end (ExcelJS's model, the snapshot,
 * the engine): a workbook of 95 MB of sheet XML (a 14 MB file, 563.000 rows) took 23 seconds and
 * 1,97 GB, some 20 bytes of memory per byte on top of 150 MB to start with. Within 40 MB a check
 * stays under 1 GB and about 10 seconds; a smaller Node heap lowers the limit further.
 */
export const MAX_SHEET_BYTES = 40 * 1024 * 1024;
const MEMORY_PER_SHEET_BYTE = 20;
/**
 * The most of a file that is read at all. A workbook's packed data is smaller than the parts it
 * unpacks to; what is larger than this is pictures or other parts no check reads.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The workbook part and the relationships: a few kB, a few MB with thousands of defined names. */
const MAX_LISTING_BYTES = 16 * 1024 * 1024;
/** Excel writes a few dozen parts, a few thousand with many sheets and pictures. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Excel's grid: 1.048.576 rows, 16.384 columns (XFD). */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

export function sheetBytesLimit(heapLimitBytes: number = v8.getHeapStatistics().heap_size_limit): number {
  return Math.min(MAX_SHEET_BYTES, Math.floor(heapLimitBytes / MEMORY_PER_SHEET_BYTE));
}

export interface LoadOptions {
  /** The most unpacked data of the parts a check reads; default `sheetBytesLimit()`. */
  readonly maxSheetBytes?: number;
  /** The most of the file to read; default `MAX_FILE_BYTES`. */
  readonly maxFileBytes?: number;
}

/** Sheet parts ExcelJS does not expand or the checker does not use, left out of its parsing. */
const IGNORED_SHEET_NODES = [
  'mergeCells',
  'cols',
  'dimension',
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'tableParts',
  'drawing',
  'picture',
  'rowBreaks',
];

/** The defined names of workbooks opened here; ExcelJS never sees them (see the top of this file). */
const DEFINED_NAMES = new WeakMap<ExcelJS.Workbook, ReadonlyArray<string>>();

/** The names a workbook defines (`Plafond`, `_xlnm.Print_Area`), also for one opened here. */
export function definedNamesOf(workbook: ExcelJS.Workbook): ReadonlyArray<string> {
  return DEFINED_NAMES.get(workbook) ?? workbook.definedNames.model.map((d) => d.name);
}

export async function loadWorkbookFile(file: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const data = await readInput(file, options.maxFileBytes ?? MAX_FILE_BYTES);
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    // An encrypted .xlsx carries an "EncryptedPackage" stream; anything else is an old .xls.
    const encrypted = data.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new WorkbookFileError(encrypted ? 'encrypted' : 'old-format', file);
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookFileError('not-xlsx', file);
  let pkg: CheckedPackage;
  try {
    pkg = checkedPackage(file, data, options.maxSheetBytes ?? sheetBytesLimit());
  } catch (error) {
    if (error instanceof ZipError) throw zipFailure(file, error);
    throw error;
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      storedZip(pkg.parts) as unknown as ArrayBuffer,
      { ignoreNodes: IGNORED_SHEET_NODES } as ExcelJS.XlsxReadOptions,
    );
  } catch (error) {
    const message = (error as Error).message;
    throw new WorkbookFileError('damaged', file, message, findDamage(pkg));
  }
  DEFINED_NAMES.set(workbook, pkg.definedNames);
  if (workbook.worksheets.length !== pkg.sheets.length)
    throw new WorkbookFileError('damaged', file, 'ExcelJS read other sheets', { kind: 'content' });
  pkg.sheets.forEach((sheet, i) => {
    const worksheet = workbook.worksheets[i]!;
    assertWithinGrid(file, worksheet, sheet.name);
    try {
      mergeStored(worksheet, sheet.merges);
    } catch (error) {
      // Overlapping merges: Excel repairs such a file when it opens it.
      throw new WorkbookFileError('damaged', file, (error as Error).message, { kind: 'content', sheet: sheet.name });
    }
    applyColumns(worksheet, sheet.columns);
  });
  return workbook;
}

/**
 * The file's bytes: only a regular file, never more than `limit`. Opened without blocking, so a
 * FIFO with no writer cannot hang the check, and judged by what was opened, not by its path.
 */
async function readInput(file: string, limit: number): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openFailure(file, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new WorkbookFileError('is-directory', file);
    if (!stats.isFile()) throw new WorkbookFileError('not-a-file', file);
    if (stats.size > limit)
      throw new WorkbookFileError('too-large', file, `${stats.size} bytes`, undefined, {
        fileBytes: stats.size,
        limitBytes: limit,
      });
    // One byte more than the size it had: a file that grows while it is read is read up to that.
    const data = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    while (length < data.length) {
      const { bytesRead } = await handle.read(data, length, data.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > stats.size)
      throw new WorkbookFileError('damaged', file, 'the file grew while it was read', { kind: 'incomplete' });
    return data.subarray(0, length);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw openFailure(file, error);
  } finally {
    await handle.close();
  }
}

function openFailure(file: string, error: unknown): WorkbookFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = (error as Error).message;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbookFileError('not-found', file, detail);
  if (code === 'EISDIR') return new WorkbookFileError('is-directory', file, detail);
  if (code === 'ELOOP') return new WorkbookFileError('link-loop', file, detail);
  if (code === 'ENAMETOOLONG') return new WorkbookFileError('name-too-long', file, detail);
  // ENXIO: a socket or a FIFO; EAGAIN: a device that has nothing to give without waiting.
  if (code === 'ENXIO' || code === 'EAGAIN' || code === 'ENODEV')
    return new WorkbookFileError('not-a-file', file, detail);
  // EBUSY: Windows, while another program has the file open without sharing it.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY')
    return new WorkbookFileError('no-access', file, detail);
  return new WorkbookFileError('damaged', file, detail);
}

function zipFailure(file: string, error: ZipError): WorkbookFileError {
  const problem = error.problem;
  switch (problem.kind) {
    case 'incomplete':
      return new WorkbookFileError('damaged', file, error.message, { kind: 'incomplete' });
    case 'encrypted':
      return new WorkbookFileError('encrypted', file, error.message);
    case 'too-many-entries':
      return new WorkbookFileError('too-many-parts', file, String(problem.entries));
    case 'duplicate':
      return new WorkbookFileError('damaged', file, error.message, { kind: 'duplicate-part', part: problem.entry });
    case 'directory':
    case 'method':
    case 'data':
      return new WorkbookFileError('damaged', file, error.message, { kind: 'zip' });
  }
}

interface CheckedSheet {
  readonly name: string;
  /** The part it was read from, as the workbook's relationships name it. */
  readonly part: string;
  readonly hidden: 'hidden' | 'veryHidden' | undefined;
  readonly xml: Buffer;
  readonly merges: ReadonlyArray<MergedArea>;
  readonly columns: ReadonlyArray<ColumnSpec>;
}

interface CheckedPackage {
  /** What ExcelJS gets, under these names. */
  readonly parts: ReadonlyArray<{ name: string; content: Buffer }>;
  readonly sheets: ReadonlyArray<CheckedSheet>;
  readonly definedNames: ReadonlyArray<string>;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/** Every limit enforced while the parts are found and read; see the top of this file. */
function checkedPackage(file: string, data: Buffer, budget: number): CheckedPackage {
  const zip = readZipDirectory(data, MAX_ZIP_ENTRIES);
  let spent = 0;
  /** Reads a part, counted against the budget, when it fits in `most`. */
  const read = (name: string, most = budget - spent): Buffer | undefined => {
    const entry = zip.get(name);
    if (!entry) return undefined;
    if (entry.size > most) throw tooLarge(file, data.length, budget, spent + entry.size);
    spent += entry.size;
    return readEntry(data, entry);
  };
  // The parts that list the others come first, before the sheets are known: each within a cap of
  // its own, so that a sheet too big to read is still what a refusal names.
  const listing = MAX_LISTING_BYTES;
  const rootRels = read('_rels/.rels', listing);
  const workbookPart =
    (rootRels && relationships(rootRels.toString('utf8'), '').find((r) => OFFICE_DOCUMENT.test(r.type))?.target) ??
    'xl/workbook.xml';
  const workbookXml = read(workbookPart, listing)?.toString('utf8');
  if (workbookXml === undefined) {
    const format = otherFormat(zip);
    throw format
      ? new WorkbookFileError('other-format', file, undefined, undefined, undefined, format)
      : new WorkbookFileError('not-xlsx', file, `no ${workbookPart}`);
  }
  const folder = workbookPart.includes('/') ? workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1) : '';
  const relsXml = read(`${folder}_rels/${workbookPart.slice(folder.length)}.rels`, listing)?.toString('utf8');
  const rels = relsXml === undefined ? [] : relationships(relsXml, folder);
  const targets = new Map(rels.map((r) => [r.id, r]));
  const book = workbookFacts(workbookXml);

  const declared = book.sheets.flatMap((s) => {
    const target = targets.get(s.id);
    // Chart sheets and dialog sheets are no worksheets; ExcelJS skips them as well.
    return target && WORKSHEET.test(target.type) ? [{ ...s, part: target.target }] : [];
  });
  const seen = new Set<string>();
  for (const sheet of declared) {
    if (!validSheetName(sheet.name) || seen.has(sheet.name.toLowerCase()))
      throw new WorkbookFileError('damaged', file, `sheet name ${sheet.name}`, {
        kind: 'sheet-name',
        sheet: sheet.name,
      });
    seen.add(sheet.name.toLowerCase());
    if (!zip.get(sheet.part))
      throw new WorkbookFileError('damaged', file, `no part ${sheet.part}`, {
        kind: 'sheet-missing',
        sheet: sheet.name,
      });
  }
  const partOf = (type: string, fallback: string): string =>
    rels.find((r) => r.type.endsWith(type))?.target ?? fallback;
  const sharedStringsPart = partOf('/sharedStrings', `${folder}sharedStrings.xml`);
  const stylesPart = partOf('/styles', `${folder}styles.xml`);

  // Sized before anything big is unpacked: the refusal names the biggest sheet.
  const sized = declared.map((s) => ({ sheet: s.name, bytes: zip.get(s.part)!.size }));
  const needed =
    spent +
    sized.reduce((n, s) => n + s.bytes, 0) +
    (zip.get(sharedStringsPart)?.size ?? 0) +
    (zip.get(stylesPart)?.size ?? 0);
  if (needed > budget) {
    const biggest = sized.reduce<{ sheet: string; bytes: number } | undefined>(
      (a, b) => (!a || b.bytes > a.bytes ? b : a),
      undefined,
    );
    throw tooLarge(file, data.length, budget, needed, biggest);
  }

  const sheets: CheckedSheet[] = declared.map((s) => {
    let xml: Buffer;
    try {
      xml = read(s.part)!;
    } catch (error) {
      // A sheet's packed data that does not unpack: say which sheet.
      if (error instanceof ZipError && error.problem.kind === 'data')
        throw new WorkbookFileError('damaged', file, error.message, { kind: 'zip', sheet: s.name });
      throw error;
    }
    return {
      name: s.name,
      part: s.part,
      hidden: s.state,
      xml,
      merges: declaredMerges(xml),
      columns: declaredColumns(xml),
    };
  });
  const parts = [
    { name: 'xl/workbook.xml', content: Buffer.from(canonicalWorkbook(book.date1904, sheets), 'utf8') },
    { name: 'xl/_rels/workbook.xml.rels', content: Buffer.from(canonicalRelationships(sheets.length), 'utf8') },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: s.xml })),
  ];
  const sharedStrings = read(sharedStringsPart);
  if (sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', content: sharedStrings });
  const styles = read(stylesPart);
  if (styles) parts.push({ name: 'xl/styles.xml', content: styles });
  return { parts, sheets, definedNames: book.definedNames };
}

function tooLarge(
  file: string,
  fileBytes: number,
  limitBytes: number,
  sheetBytes: number,
  biggest?: { sheet: string; bytes: number },
): WorkbookFileError {
  return new WorkbookFileError('too-large', file, `${sheetBytes} bytes of XML`, undefined, {
    fileBytes,
    sheetBytes,
    limitBytes,
    ...(biggest ? { biggest } : {}),
  });
}

/** A zip that is no Excel workbook but another office file, told by the part only it has. */
function otherFormat(zip: ZipDirectory): OtherFormat | undefined {
  if (zip.get('mimetype') && zip.get('content.xml')) return 'ods';
  if (zip.get('xl/workbook.bin')) return 'xlsb';
  if (zip.get('word/document.xml')) return 'docx';
  if (zip.get('ppt/presentation.xml')) return 'pptx';
  return undefined;
}

/** What Excel allows as a sheet name (and ExcelJS would otherwise refuse or shorten). */
function validSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[*?:/\\[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

// ---------------------------------------------------------------------------------------------
// The workbook part and its relationships, read with the linear scanner of xml-scan.ts

interface DeclaredSheet {
  readonly name: string;
  /** The relationship id. */
  readonly id: string;
  readonly state: 'hidden' | 'veryHidden' | undefined;
}

const WORKBOOK_TAGS = new Set(['sheet', 'workbookPr', 'definedName']);

function workbookFacts(xml: string): { sheets: DeclaredSheet[]; date1904: boolean; definedNames: string[] } {
  const sheets: DeclaredSheet[] = [];
  const definedNames: string[] = [];
  let date1904 = false;
  for (const tag of startTags(xml, WORKBOOK_TAGS)) {
    const a = tag.attributes;
    if (tag.name === 'workbookPr') date1904 = a.get('date1904') === '1' || a.get('date1904') === 'true';
    else if (tag.name === 'definedName') {
      const name = a.get('name');
      // A name whose formula is only an error refers to nothing.
      if (name !== undefined && !textAfter(xml, tag.end).startsWith('#')) definedNames.push(name);
    } else {
      const name = a.get('name');
      const id = a.get('id');
      const state = a.get('state');
      if (name !== undefined && id !== undefined)
        sheets.push({ name, id, state: state === 'hidden' || state === 'veryHidden' ? state : undefined });
    }
  }
  return { sheets, date1904, definedNames };
}

const RELATIONSHIP_TAGS = new Set(['Relationship']);

/** Relationships with their targets resolved against the folder of the part they belong to. */
function relationships(xml: string, folder: string): Array<{ id: string; type: string; target: string }> {
  const list: Array<{ id: string; type: string; target: string }> = [];
  for (const { attributes: a } of startTags(xml, RELATIONSHIP_TAGS)) {
    const id = a.get('Id');
    const type = a.get('Type');
    const target = a.get('Target');
    if (id === undefined || type === undefined || target === undefined || a.get('TargetMode') === 'External') continue;
    list.push({ id, type, target: normalisePartName(target.startsWith('/') ? target : `${folder}${target}`) });
  }
  return list;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;

function canonicalWorkbook(date1904: boolean, sheets: ReadonlyArray<CheckedSheet>): string {
  const list = sheets.map(
    (s, i) =>
      `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.hidden ? ` state="${s.hidden}"` : ''} r:id="rId${i + 1}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${list.join('')}</sheets></workbook>`;
}

function canonicalRelationships(sheets: number): string {
  const list = Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.join('')}</Relationships>`;
}

// ---------------------------------------------------------------------------------------------
// Merges and columns: read here, clipped to the stored cells before ExcelJS expands anything

/** The stretch of a sheet's XML between `<tag` and `</tag>`, decoded; empty when there is none. */
function section(xml: Buffer, tag: string): string {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) return '';
  const end = xml.indexOf(`</${tag}>`, start);
  return xml.toString('utf8', start, end < 0 ? xml.length : end);
}

const MERGE_TAGS = new Set(['mergeCell']);

/**
 * The `<mergeCell ref="B2:B4"/>` areas of a sheet's XML. They follow the cells, near the end, so
 * only that stretch is decoded; a ref that is no area of two or more cells is passed by.
 */
function declaredMerges(xml: Buffer): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const tag of startTags(section(xml, 'mergeCells'), MERGE_TAGS)) {
    const [first, last, ...rest] = (tag.attributes.get('ref') ?? '').split(':');
    const a = first !== undefined ? parseAddress(first) : undefined;
    const b = last !== undefined ? parseAddress(last) : undefined;
    if (!a || !b || rest.length > 0) continue;
    areas.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return areas;
}

interface ColumnSpec {
  /** 1-based, inclusive. */
  readonly min: number;
  readonly max: number;
  readonly width?: number;
  readonly hidden: boolean;
}

const COLUMN_TAGS = new Set(['col']);

/** `<col min max width hidden>`: widths and hidden columns, for the report's copy of the sheet. */
function declaredColumns(xml: Buffer): ColumnSpec[] {
  const columns: ColumnSpec[] = [];
  for (const { attributes: a } of startTags(section(xml, 'cols'), COLUMN_TAGS)) {
    const min = Number(a.get('min'));
    const max = Number(a.get('max') ?? a.get('min'));
    const width = Number(a.get('width'));
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) continue;
    columns.push({
      min,
      max,
      ...(Number.isFinite(width) && width >= 0 ? { width } : {}),
      hidden: a.get('hidden') === '1' || a.get('hidden') === 'true',
    });
  }
  return columns;
}

/** The last column that holds a stored cell, 1-based; rows and columns already bounded by Excel's grid. */
function lastStoredColumn(worksheet: ExcelJS.Worksheet): number {
  let last = 0;
  for (let r = 1; r <= worksheet.rowCount; r++) last = Math.max(last, worksheet.findRow(r)?.cellCount ?? 0);
  return last;
}

/** A crafted sheet can store a cell at row 10⁹; every loop over the rows would then never end. */
function assertWithinGrid(file: string, worksheet: ExcelJS.Worksheet, sheet: string): void {
  if (worksheet.rowCount > EXCEL_ROWS || lastStoredColumn(worksheet) > EXCEL_COLUMNS)
    throw new WorkbookFileError('damaged', file, `cell beyond ${EXCEL_ROWS} rows or ${EXCEL_COLUMNS} columns`, {
      kind: 'beyond-grid',
      sheet,
    });
}

/** Column widths and hidden columns up to the last stored column: `<col max="16384">` costs nothing. */
function applyColumns(worksheet: ExcelJS.Worksheet, columns: ReadonlyArray<ColumnSpec>): void {
  if (columns.length === 0) return;
  const last = lastStoredColumn(worksheet);
  for (const spec of columns) {
    for (let c = spec.min; c <= Math.min(spec.max, last); c++) {
      const column = worksheet.getColumn(c);
      if (spec.width !== undefined) column.width = spec.width;
      if (spec.hidden) column.hidden = true;
    }
  }
}

/**
 * Merges the declared areas, each clipped to the rows and columns the sheet stores (so a merge
 * over the whole sheet costs what the stored cells cost); what is left of one cell merges nothing.
 * Clipping keeps every top-left cell where it was, as the stored cells start at A1.
 */
function mergeStored(worksheet: ExcelJS.Worksheet, areas: ReadonlyArray<MergedArea>): void {
  if (areas.length === 0) return;
  const lastRow = worksheet.rowCount;
  const lastColumn = lastStoredColumn(worksheet);
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

/** After ExcelJS failed on parts that unpack well: the first sheet whose XML stops halfway. */
function findDamage(pkg: CheckedPackage): Damage {
  for (const sheet of pkg.sheets) {
    const tail = sheet.xml.toString('utf8', Math.max(0, sheet.xml.length - 64)).trimEnd();
    if (!/<\/(?:[A-Za-z0-9_]{1,20}:)?worksheet>$/.test(tail)) return { kind: 'content', sheet: sheet.name };
  }
  return { kind: 'content' };
}
