/**
 * LibreOffice Calc as an independent spreadsheet program for tests and screenshots.
 *
 * `recalculate()` opens an `.xlsx` in headless LibreOffice with "recalculate on load: always",
 * saves it back to `.xlsx` and reads the freshly computed cached values with ExcelJS. LibreOffice's
 * default for Excel 2007+ files is to TRUST the cached results, so without that setting a wrong
 * `result` written by ExcelJS would come straight back and prove nothing.
 *
 * `renderToPng()` exports a workbook to PDF (again recalculated) and rasterises one sheet with
 * poppler's `pdftoppm`, for README screenshots.
 *
 * System packages (Debian): libreoffice-calc-nogui, poppler-utils; .ci/run installs them.
 * Used by the tests (tests/integration) and by scripts/render-readme-picture.ts.
 *
 * Robustness: every call gets its own throw-away LibreOffice profile (two soffice processes sharing
 * a profile would hand the job to each other or fail on the profile lock, and Jest runs test files
 * in parallel workers), runs soffice in its own process group that is killed with SIGKILL on a
 * timeout and after exit (soffice is a shell script → oosplash → soffice.bin, and only killing the
 * whole group guarantees nothing is left behind), and removes its temp directory afterwards.
 */
import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { address as a1 } from '../src/engine/grid';

/** An error value as the spreadsheet shows it, e.g. `#DIV/0!`, `#NAME?`, `#VALUE!`, `#N/A`. */
export interface CellError {
  readonly error: string;
}

/** What a cell holds after recalculation; `null` for an empty cell. */
export type RecalculatedValue = number | string | boolean | Date | CellError | null;

export interface RecalculatedCell {
  /** A1-style address on its sheet, e.g. `D21`. */
  readonly address: string;
  readonly value: RecalculatedValue;
  /** The formula as LibreOffice saved it back (it may normalise case, e.g. `FALSE()`); absent for constants. */
  readonly formula?: string;
}

/** Rows then columns, 0-based: `sheet[0][0]` is A1. Rows are padded with empty cells to a rectangle. */
export type RecalculatedSheet = RecalculatedCell[][];

/** Sheet name → cells, in workbook order. */
export type RecalculatedWorkbook = Map<string, RecalculatedSheet>;

export interface RunOptions {
  /** Kills LibreOffice after this long. A cold start of a fresh profile takes ~1–2 s here. */
  readonly timeoutMs?: number;
}

export interface RenderOptions extends RunOptions {
  /** Sheet to render; the first sheet when omitted. */
  readonly sheet?: string;
  /** Resolution of the PNG, default 110 dpi. */
  readonly dpi?: number;
  /** Locale for number formats, e.g. `nl-NL` renders `€ 1.234,50`; default: the process's locale. */
  readonly locale?: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const INSTALL_HINT =
  'install it with: apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils (see .ci/run)';

// ---------------------------------------------------------------------------------------------
// Finding the programs
// ---------------------------------------------------------------------------------------------

/** Looks a command up on PATH without spawning a shell, so the check is cheap and synchronous. */
function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: try the next PATH entry
    }
  }
  return undefined;
}

export function libreOfficeAvailable(): boolean {
  return findOnPath('soffice') !== undefined;
}

export function popplerAvailable(): boolean {
  return findOnPath('pdftoppm') !== undefined && findOnPath('pdfinfo') !== undefined;
}

