/** Vorige / Volgende: walk through the shown findings, going to each cell; says where the walk is. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  position: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface FindingNavigatorProps {
  readonly s: Strings;
  /** How many findings the filter shows. */
  readonly shown: number;
  /** The current finding's 1-based place among them and its cell, when it is one of them. */
  readonly at?: { readonly position: number; readonly cell: string };
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

export function FindingNavigator({ s, shown, at, onPrevious, onNext }: FindingNavigatorProps) {
  const styles = useStyles();
  const none = shown === 0;
  return (
    <div role="group" aria-label={s.walk} className={styles.root}>
      <div className={styles.buttons}>
        <Button size="small" disabledFocusable={none} onClick={onPrevious}>
          {s.previous}
        </Button>
        <Button size="small" disabledFocusable={none} onClick={onNext}>
          {s.next}
        </Button>
      </div>
      <Caption1 aria-live="polite" className={styles.position}>
        {at ? s.position(at.position, shown, at.cell) : s.positionNone(shown)}
      </Caption1>
    </div>
  );
}
