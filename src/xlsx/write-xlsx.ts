/**
 * Turns an ExcelJS workbook into `.xlsx` bytes as ExcelJS's own writer does, part for part, in a
 * fraction of its time and memory on big workbooks.
 *
 * ExcelJS 4.4's `writeBuffer` builds a model of every cell of every sheet at once (twice over),
 * writes its bookkeeping onto each cell's model, keeps each part as one string made of millions of
 * small ones, and zips it all at the end in JavaScript: for a report on 100.000 rows a minute and
 * 3 GB, much of it spent collecting garbage. This writer takes one sheet at a time, writes the
 * common kinds of cell straight from the cells, and deflates the XML as it is made (./zip), so no
 * part is ever held whole. Everything else, and every cell of another kind, is ExcelJS's own code
 * (its xforms), called in ExcelJS's order with ExcelJS's bookkeeping (shared strings, style ids,
 * tables, comments), so every part comes out the same, byte for byte; only the zip around them is
 * ours. That ties this module to ExcelJS 4.4's internals, named below; tests/xlsx/write-xlsx.test.ts
 * compares the two writers part by part on every kind of cell, so an ExcelJS that changes them
 * fails there first.
 */
import type ExcelJS from 'exceljs';
import { ZipWriter, type Part } from './zip';

/** An ExcelJS worksheet model as its xforms see it; only what this module touches is named. */
interface SheetModel {
  id: number;
  rows: unknown[];
  dimensions: unknown;
  rels?: unknown[];
  comments: unknown[];
  tables: Array<{ target?: string; id?: number }>;
  [key: string]: unknown;
}

/** The workbook model ExcelJS's writer passes around (`Workbook.model` plus what `prepareModel` adds). */
interface BookModel {
  worksheets: Array<SheetModel | { name: string; pageSetup: unknown }>;
  properties: { date1904?: boolean };
  media: unknown[];
  [key: string]: unknown;
}

interface XmlStreamInternals {
  _xml: string[];
  _rollbacks: unknown[];
  openNode(name: string): void;
  addAttribute(name: string, value: unknown): void;
  writeXml(xml: string): void;
  closeNode(): void;
  closeAll(): void;
}

interface Xform {
  prepare(model: unknown, options?: unknown): void;
  render(xmlStream: XmlStreamInternals, model: unknown): void;
}

interface SharedStrings extends Xform {
  readonly count: number;
  readonly model: unknown;
  /** Each string's index, as `add` gave it. */
  readonly hash: Readonly<Record<string, number>>;
  add(value: string): number;
}

interface StylesManager extends Xform {
  addStyleModel(model: object | undefined, cellType?: number): number;
}

/** What ExcelJS's worksheet xform hands each row and cell while preparing a sheet. */
interface PrepareOptions {
  readonly sharedStrings: SharedStrings;
  readonly styles: StylesManager;
}

/** The parts of ExcelJS's XLSX class (`workbook.xlsx`) that write one kind of part each. */
interface XlsxInternals {
  addContentTypes(zip: ZipWriter, model: BookModel): Promise<void>;
  addOfficeRels(zip: ZipWriter, model: BookModel): Promise<void>;
  addWorkbookRels(zip: ZipWriter, model: BookModel): Promise<void>;
  addDrawings(zip: ZipWriter, model: BookModel): void;
  addTables(zip: ZipWriter, model: BookModel): void;
  addThemes(zip: ZipWriter, model: BookModel): Promise<void>;
  addStyles(zip: ZipWriter, model: BookModel): Promise<void>;
  addMedia(zip: ZipWriter, model: BookModel): Promise<void>;
  addApp(zip: ZipWriter, model: BookModel): Promise<void>;
  addCore(zip: ZipWriter, model: BookModel): Promise<void>;
  addWorkbook(zip: ZipWriter, model: BookModel): Promise<void>;
}

/** The parts ExcelJS writes before the sheets, in its order; they go first in the zip too. */
const LEADING_PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels'];

