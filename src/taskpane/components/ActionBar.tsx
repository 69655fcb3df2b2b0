/**
 * The pane's actions. While work runs they stay focusable but disabled (aria-disabled), so the
 * keyboard focus stays where it was.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';
import { HighlightLegend } from './HighlightLegend';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  primary: { width: '100%', maxWidth: 'none' },
  secondary: {
    display: 'grid',
    // min(): never wider than the pane, so at 200% zoom the buttons stack instead of scrolling sideways.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(170px, 100%), 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  // Less side padding than Fluent's 12 px: at 200% zoom (160 CSS px) "begrotingsblad" then fits whole.
  button: {
    width: '100%',
    maxWidth: 'none',
    minWidth: 0,
    height: 'auto',
    whiteSpace: 'normal',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
});

export interface ActionBarProps {
  readonly s: Strings;
  readonly busy: boolean;
  readonly onCheck: () => void;
  readonly onHighlight: () => void;
  readonly onClearHighlights: () => void;
  readonly onWriteTabs: () => void;
  readonly onInsertBudgetSheet: () => void;
  /** Only Controleren, or only the other actions (folded away after a check); both when left out. */
  readonly only?: 'check' | 'more';
}

export function ActionBar({
  s,
  busy,
  onCheck,
  onHighlight,
  onClearHighlights,
  onWriteTabs,
  onInsertBudgetSheet,
  only,
}: ActionBarProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={s.actions} className={styles.root}>
      {only !== 'more' && (
        <Button appearance="primary" className={styles.primary} disabledFocusable={busy} onClick={onCheck}>
          {s.check}
        </Button>
      )}
      {only !== 'check' && (
        <div className={styles.secondary}>
          <Button className={styles.button} disabledFocusable={busy} onClick={onHighlight}>
            {s.highlight}
          </Button>
          <Button className={styles.button} disabledFocusable={busy} onClick={onClearHighlights}>
            {s.clearHighlights}
          </Button>
          <Button className={styles.button} disabledFocusable={busy} onClick={onWriteTabs}>
            {s.writeTabs}
          </Button>
          <Button className={styles.button} disabledFocusable={busy} onClick={onInsertBudgetSheet}>
            {s.insertBudgetSheet}
          </Button>
          <HighlightLegend s={s} />
        </div>
      )}
    </div>
  );
}
