/**
 * Vorige / Volgende / Accepteren… for the current finding, kept in view at the bottom of the pane
 * while the list scrolls (sticky), with where the walk is ("Bevinding 3 van 12: F20") and a word
 * when it went round from the last finding to the first.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0 },
  position: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word', minWidth: 0 },
});

export interface FindingNavigatorProps {
  readonly s: Strings;
  /** How many findings the filter shows. */
  readonly shown: number;
  /** The current finding's 1-based place among them and where it is, when it is one of them. */
  readonly at?: { readonly position: number; readonly cell: string };
  readonly wrapped?: 'start' | 'end';
  readonly busy: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** Opens the reason field of the current finding. */
  readonly onAccept?: () => void;
  readonly acceptName?: string;
}

export function FindingNavigator({
  s,
  shown,
  at,
  wrapped,
  busy,
  onPrevious,
  onNext,
  onAccept,
  acceptName,
}: FindingNavigatorProps) {
  const styles = useStyles();
  const none = shown === 0;
  const where = at ? s.position(at.position, shown, at.cell) : s.positionNone(shown);
  const round = wrapped === 'start' ? ` ${s.wrappedStart}` : wrapped === 'end' ? ` ${s.wrappedEnd}` : '';
  return (
    <div role="group" aria-label={s.walk} className={styles.root} data-testid="navigator">
      <div className={styles.buttons}>
        <Button className={styles.button} size="small" disabledFocusable={none} onClick={onPrevious}>
          {s.previous}
        </Button>
        <Button className={styles.button} size="small" disabledFocusable={none} onClick={onNext}>
          {s.next}
        </Button>
        {onAccept && acceptName !== undefined && (
          <Button
            className={styles.button}
            size="small"
            disabledFocusable={busy}
            aria-label={s.acceptCurrent(acceptName)}
            onClick={onAccept}
          >
            {s.accept}
          </Button>
        )}
      </div>
      <Caption1 aria-live="polite" className={styles.position}>
        {`${where}${round}`}
      </Caption1>
    </div>
  );
}
