/** CEILING_DEFAULT (warning): the workbook states no usable ceiling, so Hilversum's is used. */
import type { RawFinding } from '../findings';
import { address } from '../grid';
import type { BudgetModel } from '../model';
import { euro, quote } from './phrases';
import { bySheet, type Check, type RuleDefinition } from './rule';

/** `unusable`: the labelled cell whose content could not be the ceiling, when there was one. */
export interface Params {
  ceiling: number;
  unusable?: { cell: string; label: string; text: string };
}

/** The default is Hilversum's grant: for any other municipality every comparison with it uses the wrong figure. */
function ceilingDefault(model: BudgetModel): RawFinding[] {
  if (model.ceiling.source !== 'default') return [];
  const ceiling = model.ceiling.cents;
  const bad = model.ceiling.unusable;
  // A ceiling cell that holds something unusable is where the user has to look.
  return [
    bad
      ? {
          rule: 'CEILING_DEFAULT',
          ...(bad.sheet !== model.sheet ? { sheet: bad.sheet } : {}),
          row: bad.row,
          col: bad.col,
          params: { ceiling, unusable: { cell: address(bad.row, bad.col), label: bad.label, text: bad.text } },
        }
      : { rule: 'CEILING_DEFAULT', ...(model.begrootHeader ?? { row: model.headerRow, col: 0 }), params: { ceiling } },
  ];
}

const check: Check = { on: 'budget', run: ceilingDefault };

export const CEILING_DEFAULT: RuleDefinition<'CEILING_DEFAULT', Params> = {
  id: 'CEILING_DEFAULT',
  severity: 'warning',
  title: { nl: 'Geen plafond in de werkmap', en: 'No ceiling in the workbook' },
  fingerprint: bySheet,
  message: {
    nl: (p) =>
      (p.unusable
        ? `Cel ${p.unusable.cell} naast ${quote(p.unusable.label)} bevat ${quote(p.unusable.text)}, geen bruikbaar plafond; de controle rekent met het standaardplafond van ${euro(p.ceiling)}, dat van Hilversum.`
        : `De werkmap noemt geen plafond; de controle rekent met het standaardplafond van ${euro(p.ceiling)}, dat van Hilversum.`) +
      ` Geef het plafond van uw gemeente op (het veld Plafond in het taakvenster, of --ceiling), of zet het in de werkmap: een cel 'Plafond' met het bedrag ernaast.`,
    en: (p) =>
      (p.unusable
        ? `Cell ${p.unusable.cell} beside ${quote(p.unusable.label)} holds ${quote(p.unusable.text)}, no usable ceiling; the check uses the default ceiling of ${euro(p.ceiling)}, Hilversum's.`
        : `The workbook states no ceiling; the check uses the default ceiling of ${euro(p.ceiling)}, Hilversum's.`) +
      ` Give your municipality's own (the Ceiling field in the task pane, or --ceiling), or put it in the workbook: a cell 'Plafond' with the amount beside it.`,
  },
  checks: [check],
};
