/** MBO_TARGET (warning): the intervention names MBO students as its target group. */
import type { RawFinding } from '../findings';
import type { BudgetModel, Intervention } from '../model';
import { normalise } from '../text';
import { quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
}

const MBO = /\bmbo|\bmiddelbaar beroeps ?onderwijs\b/;

function mentionsMbo(i: Intervention): boolean {
  const text = i.notes.length === 0 ? i.name : `${i.name} ${i.notes.join(' ')}`;
  // Most rows never mention it: skip normalising them (this runs on every row of big sheets).
  const lower = text.toLowerCase();
  if (!lower.includes('mbo') && !lower.includes('middelbaar')) return false;
  return MBO.test(normalise(text));
}

function mboTarget(model: BudgetModel): RawFinding[] {
  return model.interventions.filter(mentionsMbo).map((i): RawFinding => ({
    rule: 'MBO_TARGET',
    row: i.row,
    col: i.labelCol,
    interventionCode: i.code,
    params: { name: i.name },
  }));
}

const check: Check = { on: 'budget', run: mboTarget };

export const MBO_TARGET: RuleDefinition<'MBO_TARGET', Params> = {
  id: 'MBO_TARGET',
  severity: 'warning',
  title: { nl: 'Gericht op het mbo', en: 'Aimed at MBO' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `Interventie ${quote(p.name)} noemt mbo-leerlingen of -studenten als doelgroep; gemeentelijke NPO-middelen zijn niet bedoeld voor het mbo.`,
    en: (p) =>
      `Intervention ${quote(p.name)} names MBO students as its target group; municipal NPO funds are not meant for MBO.`,
  },
  checks: [check],
};
