/**
 * The hostile corpus (issue 13): files and invocations made to break the checker's promises, one
 * or more per class of attack, built at test time. Each says what `npo-check` must answer; the
 * test (hostile.test.ts) adds the invariants every case shares: it ends within a time bound and a
 * memory bound, prints one named sentence and never a stack trace, leaves the input as it was and
 * leaves no stray file behind.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadWorkbookFile } from '../../src/xlsx/read-file';
import { crc32 } from '../../src/xlsx/zip';
import { HEADER, INTERVENTIONS, newWorkbook, sumFormula, type CellValue, type SheetSpec } from '../corpus/workbooks';
import { entriesOf, partsOf, rawZip, type RawEntry } from './raw-zip';

/** Unpacked XML beyond the 40 MB the checker reads, packed into a few hundred kB. */
const BOMB_BYTES = 48 * 1024 * 1024;

export type Klass =
  | 'size and checksum bypass'
  | 'parts beyond the sheets'
  | 'declared ranges'
  | 'super-linear text processing'
  | 'terminal escapes'
  | 'unnamed internal errors'
  | 'misleading sentences'
  | 'silent choices'
  | 'data-loss windows'
  | 'endless inputs';

export interface Built {
  /** The input file (or device) given to `npo-check`. */
  readonly input: string;
  /** Arguments around it; the input is put where `{input}` stands, else first. */
  readonly args?: ReadonlyArray<string>;
  /** Extra environment. */
  readonly env?: NodeJS.ProcessEnv;
  /** Where stdout goes when not to the test: a file such as /dev/full. */
  readonly stdout?: string;
}

export interface Expected {
  readonly exit: 0 | 1 | 2;
  /** The one line on stderr after `npo-check: `, for exit 2. */
  readonly sentence?: RegExp;
  /** Files the run may leave in the case's folder besides its input(s). */
  readonly leaves?: ReadonlyArray<string>;
}

export interface HostileCase {
  readonly id: string;
  readonly klass: Klass;
  /** What the file does, and what used to happen. */
  readonly what: string;
  build(dir: string): Promise<Built>;
  readonly expected: Expected;
  /** Checks of its own, on the run's output and folder. */
  check?(run: { stdout: string; stderr: string; dir: string; built: Built }): Promise<void> | void;
}

const DAMAGED = /^‘[^’]+’ kan niet worden gelezen; het bestand is beschadigd of onvolledig: /;
const TOO_LARGE = /^‘[^’]+’ is te groot om te controleren: /;

function plainRows(): CellValue[][] {
  return [
    ['Plafond NPO-middelen', 322_000],
    [],
    [...HEADER],
    ...INTERVENTIONS.map((r) => [...r]),
    ['Totaal', null, null, null, sumFormula('E', 4, 6, 322_000), sumFormula('F', 4, 6, 240_000)],
  ];
}

async function xlsx(sheets: ReadonlyArray<SheetSpec> = [{ name: 'Begroting', rows: plainRows() }]): Promise<Buffer> {
  return Buffer.from(await newWorkbook(sheets).xlsx.writeBuffer());
}

async function plainParts(sheets?: ReadonlyArray<SheetSpec>): Promise<Map<string, Buffer>> {
  return partsOf(await xlsx(sheets));
}

