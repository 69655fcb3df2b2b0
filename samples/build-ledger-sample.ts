/**
 * Builds `samples/hilversum-2023-grootboek.xlsx` and `samples/hilversum-2023-grootboek.csv`: the
 * 2023 status of seed 001 ("Stand 2023" and "Instellingen", copied from hilversum-2023-stand.xlsx)
 * reconciled against a ledger export as the financial system gives it ("Grootboek": book year and
 * period, ledger account, cost centre, order number per intervention, creditor number and name,
 * invoice number, booking date, description, Debet, Credit, BTW), with the mapping the officer
 * keeps ("NPO Koppeling": order number → intervention). The CSV is the same export as the system
 * writes it for Dutch Excel: `;`, Dutch decimals, Windows-1252. samples/README.md lists the
 * findings both must yield; tests/integration/ledger-sample.test.ts pins them.
 *
 * Usage: `npm run samples` (after build-samples.js), or `node build-ledger-sample.js <folder>`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { MAPPING_HEADER, MAPPING_SHEET } from '../src/engine/payments/matching';
import { loadWorkbookFile } from '../src/xlsx/read-file';
import { copySheet, outsideReferences } from '../src/xlsx/report-workbook';
import { xlsxBytes } from '../src/xlsx/write-xlsx';
import { fixZipTimestamps } from './zip-timestamps';

const CREATOR = 'npo-budget-checker samples';
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** Order number per intervention of "Stand 2023" (ours: the document gives none); 7-9 has one per partner. */
const ORDERS: ReadonlyArray<readonly [order: string, code: string, partner: string]> = [
  ['NPO-7001', '1', 'Versa Welzijn'],
  ['NPO-7002', '2', 'De Bibliotheek'],
  ['NPO-7003', '3', 'Stichting Proloog'],
  ['NPO-7004', '4', 'Bink Kinderopvang en Teamsportservice'],
  ['NPO-7005', '5', 'Stichting Omgevingseducatie'],
  ['NPO-7006', '6', 'Stichting Maatjesproject'],
  ['NPO-7007', '7-9', 'AT kinderopvang'],
  ['NPO-7008', '7-9', 'Bink'],
  ['NPO-7010', '10', 'Maatwerkscholen'],
  ['NPO-7011', '11', 'Versa Welzijn'],
  ['NPO-7012', '12', ''],
  ['NPO-7013', '13', 'Samenwerkingsverband Unita'],
  ['NPO-7014', '14', 'JGGV'],
  ['NPO-7015', '15', ''],
  ['NPO-7016', '16', 'Regionaal Bureau Leerlingzaken'],
];

const CREDITORS: Readonly<Record<string, string>> = {
  'Versa Welzijn': '200114',
  'Bibliotheek Hilversum': '200231',
  'Stichting Proloog': '200305',
  'Bink Kinderopvang': '200412',
  Teamsportservice: '200418',
  'Stichting Omgevingseducatie': '200507',
  'Stichting Maatjesproject': '200611',
  'AT kinderopvang': '200702',
  'Samenwerkingsverband Unita': '201301',
  'Samenwerkingsverband Qinas': '201302',
  'Regionaal Bureau Leerlingzaken': '201601',
  'IMC Weekendschool': '209001',
};

type Booking = readonly [
  date: readonly [number, number, number],
  order: string,
  creditor: string,
  invoice: string,
  description: string,
  euros: number,
  vatEuros: number,
];

/**
 * The bookings behind each intervention's benut in "Stand 2023": excl. VAT they add up to it
 * (the Debet/Credit columns are excl. VAT, the VAT in its own column, as systems export them).
 * Subsidies carry no VAT; invoices of sports and training providers 21%. Planted, one of each:
 * 2's advances never settled while the ledger runs past 31-7-2025; 7-9 (AT) settled at € 40.171
 * against € 40.000; 6 a recovery before any advance; 3's settlement booked after the period; the
 * Weekendschool (HEA, no NPO) on an order the mapping does not know; 13 half paid to Qinas.
 */
