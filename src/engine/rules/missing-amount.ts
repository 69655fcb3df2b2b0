/** MISSING_AMOUNT (info): an intervention with no begroot amount at all. */
import type { RawFinding } from '../findings';
import type { BudgetModel } from '../model';
import { quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
}

function missingAmount(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    const begroot = i.amounts.filter((a) => a.field === 'begroot');
    // A figure merged over this row from the one above is budgeted there, not missing.
    if (begroot.every((a) => a.reading.kind === 'empty' && !a.merged)) {
      findings.push({
        rule: 'MISSING_AMOUNT',
        row: i.row,
        col: begroot[0]?.col ?? i.labelCol,
        interventionCode: i.code,
        field: 'begroot',
        params: { name: i.name },
      });
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: missingAmount };

export const MISSING_AMOUNT: RuleDefinition<'MISSING_AMOUNT', Params> = {
  id: 'MISSING_AMOUNT',
  severity: 'info',
  title: { nl: 'Bedrag ontbreekt', en: 'Amount missing' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) => `Interventie ${quote(p.name)} heeft geen begroot bedrag.`,
    en: (p) => `Intervention ${quote(p.name)} has no budgeted amount.`,
  },
  checks: [check],
};
