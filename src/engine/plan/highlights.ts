/**
 * The flagged cells of the checked sheet (and of the payments sheet, when there is one): one
 * highlight per cell, coloured by its most severe finding, with every finding on that cell in the note.
 */
import { SEVERITY_ORDER } from '../findings';
import { parseAddress } from '../grid';
import { SEVERITY_LABEL } from '../messages';
import type { PlanContext } from './context';
import type { Highlight } from './types';

export function highlights(ctx: PlanContext): Highlight[] {
  const { result, options } = ctx;
  const byCell = new Map<string, Highlight>();
  const sheets = new Set([
    result.model.sheet,
    ...(result.reconciliation ? [result.reconciliation.paymentsSheet.sheet] : []),
  ]);
  for (const f of result.findings) {
    const at = parseAddress(f.cell);
    if (!sheets.has(f.sheet) || !at) continue;
    const key = `${f.sheet}!${f.cell}`;
    const line = `${SEVERITY_LABEL[options.lang][f.severity]} (${f.rule}): ${f.message}`;
    const previous = byCell.get(key);
    if (!previous) {
      byCell.set(key, { sheet: f.sheet, row: at.row, col: at.col, cell: f.cell, severity: f.severity, note: line });
      continue;
    }
    const severity =
      SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(previous.severity) ? f.severity : previous.severity;
    byCell.set(key, { ...previous, severity, note: `${previous.note}\n${line}` });
  }
  return [...byCell.values()];
}
