/**
 * Turns an ExcelJS workbook into `.xlsx` bytes with ExcelJS's public writer (`xlsx.writeBuffer`),
 * so any ExcelJS 4.x will do. Characters XML does not allow are replaced in the workbook first:
 * ExcelJS drops the C0 ones silently and writes the others, which makes the file unreadable to
 * Excel and to this checker.
 *
 * ExcelJS builds the whole file in memory: for a report on 100.000 interventions (1,9 million
 * cells) that costs some 14 s and 1,4 GB besides the workbook itself (docs/robuustheid.md,
 * `npm run bench` part 6). Its streaming writer, which holds one row at a time, writes no tables
 * and no Excel 2010 data bars, and was no faster here; storing the parts unpacked and deflating
 * them with Node's zlib instead of JSZip's JavaScript was slower.
 */
import ExcelJS from 'exceljs';

export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  replaceForbiddenCharacters(workbook);
  const written = await workbook.xlsx.writeBuffer();
  // A Buffer under Node; copied only where ExcelJS hands back another kind of bytes.
  return Buffer.isBuffer(written) ? written : Buffer.from(written);
}

/**
 * C0 controls but tab and line breaks, U+FFFE, U+FFFF, a lone surrogate: a control is replaced by
 * its symbol (␛ for ESC), the others by U+FFFD, visibly rather than silently.
 */
const FORBIDDEN_IN_XML =
  /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_FORBIDDEN = new RegExp(FORBIDDEN_IN_XML.source);

export function xmlSafe(text: string): string {
  if (!HAS_FORBIDDEN.test(text)) return text;
  return text.replace(FORBIDDEN_IN_XML, (c) =>
    c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : '\ufffd',
  );
}

/** Every text a cell shows or keeps (value, formula, cached result, note) and each sheet's header and footer. */
function replaceForbiddenCharacters(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    const headerFooter = worksheet.headerFooter as unknown as Record<string, unknown> | undefined;
    for (const key of Object.keys(headerFooter ?? {})) {
      const text = headerFooter![key];
      if (typeof text === 'string') headerFooter![key] = xmlSafe(text);
    }
    // findRow/findCell: eachRow and eachCell with includeEmpty would add the rows and cells they visit.
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.findRow(r);
      for (let c = 1; row && c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        if (cell) replaceInCell(cell);
      }
    }
  }
}

function replaceInCell(cell: ExcelJS.Cell): void {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops a result of 0, "" or false.
    const formula = cell.formula;
    const result = cell.result;
    const safeFormula = xmlSafe(formula);
    const safeResult = safeObject(result);
    if (safeFormula !== formula || safeResult !== result)
      cell.value = { formula: safeFormula, result: safeResult } as ExcelJS.CellFormulaValue;
  } else if (cell.type !== ExcelJS.ValueType.Merge) {
    // (The part of a merged range under its top-left cell shows that cell's value; it has none of its own.)
    replaceInValue(cell);
  }
  const note = cell.note;
  if (note !== undefined) {
    const safe = typeof note === 'string' ? xmlSafe(note) : safeObject(note);
    if (safe !== note) cell.note = safe as string | ExcelJS.Comment;
  }
}

function replaceInValue(cell: ExcelJS.Cell): void {
  const value = cell.value;
  if (typeof value === 'string') {
    const safe = xmlSafe(value);
    if (safe !== value) cell.value = safe;
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const safe = safeObject(value);
    if (safe !== value) cell.value = safe as ExcelJS.CellValue;
  }
}

/**
 * A copy of a value object (rich text, link, formula, error, note) with its texts made safe, or
 * the object itself when none needed it. Only strings are replaced; numbers, dates and the
 * object's shape stay as they are.
 */
function safeObject<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => safeObject(item));
    return items.some((item, i) => item !== value[i]) ? (items as T) : value;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const safe = safeObject(item);
    if (safe !== item) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = safe;
    }
  }
  return (copy ?? value) as T;
}
