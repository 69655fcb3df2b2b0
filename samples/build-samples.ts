/**
 * Builds the sample budget workbooks in samples/ from the figures in the real municipal documents
 * (see samples/README.md for the source of every figure, the choices made, and the findings a
 * correct checker must report in each workbook).
 *
 * Usage: `npm run samples` (writes into the repository's samples/ folder), or
 * `node build-samples.js <output folder>` when the compiled script lives somewhere else.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixZipTimestamps } from './zip-timestamps';

// ---------------------------------------------------------------------------------------------
// Shared helpers: cell values, totals, title block, header, rows, formatting, writing
// ---------------------------------------------------------------------------------------------

/** A typed number, text exactly as a document writes it, a formula with its cached result, or empty. */
type CellInput = number | string | ExcelJS.CellFormulaValue | undefined;

type ColumnKind = 'code' | 'text' | 'amount' | 'mark';

interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
}

type RowStyle = 'item' | 'goal' | 'total';

const CREATOR = 'npo-budget-checker samples';
/** Fixed so that rebuilding the samples changes no byte unless the data changed. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));
const EURO_FORMAT = '"€" #,##0.00';
const HEADER_FILL = 'FFD9D9D9';
const GOAL_FILL = 'FFDDEBF7';

function isFormula(value: CellInput): value is ExcelJS.CellFormulaValue {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

/**
 * What Excel's SUM returns for these cells: numbers and numeric formula results count, text is
 * skipped. Summed in cents so that the cached results we write are exact.
 */
function excelSum(values: readonly CellInput[]): number {
  let cents = 0;
  for (const value of values) {
    const n = isFormula(value) ? value.result : value;
    if (typeof n === 'number') cents += Math.round(n * 100);
  }
  return cents / 100;
}

/** A SUM formula whose cached result is what Excel itself would compute over `parts`. */
function sumFormula(refs: string, parts: readonly CellInput[]): ExcelJS.CellFormulaValue {
  return { formula: `SUM(${refs})`, result: excelSum(parts) };
}

/**
 * A total the document states. When it equals what Excel would add up from its parts, the sheet
 * keeps a live SUM (as a finance officer would); when it does not, the sheet carries the typed
 * figure the document states, which is the inconsistency the checker must find.
 */
function statedTotal(stated: number, refs: string, parts: readonly CellInput[]): CellInput {
  return excelSum(parts) === stated ? sumFormula(refs, parts) : stated;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function addBudgetSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnSpec[],
  headerRow: number,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    // Frozen header: how these lists are kept in practice, and it makes the samples easy to scroll.
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  columns.forEach((column, i) => {
    ws.getColumn(i + 1).width = column.width;
  });
  return ws;
}

function columnLetter(columns: readonly ColumnSpec[], header: string): string {
  const index = columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`Kolom "${header}" bestaat niet in dit blad.`);
  // Columns A..Z are enough for every sample sheet.
  return String.fromCharCode(65 + index);
}

interface TitleBlock {
  readonly title: string;
  /** Label and amount of the ceiling, the label in column `labelColumn` (1-based), the amount to its right. */
  readonly ceiling?: { readonly labelColumn: number; readonly amount: number };
  readonly notes: readonly string[];
}

/** Writes the title block from row 1 and returns the header row: one blank row below the block. */
function writeTitleBlock(ws: ExcelJS.Worksheet, block: TitleBlock): number {
  let row = 1;
  const title = ws.getCell(row++, 1);
  title.value = block.title;
  title.font = { bold: true, size: 14 };
  if (block.ceiling) {
    const label = ws.getCell(row, block.ceiling.labelColumn);
    label.value = 'NPO-budget (plafond)';
    label.font = { bold: true };
    label.alignment = { horizontal: 'right' };
    const amount = ws.getCell(row, block.ceiling.labelColumn + 1);
    amount.value = block.ceiling.amount;
    amount.numFmt = EURO_FORMAT;
    amount.font = { bold: true };
    row++;
  }
  for (const note of block.notes) {
    const cell = ws.getCell(row++, 1);
    cell.value = note;
    cell.font = { italic: true, color: { argb: 'FF595959' } };
  }
  return row + 1;
}

function writeHeader(ws: ExcelJS.Worksheet, rowNo: number, columns: readonly ColumnSpec[]): void {
  const row = ws.getRow(rowNo);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = {
      vertical: 'middle',
      wrapText: true,
      horizontal: column.kind === 'amount' ? 'right' : column.kind === 'mark' ? 'center' : 'left',
    };
  });
}

function writeRow(
  ws: ExcelJS.Worksheet,
  rowNo: number,
  columns: readonly ColumnSpec[],
  values: readonly CellInput[],
  style: RowStyle,
): void {
  const row = ws.getRow(rowNo);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    const value = values[i];
    // An empty string would become an empty text cell; a cell the document leaves blank stays blank.
    if (value !== undefined && value !== '') cell.value = value;
    if (column.kind === 'amount') cell.numFmt = EURO_FORMAT;
    cell.alignment = {
      vertical: 'top',
      wrapText: column.kind === 'text',
      horizontal: column.kind === 'mark' ? 'center' : column.kind === 'amount' ? 'right' : 'left',
    };
    if (style !== 'item') cell.font = { bold: true };
    if (style === 'goal') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GOAL_FILL } };
    if (style === 'total') cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  });
}

async function save(wb: ExcelJS.Workbook, folder: string, fileName: string): Promise<string> {
  const written = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const file = path.join(folder, fileName);
  fs.writeFileSync(file, fixZipTimestamps(written, FIXED_DATE));
  return file;
}

