/** "NPO Controle": every finding with severity, rule, a link to its cell, amount and message. */
import type { Finding } from '../findings';
import { SEVERITY_LABEL, type Lang } from '../messages';
import { countBySeverity } from '../inputs/severity-counts';
import type { PlanContext } from './context';
import { euro, figureHeader, text, SheetBuilder, type CellSpec } from './sheet-builder';
import type { PlanSheet } from './types';
import { CONTROLE_SHEET } from './words';

const COLUMN_WIDTHS = [14, 24, 22, 16, 110, 40, 16];

export function controleSheet(ctx: PlanContext): PlanSheet {
  const { result, w, options } = ctx;
  const s = new SheetBuilder(CONTROLE_SHEET, 'controle', COLUMN_WIDTHS);
  const counts = countBySeverity(result.findings);
  s.line(text(w.controleTitle, 'title'));
  s.line(text(`${result.model.sheet}: ${w.counts(counts.error, counts.warning, counts.info)}`, 'subtitle'));
  s.skip();
  if (result.findings.length === 0) {
    s.line(text(w.noFindings, 'note'));
    acceptedSection(ctx, s);
    return s.build();
  }
  const headerRow = s.line(
    text(w.severity, 'header'),
    text(w.rule, 'header'),
    text(w.cell, 'header'),
    figureHeader(w.amount),
    text(w.message, 'header'),
  );
  for (const f of result.findings) s.line(...findingCells(f, options.lang));
  s.table({ name: 'NPO_Controle', headerRow, firstCol: 0, lastCol: 4, lastRow: s.row - 1 });
  s.freezeAt(headerRow + 1, 0);
  acceptedSection(ctx, s);
  return s.build();
}

/** Accepted findings below the open ones, each with its reason: explained, not hidden. */
function acceptedSection(ctx: PlanContext, s: SheetBuilder): void {
  const { result, w, options } = ctx;
  if (result.accepted.length > 0) {
    s.skip();
    s.line(text(w.acceptedTitle(result.accepted.length), 'subtitle'));
    s.line(
      text(w.severity, 'header'),
      text(w.rule, 'header'),
      text(w.cell, 'header'),
      figureHeader(w.amount),
      text(w.message, 'header'),
      text(w.reason, 'header'),
      text(w.acceptedOn, 'header'),
    );
    for (const f of result.accepted)
      s.line(...findingCells(f, options.lang), text(f.acceptance.reason), text(f.acceptance.acceptedOn));
  }
  if (result.unusedAcceptances.length > 0) {
    s.skip();
    s.line(text(w.unusedTitle(result.unusedAcceptances.length), 'subtitle'));
    s.line(
      text(w.fingerprint, 'header'),
      undefined,
      undefined,
      undefined,
      text(w.message, 'header'),
      text(w.reason, 'header'),
      text(w.acceptedOn, 'header'),
    );
    for (const a of result.unusedAcceptances) {
      s.line(
        text(a.fingerprint),
        undefined,
        undefined,
        undefined,
        text(a.message ?? ''),
        text(a.reason),
        text(a.acceptedOn),
      );
    }
  }
}

/** Severity, rule, a link to the cell, the amount and the message: one finding's row. */
function findingCells(f: Finding, lang: Lang): Array<CellSpec | undefined> {
  return [
    text(SEVERITY_LABEL[lang][f.severity]),
    text(f.rule),
    text(`${f.sheet}!${f.cell}`, undefined, { sheet: f.sheet, cell: f.cell }),
    f.amountCents !== undefined ? euro(f.amountCents) : undefined,
    text(f.message),
  ];
}
