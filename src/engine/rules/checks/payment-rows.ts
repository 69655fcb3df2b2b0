/**
 * Rules on the payments and on the budget against them. Findings on the payments sheet carry its
 * name; the two rules comparing an intervention's figures point at the budget sheet's cells.
 */
import { dutchDateOf } from '../dates';
import type { PaymentRef, RawFinding } from '../findings';
import type { AmountCell, BudgetModel, Intervention } from '../model';
import { amountFinding } from '../rules/amounts';
import type { Payment, PaymentsSheet, Reconciliation } from './model';
import { partnerKey, samePartner } from './partners';
import { subsidyRules } from './subsidy';

function ref(p: Payment): PaymentRef {
  return { number: p.number, partner: p.partner, amount: p.cents, row: p.row + 1 };
}

/** How a payment is named inside an amount message: its number, else its partner, else its row. */
function paymentName(p: Payment): string {
  return p.number ?? p.partner ?? String(p.row + 1);
}

/** Amounts follow the engine's amount rules; a negative amount is a credit note, not a defect. */
function amountRules(sheet: PaymentsSheet): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const p of sheet.payments) {
    const f = amountFinding(
      { row: p.row, col: p.amountCol, field: 'payment', reading: p.amount, stored: p.stored, cents: p.cents },
      paymentName(p),
      p.intervention?.code,
    );
    if (f && f.rule !== 'NEGATIVE_AMOUNT') findings.push({ ...f, sheet: sheet.sheet });
  }
  return findings;
}

function rowRules(model: BudgetModel, rec: Reconciliation): RawFinding[] {
  const sheet = rec.paymentsSheet;
  const { columns } = sheet;
  const on = sheet.sheet;
  const findings: RawFinding[] = [];
  const byNumber = new Map<string, Payment>();
  const byDateAmount = new Map<string, Payment>();
  for (const p of sheet.payments) {
    const code = p.intervention?.code;
    if (!p.intervention) {
      findings.push({ rule: 'PAYMENT_UNKNOWN_INTERVENTION', sheet: on, row: p.row, col: columns.intervention, params: { payment: ref(p), text: p.interventionText, budgetSheet: model.sheet } });
    }
    if (p.date.kind === 'unreadable') {
      findings.push({ rule: 'PAYMENT_DATE_UNREADABLE', sheet: on, row: p.row, col: columns.date, interventionCode: code, params: { payment: ref(p), text: p.date.text, reason: p.date.reason } });
    } else if (p.date.serial < rec.period.start || p.date.serial > rec.period.end) {
      const before = p.date.serial < rec.period.start;
      findings.push({
        rule: 'PAYMENT_OUTSIDE_PERIOD',
        sheet: on,
        row: p.row,
        col: columns.date,
        amountCents: p.cents,
        interventionCode: code,
        params: { payment: ref(p), date: dutchDateOf(p.date.serial), before, boundary: dutchDateOf(before ? rec.period.start : rec.period.end) },
      });
    }
    if (p.intervention && p.partner !== undefined && samePartner(p.partner, p.intervention.partner) === false) {
      findings.push({
        rule: 'PAYMENT_PARTNER_MISMATCH',
        sheet: on,
        row: p.row,
        col: columns.partner!,
        interventionCode: code,
        params: { payment: ref(p), name: p.intervention.name, uitvoerder: p.intervention.partner! },
      });
    }

    const partner = partnerKey(p.partner);
    const numberKey = p.number !== undefined ? `${partner}\u0000${p.number.trim().toLowerCase()}` : undefined;
    const countable = p.date.kind === 'date' && p.amount.kind !== 'unreadable' && p.amount.kind !== 'error' && p.amount.kind !== 'empty';
    const dateAmountKey = countable && p.date.kind === 'date' ? `${partner}\u0000${p.date.serial}\u0000${p.cents}` : undefined;
    const sameNumber = numberKey !== undefined ? byNumber.get(numberKey) : undefined;
    const sameDateAmount = dateAmountKey !== undefined ? byDateAmount.get(dateAmountKey) : undefined;
    const first = sameNumber ?? sameDateAmount;
    if (first) {
      findings.push({
        rule: 'PAYMENT_DUPLICATE',
        sheet: on,
        row: p.row,
        col: sameNumber && columns.number !== undefined ? columns.number : p.amountCol,
        amountCents: p.cents,
        interventionCode: code,
        params: { payment: ref(p), otherRow: first.row + 1, same: sameNumber ? 'number' : 'date-amount' },
      });
    }
    if (numberKey !== undefined && !byNumber.has(numberKey)) byNumber.set(numberKey, p);
    if (dateAmountKey !== undefined && !byDateAmount.has(dateAmountKey)) byDateAmount.set(dateAmountKey, p);
  }
  return findings;
}

