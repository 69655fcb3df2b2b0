/** What Markeren's colours mean: the fills the highlights use, by severity. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITY_ORDER } from '../../engine/findings';
import { SEVERITY_FILL } from '../../engine/plan/types';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    // The swatch is the very colour Excel will show; forced colours must not repaint it.
    forcedColorAdjust: 'none',
  },
});

/** `FFF8CBAD` (ARGB) as `#F8CBAD`. */
const css = (argb: string): string => `#${argb.slice(2)}`;

export function HighlightLegend({ s }: { readonly s: Strings }) {
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label={s.legend}>
      {SEVERITY_ORDER.map((severity) => (
        <li key={severity} className={styles.item}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: css(SEVERITY_FILL[severity]) }}
            aria-hidden="true"
          />
          <Caption1>{s.legendItem[severity]}</Caption1>
        </li>
      ))}
    </ul>
  );
}
