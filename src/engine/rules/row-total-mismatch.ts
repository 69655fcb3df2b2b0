/** ROW_TOTAL_MISMATCH (error): a row's stated total differs from its parts (years, periods, or primitief + wijziging). */
import type { RawFinding } from '../findings';
import type { AmountRole } from '../layout/columns';
import type { PartsKind } from '../layout/figures';
import type { BudgetModel } from '../model';
import { euro, list, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

/** A row's stated total against its parts: years or periods adding up, or primitief + wijziging = na wijziging. */
export interface Params {
  name: string;
  field: AmountRole;
  stated: number;
  sum: number;
  difference: number;
  parts: PartsKind;
  partLabels: ReadonlyArray<string>;
}

/**
 * A row's own total against its parts: begroot split over years with a total column, or a
 * primitieve begroting plus its wijziging against the begroting na wijziging. The stated total is
 * the figure the sheet counts, so a difference here is money that silently appears or vanishes.
 */
function rowTotalMismatch(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    for (const check of i.rowChecks) {
      const stated = check.total.cents;
      // An unreadable total or part is its own amount finding; comparing it would be a guess.
      if (stated === undefined || check.parts.some((p) => p.cents === undefined)) continue;
      const sum = check.parts.reduce((total, p) => total + p.cents!, 0);
      const difference = stated - sum;
      if (difference === 0) continue;
      findings.push({
        rule: 'ROW_TOTAL_MISMATCH',
        row: check.total.row,
        col: check.total.col,
        amountCents: difference,
        interventionCode: i.code,
        field: check.field,
        params: {
          name: i.name,
          field: check.field,
          stated,
          sum,
          difference,
          parts: check.kind,
          partLabels: check.labels,
        },
      });
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: rowTotalMismatch };

export const ROW_TOTAL_MISMATCH: RuleDefinition<'ROW_TOTAL_MISMATCH', Params> = {
  id: 'ROW_TOTAL_MISMATCH',
  severity: 'error',
  title: { nl: 'Rijtotaal klopt niet', en: 'Row total does not add up' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      `Het totaal ${p.field === 'begroot' ? 'begroot' : 'benut'} van ${quote(p.name)} is ${euro(p.stated)}, maar ${p.parts === 'periods' ? `de bedragen per periode (${list(p.partLabels.map(quote), 'nl')})` : `${list(p.partLabels.map(quote), 'nl')} samen`} komen op ${euro(p.sum)}: ${euro(Math.abs(p.difference))} ${p.difference < 0 ? 'te weinig' : 'te veel'} in het totaal.`,
    en: (p) =>
      `The total ${p.field === 'begroot' ? 'budgeted' : 'spent'} of ${quote(p.name)} is ${euro(p.stated)}, but ${p.parts === 'periods' ? `the amounts per period (${list(p.partLabels.map(quote), 'en')})` : `${list(p.partLabels.map(quote), 'en')} together`} come to ${euro(p.sum)}: ${euro(Math.abs(p.difference))} too ${p.difference < 0 ? 'little' : 'much'} in the total.`,
  },
  checks: [check],
};
