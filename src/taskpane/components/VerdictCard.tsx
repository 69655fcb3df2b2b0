/**
 * The verdict, right under Controleren: where the plan stands against the ceiling in one sentence
 * with the amount, coloured by how it came out (red over the ceiling or with errors, amber with
 * warnings or a default ceiling, green only when nothing is wrong), the totals, and the counts as
 * buttons that filter the findings. The focus moves to its heading after a check.
 */
import { Caption1, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check';
import { SEVERITY_ORDER } from '../../engine/findings';
import { ceilingSourceText, LAYOUT_LABEL, type Lang } from '../../engine/messages';
import { countBySeverity } from '../../engine/inputs/severity-counts';
import { ceilingVerdict } from '../../engine/inputs/verdict';
import { ceilingVerdictText } from '../figures';
import type { SeverityFilter } from '../state';
import { clockTime, type Strings } from '../strings';
import { euro, unbreakable } from '../text';

/** A pane under 240 CSS px: Excel's 320 px pane at 150% zoom and more. */
const NARROW = '@media (max-width: 240px)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    // A border on every side: in forced colours it stays as the card's outline.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '6px',
    minWidth: 0,
    // A 320 px pane at 200% zoom is 160 CSS px: every pixel of padding is room for an amount.
    [NARROW]: {
      paddingLeft: tokens.spacingHorizontalS,
      paddingRight: tokens.spacingHorizontalS,
      borderLeftWidth: '4px',
    },
  },
  bad: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  doubtful: {
    borderLeftColor: tokens.colorPaletteMarigoldBorder2,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  good: { borderLeftColor: tokens.colorPaletteGreenBorder2, backgroundColor: tokens.colorPaletteGreenBackground1 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    outlineOffset: '2px',
  },
  sentence: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word',
  },
  over: { color: tokens.colorPaletteRedForeground3 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    // Too narrow for a term and an amount side by side: the amount goes under its term.
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  warning: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'break-word',
  },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // A label wraps ("9" over "waarschuwingen") rather than being cut when the card is narrow.
  count: {
    minWidth: 0,
    height: 'auto',
    whiteSpace: 'normal',
    textAlign: 'left',
    [NARROW]: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },
});

export interface VerdictCardProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly result: CheckResult;
  readonly checkedAt: Date;
  readonly filter: SeverityFilter;
  readonly onFilter: (filter: SeverityFilter) => void;
}

export function VerdictCard({ s, lang, result, checkedAt, filter, onFilter }: VerdictCardProps) {
  const styles = useStyles();
  const { model, summaries, findings } = result;
  const counts = countBySeverity(findings);
  const verdict = ceilingVerdict(summaries.begrootCents, model.ceiling.cents);
  const byDefault = model.ceiling.source === 'default';
  const sentence = `${unbreakable(ceilingVerdictText(verdict, lang))}${byDefault ? `, ${s.againstDefault}` : ''}.`;
  const tone =
    verdict.kind === 'over' || counts.error > 0 ? 'bad' : byDefault || counts.warning > 0 ? 'doubtful' : 'good';
  return (
    <section
      aria-labelledby="verdict-heading"
      className={mergeClasses(styles.root, styles[tone])}
      data-testid="verdict"
    >
      <h2 id="verdict-heading" className={styles.heading} tabIndex={-1} data-focus-key="verdict">
        {s.verdict}
      </h2>
      <p className={mergeClasses(styles.sentence, verdict.kind === 'over' && styles.over)}>{sentence}</p>
      {byDefault && <p className={styles.warning}>{s.defaultWarning}</p>}
      <dl className={styles.figures}>
        <dt className={styles.term}>{s.totalBegroot}</dt>
        <dd className={styles.amount}>{euro(summaries.begrootCents)}</dd>
        {model.hasBenut && (
          <>
            <dt className={styles.term}>{s.totalBenut}</dt>
            <dd className={styles.amount}>{euro(summaries.benutCents)}</dd>
          </>
        )}
        <dt className={styles.term}>{s.ceilingIs}</dt>
        <dd className={styles.amount}>{euro(model.ceiling.cents)}</dd>
      </dl>
      <div role="group" aria-label={s.countsGroup} className={styles.counts}>
        {SEVERITY_ORDER.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            className={styles.count}
            checked={filter === severity}
            onClick={() => onFilter(filter === severity ? 'all' : severity)}
          >
            {s.countButton[severity](counts[severity])}
          </ToggleButton>
        ))}
      </div>
      <Caption1 className={styles.muted}>
        {`${s.checkedAt(clockTime(checkedAt))} · ${s.checkedSheet(model.sheet, LAYOUT_LABEL[lang][model.layout])} · ${s.ceilingIs}: ${ceilingSourceText(model.ceiling.source, lang, model.ceiling)}`}
      </Caption1>
    </section>
  );
}