/**
 * Earlier: dated on or before the credit note (a credit the same day as its invoice is common);
 * when either date cannot be read, a row above it.
 */
function isEarlier(candidate: Payment, credit: Payment): boolean {
  if (candidate.date.kind === 'date' && credit.date.kind === 'date') return candidate.date.serial <= credit.date.serial && candidate !== credit;
  return candidate.row < credit.row;
}

function creditNoteRules(rec: Reconciliation): RawFinding[] {
  const sheet = rec.paymentsSheet;
  const findings: RawFinding[] = [];
  for (const r of rec.interventions) {
    for (const credit of r.payments) {
      // A recovered advance has its own rule (SUBSIDY_RECOVERY_WITHOUT_ADVANCE).
      if (credit.cents >= 0 || credit.kind === 'terugvordering') continue;
      const matched = r.payments.some((p) => p.cents > 0 && samePartner(p.partner, credit.partner) !== false && isEarlier(p, credit));
      if (matched) continue;
      findings.push({
        rule: 'CREDIT_NOTE_UNMATCHED',
        sheet: sheet.sheet,
        row: credit.row,
        col: credit.amountCol,
        amountCents: credit.cents,
        interventionCode: r.intervention.code,
        params: { payment: ref(credit), name: r.intervention.name },
      });
    }
  }
  return findings;
}

/** A budget that can be compared with: a real figure, an estimate or a deliberate zero. */
const COMPARABLE = new Set(['number', 'text-number', 'estimate', 'zero']);
/** A benut that is no figure at all: comparing it with payments would only repeat its own finding. */
const UNCOUNTABLE = new Set(['unreadable', 'error']);

function firstCell(i: Intervention, field: 'begroot' | 'benut'): AmountCell | undefined {
  return i.amounts.find((a) => a.field === field);
}

function budgetRules(model: BudgetModel, rec: Reconciliation): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const r of rec.interventions) {
    const i = r.intervention;
    const benutCells = i.amounts.filter((a) => a.field === 'benut');
    if (model.hasBenut && r.differenceCents !== 0 && !benutCells.some((a) => UNCOUNTABLE.has(a.reading.kind))) {
      const cell = firstCell(i, 'benut') ?? { row: i.row, col: i.labelCol };
      findings.push({
        rule: 'SPENT_PAYMENTS_MISMATCH',
        row: cell.row,
        col: cell.col,
        amountCents: r.differenceCents,
        interventionCode: i.code,
        field: 'benut',
        params: { name: i.name, benut: i.benutCents, paid: r.paidCents, difference: r.differenceCents, open: r.openCents, paymentsSheet: rec.paymentsSheet.sheet },
      });
    }
    const begrootCells = i.amounts.filter((a) => a.field === 'begroot');
    const comparable = begrootCells.length > 0 && begrootCells.every((a) => COMPARABLE.has(a.reading.kind) || a.reading.kind === 'empty') && begrootCells.some((a) => a.reading.kind !== 'empty');
    const payments = r.paidCents + r.openCents;
    if (comparable && payments > i.begrootCents) {
      const cell = begrootCells[0]!;
      const excess = payments - i.begrootCents;
      findings.push({
        rule: 'PAYMENTS_EXCEED_BUDGET',
        row: cell.row,
        col: cell.col,
        amountCents: excess,
        interventionCode: i.code,
        field: 'begroot',
        params: { name: i.name, begroot: i.begrootCents, payments, open: r.openCents, excess },
      });
    }
  }
  return findings;
}

export function paymentRules(model: BudgetModel, rec: Reconciliation): RawFinding[] {
  return [...budgetRules(model, rec), ...rowRules(model, rec), ...creditNoteRules(rec), ...subsidyRules(rec), ...amountRules(rec.paymentsSheet)];
}