// ---------------------------------------------------------------------------------------------
// 1. Hilversum, NPO-actieagenda 2021, bijlage 2 "Begroting" (seed 000): grouped layout
// ---------------------------------------------------------------------------------------------

type Hilversum2021Intervention = readonly [
  nr: string,
  interventie: string,
  uitvoerder: string,
  begroot: number,
  toelichting?: string,
];

interface Hilversum2021Goal {
  /** The goal line exactly as bijlage 2 writes it (including its typo "Bestedinsdoel"). */
  readonly label: string;
  readonly statedSubtotal: number;
  readonly interventions: readonly Hilversum2021Intervention[];
}

const NTB_100K = 'Bijlage 1: "Kosten: N.t.b. - €100.000,- begroot"';

/** Amounts from bijlage 2; partners from the "Door wie" lines of bijlage 1; notes quote bijlage 1. */
const HILVERSUM_2021: readonly Hilversum2021Goal[] = [
  {
    label: 'Bestedinsdoel 1: Bovenschoolse maatregelen',
    statedSubtotal: 995_000,
    interventions: [
      [
        'I1',
        'Een ‘huiswerkkamer’ incl. begeleiding',
        'Versa Welzijn',
        145_000,
        'Bijlage 1: "Kosten: €148.000 voor 6 locaties. Per locatie bedragen de kosten €24.668,-"',
      ],
      [
        'I2',
        'Bibliotheek (samenwerking tussen scholen, peuteropvang én de bieb incl. Boekstart)',
        'De bibliotheek Hilversum',
        250_000,
      ],
      ['I3', 'Cultuur', 'Proloog', 250_000],
      ['I4', 'Sport', 'Team Sportservice in samenwerking met Bink kinderopvang', 250_000],
      ['I5', 'Natuur', 'Bijvoorbeeld Urban Farming 035 en Stichting Omgevingseducatie', 50_000],
      ['I6', 'Voorleesexpress versterken', 'Stichting Maatjesproject, vrijwilligers', 50_000],
    ],
  },
  {
    label: 'Bestedingsdoel 2: Maatregelen in VVE (2-6 jarigen)',
    statedSubtotal: 500_000,
    interventions: [
      ['I7', 'Top VVE en/of LOGO3000 introduceren', 'Peuterspeelzaalaanbieders Bink en AT', 100_000, NTB_100K],
      [
        'I8',
        "Extra inzet op zware doelgroeplocaties - 'vliegende' medewerker bij Bink",
        'Peuterspeelzaalaanbieders Bink en AT',
        100_000,
        NTB_100K,
      ],
      ['I9', 'VVE in de zomer door laten lopen', 'Peuterspeelzaalaanbieders Bink en AT', 100_000, NTB_100K],
      ['I10', 'Maatwerkplannen versterken', 'Maatwerkscholen', 200_000],
    ],
  },
  {
    label: 'Bestedingsdoel 3: Maatregelen voor zorg en welzijn',
    statedSubtotal: 525_000,
    interventions: [
      [
        'I11',
        'Verlengde schooldag door kinderwerkers',
        'Versa Welzijn',
        150_000,
        'Bijlage 1: "De kosten per wijk zijn €31.650,-, totaal begroot is €150.000,-"',
      ],
      [
        'I12',
        'Extra inzet van jongerenwerkers/jongerencoaches',
        'N.t.b.',
        150_000,
        'Bijlage 1: "Kosten: N.t.b. - €150.000,- begroot"',
      ],
      ['I13', 'Mediawijsheid / online pesten', 'Samenwerkingsverbanden Unita en Qinas', 25_000],
      ['I14', 'Zorg?!', '', 200_000, 'Bijlage 1: "Kosten: N.t.b. - €200.000,- begroot."'],
    ],
  },
  {
    label: 'Bestedingsdoel 4: Bevorderen van de samenwerking in de gemeente.',
    statedSubtotal: 80_000,
    interventions: [
      [
        'I15',
        'Versterken van Jeugd en Gezin op taalscholen',
        'Jeugd en Gezin en mogelijk nog andere partners',
        80_000,
        'Bijlage 1: "In Hilversum is €80.000,- begroot voor deze interventie. De regiogemeenten financieren de inzet van JGGV gezamenlijk."',
      ],
    ],
  },
  {
    label: 'Bestedingsdoel 5: Maatregelen voor thuiszitters.',
    statedSubtotal: 50_000,
    interventions: [
      [
        'I16',
        'Preventief spreekuur op scholen om dreigende thuiszitters te voorkomen',
        'Regionaal Bureau Leerlingzaken (RBL)',
        50_000,
        'Bijlage 1: "Kosten: €35.000,- voor 2022, €17.500,- voor 2023"',
      ],
    ],
  },
];

const HILVERSUM_2021_TOTAL = 2_150_000;
const HILVERSUM_CEILING = 2_138_509.64;

