/**
 * A corrected formula as the user's Excel writes it: in Dutch (`=SOM(E6:E20)`, `;` between
 * arguments) for a Dutch pane, in English otherwise, with a button that copies it.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { dutchFormula } from '../../engine/formula/dutch';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface FormulaCopyProps {
  readonly s: Strings;
  /** The engine's formula, in Excel's invariant (English) language. */
  readonly formula: string;
}

export function FormulaCopy({ s, formula }: FormulaCopyProps) {
  const styles = useStyles();
  const shown = s.lang === 'nl' ? dutchFormula(formula) : formula;
  const [said, setSaid] = useState<string | undefined>(undefined);
  const copy = (): void => {
    // The clipboard may be refused (a locked-down browser, no permission): then the user is told so.
    void (navigator.clipboard?.writeText(shown) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setSaid(s.formulaCopied),
      () => setSaid(s.copyFailed),
    );
  };
  return (
    <div className={styles.root}>
      <Caption1>
        {s.formula}: <code className={styles.formula}>{shown}</code>
      </Caption1>
      <Button size="small" appearance="subtle" aria-label={s.copyFormulaOf(shown)} onClick={copy}>
        {s.copyFormula}
      </Button>
      <Caption1 className={styles.note} role="status">
        {said ?? ''}
      </Caption1>
    </div>
  );
}
