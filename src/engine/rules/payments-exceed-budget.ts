/** PAYMENTS_EXCEED_BUDGET (warning): the payments for an intervention exceed its begroot. */
import type { RawFinding } from '../findings';
import type { BudgetModel } from '../model';
import type { Reconciliation } from '../payments/model';
import { euro, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
  begroot: number;
  payments: number;
  open: number;
  excess: number;
}

/** A budget that can be compared with: a real figure, an estimate or a deliberate zero. */
const COMPARABLE = new Set(['number', 'text-number', 'estimate', 'zero']);

function paymentsExceedBudget(_model: BudgetModel, rec: Reconciliation): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const r of rec.interventions) {
    const i = r.intervention;
    const begrootCells = i.amounts.filter((a) => a.field === 'begroot');
    const comparable =
      begrootCells.length > 0 &&
      begrootCells.every((a) => COMPARABLE.has(a.reading.kind) || a.reading.kind === 'empty') &&
      begrootCells.some((a) => a.reading.kind !== 'empty');
    const payments = r.paidCents + r.openCents;
    if (!comparable || payments <= i.begrootCents) continue;
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
  return findings;
}

const check: Check = { on: 'payments', run: paymentsExceedBudget };

export const PAYMENTS_EXCEED_BUDGET: RuleDefinition<'PAYMENTS_EXCEED_BUDGET', Params> = {
  id: 'PAYMENTS_EXCEED_BUDGET',
  severity: 'warning',
  title: { nl: 'Betaald boven begroot', en: 'Paid above budget' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `De betalingen voor interventie ${quote(p.name)} (${euro(p.payments)}${p.open !== 0 ? `, waarvan ${euro(p.open)} open` : ''}) liggen ${euro(p.excess)} boven het begrote bedrag van ${euro(p.begroot)}.`,
    en: (p) =>
      `The payments for intervention ${quote(p.name)} (${euro(p.payments)}${p.open !== 0 ? `, of which ${euro(p.open)} open` : ''}) are ${euro(p.excess)} above the budgeted ${euro(p.begroot)}.`,
  },
  checks: [check],
};
