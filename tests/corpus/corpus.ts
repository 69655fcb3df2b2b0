/**
 * The "bad input" corpus: awkward workbooks users really send, each with the outcome `npo-check`
 * must give. The files are built at test time (no binaries in the repository); each `build`
 * writes one into the folder it is given and returns its path.
 *
 * An outcome is either findings (exit 0 or 1, the sheet, layout and header row chosen, how many
 * interventions were read and exactly which findings fire where) or a refusal: exit 2 with one
 * Dutch line on stderr of a known kind.
 */
import JSZip from 'jszip';
import type { RuleId } from '../../src/engine/findings';
import type { Layout } from '../../src/engine/model';
import { compoundFile } from './cfb';
import { addChartAndPivot } from './chart-pivot';
import { LARGE_WORKBOOK, writeLargeWorkbook } from './large';
import { HEADER, INTERVENTIONS, newWorkbook, sumFormula, writeBytes, writeWorkbook, type CellValue } from './workbooks';

export interface FindingsOutcome {
  readonly kind: 'findings';
  readonly exit: 0 | 1;
  readonly sheet: string;
  readonly layout: Layout;
  /** 1-based, as the JSON report gives it. */
  readonly headerRow: number;
  readonly interventions: number;
  readonly begrootCents: number;
  /** Every finding, as `RULE cell`, in the report's order (errors first, then by position). */
  readonly findings: ReadonlyArray<`${RuleId} ${string}`>;
  /** The interventions' names in sheet order, where they are the point of the entry. */
  readonly names?: ReadonlyArray<string>;
}

/** Why a file gets no findings but one line on stderr. */
export type RefusalKind =
  | 'not-xlsx'
  | 'damaged'
  | 'encrypted'
  | 'old-format'
  | 'too-large'
  | 'no-budget-sheet'
  | 'sheet-not-found'
  | 'empty-workbook';

export interface RefusedOutcome {
  readonly kind: 'refused';
  readonly exit: 2;
  readonly refusal: RefusalKind;
  /** What the one Dutch line on stderr (after `npo-check: `) must say. */
  readonly stderr: RegExp;
}

export type CorpusOutcome = FindingsOutcome | RefusedOutcome;

/** The plain budget sheet read as it is, without a finding: what a workbook that only wraps it oddly must give. */
const PLAIN_BUDGET_READ: FindingsOutcome = {
  kind: 'findings',
  exit: 0,
  sheet: 'Begroting',
  layout: 'list',
  headerRow: 3,
  interventions: 3,
  begrootCents: 32_200_000,
  findings: [],
};

/** Another way to run the same file, such as naming the sheet with `--sheet`. */
export interface CorpusRun {
  readonly args: ReadonlyArray<string>;
  readonly expected: CorpusOutcome;
}

export interface CorpusEntry {
  readonly id: string;
  readonly description: { readonly nl: string; readonly en: string };
  /** Writes the file into `dir` and returns its path. */
  build(dir: string): Promise<string>;
  /** False for files that are no openable workbook at all (CSV, truncated, encrypted, no sheets). */
  readonly xlsx: boolean;
  /** True for the one big file: building and reading it take seconds, not milliseconds. */
  readonly large?: boolean;
  /** What `npo-check <file>` gives. */
  readonly expected: CorpusOutcome;
  /** What other invocations give. */
  readonly runs?: ReadonlyArray<CorpusRun>;
}

const NO_BUDGET =
  /^Geen begrotingsblad gevonden: geen werkblad heeft in de eerste 40 rijen een kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag\. Bekeken: /;
const DAMAGED = /^‘[^’]+’ kan niet worden gelezen; het bestand is beschadigd of onvolledig/;
const REPAIR = 'Open het in Excel, dat aanbiedt het te herstellen, sla het op en controleer het opnieuw\\.';

/** The plain budget: ceiling above the table, three interventions and a grand total (rows 4-7). */
function plainBudget(): CellValue[][] {
  return [
    ['Plafond NPO-middelen', 322_000],
    [],
    [...HEADER],
    ...INTERVENTIONS.map((r) => [...r]),
    ['Totaal', null, null, null, sumFormula('E', 4, 6, 322_000), sumFormula('F', 4, 6, 240_000)],
  ];
}