async function buildHilversum2021(folder: string): Promise<string> {
  const columns: readonly ColumnSpec[] = [
    { header: 'Nr', width: 7, kind: 'code' },
    { header: 'Interventie', width: 58, kind: 'text' },
    { header: 'Uitvoerder', width: 36, kind: 'text' },
    { header: 'Begroot', width: 16, kind: 'amount' },
    { header: 'Toelichting', width: 60, kind: 'text' },
  ];
  const wb = newWorkbook();
  const title: TitleBlock = {
    title: 'Gemeente Hilversum – NPO-actieagenda, schooljaren 2021-2022 en 2022-2023',
    ceiling: { labelColumn: 3, amount: HILVERSUM_CEILING },
    notes: ['Bron: NPO-actieagenda Hilversum, vastgesteld door B&W op 21 december 2021, bijlage 2 (Begroting)'],
  };
  const headerRow = 5;
  const ws = addBudgetSheet(wb, 'Begroting 2021', columns, headerRow);
  if (writeTitleBlock(ws, title) !== headerRow) throw new Error('Titelblok en kopregel lopen niet gelijk.');
  writeHeader(ws, headerRow, columns);

  const amount = columnLetter(columns, 'Begroot');
  const goalCells: string[] = [];
  const goalValues: CellInput[] = [];
  let r = headerRow + 1;
  for (const goal of HILVERSUM_2021) {
    const goalRow = r++;
    const first = r;
    for (const [nr, interventie, uitvoerder, begroot, toelichting] of goal.interventions) {
      writeRow(ws, r++, columns, [nr, interventie, uitvoerder, begroot, toelichting], 'item');
    }
    const subtotal = statedTotal(
      goal.statedSubtotal,
      `${amount}${first}:${amount}${r - 1}`,
      goal.interventions.map((i) => i[3]),
    );
    writeRow(ws, goalRow, columns, [undefined, goal.label, undefined, subtotal], 'goal');
    goalCells.push(`${amount}${goalRow}`);
    goalValues.push(subtotal);
  }
  r++; // a blank line above the total, as in bijlage 2
  writeRow(
    ws,
    r,
    columns,
    [undefined, 'Totaal:', undefined, statedTotal(HILVERSUM_2021_TOTAL, goalCells.join(','), goalValues)],
    'total',
  );
  return save(wb, folder, 'hilversum-2021-begroting.xlsx');
}

// ---------------------------------------------------------------------------------------------
// 2. Hilversum, evaluatie HEA 2023, bijlage 1 "Stand van zaken" (seed 001): list layout
// ---------------------------------------------------------------------------------------------

type Hilversum2023Row = readonly [
  nr: number | string,
  interventie: string,
  bestedingsdoel: string,
  uitvoerder: string,
  begroot: CellInput,
  benut: CellInput,
  toelichting: string,
];

const GOAL_1_2023 = 'Bovenschoolse maatregelen';
const GOAL_2_2023 = 'Voorschoolse periode/ Maatregelen in VVE (2- 6 jarigen)';
const GOAL_3_2023 = 'Zorg en welzijn';
const GOAL_4_2023 = 'Samenwerking bevorderen in de gemeente';
const GOAL_5_2023 = 'Maatregelen voor thuiszitters';

/**
 * Per intervention as bijlage 1 reports it. Interventions 7 to 9 are one € 300.000 block split
 * between two partners, so they are two rows with the block's number. The AT amount spent is typed
 * as text (the defect a SUM silently skips); "nihil" is written as the document writes it.
 */
const HILVERSUM_2023: readonly Hilversum2023Row[] = [
  [1, 'Huiswerkkamer', GOAL_1_2023, 'Versa Welzijn', 150_000, 149_823, 'Looptijd februari 2022 t/m juli 2023'],
  [
    2,
    'Bibliotheek (samenwerking tussen scholen, peuteropvang én de bieb)',
    GOAL_1_2023,
    'De Bibliotheek',
    250_000,
    247_852,
    'Looptijd mei 2022 t/m 31 juli 2024',
  ],
  [
    3,
    'Kunst- en cultuuronderwijs',
    GOAL_1_2023,
    'Stichting Proloog',
    250_000,
    250_000,
    'Looptijd mei 2022 t/m 31 juli 2024',
  ],
  [
    4,
    'Sport- en bewegen',
    GOAL_1_2023,
    'Bink Kinderopvang en Teamsportservice',
    250_000,
    { formula: '60444+82460', result: 142_904 },
    '€ 60.444,- Move Mates en MRT; € 82.460,- Fit en Vaardig en naschools sportaanbod; € 107.096,- nog inzetbaar',
  ],
  [
    5,
    'Natuurbeleving',
    GOAL_1_2023,
    'Stichting Omgevingseducatie',
    50_000,
    48_375,
    'Looptijd maart 2022 t/m juli 2024',
  ],
  [
    6,
    'Versterken van VoorleesExpress en SchoolMaatjesproject (3,5-12 jaar)',
    GOAL_1_2023,
    'Stichting Maatjesproject',
    50_000,
    50_000,
    'Looptijd 1 maart 2023 t/m 31 december 2024',
  ],
  [
    '7-9',
    "Top VVE en/of LOGO3000, 'vliegende' medewerker, VVE in de zomer – deel AT",
    GOAL_2_2023,
    'AT kinderopvang',
    40_000,
    '€ 40.171,-',
    'Begroot totaal €300.000 voor 7 t/m 9; AT: verrijking dagprogramma, maart 2022 – juli 2023',
  ],
  [
    '7-9',
    "Top VVE en/of LOGO3000, 'vliegende' medewerker, VVE in de zomer – deel Bink",
    GOAL_2_2023,
    'Bink',
    260_000,
    'nihil',
    'Bink: op te starten in 2023',
  ],
  [
    10,
    'Maatwerkplannen versterken',
    GOAL_2_2023,
    'Maatwerkscholen',
    200_000,
    undefined,
    'Nog op te starten: (nog) geen plan opgemaakt',
  ],
  [
    11,
    'Verlengde schooldag door kinderwerkers',
    GOAL_3_2023,
    'Versa Welzijn',
    150_000,
    149_905,
    'Looptijd februari 2022 t/m juli 2023',
  ],
  [
    12,
    'Jongeren coaching op school',
    GOAL_3_2023,
    '',
    150_000,
    150_000,
    'Subsidie voor drie jeugdcoaches in het VO, samen met budget Actieagenda Jeugd en cofinanciering onderwijs',
  ],
  [13, 'Train de trainer – mediawijsheid', GOAL_3_2023, 'Samenwerkingsverband Unita', 25_000, 25_000, 'Looptijd 2023'],
  [
    14,
    'Versterken van Jeugd en Gezin op de taalscholen',
    GOAL_3_2023,
    'JGGV',
    80_000,
    'nihil',
    'Begroot, maar nog niet benut',
  ],
  [
    15,
    'Zorg',
    GOAL_4_2023,
    '',
    150_000,
    undefined,
    'Subsidie Onderwijs jeugdarrangement (OJA) op de Donnerschool en de Wijngaard; looptijd 22/23 – 23/24',
  ],
  [
    16,
    'Preventief spreekuur op scholen om dreigende thuiszitters te voorkomen',
    GOAL_5_2023,
    'Regionaal Bureau Leerlingzaken',
    50_000,
    72_114,
    'Alle regiogemeenten financieren het preventief spreekuur',
  ],
];

