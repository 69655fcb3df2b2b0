/**
 * One finding as a button: its cell, rule and message; choosing it goes to the cell. The current
 * one is marked (aria-current) and scrolled into view, so Volgende can be pressed again and again.
 * Its name is exactly what it shows ("D28 CEILING_EXCEEDED: …"); the message already states the
 * amounts, so no figure is shown beside it that the name would lack.
 *
 * Under it, "Accepteren…" opens a reason field in place: the reason is required, Enter accepts,
 * Esc cancels. Elements the pane may move the focus to carry `data-focus-key` (see useFocusKey).
 */
import { Button, Field, Input, Spinner, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef, memo, useEffect, useRef } from 'react';
import type { Finding } from '../../engine/findings';
import type { AcceptingState } from '../state';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
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
  accepted: { borderLeftColor: tokens.colorNeutralStroke1 },
  head: { display: 'block', marginBottom: tokens.spacingVerticalXXS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  message: { display: 'block', overflowWrap: 'anywhere' },
  acceptButton: { alignSelf: 'flex-end', minWidth: 0 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke1,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  input: { minWidth: 0, width: '100%' },
  formButtons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** "F20 OVERSPENT": a finding named short, for the names of the buttons that act on it. */
export const findingShortName = (finding: Finding): string => `${finding.cell} ${finding.rule}`;

export interface FindingCardProps {
  readonly finding: Finding;
  readonly current?: boolean;
  /** An accepted finding: drawn in a neutral colour, as it counts for nothing. */
  readonly accepted?: boolean;
  readonly focusKey: string;
  readonly onClick: () => void;
}

/** The finding as a button that goes to its cell. */
export const FindingCard = forwardRef<HTMLButtonElement, FindingCardProps>(function FindingCard({ finding, current = false, accepted = false, focusKey, onClick }, ref) {
  const styles = useStyles();
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(styles.button, accepted ? styles.accepted : styles[finding.severity], current && styles.current)}
      aria-current={current ? 'true' : undefined}
      aria-label={`${findingShortName(finding)}: ${finding.message}`}
      data-focus-key={focusKey}
      onClick={onClick}
    >
      {/* Plain inline text with its spaces and colon, so what shows reads exactly as the name. */}
      <span className={styles.head}>
        <span className={styles.cell}>{finding.cell}</span> <span className={styles.rule}>{finding.rule}</span>:{' '}
      </span>
      <span className={styles.message}>{finding.message}</span>
    </button>
  );
});

/** What the reason field does; the same object for every finding, so the list is not drawn again for it. */
export interface AcceptActions {
  readonly open: (fingerprint: string) => void;
  readonly type: (text: string) => void;
  readonly save: () => void;
  readonly cancel: () => void;
}

export interface FindingItemProps {
  readonly s: Strings;
  readonly finding: Finding;
  readonly index: number;
  readonly current: boolean;
  readonly onChoose: (index: number) => void;
  /** The reason field, when it is open under this finding. */
  readonly accepting?: AcceptingState;
  /** Work is running: saving is not possible meanwhile. */
  readonly busy: boolean;
  /** The pane is accepting a finding right now. */
  readonly saving: boolean;
  readonly accept: AcceptActions;
}

export const FindingItem = memo(function FindingItem({ s, finding, index, current, onChoose, accepting, busy, saving, accept }: FindingItemProps) {
  const styles = useStyles();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <div className={styles.root}>
      <FindingCard ref={ref} finding={finding} current={current} focusKey={`finding:${finding.fingerprint}`} onClick={() => onChoose(index)} />
      {accepting ? (
        <AcceptForm s={s} finding={finding} accepting={accepting} busy={busy} saving={saving} accept={accept} />
      ) : (
        <Button
          className={styles.acceptButton}
          size="small"
          appearance="subtle"
          aria-label={s.acceptFinding(findingShortName(finding))}
          data-focus-key={`accept:${finding.fingerprint}`}
          onClick={() => accept.open(finding.fingerprint)}
        >
          {s.accept}
        </Button>
      )}
    </div>
  );
});

interface AcceptFormProps {
  readonly s: Strings;
  readonly finding: Finding;
  readonly accepting: AcceptingState;
  readonly busy: boolean;
  readonly saving: boolean;
  readonly accept: AcceptActions;
}

function AcceptForm({ s, finding, accepting, busy, saving, accept }: AcceptFormProps) {
  const styles = useStyles();
  const { error } = accepting;
  return (
    <form
      className={styles.form}
      aria-label={s.acceptForm(findingShortName(finding))}
      onSubmit={(event) => {
        event.preventDefault();
        accept.save();
      }}
    >
      <Field label={s.reason} hint={error === undefined ? s.reasonHint : undefined} validationState={error !== undefined ? 'error' : 'none'} validationMessage={error}>
        <Input
          className={styles.input}
          autoComplete="off"
          aria-required="true"
          value={accepting.reason}
          data-focus-key={`reason:${finding.fingerprint}`}
          onChange={(_event, data) => accept.type(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Esc closes the field, not whatever surrounds the pane.
              event.stopPropagation();
              accept.cancel();
            }
          }}
        />
      </Field>
      <div className={styles.formButtons}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={busy} icon={saving ? <Spinner size="extra-tiny" aria-hidden="true" /> : undefined}>
          {s.acceptSave}
        </Button>
        <Button type="button" size="small" disabledFocusable={saving} onClick={accept.cancel}>
          {s.acceptCancel}
        </Button>
      </div>
    </form>
  );
}
