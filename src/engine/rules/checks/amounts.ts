/**
 * One finding per amount cell at most, the most specific: "Ca. € 48.000" is an estimate, not a
 * number stored as text; "N.t.b." is a placeholder, not unreadable.
 */
import type { AmountField, RawFinding } from '../../findings';
import { checkedParts, type AmountCell, type BudgetModel } from '../../model';
import type { Payment, PaymentsSheet } from '../../payments/model';
import type { Check } from '../rule';

/** An amount cell of the budget sheet, or a payment's amount on the payments sheet. */
type ReadAmountCell = Pick<AmountCell, 'row' | 'col' | 'reading' | 'stored' | 'cents'> & {
  readonly field: AmountField;
};

function amountFinding(cell: ReadAmountCell, name: string, interventionCode?: string): RawFinding | undefined {
  const at = { row: cell.row, col: cell.col, interventionCode, field: cell.field };
  const r = cell.reading;
  switch (r.kind) {
    case 'empty':
    case 'zero':
      return undefined;
    case 'error':
      return { rule: 'FORMULA_ERROR', ...at, params: { name, field: cell.field, error: r.code } };
    case 'unreadable':
      return { rule: 'AMOUNT_UNREADABLE', ...at, params: { name, field: cell.field, text: r.text, reason: r.reason } };
    case 'placeholder':
      return { rule: 'AMOUNT_PLACEHOLDER', ...at, params: { name, field: cell.field, text: r.text } };
    case 'estimate':
      return {
        rule: 'AMOUNT_ESTIMATE',
        ...at,
        amountCents: r.cents,
        params: { name, field: cell.field, text: r.text, amount: r.cents, basis: r.basis },
      };
    case 'text-number':
      return {
        rule: 'NUMBER_AS_TEXT',
        ...at,
        amountCents: r.cents,
        params: { name, field: cell.field, text: r.text, amount: r.cents },
      };
    case 'number':
      if (r.fractionalCent) {
        return {
          rule: 'FRACTIONAL_CENT',
          ...at,
          amountCents: r.cents,
          params: { name, field: cell.field, value: fractionalValue(cell), amount: r.cents },
        };
      }
      if (r.cents < 0)
        return {
          rule: 'NEGATIVE_AMOUNT',
          ...at,
          amountCents: r.cents,
          params: { name, field: cell.field, amount: r.cents },
        };
      return undefined;
  }
}

/** The stored value as Excel holds it, in Dutch notation, so the user recognises it. */
function fractionalValue(cell: ReadAmountCell): string {
  return String(cell.stored ?? (cell.cents ?? 0) / 100).replace('.', ',');
}

/** A begrotingswijziging below zero is a budget that went down, not a wrong figure. */
function negativeChange(finding: RawFinding, cell: AmountCell): boolean {
  return finding.rule === 'NEGATIVE_AMOUNT' && cell.partOf === 'versions';
}

function amountRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    for (const cell of i.amounts) {
      const f = amountFinding(cell, i.name, i.code);
      if (f && !negativeChange(f, cell)) findings.push(f);
    }
    // The parts of a row's stated total (its years, its versions) are read for the check only,
    // but a part stored as text is as wrong as any amount. A begrotingswijziging is negative
    // whenever the budget went down: that is no finding.
    for (const cell of checkedParts(i)) {
      const f = amountFinding(cell, i.name, i.code);
      if (f && !negativeChange(f, cell)) findings.push(f);
    }
  }
  for (const t of model.totals) {
    for (const cell of t.amounts) {
      const f = amountFinding(cell, t.label);
      if (f && !negativeChange(f, cell)) findings.push(f);
    }
  }
  return findings;
}

/** How a payment is named inside an amount message: its number, else its partner, else its row. */
function paymentName(p: Payment): string {
  return p.number ?? p.partner ?? String(p.row + 1);
}

/** Amounts follow the engine's amount rules; a negative amount is a credit note, not a defect. */
function paymentAmountRules(sheet: PaymentsSheet): RawFinding[] {
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

/**
 * Every amount cell of the budget sheet, its rows' parts and its totals: NUMBER_AS_TEXT,
 * AMOUNT_ESTIMATE, AMOUNT_PLACEHOLDER, AMOUNT_UNREADABLE, FORMULA_ERROR, NEGATIVE_AMOUNT, FRACTIONAL_CENT.
 */
export const amountCheck: Check = { on: 'budget', run: amountRules };

/** The same amount rules on the payments' amounts (but NEGATIVE_AMOUNT). */
export const paymentAmountCheck: Check = {
  on: 'payments',
  run: (_model, rec) => paymentAmountRules(rec.paymentsSheet),
};
