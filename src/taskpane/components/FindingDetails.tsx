/** Under a finding, folded away: its rule id (the public contract, for the JSON and support) and the formula in English Excel. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine/findings';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { minWidth: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  body: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
});

export function FindingDetails({ s, finding }: { readonly s: Strings; readonly finding: Finding }) {
  const styles = useStyles();
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>{s.details}</summary>
      <div className={styles.body}>
        <Caption1>{s.ruleIs(finding.rule)}</Caption1>
        {finding.correctedFormula !== undefined && s.lang === 'nl' && (
          <Caption1>{s.englishFormula(finding.correctedFormula)}</Caption1>
        )}
      </div>
    </details>
  );
}
