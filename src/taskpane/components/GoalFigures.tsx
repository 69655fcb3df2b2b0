/**
 * Per bestedingsdoel: begroot, benut and restant with a bar for the share spent. A compact list
 * rather than a wide table, so it reads at the pane's narrow default width.
 */
import { Caption1, ProgressBar, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { Figure, Figures } from './Figures';
import type { FigureRow } from '../figures';
import type { Strings } from '../strings';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  total: {
    paddingTop: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  title: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
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
            <Figures>
              <Figure term={s.begroot} cents={row.begrootCents} tone={shortfall(row.begrootCents)} />
              {hasBenut && <Figure term={s.benut} cents={row.benutCents} tone={shortfall(row.benutCents)} />}
              {hasBenut && <Figure term={s.restant} cents={row.restantCents} tone={shortfall(row.restantCents)} />}
            </Figures>
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

const shortfall = (cents: number): 'negative' | undefined => (cents < 0 ? 'negative' : undefined);
