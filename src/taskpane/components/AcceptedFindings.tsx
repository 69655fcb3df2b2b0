/**
 * Below the findings that count, two sections that open on request: "Geaccepteerd (n)", each
 * accepted finding with its cell (a button to it, like any finding), its reason and date and
 * "Intrekken"; and "Acceptaties zonder bevinding (n)", acceptances whose finding no longer occurs
 * (corrected, or the amount changed), each with its reason and "Intrekken". A section with nothing
 * in it is not shown. Whether a section is open survives a new check.
 */
import { Button, Caption1, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { Acceptance } from '../../engine/acceptances';
import type { AcceptedFinding } from '../../engine/findings';
import { shortDutchDateOfText } from '../../engine/inputs/day';
import { ruleOfFingerprint } from '../acceptance';
import type { Strings } from '../strings';
import { FoldHeading } from './FoldHeading';
import { FindingCard, findingShortName } from './FindingItem';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  unused: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke1,
  },
  details: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  rule: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  withdraw: { alignSelf: 'flex-end', minWidth: 0 },
});

interface SectionProps {
  readonly title: string;
  readonly focusKey: string;
  readonly children: ReactNode;
}

/** A section whose heading is a button that shows or hides its content (a disclosure). */
function Section({ title, focusKey, children }: SectionProps) {
  const styles = useStyles();
  const headingId = useId('accepted-heading');
  const bodyId = useId('accepted-body');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <FoldHeading id={headingId} open={open} onToggle={() => setOpen(!open)} bodyId={bodyId} focusKey={focusKey}>
        {title}
      </FoldHeading>
      {open && (
        <div id={bodyId} className={styles.body}>
          {children}
        </div>
      )}
    </section>
  );
}

export interface AcceptedFindingsProps {
  readonly s: Strings;
  readonly accepted: ReadonlyArray<AcceptedFinding>;
  readonly unused: ReadonlyArray<Acceptance>;
  readonly busy: boolean;
  readonly onGoTo: (sheet: string, cell: string) => void;
  readonly onWithdraw: (fingerprint: string) => void;
}

export function AcceptedFindings({ s, accepted, unused, busy, onGoTo, onWithdraw }: AcceptedFindingsProps) {
  const styles = useStyles();
  return (
    <>
      {accepted.length > 0 && (
        <Section title={s.accepted(accepted.length)} focusKey="section:accepted">
          <Caption1 className={styles.muted}>{s.acceptedIntro}</Caption1>
          <ul className={styles.list}>
            {accepted.map((finding) => (
              <li key={finding.fingerprint} className={styles.item}>
                <FindingCard
                  s={s}
                  finding={finding}
                  accepted
                  focusKey={`accepted:${finding.fingerprint}`}
                  onClick={() => onGoTo(finding.sheet, finding.cell)}
                />
                <Reason s={s} acceptance={finding.acceptance} />
                <Withdraw
                  s={s}
                  what={findingShortName(finding, s)}
                  fingerprint={finding.fingerprint}
                  busy={busy}
                  onWithdraw={onWithdraw}
                />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {unused.length > 0 && (
        <Section title={s.unusedAcceptances(unused.length)} focusKey="section:unused">
          <Caption1 className={styles.muted}>{s.unusedIntro}</Caption1>
          <ul className={styles.list}>
            {unused.map((acceptance) => (
              <li key={acceptance.fingerprint} className={styles.unused}>
                <Text className={styles.rule}>{ruleOfFingerprint(acceptance.fingerprint)}</Text>
                {acceptance.message !== undefined && <Text>{acceptance.message}</Text>}
                <Reason s={s} acceptance={acceptance} />
                <Withdraw
                  s={s}
                  what={ruleOfFingerprint(acceptance.fingerprint)}
                  fingerprint={acceptance.fingerprint}
                  busy={busy}
                  onWithdraw={onWithdraw}
                />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function Reason({ s, acceptance }: { readonly s: Strings; readonly acceptance: Acceptance }) {
  const styles = useStyles();
  return (
    <div className={styles.details}>
      <Text>{s.reasonIs(acceptance.reason)}</Text>
      {acceptance.acceptedOn !== '' && (
        <Caption1 className={styles.muted}>{s.acceptedOn(shortDutchDateOfText(acceptance.acceptedOn))}</Caption1>
      )}
    </div>
  );
}

interface WithdrawProps {
  readonly s: Strings;
  readonly what: string;
  readonly fingerprint: string;
  readonly busy: boolean;
  readonly onWithdraw: (fingerprint: string) => void;
}

function Withdraw({ s, what, fingerprint, busy, onWithdraw }: WithdrawProps) {
  const styles = useStyles();
  return (
    <Button
      className={styles.withdraw}
      size="small"
      disabledFocusable={busy}
      aria-label={s.withdrawOf(what)}
      data-focus-key={`withdraw:${fingerprint}`}
      onClick={() => onWithdraw(fingerprint)}
    >
      {s.withdraw}
    </Button>
  );
}
