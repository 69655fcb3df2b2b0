/**
 * One finding as a button: its cell, rule and message; choosing it goes to the cell. The current
 * one is marked (aria-current) and scrolled into view, so Volgende can be pressed again and again.
 * Its name is exactly what it shows ("D28 CEILING_EXCEEDED: …"); the message already states the
 * amounts, so no figure is shown beside it that the name would lack.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useEffect, useRef } from 'react';
import type { Finding } from '../../engine/findings';

const useStyles = makeStyles({
  button: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  error: { borderLeftColor: tokens.colorPaletteRedForeground1 },
  warning: { borderLeftColor: tokens.colorPaletteYellowForeground2 },
  info: { borderLeftColor: tokens.colorPaletteBlueForeground2 },
  head: { display: 'block', marginBottom: tokens.spacingVerticalXXS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  message: { display: 'block', overflowWrap: 'anywhere' },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly index: number;
  readonly current: boolean;
  readonly onChoose: (index: number) => void;
}

export const FindingItem = memo(function FindingItem({ finding, index, current, onChoose }: FindingItemProps) {
  const styles = useStyles();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(styles.button, styles[finding.severity], current && styles.current)}
      aria-current={current ? 'true' : undefined}
      aria-label={`${finding.cell} ${finding.rule}: ${finding.message}`}
      onClick={() => onChoose(index)}
    >
      {/* Plain inline text with its spaces and colon, so what shows reads exactly as the name. */}
      <span className={styles.head}>
        <span className={styles.cell}>{finding.cell}</span> <span className={styles.rule}>{finding.rule}</span>:{' '}
      </span>
      <span className={styles.message}>{finding.message}</span>
    </button>
  );
});
