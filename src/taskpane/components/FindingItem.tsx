/**
 * One finding as a button: its title in plain words ("Boven het plafond"), its cell (with the
 * sheet when not the budget sheet) and message; choosing it goes to the cell. The current one is
 * marked (aria-current, a border and a text marker that survive forced colours) and scrolled into
 * view. The rule id is under Details; a corrected formula comes in Dutch with "Kopieer formule".
 *
 * Under it, "Accepteren…" opens a reason field in place: the reason is required, Enter accepts,
 * Esc cancels. Elements the pane may move the focus to carry `data-focus-key` (see useFocusKey).
 */
import { Button, Field, Input, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef, memo, useEffect, useRef } from 'react';
import type { Finding } from '../../engine/findings';
import { ruleTitle } from '../../engine/plan/words';
import type { AcceptingState } from '../state';
import type { Strings } from '../strings';
import { unbreakable } from '../text';
import { FindingDetails } from './FindingDetails';
import { FormulaCopy } from './FormulaCopy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  button: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    // A thin border all round (shown in forced colours) and a thick one on the left in the severity's colour.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThicker,
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
    // The focus outline is drawn inside the card itself, so no scrolling parent can clip it or draw it around the pane.
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick} - 1px)`,
    },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderTopWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThick,
    borderBottomWidth: tokens.strokeWidthThick,
    borderTopColor: tokens.colorNeutralForeground1,
    borderRightColor: tokens.colorNeutralForeground1,
    borderBottomColor: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected },
    '@media (forced-colors: active)': {
      borderTopColor: 'Highlight',
      borderRightColor: 'Highlight',
      borderBottomColor: 'Highlight',
      borderLeftColor: 'Highlight',
    },
  },
  error: { borderLeftColor: tokens.colorPaletteRedForeground1 },
  warning: { borderLeftColor: tokens.colorPaletteYellowForeground2 },
  info: { borderLeftColor: tokens.colorPaletteBlueForeground2 },
  accepted: { borderLeftColor: tokens.colorNeutralStroke1 },
  head: { display: 'block', marginBottom: tokens.spacingVerticalXXS, overflowWrap: 'break-word' },
  marker: { fontWeight: tokens.fontWeightSemibold },
  title: { fontWeight: tokens.fontWeightSemibold },
  cell: { color: tokens.colorNeutralForeground2 },
  message: { display: 'block', overflowWrap: 'break-word' },
  extras: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  acceptButton: { minWidth: 0 },
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

/** Where a finding is: its cell, with the sheet when that is not the checked budget sheet ("Betalingen!A5"). */
export function findingPlace(finding: Finding, budgetSheet: string | undefined): string {
  return budgetSheet !== undefined && finding.sheet !== budgetSheet ? `${finding.sheet}!${finding.cell}` : finding.cell;
}

/** "F20 Overbesteed": a finding named short, for the names of the buttons that act on it. */
export const findingShortName = (finding: Finding, s: Strings, budgetSheet?: string): string =>
  `${findingPlace(finding, budgetSheet)} ${ruleTitle(finding.rule, s.lang)}`;

export interface FindingCardProps {
  readonly s: Strings;
  readonly finding: Finding;
  /** The checked sheet: findings elsewhere (the payments sheet) name their sheet. */
  readonly budgetSheet?: string;
  readonly current?: boolean;
  /** An accepted finding: drawn in a neutral colour, as it counts for nothing. */
  readonly accepted?: boolean;
  readonly focusKey: string;
  readonly onClick: () => void;
}

/** The finding as a button that goes to its cell: its title in words, where it is, and the message. */
export const FindingCard = forwardRef<HTMLButtonElement, FindingCardProps>(function FindingCard(
  { s, finding, budgetSheet, current = false, accepted = false, focusKey, onClick },
  ref,
) {
  const styles = useStyles();
  const message = unbreakable(finding.message);
  const title = ruleTitle(finding.rule, s.lang);
  const place = findingPlace(finding, budgetSheet);
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(
        styles.button,
        accepted ? styles.accepted : styles[finding.severity],
        current && styles.current,
      )}
      aria-current={current ? 'true' : undefined}
      aria-label={`${title} ${place}: ${message}`}
      data-finding={finding.fingerprint}
      data-focus-key={focusKey}
      onClick={onClick}
    >
      <span className={styles.head}>
        {/* A marker in text, so the current finding stands out also where colours are forced. */}
        {current && (
          <span className={styles.marker} aria-hidden="true">
            {'▶ '}
          </span>
        )}
        {/* Plain inline text with its spaces and colon, so what shows reads exactly as the name. */}
        <span className={styles.title}>{title}</span> <span className={styles.cell}>{place}</span>:{' '}
      </span>
      <span className={styles.message}>{message}</span>
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
  readonly budgetSheet: string;
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

export const FindingItem = memo(function FindingItem({
  s,
  finding,
  budgetSheet,
  index,
  current,
  onChoose,
  accepting,
  busy,
  saving,
  accept,
}: FindingItemProps) {
  const styles = useStyles();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <div className={styles.root}>
      <FindingCard
        ref={ref}
        s={s}
        finding={finding}
        budgetSheet={budgetSheet}
        current={current}
        focusKey={`finding:${finding.fingerprint}`}
        onClick={() => onChoose(index)}
      />
      {finding.correctedFormula !== undefined && <FormulaCopy s={s} formula={finding.correctedFormula} />}
      {accepting ? (
        <AcceptForm
          s={s}
          finding={finding}
          budgetSheet={budgetSheet}
          accepting={accepting}
          busy={busy}
          saving={saving}
          accept={accept}
        />
      ) : (
        <div className={styles.extras}>
          <FindingDetails s={s} finding={finding} />
          <Button
            className={styles.acceptButton}
            size="small"
            appearance="subtle"
            aria-label={s.acceptFinding(findingShortName(finding, s, budgetSheet))}
            data-focus-key={`accept:${finding.fingerprint}`}
            onClick={() => accept.open(finding.fingerprint)}
          >
            {s.accept}
          </Button>
        </div>
      )}
    </div>
  );
});

interface AcceptFormProps {
  readonly s: Strings;
  readonly finding: Finding;
  readonly budgetSheet: string;
  readonly accepting: AcceptingState;
  readonly busy: boolean;
  readonly saving: boolean;
  readonly accept: AcceptActions;
}

function AcceptForm({ s, finding, budgetSheet, accepting, busy, saving, accept }: AcceptFormProps) {
  const styles = useStyles();
  const { error } = accepting;
  return (
    <form
      className={styles.form}
      aria-label={s.acceptForm(findingShortName(finding, s, budgetSheet))}
      onSubmit={(event) => {
        event.preventDefault();
        accept.save();
      }}
    >
      <Field
        label={s.reason}
        hint={error === undefined ? s.reasonHint : undefined}
        validationState={error !== undefined ? 'error' : 'none'}
        validationMessage={error}
      >
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
        <Button
          type="submit"
          appearance="primary"
          size="small"
          disabledFocusable={busy}
          icon={saving ? <Spinner size="extra-tiny" aria-hidden="true" /> : undefined}
        >
          {s.acceptSave}
        </Button>
        <Button type="button" size="small" disabledFocusable={saving} onClick={accept.cancel}>
          {s.acceptCancel}
        </Button>
      </div>
    </form>
  );
}
