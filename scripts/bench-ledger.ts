/**
 * Part 5 of `npm run bench`: reconciling a ledger export of 50.000 bookings (issue 18: "within a
 * few seconds"). A budget of 200 interventions, a ledger with Debet/Credit/BTW, order numbers
 * mapped on "NPO Koppeling" (a few unmapped), advances, settlements and recoveries; timed as the
 * engine alone on the snapshot, and as the CSV export read and checked (what `--ledger` does).
 *
 * Alone: `node build/scripts/bench-ledger.js [bookings] [runs]`.
 */
import { checkWorkbook } from '../src/engine/check';
import { sheetFromValues, type PlainValue } from '../src/engine/grid';
import { MAPPING_HEADER, MAPPING_SHEET } from '../src/engine/payments/matching';
import { readCsv } from '../src/csv/read-csv';
import { count, duration, timed } from './bench-support';

const INTERVENTIONS = 200;
const HEADER = [
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
];
const KINDS = ['factuur', 'voorschot', 'vaststelling', 'terugvordering'];

export function ledgerRows(bookings: number): PlainValue[][] {
  const rows: PlainValue[][] = [HEADER];
  for (let i = 0; i < bookings; i++) {
    const n = i % INTERVENTIONS;
    const year = 2022 + (i % 4);
    const month = 1 + (i % 12);
    const kind = KINDS[i % 7 === 0 ? 1 + (i % 3) : 0]!;
    const euros = 100 + (i % 9_000) + (i % 100) / 100;
    const credit = kind === 'terugvordering';
    rows.push([
      year,
      month,
      4400,
      'ONW-NPO',
      `NPO-${7000 + n + (i % 97 === 0 ? 5_000 : 0)}`,
      `C${n}`,
      `Partner ${n}`,
      `F-${i}`,
      `${1 + (i % 28)}-${month}-${year}`,
      `Boeking ${kind} ${i}`,
      credit ? null : euros,
      credit ? euros : null,
      kind === 'factuur' ? Math.round(euros * 21) / 100 : null,
    ]);
  }
  return rows;
}

function budgetRows(): PlainValue[][] {
  const rows: PlainValue[][] = [['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut']];
  for (let n = 0; n < INTERVENTIONS; n++)
    rows.push([n + 1, `Interventie ${n + 1}`, 1 + (n % 5), `Partner ${n}`, 1_000_000, 900_000]);
  return rows;
}

function mappingRows(): PlainValue[][] {
  return [
    [MAPPING_SHEET],
    [],
    [],
    [...MAPPING_HEADER],
    ...Array.from({ length: INTERVENTIONS }, (_, n) => [`NPO-${7000 + n}`, n + 1]),
  ];
}

function csvText(rows: ReadonlyArray<ReadonlyArray<PlainValue>>): string {
  return rows
    .map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : (v ?? ''))).join(';'))
    .join('\r\n');
}

export interface LedgerFigures {
  readonly bookings: number;
  readonly runs: number;
  readonly engineMs: number;
  readonly csvMs: number;
  readonly findings: number;
}

export async function benchLedger(bookings: number, runs: number): Promise<LedgerFigures> {
  const rows = ledgerRows(bookings);
  const sheets = [sheetFromValues('Begroting', budgetRows()), sheetFromValues(MAPPING_SHEET, mappingRows())];
  const snapshot = { sheets: [...sheets, sheetFromValues('Grootboek', rows)] };
  let findings = 0;
  checkWorkbook(snapshot); // warm-up
  const engineMs = await timed(runs, () => {
    findings = checkWorkbook(snapshot, { ceilingCents: 100_000_000_000 }).findings.length;
  });
  const bytes = new TextEncoder().encode(csvText(rows));
  const csvMs = await timed(runs, () => {
    checkWorkbook(
      { sheets: [...sheets, readCsv('grootboek', bytes).sheet] },
      { paymentsSheet: 'grootboek', ceilingCents: 100_000_000_000 },
    );
  });
  return { bookings, runs, engineMs, csvMs, findings };
}

if (require.main === module) {
  const [bookings = '50000', runs = '5'] = process.argv.slice(2);
  benchLedger(Number(bookings), Number(runs)).then(
    (f) =>
      console.log(
        `${count(f.bookings)} bookings: engine ${duration(f.engineMs)}, CSV read + engine ${duration(f.csvMs)} (medians of ${f.runs}), ${count(f.findings)} findings`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
