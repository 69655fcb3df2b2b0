/** Every rule, in the order their findings are listed within a severity. */
import type { RawFinding } from '../findings';
import type { BudgetModel } from '../model';
import { amountRules } from './amounts';
import { ceilingRules } from './ceiling';
import { formulaRules } from './formulas';
import { goalRules } from './goals';
import { interventionRules } from './interventions';
import { readingRules } from './reading';
import { rowTotalRules } from './rows';
import { totalRules } from './totals';

export type Rule = (model: BudgetModel) => RawFinding[];

export const RULES: ReadonlyArray<Rule> = [readingRules, ceilingRules, totalRules, rowTotalRules, formulaRules, goalRules, interventionRules, amountRules];
