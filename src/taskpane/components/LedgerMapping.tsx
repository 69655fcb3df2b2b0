/**
 * Under Afstemming, for a ledger export: which amount counted and why, how the bookings were
 * matched, the codes no intervention was found for (grouped, with their totals and a button to
 * the first booking), and the button that writes those codes to "NPO Koppeling" for the officer
 * to fill in. The workbook is reached only through the functions passed in.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../engine/messages';
import { describeError } from '../describe-error';
import { ledgerWords, type LedgerView } from '../ledger';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
});

export interface LedgerMappingProps {
  readonly lang: Lang;
  readonly view: LedgerView;
  readonly onGoTo: (sheet: string, cell: string) => void;
  /** Writes the codes to NPO Koppeling; resolves to the number of lines added. */
  readonly onFillMapping: (view: LedgerView) => Promise<number>;
}

type Outcome =
  { readonly kind: 'done'; readonly added: number } | { readonly kind: 'failed'; readonly message: string };

export function LedgerMapping({ lang, view, onGoTo, onFillMapping }: LedgerMappingProps) {
  const styles = useStyles();
  const w = ledgerWords(lang);
  const headingId = useId('koppeling');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const fill = async (): Promise<void> => {
    setBusy(true);
    try {
      setOutcome({ kind: 'done', added: await onFillMapping(view) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        {w.heading}
      </h3>
      <Caption1 className={styles.muted}>{view.basis}</Caption1>
      <Text>{view.matching}</Text>
      {view.unmatched.length > 0 && (
        <>
          <Text weight="semibold">{w.unmatched(view.unmatched.length)}</Text>
          <ul className={styles.list}>
            {view.unmatched.map((g) => (
              <li key={g.code}>
                {/* The name starts with the visible text (WCAG 2.5.3, label in name), then says where it goes. */}
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onGoTo(view.paymentsSheet, g.cell)}
                  aria-label={`${w.group(g)}. ${w.goTo(g)}`}
                >
                  {w.group(g)}
                </Button>
                {g.description !== undefined && <Caption1 className={styles.muted}> {g.description}</Caption1>}
              </li>
            ))}
          </ul>
        </>
      )}
      {view.candidates.length > 0 && (
        <Button
          className={styles.action}
          size="small"
          disabled={busy}
          onClick={() => void fill()}
          icon={busy ? <Spinner size="tiny" aria-label={w.busy} /> : undefined}
        >
          {w.fill(view.hasMappingSheet)}
        </Button>
      )}
      {outcome && (
        <MessageBar intent={outcome.kind === 'done' ? 'success' : 'error'}>
          <MessageBarBody>
            {outcome.kind === 'done' ? w.filled(outcome.added) : `${w.failed} ${outcome.message}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
