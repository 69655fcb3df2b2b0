/**
 * The flagged cells of the checked sheet: one highlight per cell, coloured by its most severe
 * finding, with every finding on that cell in the note.
 */
import { SEVERITY_ORDER } from '../findings';
import { parseAddress } from '../grid';
import { SEVERITY_LABEL } from '../messages';
import type { PlanContext } from './context';
import type { Highlight } from './types';

export function highlights(ctx: PlanContext): Highlight[] {
  const { result, options } = ctx;
  const byCell = new Map<string, Highlight>();
  for (const f of result.findings) {
    const at = parseAddress(f.cell);
    if (f.sheet !== result.model.sheet || !at) continue;
    const line = `${SEVERITY_LABEL[options.lang][f.severity]} (${f.rule}): ${f.message}`;
    const previous = byCell.get(f.cell);
    if (!previous) {
      byCell.set(f.cell, { sheet: f.sheet, row: at.row, col: at.col, cell: f.cell, severity: f.severity, note: line });
      continue;
    }
    const severity = SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(previous.severity) ? f.severity : previous.severity;
    byCell.set(f.cell, { ...previous, severity, note: `${previous.note}\n${line}` });
  }
  return [...byCell.values()];
}
