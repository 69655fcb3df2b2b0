/** What the three goal rules (NO_GOAL, UNKNOWN_GOAL, MULTI_GOAL_UNSPLIT) share. */
import type { Intervention } from '../../model';

/** Placeholders and deliberate zeros are not money to account for. */
export function hasAmount(intervention: Intervention): boolean {
  return intervention.amounts.some((a) => !['empty', 'placeholder', 'zero'].includes(a.reading.kind));
}

/** The intervention's goal cell, else its label. */
export function goalCellOf(i: Intervention): { row: number; col: number } {
  return i.goalCell ? { row: i.goalCell.row, col: i.goalCell.col } : { row: i.row, col: i.labelCol };
}