function requireCommand(command: string): string {
  const found = findOnPath(command);
  if (found === undefined) throw new Error(`'${command}' was not found on PATH; ${INSTALL_HINT}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Running a process safely
// ---------------------------------------------------------------------------------------------

interface ProcessOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/** Kills the whole process group; ESRCH just means everything already exited. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // group already gone
  }
}

/**
 * Runs a command in its own process group (`detached`), so that a timeout or a normal exit can
 * take its grandchildren down with it. Rejects on a non-zero exit or a timeout, with the output.
 */
function runProcess(command: string, args: readonly string[], timeoutMs: number): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    // 'exit' comes before the pipes close; a straggler holding them open would otherwise delay 'close'.
    child.on('exit', () => killGroup(child.pid));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const shown = `${path.basename(command)} ${args.join(' ')}`;
      if (timedOut) reject(new Error(`${shown} timed out after ${timeoutMs} ms\n${stdout}${stderr}`));
      else if (code !== 0) reject(new Error(`${shown} exited with ${code ?? signal}\n${stdout}${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// A throw-away LibreOffice profile
// ---------------------------------------------------------------------------------------------

interface ConfigItem {
  readonly path: string;
  readonly prop: string;
  readonly value: string;
}

/**
 * Recalculation on load, for OOXML and ODF alike. 0 = always, 1 = never (the shipped default),
 * 2 = ask (which headless cannot). Keys: officecfg/registry/schema/org/openoffice/Office/Calc.xcs.
 */
const ALWAYS_RECALCULATE: readonly ConfigItem[] = [
  { path: '/org.openoffice.Office.Calc/Formula/Load', prop: 'OOXMLRecalcMode', value: '0' },
  { path: '/org.openoffice.Office.Calc/Formula/Load', prop: 'ODFRecalcMode', value: '0' },
];

function localeItem(locale: string): ConfigItem {
  // Checked because it goes into XML and a typo would silently fall back to the system locale.
  if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(locale)) throw new Error(`Not a locale like 'nl-NL': ${locale}`);
  return { path: '/org.openoffice.Setup/L10N', prop: 'ooSetupSystemLocale', value: locale };
}

/** Writes `user/registrymodifications.xcu` before the first start; LibreOffice keeps it on profile creation. */
function writeProfile(profileDir: string, items: readonly ConfigItem[]): void {
  const lines = items.map(
    (i) =>
      `<item oor:path="${i.path}"><prop oor:name="${i.prop}" oor:op="fuse"><value>${i.value}</value></prop></item>`,
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ...lines,
    '</oor:items>',
    '',
  ].join('\n');
  mkdirSync(path.join(profileDir, 'user'), { recursive: true });
  writeFileSync(path.join(profileDir, 'user', 'registrymodifications.xcu'), xml);
}

// ---------------------------------------------------------------------------------------------
// Converting with LibreOffice
// ---------------------------------------------------------------------------------------------

/** A scratch directory per call, removed by `withWorkDir` whatever happens. */
async function withWorkDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'npo-libreoffice-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Conversion {
  /** `--convert-to` target, e.g. `xlsx:Calc MS Excel 2007 XML` or `pdf:calc_pdf_Export:{...}`. */
  readonly target: string;
  /** Extension of the file LibreOffice writes. */
  readonly extension: string;
  readonly settings: readonly ConfigItem[];
  readonly timeoutMs: number;
}

/**
 * Converts `input` inside `workDir` and returns the output path. The input is copied under a plain
 * name first so the output name is known and odd characters in the caller's path cannot matter.
 * soffice exits 0 even when it could not load the file, so success is judged by the output existing.
 */
async function convert(input: string, workDir: string, conversion: Conversion): Promise<string> {
  const soffice = requireCommand('soffice');
  if (!existsSync(input)) throw new Error(`No such workbook: ${input}`);
  const profileDir = path.join(workDir, 'profile');
  const inDir = path.join(workDir, 'in');
  const outDir = path.join(workDir, 'out');
  writeProfile(profileDir, conversion.settings);
  mkdirSync(inDir);
  mkdirSync(outDir);
  const source = path.join(inDir, `book${path.extname(input) || '.xlsx'}`);
  copyFileSync(input, source);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    conversion.target,
    '--outdir',
    outDir,
    source,
  ];
  const output = await runProcess(soffice, args, conversion.timeoutMs);
  const produced = path.join(outDir, `book.${conversion.extension}`);
  if (!existsSync(produced)) {
    throw new Error(
      `LibreOffice wrote no ${conversion.extension} for ${input} (got: ${readdirSync(outDir).join(', ') || 'nothing'})\n${output.stdout}${output.stderr}`,
    );
  }
  return produced;
}

