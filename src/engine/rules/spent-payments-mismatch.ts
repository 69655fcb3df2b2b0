/** SPENT_PAYMENTS_MISMATCH (error): an intervention's benut differs from its paid payments. */
import type { RawFinding } from '../findings';
import type { BudgetModel } from '../model';
import type { Reconciliation } from '../payments/model';
import { euro, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
  benut: number;
  paid: number;
  difference: number;
  open: number;
  paymentsSheet: string;
}

/** A benut that is no figure at all: comparing it with payments would only repeat its own finding. */
const UNCOUNTABLE = new Set(['unreadable', 'error']);

function spentPaymentsMismatch(model: BudgetModel, rec: Reconciliation): RawFinding[] {
  const findings: RawFinding[] = [];
  if (!model.hasBenut) return findings;
  for (const r of rec.interventions) {
    const i = r.intervention;
    const benutCells = i.amounts.filter((a) => a.field === 'benut');
    if (r.differenceCents === 0 || benutCells.some((a) => UNCOUNTABLE.has(a.reading.kind))) continue;
    const cell = benutCells[0] ?? { row: i.row, col: i.labelCol };
    findings.push({
      rule: 'SPENT_PAYMENTS_MISMATCH',
      row: cell.row,
      col: cell.col,
      amountCents: r.differenceCents,
      interventionCode: i.code,
      field: 'benut',
      params: {
        name: i.name,
        benut: i.benutCents,
        paid: r.paidCents,
        difference: r.differenceCents,
        open: r.openCents,
        paymentsSheet: rec.paymentsSheet.sheet,
      },
    });
  }
  return findings;
}

const check: Check = { on: 'payments', run: spentPaymentsMismatch };

export const SPENT_PAYMENTS_MISMATCH: RuleDefinition<'SPENT_PAYMENTS_MISMATCH', Params> = {
  id: 'SPENT_PAYMENTS_MISMATCH',
  severity: 'error',
  title: { nl: 'Benut ≠ betaald', en: 'Spent ≠ paid' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `Interventie ${quote(p.name)} heeft ${euro(p.benut)} benut, maar de betaalde posten in ${quote(p.paymentsSheet)} tellen op tot ${euro(p.paid)}: ${euro(Math.abs(p.difference))} ${p.difference > 0 ? 'meer benut dan betaald' : 'meer betaald dan benut'}.` +
      (p.open !== 0 ? ` Er staat nog ${euro(p.open)} open.` : ''),
    en: (p) =>
      `Intervention ${quote(p.name)} spent ${euro(p.benut)}, but its paid items in ${quote(p.paymentsSheet)} add up to ${euro(p.paid)}: ${euro(Math.abs(p.difference))} ${p.difference > 0 ? 'more spent than paid' : 'more paid than spent'}.` +
      (p.open !== 0 ? ` ${euro(p.open)} is still open.` : ''),
  },
  checks: [check],
};