/** A cell's value model as ExcelJS keeps it (`cell._value.model`), before any writer adds to it. */
interface ValueModel {
  readonly address: string;
  readonly type: number;
  readonly value?: unknown;
  readonly formula?: string;
  readonly result?: unknown;
  readonly shareType?: string;
  readonly si?: number;
}

interface CellInternals {
  readonly _value: { readonly model: ValueModel };
  readonly _comment?: unknown;
}

type XformClass<T = Xform> = new (option?: unknown) => T;
// ExcelJS 4.4's internals, which its typings and its package entry leave out.
const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => XmlStreamInternals;
const utils = require('exceljs/lib/utils/utils') as { xmlEncode(text: string): string };
const excelXmlEncode = utils.xmlEncode;
/**
 * Characters XML does not allow (C0 controls but tab and line breaks, U+FFFE, U+FFFF, a lone
 * surrogate) would make the report unreadable, to Excel and to this checker; ExcelJS drops the C0
 * ones silently and writes the others. They are replaced visibly: a control by its symbol (␛ for
 * ESC), the others by U+FFFD. ExcelJS's XML stream calls this module's function, so its parts and
 * this module's get the same treatment.
 */
const FORBIDDEN_IN_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export function xmlEncode(text: string): string {
  return excelXmlEncode(text.replace(FORBIDDEN_IN_XML, (c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : '\ufffd')));
}
utils.xmlEncode = xmlEncode;
const Range = require('exceljs/lib/doc/range') as new () => { expand(top: number, left: number, bottom: number, right: number): void };
const WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as XformClass<Xform & { map: { sheetData: { childXform: unknown } } }>;
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as XformClass;
const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform') as XformClass;
const RelationshipsXform = require('exceljs/lib/xlsx/xform/core/relationships-xform') as XformClass;
const CommentsXform = require('exceljs/lib/xlsx/xform/comment/comments-xform') as XformClass;
const VmlNotesXform = require('exceljs/lib/xlsx/xform/comment/vml-notes-xform') as XformClass;
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as XformClass<SharedStrings>;
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as XformClass<StylesManager>;

/** ExcelJS's `Enums.ValueType` and `Enums.FormulaType`, as far as this module tells them apart. */
const TYPE = { Null: 0, Number: 2, String: 3, Date: 4, Formula: 6, Boolean: 9 } as const;
const SHARED_FORMULA = 2;

/**
 * Pieces of XML collected before they are written on. Few enough that the pieces' list and their
 * joined string stay small objects (under V8's 128 kB), which die young: bigger ones are made in
 * the old generation and bring on its slow full collections.
 */
const FLUSH_PIECES = 2_000;

/**
 * ExcelJS's XML stream, written on into a zip part as it goes: a big part otherwise piles up as
 * millions of small strings before one join. Only between nodes, and never while an xform may
 * still roll back what it wrote.
 */
class PartXmlStream extends XmlStream {
  constructor(private readonly part: Part) {
    super();
  }

  override closeNode(): void {
    super.closeNode();
    if (this._xml.length >= FLUSH_PIECES && this._rollbacks.length === 0) this.flush();
  }

  end(): void {
    this.closeAll();
    this.flush();
    this.part.end();
  }

  private flush(): void {
    if (this._xml.length === 0) return;
    this.part.write(this._xml.join(''));
    this._xml = [];
  }
}

function writePart(zip: ZipWriter, name: string, xform: Xform, model: unknown): void {
  const stream = new PartXmlStream(zip.part(name));
  xform.render(stream, model);
  stream.end();
}

