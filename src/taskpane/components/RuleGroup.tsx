/**
 * The findings of one rule within a severity, as one line with a count ("Bedrag als tekst (31)")
 * that opens to show them. A lone finding is shown as it is. A group holding the current finding
 * opens by itself, so walking with Volgende never lands on a hidden card.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { RuleId } from '../../engine/findings';
import { ruleTitle } from '../../engine/plan/words';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  toggle: {
    justifyContent: 'flex-start',
    width: '100%',
    maxWidth: 'none',
    minWidth: 0,
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** Groups of this size and smaller start open: opening them would only cost a click. */
const OPEN_UP_TO = 3;

export interface RuleGroupProps {
  readonly s: Strings;
  readonly rule: RuleId;
  readonly count: number;
  readonly holdsCurrent: boolean;
  readonly children: ReactNode;
}

export function RuleGroup({ s, rule, count, holdsCurrent, children }: RuleGroupProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(count <= OPEN_UP_TO);
  const shown = open || holdsCurrent;
  const id = `rule-group-${rule}`;
  return (
    <>
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        aria-expanded={shown}
        aria-controls={id}
        icon={<span aria-hidden="true">{shown ? '▾' : '▸'}</span>}
        onClick={() => setOpen(!shown)}
      >
        {s.ruleGroup(ruleTitle(rule, s.lang), count)}
      </Button>
      <ul id={id} className={styles.list} hidden={!shown}>
        {shown && children}
      </ul>
    </>
  );
}
