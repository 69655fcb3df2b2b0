/**
 * "NPO Afstemming": per intervention and per uitvoerder begroot, benut, paid, open and the
 * difference benut − paid, with a status; the reporting tolerance next to the unexplained
 * differences; and every payment, grouped per uitvoerder and intervention, each linking to its row
 * in the payments sheet. Figures are the engine's; differences and totals are formulas, written
 * with SUM, IF and arithmetic only, which every spreadsheet program (and the in-memory Excel the
 * adapter is tested against) computes alike.
 */
import { dutchDateOf } from '../dates';
import { address } from '../grid';
import type { InterventionReconciliation, Payment, PartnerReconciliation, Reconciliation } from '../payments/model';
import type { PlanContext } from './context';
import { count, euro, figureHeader, formula, text, SheetBuilder, type CellSpec } from './sheet-builder';
import type { PlanLink, PlanSheet } from './types';
import { AFSTEMMING_SHEET, RECONCILIATION_STATUS_ORDER, type ReconciliationStatus } from './words';

const COLUMN_WIDTHS = [12, 48, 30, 16, 16, 16, 16, 24, 24, 26, 24, 40];
/** Figure columns shared by the three tables, so the eye can run down one column. */
const BEGROOT = 3;
const BENUT = 4;
const PAID = 5;
const OPEN = 6;
const DIFFERENCE = 7;
/** The difference without sign, on the intervention table: what the tolerance judges. */
const UNEXPLAINED = 8;

export function reconciliationStatus(r: InterventionReconciliation): ReconciliationStatus {
  if (r.differenceCents !== 0) return 'difference';
  if (r.paidCents + r.openCents > r.intervention.begrootCents) return 'overBudget';
  if (r.openCents !== 0) return 'open';
  if (r.payments.length === 0) return 'none';
  return 'reconciled';
}

/** An uitvoerder stands as its worst intervention does. */
function partnerStatus(p: PartnerReconciliation): ReconciliationStatus {
  const ranks = p.interventions.map((r) => RECONCILIATION_STATUS_ORDER.indexOf(reconciliationStatus(r)));
  return RECONCILIATION_STATUS_ORDER[Math.min(...ranks)]!;
}

/** Payments in the order the list shows them: per uitvoerder, per intervention, then as in the sheet. */
function listedPayments(rec: Reconciliation): Payment[] {
  const byRow = (a: Payment, b: Payment): number => a.row - b.row;
  return [
    ...rec.partners.flatMap((p) => p.interventions.flatMap((r) => [...r.payments].sort(byRow))),
    ...[...rec.unassigned.payments].sort(byRow),
  ];
}

/** "binnen de tolerantie" or "boven de tolerantie", as a formula over the two cells. */
export function verdictFormula(unexplainedCell: string, toleranceCell: string, within: string, above: string): string {
  return `IF(${unexplainedCell}<=${toleranceCell},"${within}","${above}")`;
}

/**
 * The tables at the top link to the payments list below them, so the tab is laid out twice: the
 * first time to learn where the list starts (the links do not change the layout).
 */
export function afstemmingSheet(ctx: PlanContext, rec: Reconciliation): PlanSheet {
  return layOut(ctx, rec, layOut(ctx, rec, 0).firstListRow).sheet;
}