export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const model = bookModelWithoutSheets(workbook);
  const zip = new ZipWriter();

  // From here to the end of the loop: ExcelJS's XLSX.prepareModel and addWorksheets, one sheet at a time.
  model.creator = model.creator || 'ExcelJS';
  model.lastModifiedBy = model.lastModifiedBy || 'ExcelJS';
  model.created = model.created || new Date();
  model.modified = model.modified || new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  const sharedStrings = new SharedStringsXform();
  const styles = withEmptyStylesOnce(new StylesXform(true));
  model.sharedStrings = sharedStrings;
  model.styles = styles;
  const worksheets = workbook.worksheets;
  // The workbook's own preparation reads only each sheet's name and page setup (print areas).
  model.worksheets = worksheets.map((ws) => ({ name: ws.name, pageSetup: ws.pageSetup }));
  new WorkbookXform().prepare(model);
  const drawings: unknown[] = [];
  const commentRefs: unknown[] = [];
  const tables: unknown[] = [];
  model.drawings = drawings;
  model.commentRefs = commentRefs;
  model.tables = tables;
  const options = { sharedStrings, styles, date1904: model.properties.date1904, drawingsCount: 0, media: model.media, drawings, commentRefs };
  const sheetXforms = { prepare: new WorksheetXform(), render: new WorksheetXform() };
  const rowsXform = new SheetRowsXform();
  const directXforms = { prepare: withSheetRows(new WorksheetXform(), rowsXform), render: withSheetRows(new WorksheetXform(), rowsXform) };
  const relationships = new RelationshipsXform();
  const comments = new CommentsXform();
  const vmlNotes = new VmlNotesXform();
  for (const [i, worksheet] of worksheets.entries()) {
    // A shared formula's first cell is written with what the cells sharing it add later on, so a
    // sheet with those is left entirely to ExcelJS's own way.
    const direct = !hasSharedFormulaClones(worksheet);
    const sheet = direct ? modelWithoutRows(worksheet) : (worksheet.model as unknown as SheetModel);
    if (direct) sheet.rows = [new SheetRows(worksheet, sheet)];
    const xforms = direct ? directXforms : sheetXforms;
    for (const table of sheet.tables) {
      table.id = tables.length + 1;
      table.target = `table${table.id}.xml`;
      tables.push(table);
    }
    xforms.prepare.prepare(sheet, options);
    writePart(zip, `xl/worksheets/sheet${sheet.id}.xml`, xforms.render, sheet);
    if (sheet.rels && sheet.rels.length > 0) writePart(zip, `xl/worksheets/_rels/sheet${sheet.id}.xml.rels`, relationships, sheet.rels);
    if (sheet.comments.length > 0) {
      writePart(zip, `xl/comments${sheet.id}.xml`, comments, sheet);
      writePart(zip, `xl/drawings/vmlDrawing${sheet.id}.vml`, vmlNotes, sheet);
    }
    // What follows needs the sheet's name, tables, comments and relationships, not its rows.
    sheet.rows = [];
    model.worksheets[i] = sheet;
  }

  // The rest of ExcelJS's XLSX.write, in its order.
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  if (sharedStrings.count) writePart(zip, 'xl/sharedStrings.xml', sharedStrings, sharedStrings.model);
  xlsx.addDrawings(zip, model);
  xlsx.addTables(zip, model);
  await xlsx.addThemes(zip, model);
  await xlsx.addStyles(zip, model);
  await xlsx.addMedia(zip, model);
  await xlsx.addApp(zip, model);
  await xlsx.addCore(zip, model);
  await xlsx.addWorkbook(zip, model);
  return zip.archive(model.modified as Date, LEADING_PARTS);
}

/** `Workbook.model` without building the sheets' models, which the getter would do twice. */
function bookModelWithoutSheets(workbook: ExcelJS.Workbook): BookModel {
  return modelGetter(workbook).call(Object.create(workbook, { worksheets: { value: [] } })) as BookModel;
}

/** `Worksheet.model` (sheet views, columns, tables, conditional formats...) without its rows. */
function modelWithoutRows(worksheet: ExcelJS.Worksheet): SheetModel {
  return modelGetter(worksheet).call(Object.create(worksheet, { _rows: { value: [] } })) as SheetModel;
}

function modelGetter(object: object): () => unknown {
  const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(object), 'model')?.get;
  if (!getter) throw new Error('ExcelJS: no model getter on the workbook or worksheet');
  return getter;
}

function hasSharedFormulaClones(worksheet: ExcelJS.Worksheet): boolean {
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    for (let c = 1; row && c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell?.type === TYPE.Formula && (cell.formulaType as number) === SHARED_FORMULA) return true;
    }
  }
  return false;
}

