/**
 * Per bestedingsdoel: begroot, benut and restant with a bar for the share spent. A compact list
 * rather than a wide table, so it reads at the pane's narrow default width.
 */
import { Caption1, ProgressBar, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { formatEuro } from '../../engine/money';
import type { FigureRow } from '../figures';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  total: {
    paddingTop: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  title: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(84px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  amount: { margin: 0, fontVariantNumeric: 'tabular-nums', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
  negative: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface GoalFiguresProps {
  readonly s: Strings;
  readonly rows: ReadonlyArray<FigureRow>;
  readonly hasBenut: boolean;
}

export function GoalFigures({ s, rows, hasBenut }: GoalFiguresProps) {
  const styles = useStyles();
  const headingId = useId('per-goal');
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {s.perGoal}
      </h2>
      {!hasBenut && <Caption1 className={styles.muted}>{s.noBenutColumn}</Caption1>}
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.key} className={mergeClasses(styles.row, row.isTotal && styles.total)}>
            <div className={styles.title}>
              <Text weight="semibold">{row.label}</Text>
              <Caption1 className={styles.muted}>{s.interventions(row.interventions)}</Caption1>
            </div>
            <dl className={styles.figures}>
              <Figure term={s.begroot} cents={row.begrootCents} />
              {hasBenut && <Figure term={s.benut} cents={row.benutCents} />}
              {hasBenut && <Figure term={s.restant} cents={row.restantCents} />}
            </dl>
            {hasBenut && row.share !== undefined && (
              <ProgressBar
                value={row.share}
                thickness="large"
                color={row.overspent ? 'error' : 'brand'}
                aria-label={`${row.label}: ${row.percentText}`}
                aria-valuetext={row.percentText}
              />
            )}
            {hasBenut && (
              <Caption1 className={styles.muted}>
                {row.overspent ? `${row.percentText}, ${s.overspent}` : row.percentText}
              </Caption1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Figure({ term, cents }: { readonly term: string; readonly cents: number }) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <dt className={styles.term}>{term}</dt>
      <dd className={mergeClasses(styles.amount, cents < 0 && styles.negative)}>{formatEuro(cents)}</dd>
    </div>
  );
}
