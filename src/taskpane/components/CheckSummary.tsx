/** When and what was checked, the totals, and where the plan stands against the ceiling, in words. */
import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check';
import { ceilingSourceText, LAYOUT_LABEL, type Lang } from '../../engine/messages';
import { formatEuro } from '../../engine/money';
import { ceilingVerdict, ceilingVerdictText } from '../figures';
import { clockTime, type Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CheckSummaryProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly result: CheckResult;
  readonly checkedAt: Date;
}

export function CheckSummary({ s, lang, result, checkedAt }: CheckSummaryProps) {
  const styles = useStyles();
  const { model, summaries } = result;
  const verdict = ceilingVerdict(summaries.begrootCents, model.ceiling.cents);
  const source = ceilingSourceText(model.ceiling.source, lang, model.ceiling);
  return (
    <div className={styles.root}>
      <Text weight="semibold">{s.checkedAt(clockTime(checkedAt))}</Text>
      <Caption1 className={styles.muted}>{s.checkedSheet(model.sheet, LAYOUT_LABEL[lang][model.layout])}</Caption1>
      <dl className={styles.figures}>
        <dt className={styles.term}>{s.totalBegroot}</dt>
        <dd className={styles.amount}>{formatEuro(summaries.begrootCents)}</dd>
        {model.hasBenut && (
          <>
            <dt className={styles.term}>{s.totalBenut}</dt>
            <dd className={styles.amount}>{formatEuro(summaries.benutCents)}</dd>
          </>
        )}
        <dt className={styles.term}>{s.ceilingIs}</dt>
        <dd className={styles.amount}>{formatEuro(model.ceiling.cents)}</dd>
      </dl>
      <Caption1 className={styles.muted}>{`${s.ceilingIs}: ${source}`}</Caption1>
      <Text className={mergeClasses(styles.verdict, verdict.kind === 'over' && styles.over)}>{ceilingVerdictText(verdict, lang)}</Text>
    </div>
  );
}