const BOOKINGS: readonly Booking[] = [
  [[2022, 2, 15], 'NPO-7001', 'Versa Welzijn', 'S-2022-014', 'Subsidie huiswerkkamer 2022, voorschot', 72_000, 0],
  [[2022, 2, 15], 'NPO-7011', 'Versa Welzijn', 'S-2022-015', 'Subsidie verlengde schooldag 2022, voorschot', 75_000, 0],
  [
    [2022, 3, 14],
    'NPO-7005',
    'Stichting Omgevingseducatie',
    'SOE-2022-03',
    'Natuurbelevingsdagen 2022, voorschot',
    34_000,
    0,
  ],
  [[2022, 3, 21], 'NPO-7007', 'AT kinderopvang', 'AT-2022-044', 'Verrijking dagprogramma, voorschot', 20_000, 0],
  [
    [2022, 5, 2],
    'NPO-7002',
    'Bibliotheek Hilversum',
    'BIB-2022-0412',
    'Samenwerking scholen, peuteropvang en bieb, voorschot 2022',
    100_000,
    0,
  ],
  [[2022, 5, 16], 'NPO-7003', 'Stichting Proloog', 'P22-051', 'Kunst- en cultuuronderwijs, voorschot 2022', 100_000, 0],
  [[2022, 6, 17], 'NPO-7004', 'Bink Kinderopvang', 'BK-22-0617', 'Move Mates en MRT', 40_000, 8_400],
  [[2022, 9, 1], 'NPO-7012', 'Versa Welzijn', 'S-2022-102', 'Drie jeugdcoaches VO 2022-2023, voorschot', 72_000, 0],
  [[2022, 10, 3], 'NPO-7016', 'Regionaal Bureau Leerlingzaken', 'RBL-2022-17', 'Preventief spreekuur 2022', 36_000, 0],
  [
    [2022, 11, 15],
    'HEA-7090',
    'IMC Weekendschool',
    'IMC-2022-07',
    'Weekendlessen OBS de Dubbeldekker (HEA)',
    12_500,
    0,
  ],
  [
    [2023, 1, 9],
    'NPO-7002',
    'Bibliotheek Hilversum',
    'BIB-2023-0107',
    'Samenwerking scholen, peuteropvang en bieb, voorschot 2023',
    100_000,
    0,
  ],
  [[2023, 1, 12], 'NPO-7001', 'Versa Welzijn', 'S-2023-009', 'Subsidie huiswerkkamer 2023, voorschot', 50_000, 0],
  [[2023, 1, 12], 'NPO-7004', 'Bink Kinderopvang', 'BK-23-0112', 'Move Mates en MRT', 20_444, 4_293.24],
  [[2023, 1, 16], 'NPO-7003', 'Stichting Proloog', 'P23-004', 'Kunst- en cultuuronderwijs, voorschot 2023', 100_000, 0],
  [
    [2023, 2, 6],
    'NPO-7013',
    'Samenwerkingsverband Unita',
    'U-2023-015',
    'Train de trainer mediawijsheid',
    12_500,
    2_625,
  ],
  [
    [2023, 2, 6],
    'NPO-7013',
    'Samenwerkingsverband Qinas',
    'Q-2023-022',
    'Train de trainer mediawijsheid',
    12_500,
    2_625,
  ],
  [
    [2023, 2, 20],
    'NPO-7006',
    'Stichting Maatjesproject',
    'SMP-C-2023-01',
    'Terugvordering VoorleesExpress 2021-2022',
    -2_000,
    0,
  ],
  [
    [2023, 3, 1],
    'NPO-7006',
    'Stichting Maatjesproject',
    'SMP-2023-01',
    'VoorleesExpress en SchoolMaatjesproject, voorschot',
    25_000,
    0,
  ],
  [
    [2023, 3, 20],
    'NPO-7004',
    'Teamsportservice',
    'TSS-2023-021',
    'Fit en Vaardig en naschools sportaanbod',
    82_460,
    17_316.6,
  ],
  [[2023, 6, 30], 'NPO-7011', 'Versa Welzijn', 'S-2023-061', 'Vaststelling subsidie verlengde schooldag', 74_905, 0],
  [
    [2023, 7, 3],
    'NPO-7006',
    'Stichting Maatjesproject',
    'SMP-2023-02',
    'VoorleesExpress en SchoolMaatjesproject, voorschot',
    25_000,
    0,
  ],
  [
    [2023, 7, 3],
    'NPO-7002',
    'Bibliotheek Hilversum',
    'BIB-2023-0733',
    'Aanbod maatwerkscholen en peutergroepen',
    45_000,
    0,
  ],
  [[2023, 7, 10], 'NPO-7016', 'Regionaal Bureau Leerlingzaken', 'RBL-2023-09', 'Preventief spreekuur 2023', 36_114, 0],
  [[2023, 7, 14], 'NPO-7007', 'AT kinderopvang', 'AT-2023-061', 'Vaststelling verrijking dagprogramma', 20_171, 0],
  [[2023, 9, 29], 'NPO-7002', 'Bibliotheek Hilversum', 'BIB-2023-0901', 'Slotfactuur 2023', 2_852, 0],
  [[2023, 9, 30], 'NPO-7001', 'Versa Welzijn', 'S-2023-088', 'Vaststelling subsidie huiswerkkamer', 27_823, 0],
  [[2024, 1, 15], 'NPO-7012', 'Versa Welzijn', 'S-2024-004', 'Vaststelling jeugdcoaches VO, nabetaling', 78_000, 0],
  [[2024, 8, 30], 'NPO-7005', 'Stichting Omgevingseducatie', 'SOE-2024-09', 'Vaststelling natuurbeleving', 14_375, 0],
  [
    [2024, 12, 20],
    'NPO-7006',
    'Stichting Maatjesproject',
    'SMP-2024-12',
    'Vaststelling VoorleesExpress, nabetaling',
    2_000,
    0,
  ],
  [
    [2025, 10, 15],
    'NPO-7003',
    'Stichting Proloog',
    'P25-101',
    'Vaststelling kunst- en cultuuronderwijs, nabetaling',
    50_000,
    0,
  ],
];