function layOut(
  ctx: PlanContext,
  rec: Reconciliation,
  firstListRow: number,
): { sheet: PlanSheet; firstListRow: number } {
  const { result, w } = ctx;
  const { model } = result;
  const paymentsSheet = rec.paymentsSheet.sheet;
  const s = new SheetBuilder(AFSTEMMING_SHEET, 'afstemming', COLUMN_WIDTHS);
  const payments = listedPayments(rec);
  const listRow = new Map<Payment, number>(payments.map((p, i) => [p, firstListRow + i]));
  const linkToList = (list: ReadonlyArray<Payment>): PlanLink | undefined => {
    const rows = list.map((p) => listRow.get(p)!).sort((a, b) => a - b);
    return rows.length > 0 ? { sheet: AFSTEMMING_SHEET, cell: address(rows[0]!, 0) } : undefined;
  };
  const paymentsCell = (list: ReadonlyArray<Payment>): CellSpec | undefined => {
    const link = linkToList(list);
    return link ? text(w.paymentsCount(list.length), undefined, link) : undefined;
  };
  const difference = (row: number, cents: number): CellSpec =>
    formula(`${address(row, BENUT)}-${address(row, PAID)}`, cents / 100, 'euro');

  s.line(text(w.afstemmingTitle, 'title'));
  s.line(
    text(
      w.afstemmingSubtitle(paymentsSheet, model.sheet, dutchDateOf(rec.period.start), dutchDateOf(rec.period.end)),
      'subtitle',
    ),
  );
  s.skip();
  if (rec.interventions.length === 0 && payments.length === 0) {
    s.line(text(w.noPayments, 'note'));
    return { sheet: s.build(), firstListRow };
  }

  // Per intervention.
  s.line(text(w.perIntervention, 'label'));
  const header = s.line(
    ...[w.code, w.intervention, w.partner].map((h) => text(h, 'header')),
    ...[w.begroot, w.benut, w.paid, w.open, w.difference, w.unexplainedColumn].map(figureHeader),
    ...[w.status, w.source, w.paymentsHeader].map((h) => text(h, 'header')),
  );
  const withoutSign = (row: number, cents: number): CellSpec => {
    const d = address(row, DIFFERENCE);
    return formula(`IF(${d}<0,0-${d},${d})`, Math.abs(cents) / 100, 'euro');
  };
  for (const r of rec.interventions) {
    const i = r.intervention;
    const source = address(i.row, i.labelCol);
    s.line(
      text(i.code ?? ''),
      text(i.name),
      text(i.partner ?? ''),
      euro(i.begrootCents),
      euro(i.benutCents),
      euro(r.paidCents),
      euro(r.openCents),
      difference(s.row, r.differenceCents),
      withoutSign(s.row, r.differenceCents),
      text(w.reconciliationStatuses[reconciliationStatus(r)]),
      text(`${model.sheet}!${source}`, undefined, { sheet: model.sheet, cell: source }),
      paymentsCell(r.payments),
    );
  }
  const unassigned = rec.unassigned;
  if (unassigned.payments.length > 0) {
    s.line(
      undefined,
      text(w.unassigned),
      undefined,
      undefined,
      undefined,
      euro(unassigned.paidCents),
      euro(unassigned.openCents),
      difference(s.row, -unassigned.paidCents),
      withoutSign(s.row, -unassigned.paidCents),
      text(w.unknownStatus),
      undefined,
      paymentsCell(unassigned.payments),
    );
  }
  const last = s.row - 1;
  s.table({ name: 'NPO_Afstemming', headerRow: header, firstCol: 0, lastCol: COLUMN_WIDTHS.length - 1, lastRow: last });
  const sum = (from: number, to: number, col: number, cents: number): CellSpec =>
    formula(`SUM(${address(from, col)}:${address(to, col)})`, cents / 100, 'euro', 'total');
  const benutTotal = rec.interventions.reduce((n, r) => n + r.intervention.benutCents, 0);
  const totalRow = s.line(
    undefined,
    text(w.total, 'total'),
    undefined,
    sum(
      header + 1,
      last,
      BEGROOT,
      rec.interventions.reduce((n, r) => n + r.intervention.begrootCents, 0),
    ),
    sum(header + 1, last, BENUT, benutTotal),
    sum(header + 1, last, PAID, rec.paidCents),
    sum(header + 1, last, OPEN, rec.openCents),
    sum(header + 1, last, DIFFERENCE, benutTotal - rec.paidCents),
    sum(header + 1, last, UNEXPLAINED, rec.tolerance.unexplainedCents),
  );
  s.skip();

  // The tolerance, under the unexplained differences it judges. It is the engine's figure: the
  // rule (10% rounded down to the cent between the thresholds) is in the note below.
  const t = rec.tolerance;
  const at = (label: string, spec: CellSpec): number =>
    s.line(undefined, text(label, 'label'), ...Array<undefined>(UNEXPLAINED - 2).fill(undefined), spec);
  const unexplainedRow = at(w.unexplained, formula(address(totalRow, UNEXPLAINED), t.unexplainedCents / 100, 'euro'));
  at(
    model.hasBenut ? w.lasten : w.lastenPaid,
    formula(address(totalRow, model.hasBenut ? BENUT : PAID), t.lastenCents / 100, 'euro'),
  );
  const toleranceRow = at(w.toleranceLabel, euro(t.toleranceCents));
  at(
    w.verdict,
    formula(
      verdictFormula(
        address(unexplainedRow, UNEXPLAINED),
        address(toleranceRow, UNEXPLAINED),
        w.withinTolerance,
        w.aboveTolerance,
      ),
      t.within ? w.withinTolerance : w.aboveTolerance,
      undefined,
      'total',
    ),
  );
  s.line(undefined, text(w.toleranceNote, 'note'));
  s.skip();

  // Per uitvoerder.
  s.line(text(w.perPartner, 'label'));
  const partnerHeader = s.line(
    text(w.codes, 'header'),
    text(w.partner, 'header'),
    ...[w.paymentCount, w.begroot, w.benut, w.paid, w.open, w.difference].map(figureHeader),
    ...[w.status, w.toPayments].map((h) => text(h, 'header')),
  );
  for (const p of rec.partners) {
    const list = p.interventions.flatMap((r) => r.payments);
    s.line(
      text(p.interventions.map((r) => r.intervention.code ?? r.intervention.name).join(', ')),
      text(p.partner ?? w.noPartner),
      count(list.length),
      euro(p.begrootCents),
      euro(p.benutCents),
      euro(p.paidCents),
      euro(p.openCents),
      difference(s.row, p.differenceCents),
      text(w.reconciliationStatuses[partnerStatus(p)]),
      paymentsCell(list),
    );
  }
  if (unassigned.payments.length > 0) {
    s.line(
      undefined,
      text(w.unassigned),
      count(unassigned.payments.length),
      undefined,
      undefined,
      euro(unassigned.paidCents),
      euro(unassigned.openCents),
      difference(s.row, -unassigned.paidCents),
      text(w.unknownStatus),
      paymentsCell(unassigned.payments),
    );
  }
  const partnerLast = s.row - 1;
  s.table({ name: 'NPO_Uitvoerders', headerRow: partnerHeader, firstCol: 0, lastCol: 9, lastRow: partnerLast });
  s.line(
    undefined,
    text(w.total, 'total'),
    formula(`SUM(${address(partnerHeader + 1, 2)}:${address(partnerLast, 2)})`, payments.length, 'integer', 'total'),
    sum(
      partnerHeader + 1,
      partnerLast,
      BEGROOT,
      rec.partners.reduce((n, p) => n + p.begrootCents, 0),
    ),
    sum(partnerHeader + 1, partnerLast, BENUT, benutTotal),
    sum(partnerHeader + 1, partnerLast, PAID, rec.paidCents),
    sum(partnerHeader + 1, partnerLast, OPEN, rec.openCents),
    sum(partnerHeader + 1, partnerLast, DIFFERENCE, benutTotal - rec.paidCents),
  );
  s.skip();

  // Every payment, each linking to its row in the payments sheet.
  s.line(text(w.allPayments, 'label'));
  const listHeader = s.line(
    ...[w.date, w.number, w.creditor, w.intervention, w.kind].map((h) => text(h, 'header')),
    ...[w.paid, w.open].map(figureHeader),
    ...[w.belongsTo, w.description, w.paymentRow].map((h) => text(h, 'header')),
  );
  if (payments.length === 0) {
    s.line(text(w.noPayments, 'note'));
    return { sheet: s.build(), firstListRow: listHeader + 1 };
  }
  for (const p of payments) {
    const amountCell = address(p.row, rec.paymentsSheet.columns.amount);
    s.line(
      text(p.date.kind === 'date' ? dutchDateOf(p.date.serial) : p.date.text),
      text(p.number ?? ''),
      text(p.partner ?? ''),
      text(p.interventionText),
      text(p.kindText ?? ''),
      p.status === 'betaald' ? euro(p.cents) : undefined,
      p.status === 'open' ? euro(p.cents) : undefined,
      text(p.intervention ? (p.intervention.code ?? p.intervention.name) : w.noIntervention),
      text(p.description ?? ''),
      text(`${paymentsSheet}!${amountCell}`, undefined, { sheet: paymentsSheet, cell: amountCell }),
    );
  }
  const listLast = s.row - 1;
  s.table({ name: 'NPO_Betalingen', headerRow: listHeader, firstCol: 0, lastCol: 9, lastRow: listLast });
  s.line(
    undefined,
    text(w.total, 'total'),
    undefined,
    undefined,
    undefined,
    sum(listHeader + 1, listLast, PAID, rec.paidCents),
    sum(listHeader + 1, listLast, OPEN, rec.openCents),
  );
  return { sheet: s.build(), firstListRow: listHeader + 1 };
}