/** A worksheet xform whose sheet data is one SheetRows, prepared and rendered by `rowsXform`. */
function withSheetRows<T extends { map: { sheetData: { childXform: unknown } } }>(xform: T, rowsXform: SheetRowsXform): T {
  xform.map.sheetData.childXform = rowsXform;
  return xform;
}

/** The rows of a worksheet, standing in its model for the list of row models ExcelJS would build. */
class SheetRows {
  /** Set by preparing: the shared strings and styles the rows were registered with. */
  options: PrepareOptions | undefined;

  constructor(
    readonly worksheet: ExcelJS.Worksheet,
    readonly sheet: SheetModel,
  ) {}

  /** What ExcelJS's Row.model keeps of each row: those with a height or a cell, and their first and last column. */
  *rows(): Generator<{ row: ExcelJS.Row; min: number; max: number }> {
    const { worksheet } = this;
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.findRow(r);
      if (!row) continue;
      let min = 0;
      let max = 0;
      for (let c = 1; c <= row.cellCount; c++) {
        if (!row.findCell(c)) continue;
        if (!min) min = c;
        max = c;
      }
      if (row.height || min) yield { row, min, max };
    }
  }
}

/**
 * ExcelJS's row and cell xforms for a whole sheet, working from the cells themselves instead of
 * a model of each. Preparing registers every cell's style and string, as ExcelJS's prepare does,
 * without writing onto the cells' models; rendering writes each row as ExcelJS's RowXform does,
 * and a cell of a common kind (empty, a number, a string, a formula with an empty, number, string
 * or true/false result; without a note) as one piece of XML instead of a dozen. Any other cell goes
 * through ExcelJS's own cell xform, its model prepared and rendered as ExcelJS would.
 */
class SheetRowsXform {
  private readonly cellXform = new CellXform();

  prepare(rows: SheetRows, options: PrepareOptions): void {
    const dimensions = new Range();
    let written = 0;
    for (const { row, min, max } of rows.rows()) {
      written++;
      dimensions.expand(row.number, min, row.number, max);
      options.styles.addStyleModel(rowStyle(row));
      for (let c = min; c > 0 && c <= max; c++) {
        const cell = row.findCell(c);
        if (cell && !prepareCommonCell(cell, options)) this.cellXform.prepare(cell.model, options);
      }
    }
    rows.sheet.dimensions = dimensions;
    // No row to write: ExcelJS's empty list of rows, for its `<sheetData/>`.
    if (written === 0) rows.sheet.rows = [];
    rows.options = options;
  }

  render(xmlStream: XmlStreamInternals, rows: SheetRows): void {
    const options = rows.options!;
    for (const { row, min, max } of rows.rows()) {
      const styleId = options.styles.addStyleModel(rowStyle(row));
      xmlStream.openNode('row');
      xmlStream.addAttribute('r', row.number);
      if (row.height) {
        xmlStream.addAttribute('ht', row.height);
        xmlStream.addAttribute('customHeight', '1');
      }
      if (row.hidden) xmlStream.addAttribute('hidden', '1');
      if (min > 0 && max > 0 && min <= max) xmlStream.addAttribute('spans', `${min}:${max}`);
      if (styleId) {
        xmlStream.addAttribute('s', styleId);
        xmlStream.addAttribute('customFormat', '1');
      }
      xmlStream.addAttribute('x14ac:dyDescent', '0.25');
      if (row.outlineLevel) xmlStream.addAttribute('outlineLevel', row.outlineLevel);
      if (row.collapsed) xmlStream.addAttribute('collapsed', '1');
      for (let c = min; c > 0 && c <= max; c++) {
        const cell = row.findCell(c);
        if (!cell) continue;
        const xml = commonCellXml(cell, options);
        if (xml === undefined) this.cellXform.render(xmlStream, cell.model);
        else if (xml !== '') xmlStream.writeXml(xml);
      }
      xmlStream.closeNode();
    }
  }
}