export const LEDGER_HEADER = [
  'Boekjaar',
  'Periode',
  'Grootboekrekening',
  'Kostenplaats',
  'Ordernummer',
  'Crediteurnummer',
  'Crediteur',
  'Factuurnummer',
  'Boekdatum',
  'Omschrijving',
  'Debet',
  'Credit',
  'BTW',
] as const;

/** A booking as the export's row: subsidies on account 4400, invoices on 4310; a credit in Credit. */
function ledgerRow([[y, m, d], order, creditor, invoice, description, euros, vat]: Booking): Array<
  string | number | Date | undefined
> {
  const subsidy = /voorschot|vaststelling|terugvordering/i.test(description);
  return [
    y,
    m,
    subsidy ? 4400 : 4310,
    'ONW-NPO',
    order,
    CREDITORS[creditor],
    creditor,
    invoice,
    new Date(Date.UTC(y, m - 1, d)),
    description,
    euros > 0 ? euros : undefined,
    euros < 0 ? -euros : undefined,
    vat !== 0 ? vat : undefined,
  ];
}

const dutchNumber = (n: number): string => {
  const [whole, fraction = ''] = Math.abs(n).toFixed(2).split('.');
  return `${n < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
};
const csvField = (v: string | number | Date | undefined, col: number): string => {
  if (v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCDate()}-${v.getUTCMonth() + 1}-${v.getUTCFullYear()}`;
  if (typeof v === 'number') return col >= 10 ? dutchNumber(v) : String(v);
  return /[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** Windows-1252 for the characters the export holds (all Latin-1, and the € sign). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? path.resolve(__dirname, '../../samples'));
  const source = await loadWorkbookFile(path.join(folder, 'hilversum-2023-stand.xlsx'));
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const name of ['Stand 2023', 'Instellingen']) {
    const sheet = source.getWorksheet(name);
    if (!sheet) throw new Error(`Werkblad ‘${name}’ ontbreekt in hilversum-2023-stand.xlsx.`);
    copySheet(sheet, wb.addWorksheet(name), outsideReferences([], name));
  }

  const ledger = wb.addWorksheet('Grootboek', { views: [{ state: 'frozen', ySplit: 1 }] });
  ledger.addRow([...LEDGER_HEADER]).font = { bold: true };
  for (const booking of BOOKINGS) ledger.addRow(ledgerRow(booking));
  [9, 9, 18, 13, 12, 16, 32, 16, 12, 56, 14, 14, 12].forEach((w, i) => (ledger.getColumn(i + 1).width = w));
  ledger.getColumn(9).numFmt = 'dd-mm-yyyy';
  for (const col of [11, 12, 13]) ledger.getColumn(col).numFmt = '#,##0.00';

  const mapping = wb.addWorksheet(MAPPING_SHEET);
  mapping.addRow(['NPO Koppeling: ordernummers bij interventies']).font = { bold: true };
  mapping.addRow([
    'Per order- of projectcode uit het grootboek het nummer (of de naam) van de interventie in Stand 2023.',
  ]);
  mapping.addRow([]);
  mapping.addRow([...MAPPING_HEADER]).font = { bold: true };
  for (const [order, code, partner] of ORDERS) mapping.addRow([order, code, undefined, undefined, partner]);
  [14, 14, 12, 14, 40].forEach((w, i) => (mapping.getColumn(i + 1).width = w));

  const out = path.join(folder, 'hilversum-2023-grootboek.xlsx');
  // ExcelJS stamps each zip entry with the time of writing: the build date keeps a rebuild byte-identical.
  await fs.writeFile(out, fixZipTimestamps(Buffer.from(await xlsxBytes(wb)), FIXED_DATE));
  const csv = [LEDGER_HEADER.join(';'), ...BOOKINGS.map((b) => ledgerRow(b).map(csvField).join(';'))].join('\r\n');
  const csvOut = path.join(folder, 'hilversum-2023-grootboek.csv');
  await fs.writeFile(csvOut, windows1252(`${csv}\r\n`));
  console.log(`Geschreven / written: ${out}, ${csvOut}`);
}

main().catch((error: unknown) => {
  console.error(
    `Grootboekvoorbeeld bouwen mislukt / building the ledger sample failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