/** The "Totaal" of the table "Bestedingsdoel / Totaalbedrag t/m juni 2025" at the start of bijlage 1. */
const HILVERSUM_2023_STATED_TOTAL = 2_150_000;

async function buildHilversum2023(folder: string): Promise<string> {
  const columns: readonly ColumnSpec[] = [
    { header: 'Nr', width: 7, kind: 'code' },
    { header: 'Interventie', width: 52, kind: 'text' },
    { header: 'Bestedingsdoel', width: 32, kind: 'text' },
    { header: 'Uitvoerder', width: 30, kind: 'text' },
    { header: 'Begroot', width: 16, kind: 'amount' },
    { header: 'Benut', width: 16, kind: 'amount' },
    { header: 'Toelichting', width: 60, kind: 'text' },
  ];
  const wb = newWorkbook();
  const title: TitleBlock = {
    title: 'Gemeente Hilversum – Stand van zaken NPO-actieagenda 2023',
    notes: [
      'Bron: Evaluatie Hilversumse Educatieve Agenda 2021-2024, bijlage 1 (stand van zaken NPO-actieagenda)',
      'Plafond: zie blad Instellingen',
    ],
  };
  const headerRow = 5;
  const ws = addBudgetSheet(wb, 'Stand 2023', columns, headerRow);
  if (writeTitleBlock(ws, title) !== headerRow) throw new Error('Titelblok en kopregel lopen niet gelijk.');
  writeHeader(ws, headerRow, columns);

  let r = headerRow + 1;
  const first = r;
  for (const row of HILVERSUM_2023) writeRow(ws, r++, columns, row, 'item');
  const last = r - 1;
  const begroot = columnLetter(columns, 'Begroot');
  const benut = columnLetter(columns, 'Benut');
  // The document states the total budget; it states no total spent, so that one is the officer's own SUM.
  writeRow(
    ws,
    r,
    columns,
    [
      undefined,
      'Totaal',
      undefined,
      undefined,
      statedTotal(
        HILVERSUM_2023_STATED_TOTAL,
        `${begroot}${first}:${begroot}${last}`,
        HILVERSUM_2023.map((x) => x[4]),
      ),
      sumFormula(
        `${benut}${first}:${benut}${last}`,
        HILVERSUM_2023.map((x) => x[5]),
      ),
      undefined,
    ],
    'total',
  );

  const settings = wb.addWorksheet('Instellingen');
  settings.getColumn(1).width = 28;
  settings.getColumn(2).width = 34;
  const rows: readonly (readonly [string, CellInput])[] = [
    ['NPO-budget (plafond)', HILVERSUM_CEILING],
    ['Gemeente', 'Hilversum'],
    ['Besteden tot en met', '31 juli 2025'],
    ['Bron', 'Evaluatie HEA 2021-2024, bijlage 1'],
  ];
  rows.forEach(([label, value], i) => {
    const labelCell = settings.getCell(i + 1, 1);
    labelCell.value = label;
    labelCell.font = { bold: true };
    const valueCell = settings.getCell(i + 1, 2);
    if (value !== undefined) valueCell.value = value;
    if (typeof value === 'number') valueCell.numFmt = EURO_FORMAT;
    valueCell.alignment = { horizontal: 'left' };
  });
  addHilversumPayments(wb);
  return save(wb, folder, 'hilversum-2023-stand.xlsx');
}

/** A date as a ledger export writes it; or text exactly as typed ('21-3-2022', 'juni 2023'). */
type PaymentDate = readonly [year: number, month: number, day: number] | string;

type HilversumPayment = readonly [
  datum: PaymentDate,
  factuurnummer: string,
  crediteur: string,
  interventie: number | string,
  soort: string,
  bedrag: number,
  status: string,
  omschrijving: string,
];

/**
 * Invoices and subsidy payments behind the 2023 benut figures. The document gives no ledger, so
 * numbers and dates are ours (within each intervention's "Looptijd"); the amounts add up to the
 * benut of every intervention except where a problem is planted (see samples/README.md).
 * Partners are the ones the seed documents name.
 */
