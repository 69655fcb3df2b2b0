/**
 * A compact list of labelled amounts (Begroot, Benut, …) that wraps to the pane's width: used by
 * the per-goal figures and the Afstemming view alike.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatEuro } from '../../engine/money';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(84px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  term: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  amount: {
    margin: 0,
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  negative: { color: tokens.colorPaletteRedForeground1 },
  emphasis: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

export function Figures({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return <dl className={styles.figures}>{children}</dl>;
}

/** `negative` colours a shortfall; `emphasis` also makes the amount bold (a difference to explain). */
export function Figure({
  term,
  cents,
  tone,
}: {
  readonly term: string;
  readonly cents: number;
  readonly tone?: 'negative' | 'emphasis';
}) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <dt className={styles.term}>{term}</dt>
      <dd
        className={mergeClasses(
          styles.amount,
          tone === 'negative' && styles.negative,
          tone === 'emphasis' && styles.emphasis,
        )}
      >
        {formatEuro(cents)}
      </dd>
    </div>
  );
}
