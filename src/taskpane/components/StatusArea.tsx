/**
 * What the pane is doing and what came of it, in one polite live region: the running work with a
 * spinner, the last action's message (an error is a sentence here, never silence), and a calm
 * note when the checked sheet changed since the check. The message bars carry no title, so they
 * are not labelled by one (Fluent would point aria-labelledby at a title that is not there).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Notice, Work } from '../state';
import type { Strings } from '../strings';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  body: { overflowWrap: 'anywhere' },
  items: {
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/** Fluent's dismiss glyph, drawn here to keep the icon package out of the bundle. */
function DismissIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" fill="none" />
    </svg>
  );
}

export interface StatusAreaProps {
  readonly s: Strings;
  readonly work?: Work;
  readonly notice?: Notice;
  readonly stale: boolean;
  /** The results are of another sheet than the one now chosen. */
  readonly otherSheet?: { readonly checked: string; readonly chosen: string };
  readonly onDismiss: () => void;
  readonly onRecheck: () => void;
}

export function StatusArea({ s, work, notice, stale, otherSheet, onDismiss, onRecheck }: StatusAreaProps) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {work !== undefined && <Spinner size="tiny" labelPosition="after" label={s.busy[work]} />}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" aria-labelledby={undefined}>
          <MessageBarBody className={styles.body}>
            {notice.text}
            {notice.items && notice.items.length > 0 && (
              <ul className={styles.items}>
                {notice.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={s.dismiss}
                icon={<DismissIcon />}
                onClick={onDismiss}
              />
            }
          />
        </MessageBar>
      )}
      {otherSheet && (
        <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined}>
          <MessageBarBody className={styles.body}>{s.otherSheet(otherSheet.checked, otherSheet.chosen)}</MessageBarBody>
        </MessageBar>
      )}
      {stale && (
        <MessageBar intent="info" layout="multiline" aria-labelledby={undefined}>
          <MessageBarBody className={styles.body}>{s.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={work !== undefined} onClick={onRecheck}>
              {s.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