async function write(dir: string, name: string, data: Buffer | string): Promise<Built> {
  const input = path.join(dir, name);
  await fs.writeFile(input, data);
  return { input };
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** The sheet's XML with `insert` just before its end (or before `before`). */
function withXml(
  parts: Map<string, Buffer>,
  part: string,
  insert: string,
  before = '</worksheet>',
): Map<string, Buffer> {
  const xml = parts.get(part)!.toString('utf8');
  const at = xml.lastIndexOf(before);
  parts.set(part, Buffer.from(`${xml.slice(0, at)}${insert}${xml.slice(at)}`, 'utf8'));
  return parts;
}

/** A comment of `bytes` bytes: XML that unpacks big and packs to almost nothing. */
function bomb(bytes: number): Buffer {
  return Buffer.concat([Buffer.from('<!--'), Buffer.alloc(bytes, 0x78), Buffer.from('-->')]);
}

function withBomb(parts: Map<string, Buffer>, part: string): Map<string, Buffer> {
  const xml = parts.get(part)!;
  const end = xml.lastIndexOf('</');
  parts.set(part, Buffer.concat([xml.subarray(0, end), bomb(BOMB_BYTES), xml.subarray(end)]));
  return parts;
}

/** The sheet with the first intervention's begroot changed from 100.000 to 900.000. */
function altered(parts: Map<string, Buffer>): Buffer {
  return Buffer.from(parts.get(SHEET)!.toString('utf8').replace('<v>100000</v>', '<v>900000</v>'), 'utf8');
}

export const HOSTILE: ReadonlyArray<HostileCase> = [
  // --- The size limit and the sheet checksums could be bypassed -------------------------------
  {
    id: 'zip64-big-sheet',
    klass: 'size and checksum bypass',
    what: 'every size in ZIP64 records, a sheet of 48 MB of XML: the directory reader gave up and nothing was limited',
    build: async (dir) =>
      write(dir, 'zip64.xlsx', rawZip(entriesOf(withBomb(await plainParts(), SHEET)), { zip64: true })),
    expected: { exit: 2, sentence: TOO_LARGE },
  },
  {
    id: 'leading-slash-big-sheet',
    klass: 'size and checksum bypass',
    what: 'the sheet named /xl/worksheets/sheet1.xml: checked under one name, parsed by ExcelJS under another',
    build: async (dir) => {
      const entries = entriesOf(withBomb(await plainParts(), SHEET)).map((e) =>
        e.name === SHEET ? { ...e, name: `/${SHEET}` } : e,
      );
      return write(dir, 'slash.xlsx', rawZip(entries));
    },
    expected: { exit: 2, sentence: TOO_LARGE },
  },
  {
    id: 'backslash-duplicate-sheet',
    klass: 'size and checksum bypass',
    what: 'a second sheet part named xl\\worksheets\\sheet1.xml with other figures: which one counts?',
    build: async (dir) => {
      const parts = await plainParts();
      return write(
        dir,
        'dubbel.xlsx',
        rawZip([...entriesOf(parts), { name: SHEET.replace(/\//g, '\\'), data: altered(parts) }]),
      );
    },
    expected: {
      exit: 2,
      sentence: new RegExp(`${DAMAGED.source}het onderdeel ‘xl/worksheets/sheet1\\.xml’ staat er twee keer in`),
    },
  },
  {
    id: 'case-duplicate-sheet',
    klass: 'size and checksum bypass',
    what: 'a second sheet part named XL/Worksheets/Sheet1.xml (Office compares part names without case)',
    build: async (dir) => {
      const parts = await plainParts();
      return write(
        dir,
        'hoofdletters.xlsx',
        rawZip([...entriesOf(parts), { name: 'XL/Worksheets/Sheet1.xml', data: altered(parts) }]),
      );
    },
    expected: {
      exit: 2,
      sentence: new RegExp(`${DAMAGED.source}het onderdeel ‘XL/Worksheets/Sheet1\\.xml’ staat er twee keer in`),
    },
  },
  {
    id: 'junk-in-directory',
    klass: 'size and checksum bypass',
    what: 'bytes between two directory entries: the reader gave up and no limit was checked',
    build: async (dir) =>
      write(dir, 'rommel.xlsx', rawZip(entriesOf(withBomb(await plainParts(), SHEET)), { junkInDirectory: true })),
    expected: { exit: 2, sentence: new RegExp(`${DAMAGED.source}de ingepakte gegevens kloppen niet\\.`) },
  },
  {
    id: 'zip64-wrong-checksum',
    klass: 'size and checksum bypass',
    what: 'ZIP64 and a sheet whose figure was changed after its checksum was taken: the altered figure was reported',
    build: async (dir) => {
      const parts = await plainParts();
      const entries = entriesOf(parts).map((e): RawEntry =>
        e.name === SHEET ? { ...e, data: altered(parts), crc: crc32(e.data) } : e,
      );
      return write(dir, 'checksum.xlsx', rawZip(entries, { zip64: true }));
    },
    expected: {
      exit: 2,
      sentence: new RegExp(`${DAMAGED.source}de ingepakte gegevens van werkblad ‘Begroting’ kloppen niet\\.`),
    },
  },
  // --- Parts other than sheets, and parts that lie about their size ----------------------------
  {
    id: 'big-custom-xml',
    klass: 'parts beyond the sheets',
    what: 'three customXml parts of 200 MB each (zeros, 600 kB packed): ExcelJS unpacked every one',
    build: async (dir) => {
      const parts = await plainParts();
      for (let i = 1; i <= 3; i++) parts.set(`customXml/item${i}.xml`, Buffer.alloc(200 * 1024 * 1024));
      return write(dir, 'customxml.xlsx', rawZip(entriesOf(parts)));
    },
    expected: { exit: 0 },
  },
  {
    id: 'big-styles',
    klass: 'parts beyond the sheets',
    what: 'styles.xml of 48 MB: only sheets and shared strings were counted',
    build: async (dir) => write(dir, 'stijlen.xlsx', rawZip(entriesOf(withBomb(await plainParts(), 'xl/styles.xml')))),
    expected: { exit: 2, sentence: TOO_LARGE },
  },
  {
    id: 'understated-size',
    klass: 'parts beyond the sheets',
    what: 'a sheet whose directory entry says 2 kB but unpacks to 48 MB: inflated without a cap',
    build: async (dir) => {
      const entries = entriesOf(withBomb(await plainParts(), SHEET)).map((e) =>
        e.name === SHEET ? { ...e, declaredSize: 2048 } : e,
      );
      return write(dir, 'te-klein-opgegeven.xlsx', rawZip(entries));
    },
    expected: {
      exit: 2,
      sentence: new RegExp(`${DAMAGED.source}de ingepakte gegevens van werkblad ‘Begroting’ kloppen niet\\.`),
    },
  },
  // --- Declared ranges taken at face value ------------------------------------------------------
  {
    id: 'merge-whole-sheet-below',
    klass: 'declared ranges',
    what: 'one merge from below the table over the rest of the sheet (A9:XFD1048576): a V8 crash',
    build: async (dir) =>
      write(
        dir,
        'merge-blad.xlsx',
        rawZip(
          entriesOf(
            withXml(await plainParts(), SHEET, '<mergeCells count="1"><mergeCell ref="A9:XFD1048576"/></mergeCells>'),
          ),
        ),
      ),
    expected: { exit: 0 },
  },
  {
    id: 'merge-whole-column',
    klass: 'declared ranges',
    what: 'a merge over all of column G: 9 s and 1,9 GB',
    build: async (dir) =>
      write(
        dir,
        'merge-kolom.xlsx',
        rawZip(
          entriesOf(
            withXml(await plainParts(), SHEET, '<mergeCells count="1"><mergeCell ref="G1:G1048576"/></mergeCells>'),
          ),
        ),
      ),
    expected: { exit: 0 },
  },
  {
    id: 'validation-whole-sheet',
    klass: 'declared ranges',
    what: 'a data validation over the whole sheet: never ended',
    build: async (dir) =>
      write(
        dir,
        'validatie.xlsx',
        rawZip(
          entriesOf(
            withXml(
              await plainParts(),
              SHEET,
              '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
            ),
          ),
        ),
      ),
    expected: { exit: 0 },
  },
  {
    id: 'conditional-format-whole-sheet',
    klass: 'declared ranges',
    what: 'a conditional format over the whole sheet',
    build: async (dir) =>
      write(
        dir,
        'opmaak.xlsx',
        rawZip(
          entriesOf(
            withXml(
              await plainParts(),
              SHEET,
              '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>',
            ),
          ),
        ),
      ),
    expected: { exit: 0 },
  },
  {
    id: 'columns-a-billion-wide',
    klass: 'declared ranges',
    what: 'a <col> from 1 to 1.000.000.000 and a dimension over the whole sheet, with --out (the copy keeps widths)',
    build: async (dir) => {
      const parts = withXml(
        await plainParts(),
        SHEET,
        '<cols><col min="1" max="1000000000" width="20" customWidth="1"/></cols>',
        '<sheetData',
      );
      const built = await write(dir, 'kolommen.xlsx', rawZip(entriesOf(parts)));
      return { ...built, args: ['{input}', '--out', path.join(dir, 'rapport.xlsx')] };
    },
    expected: { exit: 0, leaves: ['rapport.xlsx'] },
  },
  {
    id: 'defined-name-whole-sheet',
    klass: 'declared ranges',
    what: 'a defined name over every cell of the sheet, with --out (ExcelJS expands defined names cell by cell)',
    build: async (dir) => {
      const parts = withXml(
        await plainParts(),
        'xl/workbook.xml',
        '<definedNames><definedName name="Alles">Begroting!$A:$XFD</definedName></definedNames>',
        '<calcPr',
      );
      const built = await write(dir, 'naam.xlsx', rawZip(entriesOf(parts)));
      return { ...built, args: ['{input}', '--out', path.join(dir, 'rapport.xlsx')] };
    },
    expected: { exit: 0, leaves: ['rapport.xlsx'] },
  },
  {
    id: 'row-beyond-grid',
    klass: 'declared ranges',
    what: 'a cell stored at row 2.000.000.000: every loop over the rows would never end',
    build: async (dir) =>
      write(
        dir,
        'rij.xlsx',
        rawZip(
          entriesOf(
            withXml(
              await plainParts(),
              SHEET,
              '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
              '</sheetData>',
            ),
          ),
        ),
      ),
    expected: {
      exit: 2,
      sentence: new RegExp(`${DAMAGED.source}werkblad ‘Begroting’ heeft een cel voorbij de laatste rij`),
    },
  },
  // --- Super-linear regular expressions --------------------------------------------------------
  {
    id: 'workbook-tags-never-closed',
    klass: 'super-linear text processing',
    what: 'workbook.xml and its relationships as 400 kB of `<x:sheet` and word characters without `>`: 20 s at 8 kB, never at 16',
    build: async (dir) => {
      const parts = await plainParts();
      parts.set(
        'xl/workbook.xml',
        Buffer.from(`<workbook><sheets>${'<x:sheet name="a" '.repeat(20_000)}${'a'.repeat(100_000)}`),
      );
      parts.set(
        'xl/_rels/workbook.xml.rels',
        Buffer.from(`<Relationships>${'<Relationship Id="'.repeat(10_000)}${'b'.repeat(100_000)}`),
      );
      return write(dir, 'tags.xlsx', rawZip(entriesOf(parts)));
    },
    expected: { exit: 2, sentence: /^De werkmap bevat geen werkbladen\.$/ },
  },
  {
    id: 'long-formula-with-out',
    klass: 'super-linear text processing',
    what: 'one formula of 200.000 characters, with --out: 45 s in the report copy',
    build: async (dir) => {
      const rows = plainRows();
      rows[3]!.push(null, { formula: `1+${'A'.repeat(200_000)}`, result: 1 } as CellValue);
      const built = await write(dir, 'formule.xlsx', await xlsx([{ name: 'Begroting', rows }]));
      return { ...built, args: ['{input}', '--out', path.join(dir, 'rapport.xlsx')] };
    },
    expected: { exit: 0, leaves: ['rapport.xlsx'] },
  },
  // --- Terminal escapes in text output ---------------------------------------------------------
  {
    id: 'terminal-escapes',
    klass: 'terminal escapes',
    what: 'a name holding Excel escapes for ESC [2J and CR, and a bidi override: raw on stdout they cleared the screen',
    build: async (dir) => {
      const rows = plainRows();
      rows[3]![1] = 'Zomer§school';
      // No goal: the finding on that row names the intervention in the text report.
      rows[3]![2] = null;
      const parts = await plainParts([{ name: 'Begroting', rows }]);
      const strings = parts
        .get('xl/sharedStrings.xml')!
        .toString('utf8')
        .replace('Zomer§school', 'Zomer_x001B_[2J_x000D_\u202eschool');
      parts.set('xl/sharedStrings.xml', Buffer.from(strings, 'utf8'));
      return write(dir, 'escapes.xlsx', rawZip(entriesOf(parts)));
    },
    expected: { exit: 1 },
    check: ({ stdout }) => {
      expect(stdout).not.toMatch(/[\x1b\r\u202e]/);
      expect(stdout).toContain('Zomer␛[2J␍<U+202E>school');
    },
  },
  // --- Internal errors that were not named -----------------------------------------------------
  {
    id: 'character-reference-out-of-range',
    klass: 'unnamed internal errors',
    what: 'a sheet name and a relationship target with &#x110000;: String.fromCodePoint threw',
    build: async (dir) => {
      const parts = await plainParts();
      parts.set(
        'xl/workbook.xml',
        Buffer.from(
          parts.get('xl/workbook.xml')!.toString('utf8').replace('name="Begroting"', 'name="Begroting&#x110000;"'),
        ),
      );
      const rels = parts
        .get('xl/_rels/workbook.xml.rels')!
        .toString('utf8')
        .replace('Target="styles.xml"', 'Target="styles&#1114112;.xml"');
      parts.set('xl/_rels/workbook.xml.rels', Buffer.from(rels));
      const built = await write(dir, 'tekenverwijzing.xlsx', rawZip(entriesOf(parts)));
      return { ...built, args: ['{input}', '--format', 'json'] };
    },
    expected: { exit: 0 },
    check: ({ stdout }) => expect(JSON.parse(stdout).sheet).toBe('Begroting\ufffd'),
  },
  {
    id: 'formula-nested-5000-deep',
    klass: 'unnamed internal errors',
    what: 'a total whose formula nests 5.000 brackets (Excel allows 64): the engine ran out of stack, "onverwachte fout"',
    build: async (dir) => {
      const rows = plainRows();
      rows[6]![4] = { formula: `${'('.repeat(5_000)}SUM(E4:E6)${')'.repeat(5_000)}`, result: 322_000 } as CellValue;
      return write(dir, 'diep.xlsx', await xlsx([{ name: 'Begroting', rows }]));
    },
    // The engine's formula reader stops at Excel's 64 levels: such a formula is not understood,
    // so no formula rule judges it, and the sheet is checked like any other.
    expected: { exit: 0 },
  },
  {
    id: 'source-date-epoch-huge',
    klass: 'unnamed internal errors',
    what: 'SOURCE_DATE_EPOCH beyond what a date can hold, with --out: an invalid date deep in the writer',
    build: async (dir) => ({
      ...(await write(dir, 'epoch.xlsx', await xlsx())),
      args: ['{input}', '--out', path.join(dir, 'rapport.xlsx')],
      env: { SOURCE_DATE_EPOCH: '99999999999999' },
    }),
    expected: { exit: 2, sentence: /^SOURCE_DATE_EPOCH ‘99999999999999’ is geen aantal seconden sinds 1970\.$/ },
  },
  {
    id: 'out-name-250-bytes',
    klass: 'unnamed internal errors',
    what: 'a valid --out name of 250 bytes: the temporary name made from it was too long',
    build: async (dir) => ({
      ...(await write(dir, 'lang.xlsx', await xlsx())),
      args: ['{input}', '--out', path.join(dir, `${'r'.repeat(245)}.xlsx`)],
    }),
    expected: { exit: 0, leaves: [`${'r'.repeat(245)}.xlsx`] },
  },
  {
    id: 'stdout-disk-full',
    klass: 'unnamed internal errors',
    what: 'stdout on a full disk (/dev/full): a Node stack trace and exit 1, which means "errors found"',
    build: async (dir) => ({ ...(await write(dir, 'vol.xlsx', await xlsx())), stdout: '/dev/full' }),
    expected: {
      exit: 2,
      sentence: /^de uitkomst kon niet worden weggeschreven \(de schijf is vol\); de controle zelf is wel gedaan\./,
    },
  },
  // --- Misleading sentences --------------------------------------------------------------------
  {
    id: 'ods-renamed',
    klass: 'misleading sentences',
    what: 'an OpenDocument spreadsheet renamed .xlsx: "geen werkbladen"',
    build: async (dir) =>
      write(
        dir,
        'ods.xlsx',
        rawZip([
          { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
          { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
        ]),
      ),
    expected: {
      exit: 2,
      sentence:
        /^‘[^’]+’ is geen Excel-werkmap \(\.xlsx\) maar een OpenDocument-rekenblad \(\.ods\) met de extensie \.xlsx; /,
    },
  },
  {
    id: 'xlsb-renamed',
    klass: 'misleading sentences',
    what: 'a binary workbook (.xlsb) renamed .xlsx: "geen werkbladen"',
    build: async (dir) =>
      write(
        dir,
        'xlsb.xlsx',
        rawZip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'xl/workbook.bin', data: Buffer.alloc(64) },
        ]),
      ),
    expected: {
      exit: 2,
      sentence: /^‘[^’]+’ is geen Excel-werkmap \(\.xlsx\) maar een binaire Excel-werkmap \(\.xlsb\)/,
    },
  },
  {
    id: 'zipcrypto',
    klass: 'misleading sentences',
    what: 'a zip encrypted with a password (ZipCrypto): "beschadigd", no word of a password',
    build: async (dir) =>
      write(dir, 'zipcrypto.xlsx', rawZip(entriesOf(await plainParts()).map((e) => ({ ...e, flags: 1 })))),
    expected: { exit: 2, sentence: /^‘[^’]+’ is met een wachtwoord beveiligd; / },
  },
  {
    id: 'budget-named-like-a-tab',
    klass: 'misleading sentences',
    what: 'the only budget sheet is called "NPO Overzicht", like a tab of the report: skipped with "no header"',
    build: async (dir) => ({
      ...(await write(dir, 'tabnaam.xlsx', await xlsx([{ name: 'NPO Overzicht', rows: plainRows() }]))),
      args: ['{input}', '--format', 'json'],
    }),
    expected: { exit: 0 },
    check: ({ stdout }) => expect(JSON.parse(stdout).sheet).toBe('NPO Overzicht'),
  },
  {
    id: 'symlink-loop',
    klass: 'misleading sentences',
    what: 'a symbolic link that points to itself: "beschadigd"',
    build: async (dir) => {
      const input = path.join(dir, 'kring.xlsx');
      await fs.symlink(input, input);
      return { input };
    },
    expected: {
      exit: 2,
      sentence:
        /^‘[^’]+’ kan niet worden geopend: het is een snelkoppeling \(symbolische link\) die in een kring naar zichzelf verwijst\./,
    },
  },
  {
    id: 'name-too-long',
    klass: 'misleading sentences',
    what: 'a file name of 300 bytes: "beschadigd"',
    build: async (dir) => ({ input: path.join(dir, `${'n'.repeat(300)}.xlsx`) }),
    expected: {
      exit: 2,
      sentence: /^‘[^’]+’ kan niet worden geopend: de naam of het pad is langer dan het systeem toestaat\./,
    },
  },
  {
    id: 'ceiling-negative',
    klass: 'misleading sentences',
    what: '--ceiling -1: three lines of English',
    build: async (dir) => ({ ...(await write(dir, 'min.xlsx', await xlsx())), args: ['{input}', '--ceiling', '-1'] }),
    expected: { exit: 2, sentence: /^--ceiling mist een waarde, of de waarde begint met een streepje; / },
  },
  {
    id: 'sheet-name-over-31',
    klass: 'misleading sentences',
    what: 'a sheet name of 40 characters: two English library warnings before the Dutch line',
    build: async (dir) => {
      const parts = await plainParts();
      parts.set(
        'xl/workbook.xml',
        Buffer.from(
          parts
            .get('xl/workbook.xml')!
            .toString('utf8')
            .replace('name="Begroting"', `name="Begroting ${'x'.repeat(30)}"`),
        ),
      );
      return write(dir, 'lange-bladnaam.xlsx', rawZip(entriesOf(parts)));
    },
    expected: {
      exit: 2,
      sentence: new RegExp(`${DAMAGED.source}werkblad ‘Begroting x+’ heeft een naam die Excel niet toestaat`),
    },
  },
  {
    id: 'sheet-other-normalisation',
    klass: 'misleading sentences',
    what: '--sheet typed in NFD where the file has NFC: refused beside an identical-looking name',
    build: async (dir) => ({
      ...(await write(dir, 'nfd.xlsx', await xlsx([{ name: 'Begroting één', rows: plainRows() }]))),
      args: ['{input}', '--sheet', 'Begroting één'.normalize('NFD'), '--format', 'json'],
    }),
    expected: { exit: 0 },
    check: ({ stdout }) => expect(JSON.parse(stdout).sheet).toBe('Begroting één'),
  },
  // --- Silent choices --------------------------------------------------------------------------
  {
    id: 'hidden-old-version-first',
    klass: 'silent choices',
    what: 'a hidden old version before the visible budget: the hidden one was checked',
    build: async (dir) => {
      const old = plainRows().map((r) => r.map((v) => (v === 100_000 ? 500_000 : v)));
      const data = await xlsx([
        { name: 'Begroting oud', rows: old, setup: (ws) => (ws.state = 'veryHidden') },
        { name: 'Begroting', rows: plainRows() },
      ]);
      return write(dir, 'verborgen.xlsx', data);
    },
    expected: { exit: 0 },
    check: ({ stdout }) => {
      expect(stdout).toMatch(
        /Verborgen werkbladen zijn niet gekozen: ‘Begroting oud’\. Controleer er een met --sheet\./,
      );
      // The old version is named in that sentence only: the visible budget is the one checked.
      expect(stdout.split('Begroting oud')).toHaveLength(2);
    },
  },
  {
    id: 'ceiling-fraction-of-a-cent',
    klass: 'silent choices',
    what: '--ceiling 2.138.509,645: silently rounded',
    build: async (dir) => ({
      ...(await write(dir, 'fractie.xlsx', await xlsx())),
      args: ['{input}', '--ceiling', '2.138.509,645'],
    }),
    expected: { exit: 2, sentence: /^plafond ‘2\.138\.509,645’ heeft meer dan twee decimalen; / },
  },
  // --- Data-loss windows -----------------------------------------------------------------------
  {
    id: 'out-onto-fifo-with-force',
    klass: 'data-loss windows',
    what: '--out onto a FIFO (as a device node stands for) with --force: the node was replaced',
    build: async (dir) => {
      const built = await write(dir, 'fifo-uit.xlsx', await xlsx());
      const fifo = path.join(dir, 'uit.xlsx');
      await mkfifo(fifo);
      return { ...built, args: ['{input}', '--out', fifo, '--force'] };
    },
    expected: {
      exit: 2,
      sentence: /^‘[^’]+uit\.xlsx’ is geen gewoon bestand .*het rapport vervangt alleen een bestand, ook met --force\./,
      leaves: ['uit.xlsx'],
    },
    check: async ({ dir }) => expect((await fs.lstat(path.join(dir, 'uit.xlsx'))).isFIFO()).toBe(true),
  },
  {
    id: 'u-ffff-in-cell-and-name',
    klass: 'data-loss windows',
    what: 'U+FFFF in a cell and in the input file name, with --out: the report XML was malformed',
    build: async (dir) => {
      const rows = plainRows();
      rows[3]![1] = 'Zomer§school';
      // As Excel stores characters XML cannot hold: _xFFFF_ in the text, which ExcelJS decodes.
      const parts = await plainParts([{ name: 'Begroting', rows }]);
      parts.set(
        'xl/sharedStrings.xml',
        Buffer.from(
          parts.get('xl/sharedStrings.xml')!.toString('utf8').replace('Zomer§school', 'Zomer_xFFFF_school_x0001_'),
          'utf8',
        ),
      );
      const built = await write(dir, 'naam\uffff.xlsx', rawZip(entriesOf(parts)));
      return { ...built, args: ['{input}', '--out', path.join(dir, 'rapport.xlsx')] };
    },
    expected: { exit: 0, leaves: ['rapport.xlsx'] },
    check: async ({ dir }) => {
      const report = await loadWorkbookFile(path.join(dir, 'rapport.xlsx'));
      const texts: string[] = [];
      report.eachSheet((s) =>
        s.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value)))),
      );
      expect(texts.some((t) => t.includes('Zomer\ufffdschool␁'))).toBe(true);
    },
  },
  // --- Endless inputs --------------------------------------------------------------------------
  {
    id: 'dev-zero',
    klass: 'endless inputs',
    what: '/dev/zero as the input: grew to 23 GB',
    build: async () => ({ input: '/dev/zero' }),
    expected: { exit: 2, sentence: /^‘\/dev\/zero’ is geen gewoon bestand / },
  },
  {
    id: 'fifo-without-writer',
    klass: 'endless inputs',
    what: 'a FIFO nobody writes to: hung forever',
    build: async (dir) => {
      const input = path.join(dir, 'pijp.xlsx');
      await mkfifo(input);
      return { input };
    },
    expected: { exit: 2, sentence: /^‘[^’]+pijp\.xlsx’ is geen gewoon bestand / },
  },
];

async function mkfifo(file: string): Promise<void> {
  const { execFileSync } = await import('node:child_process');
  execFileSync('mkfifo', [file]);
}
