/** DUPLICATE_CODE (warning): one intervention code used for different interventions. */
import type { RawFinding } from '../findings';
import { address } from '../grid';
import type { BudgetModel, Intervention } from '../model';
import { normalise } from '../text';
import { quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  code: string;
  name: string;
  otherName: string;
  otherCell: string;
}

function duplicateCode(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const firstWithCode = new Map<string, Intervention>();
  for (const i of model.interventions) {
    if (i.code === undefined) continue;
    // Codes are short identifiers ("7-9", "14a"); case and spaces are all that vary.
    const key = i.code.trim().toLowerCase();
    const first = firstWithCode.get(key);
    if (!first) firstWithCode.set(key, i);
    else if (normalise(first.name) !== normalise(i.name)) {
      findings.push({
        rule: 'DUPLICATE_CODE',
        row: i.row,
        col: i.labelCol,
        interventionCode: i.code,
        params: { code: i.code, name: i.name, otherName: first.name, otherCell: address(first.row, first.labelCol) },
      });
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: duplicateCode };

export const DUPLICATE_CODE: RuleDefinition<'DUPLICATE_CODE', Params> = {
  id: 'DUPLICATE_CODE',
  severity: 'warning',
  title: { nl: 'Nummer dubbel gebruikt', en: 'Number used twice' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `Nummer ${quote(p.code)} wordt ook gebruikt voor een andere interventie (${quote(p.otherName)} in ${p.otherCell}).`,
    en: (p) => `Code ${quote(p.code)} is also used for another intervention (${quote(p.otherName)} in ${p.otherCell}).`,
  },
  checks: [check],
};