// ---------------------------------------------------------------------------------------------
// Reading the recalculated values
// ---------------------------------------------------------------------------------------------

export function isCellError(value: RecalculatedValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** Reduces ExcelJS's value shapes (formula, rich text, hyperlink, error) to a plain value. */
function plainValue(value: ExcelJS.CellValue): RecalculatedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result);
  if ('text' in value) return String(value.text);
  throw new Error(`Unexpected cell value ${JSON.stringify(value)}`);
}

/**
 * LibreOffice writes `<v></v>` for a formula that yields "", which ExcelJS reads as no result. Read
 * results through `cell.result`: ExcelJS's `cell.value` drops falsy results (0, "", FALSE).
 */
function formulaResult(result: unknown): RecalculatedValue {
  return plainValue((result === undefined ? '' : result) as ExcelJS.CellValue);
}

function cellValue(cell: ExcelJS.Cell): RecalculatedValue {
  return cell.type === ExcelJS.ValueType.Formula ? formulaResult(cell.result) : plainValue(cell.value);
}

function formulaOf(value: ExcelJS.CellValue): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  if ('formula' in value && typeof value.formula === 'string') return value.formula;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return value.sharedFormula;
  return undefined;
}

function sheetCells(worksheet: ExcelJS.Worksheet): RecalculatedSheet {
  const found = new Map<string, RecalculatedCell>();
  let rows = 0;
  let columns = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const formula = formulaOf(cell.value);
      const address = a1(rowNumber - 1, colNumber - 1);
      found.set(
        address,
        formula === undefined ? { address, value: cellValue(cell) } : { address, value: cellValue(cell), formula },
      );
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, colNumber);
    });
  });
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const address = a1(r, c);
      return found.get(address) ?? { address, value: null };
    }),
  );
}

async function readValues(xlsxPath: string): Promise<RecalculatedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  // `worksheets` is in tab order, unlike `eachSheet`, which goes by internal id.
  return new Map(workbook.worksheets.map((ws) => [ws.name, sheetCells(ws)]));
}

/**
 * Opens the workbook in LibreOffice Calc, recalculates every formula (cached results in the file
 * are ignored) and returns each sheet's values. Errors come back as `{ error: '#DIV/0!' }` etc.:
 * LibreOffice's own codes without an Excel twin (Err:502 invalid argument, Err:522 circular
 * reference, …) are saved to .xlsx as `#VALUE!`, so they are reported as that.
 * Numbers are what LibreOffice saved: rounded to 15 significant digits, like Excel.
 */
export async function recalculate(xlsxPath: string, options: RunOptions = {}): Promise<RecalculatedWorkbook> {
  const target = 'xlsx:Calc MS Excel 2007 XML';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return withWorkDir(async (dir) =>
    readValues(await convert(xlsxPath, dir, { target, extension: 'xlsx', settings: ALWAYS_RECALCULATE, timeoutMs })),
  );
}

/** The cell at an A1 address, or an empty cell when it lies outside the used range. */
export function cellAt(sheet: RecalculatedSheet, address: string): RecalculatedCell {
  const match = /^([A-Z]+)([1-9]\d*)$/.exec(address);
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  return sheet[row - 1]?.[column - 1] ?? { address, value: null };
}

export interface ErrorCell extends RecalculatedCell {
  readonly sheet: string;
  readonly value: CellError;
}