const HILVERSUM_PAYMENTS: readonly HilversumPayment[] = [
  [
    [2021, 6, 28],
    'V-2021-031',
    'Versa Welzijn',
    1,
    'factuur',
    3_500,
    'betaald',
    'Inrichting huiswerkkamers (voorbereiding)',
  ],
  [
    [2022, 2, 15],
    'S-2022-014',
    'Versa Welzijn',
    1,
    'voorschot',
    72_000,
    'betaald',
    'Subsidie huiswerkkamer 2022, voorschot',
  ],
  [
    [2022, 2, 15],
    'S-2022-015',
    'Versa Welzijn',
    11,
    'voorschot',
    75_000,
    'betaald',
    'Subsidie verlengde schooldag 2022, voorschot',
  ],
  [
    [2022, 3, 14],
    'SOE-2022-03',
    'Stichting Omgevingseducatie',
    5,
    'voorschot',
    34_000,
    'betaald',
    'Natuurbelevingsdagen en moestuinseries 2022',
  ],
  [
    '21-3-2022',
    'AT-2022-044',
    'AT kinderopvang',
    '7-9',
    'voorschot',
    20_000,
    'betaald',
    'Verrijking dagprogramma, voorschot',
  ],
  [
    [2022, 5, 2],
    'BIB-2022-0412',
    'Bibliotheek Hilversum',
    2,
    'voorschot',
    100_000,
    'betaald',
    'Samenwerking scholen, peuteropvang en bieb, voorschot 2022',
  ],
  [
    [2022, 5, 16],
    'P22-051',
    'Stichting Proloog',
    3,
    'voorschot',
    100_000,
    'betaald',
    'Kunst- en cultuuronderwijs, voorschot 2022',
  ],
  [[2022, 6, 17], 'BK-22-0617', 'Bink Kinderopvang', 4, 'factuur', 40_000, 'betaald', 'Move Mates en MRT'],
  [
    [2022, 9, 1],
    'S-2022-102',
    'Versa Welzijn',
    12,
    'voorschot',
    72_000,
    'betaald',
    'Drie jeugdcoaches VO, schooljaar 2022-2023',
  ],
  [
    [2022, 10, 3],
    'RBL-2022-17',
    'Regionaal Bureau Leerlingzaken',
    16,
    'factuur',
    36_000,
    'betaald',
    'Preventief spreekuur 2022',
  ],
  [
    [2022, 11, 15],
    'IMC-2022-07',
    'IMC Weekendschool',
    'Weekendschool',
    'factuur',
    12_500,
    'betaald',
    'Weekendlessen OBS de Dubbeldekker (HEA)',
  ],
  [
    [2023, 1, 2],
    'S-2023-040',
    'Versa Welzijn',
    12,
    'voorschot',
    78_000,
    'betaald',
    'Drie jeugdcoaches VO, schooljaar 2022-2023',
  ],
  [
    [2023, 1, 9],
    'BIB-2023-0107',
    'Bibliotheek Hilversum',
    2,
    'voorschot',
    100_000,
    'betaald',
    'Samenwerking scholen, peuteropvang en bieb, voorschot 2023',
  ],
  [
    [2023, 1, 12],
    'S-2023-009',
    'Versa Welzijn',
    1,
    'voorschot',
    50_000,
    'betaald',
    'Subsidie huiswerkkamer 2023, voorschot',
  ],
  [[2023, 1, 12], 'BK-23-0112', 'Bink Kinderopvang', 4, 'factuur', 20_444, 'betaald', 'Move Mates en MRT'],
  [
    [2023, 1, 16],
    'P23-004',
    'Stichting Proloog',
    3,
    'voorschot',
    150_000,
    'betaald',
    'Kunst- en cultuuronderwijs, voorschot 2023',
  ],
  [
    [2023, 2, 6],
    'U-2023-015',
    'Samenwerkingsverband Unita',
    13,
    'factuur',
    12_500,
    'betaald',
    'Train de trainer mediawijsheid',
  ],
  [
    [2023, 2, 6],
    'Q-2023-022',
    'Samenwerkingsverband Qinas',
    13,
    'factuur',
    12_500,
    'betaald',
    'Train de trainer mediawijsheid',
  ],
  [
    [2023, 2, 20],
    'SMP-C-2023-01',
    'Stichting Maatjesproject',
    6,
    'creditnota',
    -2_000,
    'open',
    'Terugbetaling voorschot VoorleesExpress 2021-2022',
  ],
  [
    [2023, 3, 1],
    'SMP-2023-01',
    'Stichting Maatjesproject',
    6,
    'voorschot',
    25_000,
    'betaald',
    'VoorleesExpress en SchoolMaatjesproject, voorschot',
  ],
  [
    [2023, 3, 6],
    'SOE-2023-11',
    'Stichting Omgevingseducatie',
    5,
    'factuur',
    13_125,
    'betaald',
    'Natuurbelevingsdagen voorjaar 2023',
  ],
  [
    [2023, 3, 20],
    'TSS-2023-021',
    'Teamsportservice',
    4,
    'factuur',
    82_460,
    'betaald',
    'Fit en Vaardig en naschools sportaanbod',
  ],
  [
    [2023, 4, 24],
    'SOE-2023-14',
    'Stichting Omgevingseducatie',
    5,
    'factuur',
    1_250,
    'betaald',
    'Zaaigoed moestuinseries',
  ],
  [[2023, 4, 24], 'SOE-2023-14', 'Stichting Omgevingseducatie', 5, 'factuur', 1_250, 'open', 'Zaaigoed moestuinseries'],
  [
    'juni 2023',
    'S-2023-061',
    'Versa Welzijn',
    11,
    'vaststelling',
    74_905,
    'betaald',
    'Vaststelling subsidie verlengde schooldag',
  ],
  [
    [2023, 7, 3],
    'SMP-2023-02',
    'Stichting Maatjesproject',
    6,
    'voorschot',
    25_000,
    'betaald',
    'VoorleesExpress en SchoolMaatjesproject, voorschot',
  ],
  [
    [2023, 7, 3],
    'BIB-2023-0733',
    'Bibliotheek Hilversum',
    2,
    'factuur',
    45_000,
    'betaald',
    'Aanbod maatwerkscholen en peutergroepen',
  ],
  ['2023-07-10', 'RBL-2023-09', 'RBL', 16, 'factuur', 36_114, 'betaald', 'Preventief spreekuur 2023'],
  [
    '14-7-2023',
    'AT-2023-061',
    'AT kinderopvang',
    '7-9',
    'vaststelling',
    20_171,
    'betaald',
    'Vaststelling verrijking dagprogramma',
  ],
  [[2023, 9, 29], 'BIB-2023-0901', 'Bibliotheek Hilversum', 2, 'factuur', 2_852, 'open', 'Slotfactuur 2023'],
  [
    [2023, 9, 30],
    'S-2023-088',
    'Versa Welzijn',
    1,
    'vaststelling',
    24_323,
    'betaald',
    'Vaststelling subsidie huiswerkkamer',
  ],
];