async function plainXlsx(): Promise<Buffer> {
  return Buffer.from(await newWorkbook([{ name: 'Begroting', rows: plainBudget() }]).xlsx.writeBuffer());
}

const YEARS = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
/** Yearly copies: 2021 to 2023 filled in (the plan grew each year), the later years empty copies. */
function yearSheet(year: number): CellValue[][] {
  const header: CellValue[][] = [[`NPO-begroting ${year}`], ['Plafond NPO-middelen', 322_000], [...HEADER]];
  if (year > 2023) return [...header, ['Totaal', null, null, null, sumFormula('E', 4, 4, 0), null]];
  const grow = (year - 2020) * 10_000;
  return [
    ...header,
    [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000 + grow, 0],
    [2, 'VVE extra uren', 'VVE', 'Proloog', 150_000, 0],
    ['Totaal', null, null, null, sumFormula('E', 4, 5, 250_000 + grow), null],
  ];
}

export const CORPUS: ReadonlyArray<CorpusEntry> = [
  {
    id: 'plain',
    description: { nl: 'gewone begroting, als ijkpunt', en: 'a plain budget sheet, as a baseline' },
    build: (dir) => writeWorkbook(dir, 'gewoon.xlsx', [{ name: 'Begroting', rows: plainBudget() }]),
    xlsx: true,
    expected: PLAIN_BUDGET_READ,
  },
  {
    id: 'empty-workbook',
    description: { nl: 'lege werkmap: één blad zonder cellen', en: 'empty workbook: one sheet without cells' },
    build: (dir) => writeWorkbook(dir, 'leeg.xlsx', [{ name: 'Blad1', rows: [] }]),
    xlsx: true,
    expected: { kind: 'refused', exit: 2, refusal: 'no-budget-sheet', stderr: NO_BUDGET },
  },
  {
    id: 'no-worksheets',
    description: {
      nl: 'werkmap zonder werkbladen (Excel opent die niet)',
      en: 'workbook without worksheets (Excel will not open it)',
    },
    build: (dir) => writeWorkbook(dir, 'geen-bladen.xlsx', []),
    xlsx: false,
    expected: { kind: 'refused', exit: 2, refusal: 'empty-workbook', stderr: /^De werkmap bevat geen werkbladen\.$/ },
  },
  {
    id: 'headers-only',
    description: { nl: 'alleen een kopregel, geen interventies', en: 'a header row and nothing below it' },
    build: (dir) => writeWorkbook(dir, 'alleen-kop.xlsx', [{ name: 'Begroting', rows: [[...HEADER]] }]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 1,
      interventions: 0,
      begrootCents: 0,
      findings: ['CEILING_DEFAULT E1', 'BUDGET_UNALLOCATED E1'],
    },
  },
  {
    id: 'merged-header-cells',
    description: {
      nl: 'samengevoegde kopcellen en rijen, kop deels rich text',
      en: 'merged header cells and rows, part of the header rich text',
    },
    build: (dir) =>
      writeWorkbook(dir, 'samengevoegd.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Begroting NPO 2021-2023'],
            ['Plafond NPO-middelen', null, 322_000],
            [
              'Nr',
              'Interventie',
              null,
              'Bestedingsdoel',
              'Uitvoerder',
              { richText: [{ text: 'Begroot ', font: { bold: true } }, { text: '(€)' }] },
              'Benut',
            ],
            [1, 'Zomerschool', null, 'Bovenschools', 'Bink', 100_000, 80_000],
            [2, 'VVE extra uren', null, 'VVE', 'Proloog', 150_000, 150_000],
            [3, 'Jeugdcoach', null, 'Zorg & welzijn', 'Versa Welzijn', 72_000, 10_000],
            ['Totaal', null, null, null, null, sumFormula('F', 4, 6, 322_000), sumFormula('G', 4, 6, 240_000)],
          ],
          setup: (ws) => {
            ws.mergeCells('A1:G1');
            ws.mergeCells('A2:B2');
            for (let row = 3; row <= 6; row++) ws.mergeCells(`B${row}:C${row}`);
            ws.mergeCells('A7:E7');
          },
        },
      ]),
    xlsx: true,
    expected: PLAIN_BUDGET_READ,
  },
  {
    id: 'title-row-over-header',
    description: {
      nl: 'titel samengevoegd over de kolommen, daaronder de echte kopregel',
      en: 'a title merged over the columns, the real header below it',
    },
    build: (dir) =>
      writeWorkbook(dir, 'titel-boven-kop.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Begroting NPO 2021-2023'],
            [...HEADER],
            ...INTERVENTIONS.map((r) => [...r]),
            ['Totaal', null, null, null, sumFormula('E', 3, 5, 322_000), sumFormula('F', 3, 5, 240_000)],
          ],
          setup: (ws) => ws.mergeCells('A1:F1'),
        },
      ]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 2,
      interventions: 3,
      begrootCents: 32_200_000,
      findings: ['CEILING_DEFAULT E2', 'BUDGET_UNALLOCATED E6'],
    },
  },
  {
    id: 'two-row-header',
    description: {
      nl: 'kop over twee rijen: ‘Bedragen’ samengevoegd boven Begroot en Benut',
      en: 'a two-row header: “Bedragen” merged over Begroot and Benut',
    },
    build: (dir) =>
      writeWorkbook(dir, 'twee-kopregels.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Plafond NPO-middelen', 322_000],
            [],
            ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Bedragen'],
            [null, null, null, null, 'Begroot', 'Benut'],
            ...INTERVENTIONS.map((r) => [...r]),
            ['Totaal', null, null, null, sumFormula('E', 5, 7, 322_000), sumFormula('F', 5, 7, 240_000)],
          ],
          setup: (ws) => {
            ws.mergeCells('E3:F3');
            for (const col of 'ABCD') ws.mergeCells(`${col}3:${col}4`);
          },
        },
      ]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 4,
      interventions: 3,
      begrootCents: 32_200_000,
      findings: [],
    },
  },
  {
    id: 'merged-rows-in-body',
    description: {
      nl: 'één interventie over twee rijen: code, naam en doel samengevoegd, twee uitvoerders',
      en: 'one intervention over two rows: code, name and goal merged, two partners',
    },
    build: (dir) =>
      writeWorkbook(dir, 'samengevoegde-rijen.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Plafond NPO-middelen', 322_000],
            [],
            [...HEADER],
            [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000, 80_000],
            ['7-9', 'Top VVE', 'VVE', 'AT kinderopvang', 40_000, 20_000],
            [null, null, null, 'Bink', 110_000, 0],
            [3, 'Jeugdcoach', 'Zorg & welzijn', 'Versa Welzijn', 72_000, 10_000],
          ],
          setup: (ws) => ['A5:A6', 'B5:B6', 'C5:C6'].forEach((range) => ws.mergeCells(range)),
        },
      ]),
    xlsx: true,
    // The code, name and goal merged over both rows give both rows 7-9 and goal 2 (the snapshot
    // carries the merged areas); one row per partner keeps each partner's own figures, so nothing
    // is wrong with this sheet.
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 3,
      interventions: 4,
      begrootCents: 32_200_000,
      findings: [],
    },
  },
  {
    id: 'header-row-35',
    description: {
      nl: 'kopregel pas op rij 35, onder een lange toelichting',
      en: 'the header only at row 35, under a long explanation',
    },
    build: (dir) =>
      writeWorkbook(dir, 'kop-rij-35.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Toelichting NPO-middelen gemeente Putten'],
            ['Plafond NPO-middelen', 322_000],
            ...Array.from({ length: 32 }, (_, i) => [
              `Toelichting regel ${i + 1}: de middelen zijn bedoeld voor het tegengaan van achterstanden.`,
            ]),
            [...HEADER],
            ...INTERVENTIONS.map((r) => [...r]),
            ['Totaal', null, null, null, sumFormula('E', 36, 38, 322_000), sumFormula('F', 36, 38, 240_000)],
          ],
        },
      ]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 35,
      interventions: 3,
      begrootCents: 32_200_000,
      findings: [],
    },
  },
  {
    id: 'header-row-45',
    description: {
      nl: 'kopregel op rij 45, voorbij de eerste 40 rijen',
      en: 'the header at row 45, past the first 40 rows',
    },
    build: (dir) =>
      writeWorkbook(dir, 'kop-rij-45.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ...Array.from({ length: 44 }, (_, i) => [`Toelichting regel ${i + 1}`]),
            [...HEADER],
            ...INTERVENTIONS.map((r) => [...r]),
          ],
        },
      ]),
    xlsx: true,
    expected: { kind: 'refused', exit: 2, refusal: 'no-budget-sheet', stderr: NO_BUDGET },
  },
  {
    id: 'duplicate-begroot-columns',
    description: { nl: 'twee kolommen ‘Begroot’ (2022 en 2023)', en: 'two “Begroot” columns (2022 and 2023)' },
    build: (dir) =>
      writeWorkbook(dir, 'dubbele-kolom.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Plafond NPO-middelen', 322_000],
            ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Begroot', 'Benut'],
            [1, 'Zomerschool', 'Bovenschools', 60_000, 40_000, 80_000],
            [2, 'VVE extra uren', 'VVE', 75_000, 75_000, 150_000],
            [3, 'Jeugdcoach', 'Zorg & welzijn', 36_000, 36_000, 10_000],
          ],
        },
      ]),
    xlsx: true,
    // Nothing in the header says the two columns are years: they are added up, and the warning
    // says that was a choice the user can correct.
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 2,
      interventions: 3,
      begrootCents: 32_200_000,
      findings: ['READING_UNCERTAIN D2'],
    },
  },
  {
    id: 'hidden-and-filtered-rows',
    description: {
      nl: 'autofilter met weggefilterde (verborgen) rijen',
      en: 'an autofilter with rows filtered out (hidden)',
    },
    build: (dir) =>
      writeWorkbook(dir, 'gefilterd.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Plafond NPO-middelen', 322_000],
            [],
            [...HEADER],
            ...INTERVENTIONS.map((r) => [...r]),
            [4, 'Schoolmaatschappelijk werk', 'Zorg & welzijn', 'Versa Welzijn', 0, 0],
            ['Totaal', null, null, null, sumFormula('E', 4, 7, 322_000), sumFormula('F', 4, 7, 240_000)],
          ],
          setup: (ws) => {
            ws.autoFilter = 'A3:F7';
            ws.getRow(5).hidden = true;
            ws.getRow(7).hidden = true;
          },
        },
      ]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 3,
      interventions: 4,
      begrootCents: 32_200_000,
      findings: ['TOTAL_INCLUDES_HIDDEN E8', 'TOTAL_INCLUDES_HIDDEN F8'],
    },
  },
  {
    id: 'odd-amounts',
    description: {
      nl: 'bedragen die een datum, WAAR/ONWAAR, #VERW!, #DEEL/0!, 1e15 of rich text zijn',
      en: 'amounts that are dates, booleans, #REF!, #DIV/0!, 1e15 or rich text',
    },
    build: (dir) =>
      writeWorkbook(dir, 'rare-bedragen.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Plafond NPO-middelen', 322_000],
            [],
            [...HEADER],
            [1, 'Zomerschool', 'Bovenschools', 'Bink', new Date(Date.UTC(2022, 6, 1)), 0],
            [2, 'VVE extra uren', 'VVE', 'Proloog', true, 0],
            [3, 'Jeugdcoach', 'Zorg & welzijn', 'Versa Welzijn', { error: '#REF!' }, 0],
            [4, 'Huiswerkbegeleiding', 'Bovenschools', 'Bink', { formula: 'F7/0', result: { error: '#DIV/0!' } }, 0],
            [5, 'Taalklas', 'VVE', 'Proloog', 1e15, 0],
            [
              6,
              'Schoolmaatschappelijk werk',
              'Zorg & welzijn',
              'Versa Welzijn',
              { richText: [{ text: '€ ', font: { bold: true } }, { text: '12.500' }] },
              0,
            ],
            [7, 'Leesbevordering', 'Samenwerking', 'Bibliotheek', 40_000, 0],
          ],
        },
      ]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 1,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 3,
      interventions: 7,
      begrootCents: 5_250_000,
      findings: [
        'AMOUNT_UNREADABLE E4',
        'AMOUNT_UNREADABLE E5',
        'FORMULA_ERROR E6',
        'FORMULA_ERROR E7',
        'AMOUNT_UNREADABLE E8',
        'NUMBER_AS_TEXT E9',
        'BUDGET_UNALLOCATED E3',
      ],
    },
  },
  {
    id: 'formula-like-names',
    description: {
      nl: 'namen die op een formule lijken: =HYPERLINK(…), +31 6…, @gemeente, -…',
      en: 'names that look like formulas: =HYPERLINK(…), +31 6…, @gemeente, -…',
    },
    build: (dir) =>
      writeWorkbook(dir, 'formule-namen.xlsx', [
        {
          name: 'Begroting',
          rows: [
            ['Plafond NPO-middelen', 322_000],
            [],
            [...HEADER],
            [1, '=HYPERLINK("http://x","y")', 'Bovenschools', '=1+1', 100_000, 80_000],
            [2, '+31 6 12345678', 'VVE', '@gemeente', 150_000, 150_000],
            [3, '@gemeente', 'Zorg & welzijn', '-Versa', 72_000, 10_000],
            [4, '-Zomerschool (herhaling)', 'Thuiszitters', 'RBL', 0, 0],
          ],
        },
      ]),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting',
      layout: 'list',
      headerRow: 3,
      interventions: 4,
      begrootCents: 32_200_000,
      findings: [],
      names: ['=HYPERLINK("http://x","y")', '+31 6 12345678', '@gemeente', '-Zomerschool (herhaling)'],
    },
  },
  {
    id: 'sheet-name-quotes-emoji',
    description: {
      nl: 'bladnaam met aanhalingstekens, gedachtestreepje en emoji',
      en: 'a sheet name with quotes, an en dash and an emoji',
    },
    build: (dir) => {
      const name = "Begroting 'NPO' 2021–2023 💶";
      const own = `'${name.replace(/'/g, "''")}'`;
      const rows = plainBudget();
      rows[6] = [
        'Totaal',
        null,
        null,
        null,
        { formula: `SUM(${own}!E4:E6)`, result: 322_000 },
        { formula: `SUM(${own}!F4:F5)`, result: 230_000 },
      ];
      return writeWorkbook(dir, 'emoji-blad.xlsx', [
        { name: 'Toelichting', rows: [['Zie het andere blad.']] },
        { name, rows },
      ]);
    },
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 1,
      sheet: "Begroting 'NPO' 2021–2023 💶",
      layout: 'list',
      headerRow: 3,
      interventions: 3,
      begrootCents: 32_200_000,
      findings: ['SUBTOTAL_MISMATCH F7', 'TOTAL_RANGE_INCOMPLETE F7'],
    },
    runs: [
      {
        args: ['--sheet', "Begroting 'NPO' 2021–2023 💶"],
        expected: {
          kind: 'findings',
          exit: 1,
          sheet: "Begroting 'NPO' 2021–2023 💶",
          layout: 'list',
          headerRow: 3,
          interventions: 3,
          begrootCents: 32_200_000,
          findings: ['SUBTOTAL_MISMATCH F7', 'TOTAL_RANGE_INCOMPLETE F7'],
        },
      },
    ],
  },
  {
    id: 'ten-yearly-sheets',
    description: {
      nl: 'tien jaarbladen, nieuwste eerst; 2024-2030 nog lege kopieën',
      en: 'ten yearly sheets, newest first; 2024-2030 still empty copies',
    },
    build: (dir) =>
      writeWorkbook(
        dir,
        'tien-jaren.xlsx',
        [...YEARS].reverse().map((year) => ({ name: `Begroting ${year}`, rows: yearSheet(year) })),
      ),
    xlsx: true,
    expected: {
      kind: 'findings',
      exit: 0,
      sheet: 'Begroting 2023',
      layout: 'list',
      headerRow: 3,
      interventions: 2,
      begrootCents: 28_000_000,
      findings: ['BUDGET_UNALLOCATED E6'],
    },
    runs: [
      {
        args: ['--sheet', 'Begroting 2021'],
        expected: {
          kind: 'findings',
          exit: 0,
          sheet: 'Begroting 2021',
          layout: 'list',
          headerRow: 3,
          interventions: 2,
          begrootCents: 26_000_000,
          findings: ['BUDGET_UNALLOCATED E6'],
        },
      },
      {
        args: ['--sheet', 'begroting 2030'],
        // The empty copy's total shows € 0: the finding points at it, as on the other sheets.
        expected: {
          kind: 'findings',
          exit: 0,
          sheet: 'Begroting 2030',
          layout: 'list',
          headerRow: 3,
          interventions: 0,
          begrootCents: 0,
          findings: ['BUDGET_UNALLOCATED E4'],
        },
      },
      {
        args: ['--sheet', 'Begroting 2031'],
        expected: {
          kind: 'refused',
          exit: 2,
          refusal: 'sheet-not-found',
          stderr:
            /^Werkblad ‘Begroting 2031’ bestaat niet in deze werkmap\. Beschikbaar: ‘Begroting 2030’, ‘Begroting 2029’, .*‘Begroting 2021’\.$/,
        },
      },
    ],
  },
  {
    id: 'chart-and-pivot',
    description: {
      nl: 'begroting met een grafiek, en een draaitabel op een eigen blad',
      en: 'a budget with a chart, and a pivot table on a sheet of its own',
    },
    build: async (dir) => {
      const workbook = newWorkbook([
        { name: 'Begroting', rows: plainBudget() },
        {
          name: 'Draaitabel',
          rows: [
            [],
            [],
            ['Bestedingsdoel', 'Som van Begroot'],
            ['Bovenschools', 100_000],
            ['VVE', 150_000],
            ['Zorg & welzijn', 72_000],
            ['Eindtotaal', 322_000],
          ],
        },
      ]);
      const data = await addChartAndPivot(Buffer.from(await workbook.xlsx.writeBuffer()), {
        budgetSheet: 'Begroting',
        budgetPart: 'xl/worksheets/sheet1.xml',
        pivotPart: 'xl/worksheets/sheet2.xml',
        sourceRef: 'A3:F6',
        categories: '$B$4:$B$6',
        values: '$E$4:$E$6',
        header: HEADER as string[],
        rows: INTERVENTIONS as Array<Array<string | number>>,
        rowField: 2,
        dataField: 4,
      });
      return writeBytes(dir, 'grafiek-draaitabel.xlsx', data);
    },
    xlsx: true,
    expected: PLAIN_BUDGET_READ,
  },
  {
    id: 'csv-renamed',
    description: { nl: 'CSV-bestand met de extensie .xlsx', en: 'a CSV file renamed to .xlsx' },
    build: (dir) =>
      writeBytes(dir, 'csv.xlsx', 'Nr;Interventie;Bestedingsdoel;Begroot\n1;Zomerschool;Bovenschools;100000\n'),
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'not-xlsx',
      stderr:
        /^‘[^’]+csv\.xlsx’ is geen Excel-werkmap \(\.xlsx\); is het misschien een CSV- of ander bestand met een andere extensie\?$/,
    },
  },
  {
    id: 'truncated',
    description: {
      nl: 'afgebroken bestand: de eerste helft van een werkmap',
      en: 'a truncated file: the first half of a workbook',
    },
    build: async (dir) => {
      const data = await plainXlsx();
      return writeBytes(dir, 'afgebroken.xlsx', data.subarray(0, Math.floor(data.length / 2)));
    },
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'damaged',
      stderr: new RegExp(
        `${DAMAGED.source}: het houdt halverwege op, alsof het downloaden of kopiëren niet is afgemaakt\\. Haal het opnieuw op\\.$`,
      ),
    },
  },
  {
    id: 'damaged-sheet-part',
    description: {
      nl: 'zip in orde, maar het werkblad-XML is halverwege afgebroken',
      en: 'the zip is fine but the worksheet XML stops halfway',
    },
    build: async (dir) => {
      const zip = await JSZip.loadAsync(await plainXlsx());
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      zip.file('xl/worksheets/sheet1.xml', xml.slice(0, Math.floor(xml.length / 2)));
      return writeBytes(
        dir,
        'kapot-blad.xlsx',
        await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
      );
    },
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'damaged',
      stderr: new RegExp(`${DAMAGED.source}: werkblad ‘Begroting’ houdt halverwege op\\. ${REPAIR}$`),
    },
  },
  {
    id: 'missing-sheet-part',
    description: {
      nl: 'werkblad staat in de werkmap vermeld, maar het onderdeel ontbreekt in de zip',
      en: 'a sheet listed in the workbook whose part is missing from the zip',
    },
    build: async (dir) => {
      const workbook = newWorkbook([
        { name: 'Toelichting', rows: [['Zie het blad Begroting.']] },
        { name: 'Begroting', rows: plainBudget() },
      ]);
      const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
      zip.remove('xl/worksheets/sheet2.xml');
      return writeBytes(
        dir,
        'blad-ontbreekt.xlsx',
        await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
      );
    },
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'damaged',
      stderr: new RegExp(
        `${DAMAGED.source}: werkblad ‘Begroting’ staat in de werkmap vermeld, maar ontbreekt in het bestand\\. ${REPAIR}$`,
      ),
    },
  },
  {
    id: 'corrupt-zip-data',
    description: {
      nl: 'één byte in de ingepakte gegevens van het werkblad omgezet',
      en: 'one byte flipped in the packed data of the worksheet',
    },
    build: async (dir) => {
      const data = await plainXlsx();
      const name = Buffer.from('xl/worksheets/sheet1.xml');
      const header = data.indexOf(name) - 30;
      const start = header + 30 + name.length + data.readUInt16LE(header + 28);
      // ExcelJS itself reads this one without complaint, the figures changed.
      data[start + 120] ^= 0xff;
      return writeBytes(dir, 'omgezette-byte.xlsx', data);
    },
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'damaged',
      stderr: new RegExp(
        `${DAMAGED.source}: de ingepakte gegevens van werkblad ‘Begroting’ kloppen niet\\. ${REPAIR}$`,
      ),
    },
  },
  {
    id: 'password-protected',
    description: {
      nl: 'met wachtwoord beveiligde werkmap (versleuteld OLE-bestand)',
      en: 'a password-protected workbook (encrypted OLE file)',
    },
    build: (dir) =>
      writeBytes(
        dir,
        'wachtwoord.xlsx',
        compoundFile([
          { name: 'EncryptionInfo', data: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
          { name: 'EncryptedPackage', data: Buffer.alloc(4096, 0x5a) },
        ]),
      ),
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'encrypted',
      stderr:
        /^‘[^’]+wachtwoord\.xlsx’ is met een wachtwoord beveiligd; sla een kopie zonder wachtwoord op en controleer die\.$/,
    },
  },
  {
    id: 'old-xls-renamed',
    description: { nl: 'oud .xls-bestand met de extensie .xlsx', en: 'an old .xls file renamed to .xlsx' },
    build: (dir) => writeBytes(dir, 'oud.xlsx', compoundFile([{ name: 'Workbook', data: Buffer.alloc(4096, 0) }])),
    xlsx: false,
    expected: {
      kind: 'refused',
      exit: 2,
      refusal: 'old-format',
      stderr:
        /^‘[^’]+oud\.xlsx’ is een oud Excel-bestand \(\.xls\); sla het op als \.xlsx en controleer het opnieuw\.$/,
    },
  },
  {
    id: 'large-50mb',
    description: { nl: LARGE_WORKBOOK.nl, en: LARGE_WORKBOOK.en },
    build: (dir) => writeLargeWorkbook(dir),
    xlsx: true,
    large: true,
    expected: LARGE_WORKBOOK.expected,
  },
];