/** Every cell holding an error, for an assertion like `expect(errorCells(book)).toEqual([])`. */
export function errorCells(workbook: RecalculatedWorkbook): ErrorCell[] {
  const errors: ErrorCell[] = [];
  for (const [sheet, rows] of workbook) {
    for (const cell of rows.flat()) {
      if (isCellError(cell.value)) errors.push({ ...cell, sheet, value: cell.value });
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Rendering to PNG
// ---------------------------------------------------------------------------------------------

/**
 * `SinglePageSheets` puts every sheet on exactly one page sized to its used area, hidden and empty
 * sheets included, so page N is sheet N and a screenshot has no page breaks or paper margins.
 * (Hiding the other sheets does not help: this option exports hidden sheets too. Without the
 * option hidden sheets are skipped, but one sheet may then span several paper-sized pages.)
 */
const PDF_ONE_PAGE_PER_SHEET = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

async function sheetNames(xlsxPath: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  return workbook.worksheets.map((ws) => ws.name);
}

async function pdfPageCount(pdfPath: string, timeoutMs: number): Promise<number> {
  const { stdout } = await runProcess(requireCommand('pdfinfo'), [pdfPath], timeoutMs);
  const match = /^Pages:\s+(\d+)$/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdfPath}:\n${stdout}`);
  return Number(match[1]);
}

export interface PrintedPage {
  /** Width and height in PostScript points (A4 portrait is 595 × 842). */
  readonly width: number;
  readonly height: number;
}

/**
 * Prints the workbook to PDF as a user's "Print" would, honouring each sheet's page setup
 * (orientation, fit to pages, print titles, footers), and gives the size of every page. Hidden
 * sheets are not printed.
 */
export async function printedPages(
  xlsxPath: string,
  options: RunOptions & { readonly locale?: string } = {},
): Promise<PrintedPage[]> {
  requireCommand('pdfinfo');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const settings =
    options.locale === undefined ? ALWAYS_RECALCULATE : [...ALWAYS_RECALCULATE, localeItem(options.locale)];
  return withWorkDir(async (dir) => {
    const pdf = await convert(xlsxPath, dir, { target: 'pdf:calc_pdf_Export', extension: 'pdf', settings, timeoutMs });
    const pages = await pdfPageCount(pdf, timeoutMs);
    const { stdout } = await runProcess(requireCommand('pdfinfo'), ['-f', '1', '-l', String(pages), pdf], timeoutMs);
    return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
  });
}

/**
 * Renders one sheet of the workbook, recalculated, to `outPng`. Returns the path written.
 * Fonts: LibreOffice substitutes Calibri (ExcelJS's default) with Carlito, its metric twin, when
 * fonts-crosextra-carlito is installed, else with DejaVu Sans, which is wider.
 */
export async function renderToPng(xlsxPath: string, outPng: string, options: RenderOptions = {}): Promise<string> {
  requireCommand('pdftoppm');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const names = await sheetNames(xlsxPath);
  const index = options.sheet === undefined ? 0 : names.indexOf(options.sheet);
  if (index < 0) throw new Error(`No sheet '${options.sheet}' in ${xlsxPath}; it has: ${names.join(', ')}`);
  const settings =
    options.locale === undefined ? ALWAYS_RECALCULATE : [...ALWAYS_RECALCULATE, localeItem(options.locale)];
  return withWorkDir(async (dir) => {
    const pdf = await convert(xlsxPath, dir, { target: PDF_ONE_PAGE_PER_SHEET, extension: 'pdf', settings, timeoutMs });
    // Page N is sheet N only while LibreOffice keeps one page per sheet; refuse to guess otherwise.
    const pages = await pdfPageCount(pdf, timeoutMs);
    if (pages !== names.length) throw new Error(`Expected one PDF page per sheet (${names.length}), got ${pages}`);
    mkdirSync(path.dirname(path.resolve(outPng)), { recursive: true });
    const prefix = outPng.replace(/\.png$/i, ''); // -singlefile appends .png itself
    const page = String(index + 1);
    await runProcess(
      requireCommand('pdftoppm'),
      ['-png', '-r', String(options.dpi ?? 110), '-f', page, '-l', page, '-singlefile', pdf, prefix],
      timeoutMs,
    );
    return `${prefix}.png`;
  });
}