const DATE_FORMAT = 'dd-mm-yyyy';

/** Sheet "Betalingen": one row per invoice or payment, as a municipal ledger export lists them. */
function addHilversumPayments(wb: ExcelJS.Workbook): void {
  const columns: readonly ColumnSpec[] = [
    { header: 'Datum', width: 12, kind: 'code' },
    { header: 'Factuurnummer', width: 16, kind: 'code' },
    { header: 'Crediteur', width: 32, kind: 'text' },
    { header: 'Interventie', width: 14, kind: 'code' },
    { header: 'Soort', width: 14, kind: 'code' },
    { header: 'Bedrag', width: 16, kind: 'amount' },
    { header: 'Status', width: 10, kind: 'code' },
    { header: 'Omschrijving', width: 56, kind: 'text' },
  ];
  const headerRow = 4;
  const ws = addBudgetSheet(wb, 'Betalingen', columns, headerRow);
  const title: TitleBlock = {
    title: 'Gemeente Hilversum – Betalingen NPO-actieagenda (subsidies en facturen)',
    notes: ['Export uit de financiële administratie; kolom Interventie: het nummer uit de stand van zaken 2023'],
  };
  if (writeTitleBlock(ws, title) !== headerRow) throw new Error('Titelblok en kopregel lopen niet gelijk.');
  writeHeader(ws, headerRow, columns);
  let r = headerRow + 1;
  const first = r;
  for (const [datum, ...rest] of HILVERSUM_PAYMENTS) {
    writeRow(ws, r, columns, [undefined, ...rest], 'item');
    const dateCell = ws.getCell(r, 1);
    if (typeof datum === 'string') {
      dateCell.value = datum;
    } else {
      const [year, month, day] = datum;
      dateCell.value = new Date(Date.UTC(year, month - 1, day));
      dateCell.numFmt = DATE_FORMAT;
    }
    r++;
  }
  const bedrag = columnLetter(columns, 'Bedrag');
  writeRow(
    ws,
    r,
    columns,
    [
      undefined,
      'Totaal',
      undefined,
      undefined,
      undefined,
      sumFormula(
        `${bedrag}${first}:${bedrag}${r - 1}`,
        HILVERSUM_PAYMENTS.map((p) => p[5]),
      ),
      undefined,
      undefined,
    ],
    'total',
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Putten, NPO plan van aanpak, §4.2 "Begroting op hoofdlijnen" (seed 003): list layout
// ---------------------------------------------------------------------------------------------

type PuttenRow = readonly [
  nr: number | undefined,
  maatregel: string,
  thema: string,
  uitvoerder: string,
  begroot: string,
  toelichting: string,
];

/**
 * The themes stand in the goal column because the plan budgets by its own four themes, not by the
 * five bestedingsdoelen. Amounts are the "Ca." texts of §4.2; "(voor 2 jaar)" and the like are
 * moved to the Toelichting. Communicatie and the rest budget have neither a number nor a theme.
 */
const PUTTEN: readonly PuttenRow[] = [
  [
    1,
    'Sociale kaart en routekaart updaten en communicatietraject; weerbaarheidstrainingen op scholen; trainingen voor docenten, IB-ers: gespreksvaardigheden; communicatie; uitvoering monitoring/evaluatie',
    'Inzet op preventie',
    'Gemeente en Putten voor Elkaar, i.s.m. onderwijs',
    'Ca. € 48.000',
    'Voor 2 jaar. §3.2: kaarten 1.000 euro; weerbaarheidstrainingen 10.000 euro per jaar; trainingen docenten 3.000 euro per jaar; activiteiten in de wijk 10.000 euro per jaar',
  ],
  [
    2,
    'Jeugdmaatschappelijk werker (PO-scholen) en jongerenwerker (VO-school): 2 uur per week op 15 scholen, gedurende 1 jaar (40 weken); communicatie; uitvoering monitoring/evaluatie',
    'Laagdrempelige ondersteuning op/via scholen',
    'Gemeente i.s.m. Putten voor Elkaar, PO- en VO-scholen',
    'Ca € 60.000',
    'Voor 2 jaar. §3.2: "ongeveer 2.600 euro per maand en rond 30.000 euro per jaar"',
  ],
  [
    3,
    'Aanstelling van lokale kartrekker/kindregisseur; uitwerking en bekostiging verloopt via VVE werkgroep',
    'Bevorderen doorgaande lijn 0-7 jaar',
    'VVE-werkgroep',
    'Ca € 20.000',
    'Reservering voor aanvulling op beschikbare VVE gelden',
  ],
  [
    4,
    'Aanstellen van projectleider voor 8 uur per week, gedurende twee jaar; organisatiekosten',
    'Stimuleren van samenwerking onderwijs en jeugdhulp',
    'Gemeente i.s.m. voorschool, PO, VO, toegangen jeugd en Putten voor Elkaar',
    'Ca € 100.000',
    'Voor 2 jaar. §3.2: projectleiderschap "40.000 – 45.000 per jaar", overige uitvoeringskosten 5.000 euro per jaar',
  ],
  [
    undefined,
    'Communicatie: de activiteiten die we in het kader van het NP Onderwijs realiseren gaan we breed in de gemeente delen',
    '',
    '',
    'Ca € 4.000',
    'Voor 2 jaar',
  ],
  [
    undefined,
    'Bestemming resterend budget: ten behoeve van de vier thema’s, ter aanvulling op de maatregelen of onvoorziene kosten, in overleg met betrokken partijen',
    '',
    '',
    'Ca € 90.000',
    'Voor 2 jaar',
  ],
];

const PUTTEN_CEILING = 322_000;
const PUTTEN_STATED_TOTAL = 322_000;

async function buildPutten(folder: string): Promise<string> {
  const columns: readonly ColumnSpec[] = [
    { header: 'Nr', width: 7, kind: 'code' },
    { header: 'Maatregel', width: 60, kind: 'text' },
    { header: 'Bestedingsdoel', width: 32, kind: 'text' },
    { header: 'Uitvoerder', width: 36, kind: 'text' },
    { header: 'Begroot', width: 16, kind: 'amount' },
    { header: 'Toelichting', width: 60, kind: 'text' },
  ];
  const wb = newWorkbook();
  const title: TitleBlock = {
    title: 'Gemeente Putten – NPO plan van aanpak 2023-2024: begroting op hoofdlijnen',
    ceiling: { labelColumn: 4, amount: PUTTEN_CEILING },
    notes: ['Bron: Plan van aanpak NPO gemeente Putten (DSP-groep), §4.2; alle posten voor 2 jaar'],
  };
  const headerRow = 5;
  const ws = addBudgetSheet(wb, 'Begroting', columns, headerRow);
  if (writeTitleBlock(ws, title) !== headerRow) throw new Error('Titelblok en kopregel lopen niet gelijk.');
  writeHeader(ws, headerRow, columns);

  let r = headerRow + 1;
  const first = r;
  for (const row of PUTTEN) writeRow(ws, r++, columns, row, 'item');
  const begroot = columnLetter(columns, 'Begroot');
  // Excel's SUM over the "Ca." texts would be 0, so the stated € 322.000 ends up typed.
  const total = statedTotal(
    PUTTEN_STATED_TOTAL,
    `${begroot}${first}:${begroot}${r - 1}`,
    PUTTEN.map((x) => x[4]),
  );
  writeRow(
    ws,
    r,
    columns,
    [undefined, 'Totaal begroting voor 2 jaar', undefined, undefined, total, undefined],
    'total',
  );
  return save(wb, folder, 'putten-2021.xlsx');
}

// ---------------------------------------------------------------------------------------------
// 4. Voerendaal, Inzet NPO-middelen, §5 goal table and §6 cost table (seed 004): matrix layout
// ---------------------------------------------------------------------------------------------

type Mark = 'x' | '-';

type VoerendaalRow = readonly [
  nr: string,
  activiteit: string,
  uitvoerder: string,
  bovenschools: Mark,
  voorschools: Mark,
  zorgWelzijn: Mark,
  samenwerking: Mark,
  thuiszitters: Mark,
  bedrag: CellInput,
  toelichting: string,
];

/**
 * Marks from the §5 table, amounts from the §6 table ("Geraamd budget"). Activity d) is budgeted at
 * its NPO share (€ 20.000 of the € 40.000 start subsidy): only then do the parts add up to the
 * document's "Totaal middelen NPO € 101.000,-".
 */
const VOERENDAAL: readonly VoerendaalRow[] = [
  [
    'a)',
    'Buitenspelen',
    'TMF (The Move Factory)',
    'x',
    'x',
    'x',
    'x',
    '-',
    'Uitvoerbaar binnen opdracht TMF',
    'TMF voert workshops en coaching op maat uit: workshops 18 uur, coaching op maat per locatie 9 x 20 uur = 180 uur',
  ],
  [
    'b)',
    'Rots en water',
    'Scholen en JENS',
    '-',
    '-',
    'x',
    'x',
    '-',
    15_000,
    'Aanvullende scholing indien nodig voor scholen; verbinding met JENS en transfer naar thuissituatie. Deels uitvoerbaar binnen reguliere aanbod van JENS',
  ],
  [
    'c)',
    'Kennismaken met cultuur jonge kind',
    'Schunck/PIT en andere aanbieders',
    '-',
    'x',
    '-',
    'x',
    '-',
    16_000,
    '4 activiteiten per koppel in 1,5 jaar; "€ 16.000,- uit NPO middelen, middelen worden zo nodig gematcht met eigen budget opvang en onderwijs"',
  ],
  [
    'd)',
    'Onderzoek leerlijn muziek',
    'SMK',
    'x',
    '-',
    '-',
    'x',
    '-',
    20_000,
    '"€ 40.000 startsubsidie (eerste jaar leerlijn begroot op € 80.000, helft via gemeente) (€ 20.000 uit culturele middelen corona compensatie en € 20.000 uit NPO)"',
  ],
  [
    'e)',
    'Inspiratie en ideeën integrale kindaanpak',
    'Deskundige IKC',
    'x',
    '-',
    '-',
    'x',
    '-',
    5_000,
    'Gezamenlijk werkbezoek; inspiratiesessie ervaringsdeskundige en overzicht van mogelijke invalshoeken',
  ],
  [
    'f)',
    'Concreet plan op maat per koppel integrale kindaanpak',
    'Procesbegeleider (inhuur)',
    '-',
    'x',
    '-',
    'x',
    '-',
    30_000,
    '4 koppels € 7.500/60 uur',
  ],
  [
    'g)',
    'Versterken van ouderschap en ouderbetrokkenheid',
    'JENS, school en opvang',
    'x',
    'x',
    'x',
    'x',
    '-',
    10_000,
    '€ 2.500 per koppel voor tegemoetkoming in uren en kosten voor bijeenkomst, gastspreker etc.',
  ],
  [
    'h)',
    'Facilitering samenwerking en verbinding met de buitenwereld',
    'Partners, verenigingen, TMF indien mogelijk',
    'x',
    'x',
    'x',
    'x',
    '-',
    5_000,
    'Inzet van activiteitenbudget verenigingen; € 5.000 uit NPO middelen',
  ],
  [
    'i)',
    'Duurzaamheid ervarend leren',
    '',
    'x',
    '-',
    '-',
    'x',
    '-',
    'P.M.',
    'Budget duurzaamheid gemeente; aanschaf duurzaamheidsets, educatieprogramma’s en/of gastdocenten',
  ],
];

const VOERENDAAL_CEILING = 113_258;
const VOERENDAAL_STATED_TOTAL = 101_000;

async function buildVoerendaal(folder: string): Promise<string> {
  // Goal headers are short forms: the document's own headers all start with "Maatregelen", which
  // is also a word for the intervention column.
  const columns: readonly ColumnSpec[] = [
    { header: 'Nr', width: 6, kind: 'code' },
    { header: 'Activiteit', width: 44, kind: 'text' },
    { header: 'Uitvoerder', width: 30, kind: 'text' },
    { header: 'Bovenschools', width: 13, kind: 'mark' },
    { header: 'Voorschoolse periode', width: 13, kind: 'mark' },
    { header: 'Zorg en welzijn', width: 13, kind: 'mark' },
    { header: 'Samenwerking', width: 13, kind: 'mark' },
    { header: 'Thuiszitters', width: 13, kind: 'mark' },
    { header: 'Bedrag', width: 16, kind: 'amount' },
    { header: 'Toelichting', width: 60, kind: 'text' },
  ];
  const wb = newWorkbook();
  const title: TitleBlock = {
    title: 'Gemeente Voerendaal – Inzet NPO-middelen, uitvoeringsperiode 1 januari 2022 t/m 31 juli 2023',
    ceiling: { labelColumn: 2, amount: VOERENDAAL_CEILING },
    notes: [
      'Berekening plafond (§2): 931 po-leerlingen × € 118,11 = € 109.960,41; achterstandsscore 145,655 × € 22,64 = 3.300,-',
      'Bron: Inzet NPO-middelen gemeente Voerendaal, tabel bestedingsdoelen (§5) en "Wat kost het en hoe betalen we dit?" (§6)',
    ],
  };
  const headerRow = 6;
  const ws = addBudgetSheet(wb, 'NPO-plan', columns, headerRow);
  if (writeTitleBlock(ws, title) !== headerRow) throw new Error('Titelblok en kopregel lopen niet gelijk.');
  writeHeader(ws, headerRow, columns);
  ws.getCell(headerRow, columns.findIndex((c) => c.header === 'Thuiszitters') + 1).note =
    'Op dit onderwerp zijn geen doelen benoemd. Aangezien dit NPO-plan zich beperkt tot de leeftijdsgroep 2 tot 12 jaar en binnen deze leeftijdsgroep in Voerendaal nagenoeg nooit thuiszitters zijn.';

  let r = headerRow + 1;
  const first = r;
  for (const row of VOERENDAAL) writeRow(ws, r++, columns, row, 'item');
  const bedrag = columnLetter(columns, 'Bedrag');
  const total = statedTotal(
    VOERENDAAL_STATED_TOTAL,
    `${bedrag}${first}:${bedrag}${r - 1}`,
    VOERENDAAL.map((x) => x[8]),
  );
  writeRow(
    ws,
    r,
    columns,
    [
      undefined,
      'Totaal middelen NPO',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      total,
      undefined,
    ],
    'total',
  );
  return save(wb, folder, 'voerendaal-2021.xlsx');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? path.resolve(__dirname, '../../samples'));
  fs.mkdirSync(folder, { recursive: true });
  for (const build of [buildHilversum2021, buildHilversum2023, buildPutten, buildVoerendaal]) {
    console.log(`Geschreven / written: ${await build(folder)}`);
  }
}

main().catch((error: unknown) => {
  console.error(
    `Voorbeeldwerkmappen bouwen mislukt / building the samples failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