/** ExcelJS's typings leave out a row's own style object. */
function rowStyle(row: ExcelJS.Row): object {
  return (row as unknown as { style: object }).style;
}

/** The value model of a cell of a common kind; undefined for any other cell. */
function commonModel(cell: ExcelJS.Cell): ValueModel | undefined {
  const internals = cell as unknown as CellInternals;
  if (internals._comment) return undefined;
  const model = internals._value.model;
  switch (model.type) {
    case TYPE.Null:
      return model;
    case TYPE.Number:
      return typeof model.value === 'number' ? model : undefined;
    case TYPE.String:
      return typeof model.value === 'string' ? model : undefined;
    case TYPE.Formula:
      return model.shareType === undefined && model.si === undefined && model.formula && resultType(model.result) !== undefined ? model : undefined;
    default:
      return undefined;
  }
}

/** ExcelJS's type of a formula's result, for the results of a common formula cell. */
function resultType(result: unknown): number | undefined {
  if (result === null || result === undefined) return TYPE.Null;
  if (typeof result === 'number') return TYPE.Number;
  if (typeof result === 'string') return TYPE.String;
  if (typeof result === 'boolean') return TYPE.Boolean;
  return undefined;
}

/** The type ExcelJS chooses a cell's style by (a formula's by its result). */
function styleType(model: ValueModel): number {
  return model.type === TYPE.Formula ? resultType(model.result)! : model.type;
}

/** ExcelJS's CellXform.prepare for a cell of a common kind; false for any other cell. */
function prepareCommonCell(cell: ExcelJS.Cell, options: PrepareOptions): boolean {
  const model = commonModel(cell);
  if (!model) return false;
  options.styles.addStyleModel(cell.style || {}, styleType(model));
  if (model.type === TYPE.String) options.sharedStrings.add(model.value as string);
  return true;
}

/**
 * What ExcelJS 4.4's CellXform.render writes for a prepared cell of a common kind: '' when
 * nothing (an empty cell with the default style); undefined for any other cell.
 */
function commonCellXml(cell: ExcelJS.Cell, options: PrepareOptions): string | undefined {
  const model = commonModel(cell);
  if (!model) return undefined;
  const styleId = options.styles.addStyleModel(cell.style || {}, styleType(model));
  const style = styleId ? ` s="${styleId}"` : '';
  const at = model.address;
  switch (model.type) {
    case TYPE.Null:
      return style === '' ? '' : `<c r="${at}"${style}/>`;
    case TYPE.Number:
      return `<c r="${at}"${style}><v>${model.value as number}</v></c>`;
    case TYPE.String:
      return `<c r="${at}"${style} t="s"><v>${options.sharedStrings.hash[model.value as string]}</v></c>`;
    default: {
      const f = `<f>${xmlEncode(model.formula!)}</f>`;
      const { result } = model;
      if (typeof result === 'number') return `<c r="${at}"${style}>${f}<v>${result}</v></c>`;
      if (typeof result === 'string') return `<c r="${at}"${style} t="str">${f}<v>${xmlEncode(result)}</v></c>`;
      if (typeof result === 'boolean') return `<c r="${at}"${style} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
      return `<c r="${at}"${style}>${f}</c>`;
    }
  }
}

/**
 * ExcelJS's style manager, answering at once for an empty style object. Every row has an empty
 * style object of its own, as has a cell nobody styled, and ExcelJS renders the XML of each to
 * find the default style again: hundreds of thousands of times on a big report. An empty style
 * gives one id for dates and one for everything else, found the first time by ExcelJS itself
 * (which also adds the default font on its first call).
 */
function withEmptyStylesOnce(styles: StylesManager): StylesManager {
  const addStyleModel = styles.addStyleModel.bind(styles);
  const known = new Map<boolean, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model || !isEmpty(model)) return addStyleModel(model, cellType);
    const isDate = cellType === TYPE.Date;
    let id = known.get(isDate);
    if (id === undefined) {
      id = addStyleModel({}, cellType);
      known.set(isDate, id);
    }
    return id;
  };
  return styles;
}

function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}
