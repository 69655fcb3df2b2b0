/**
 * The ledger sample (samples/hilversum-2023-grootboek.xlsx and .csv, see samples/README.md): its
 * findings pinned; the CSV export beside the workbook (`--ledger`) gives the same findings as the
 * ledger sheet inside it; `--vat incl` counts the VAT of the invoices.
 */
import path from 'node:path';
import { checkWorkbook } from '../../src/engine/check';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { runCli } from '../support/run-cli';

const SAMPLES = path.resolve(__dirname, '../../samples');
const XLSX = path.join(SAMPLES, 'hilversum-2023-grootboek.xlsx');
const CSV = path.join(SAMPLES, 'hilversum-2023-grootboek.csv');

/** The findings as `rule cell amount`, in the order the check gives them. */
const pinned = [
  'NUMBER_AS_TEXT F12 4017100',
  'SUBTOTAL_MISMATCH E21 4500000',
  'SUBTOTAL_MISMATCH F21 -4017100',
  'PAYMENT_UNKNOWN_INTERVENTION E11 -',
  'SUBSIDY_SETTLEMENT_ABOVE_GRANT K25 17100',
  'PAYMENT_OUTSIDE_PERIOD I31 5000000',
  'PAYMENTS_EXCEED_BUDGET E12 17100',
  'OVERSPENT F12 17100',
  'DUPLICATE_CODE B13 -',
  'PAYMENTS_EXCEED_BUDGET E20 2211400',
  'OVERSPENT F20 2211400',
  'TOTAL_HARDCODED E21 -',
  'SUBSIDY_ADVANCE_UNSETTLED K12 20000000',
  'PAYMENT_PARTNER_MISMATCH G17 -',
  'SUBSIDY_RECOVERY_WITHOUT_ADVANCE L18 -200000',
  'BUDGET_UNALLOCATED E21 3350964',
];
const line = (f: { rule: string; cell: string; amountCents?: number }): string =>
  `${f.rule} ${f.cell} ${f.amountCents ?? '-'}`;

describe('the ledger sample', () => {
  it('yields the pinned findings, every booking matched through NPO Koppeling but the HEA order', async () => {
    const result = checkWorkbook(await readWorkbookFile(XLSX));
    expect(result.findings.map(line)).toEqual(pinned);
    const rec = result.reconciliation!;
    expect(rec.paymentsSheet.sheet).toBe('Grootboek');
    expect(rec.paymentsSheet.basis).toEqual({
      chosen: 'excl',
      counted: 'excl',
      source: 'debet-credit',
      vatColumn: true,
    });
    expect(rec.matchedBy).toEqual({ 'order-column': 0, koppeling: 29, code: 0, name: 0 });
    expect(rec.unmatchedCodes.map((u) => [u.code, u.bookings, u.paidCents])).toEqual([['HEA-7090', 1, 1_250_000]]);
    // Excl. VAT the bookings add up to every intervention's benut.
    expect(rec.interventions.filter((r) => r.differenceCents !== 0)).toEqual([]);
    expect(rec.paidCents).toBe(133_864_400);
  });

  it('reads the CSV export beside the workbook with the same findings as the ledger sheet inside it', async () => {
    const sheet = await runCli([XLSX, '--format', 'json', '--quiet']);
    const csv = await runCli([XLSX, '--ledger', CSV, '--format', 'json', '--quiet']);
    expect([sheet.code, csv.code]).toEqual([1, 1]);
    const a = JSON.parse(sheet.stdout) as {
      findings: Array<{ rule: string; cell: string; amountCents?: number; message: string }>;
    };
    const b = JSON.parse(csv.stdout) as typeof a & { reconciliation: { paymentsSheet: string } };
    expect(b.reconciliation.paymentsSheet).toBe('hilversum-2023-grootboek');
    expect(b.findings.map(line)).toEqual(pinned);
    expect(b.findings.map((f) => f.message)).toEqual(a.findings.map((f) => f.message));
  });

  it('counts the VAT of the invoices with --vat incl, and refuses another choice', async () => {
    const incl = await runCli([XLSX, '--ledger', CSV, '--vat', 'incl', '--format', 'json', '--quiet']);
    const json = JSON.parse(incl.stdout) as { reconciliation: { paidCents: number; basis: { counted: string } } };
    expect(json.reconciliation.basis.counted).toBe('incl');
    // + 21% on Bink (40.000 + 20.444), Teamsportservice 82.460, Unita and Qinas (2 × 12.500).
    expect(json.reconciliation.paidCents).toBe(133_864_400 + 840_000 + 429_324 + 1_731_660 + 525_000);
    const bad = await runCli([XLSX, '--vat', 'inclusief']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('btw-keuze ‘inclusief’ bestaat niet');
  });

  it('says which amount counted and how the bookings were matched, and lists the unmatched code', async () => {
    const text = await runCli([XLSX, '--ledger', CSV, '--quiet']);
    expect(text.stdout).toContain(
      'Bedragen: excl. btw (Debet min Credit, btw in een eigen kolom): de gemeente compenseert btw via het BTW-compensatiefonds',
    );
    expect(text.stdout).toContain('Gekoppeld: 29 via NPO Koppeling; 1 niet gekoppeld.');
    expect(text.stdout).toContain('  HEA-7090: 1 × € 12.500,00 (Weekendlessen OBS de Dubbeldekker (HEA))');
  });
});
