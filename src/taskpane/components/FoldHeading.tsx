/**
 * A section's heading that folds its body open and shut: an h2 holding a transparent button with a
 * chevron, which tells screen readers whether the body is open and which element it is. The
 * Leeswijze and the accepted findings fold the same way.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggle: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    minWidth: 0,
    paddingLeft: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Fluent's chevron, drawn here to keep the icon package out of the bundle; it points down when open. */
function ChevronIcon({ open }: { readonly open: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      style={{ transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path
        d="M6 3.5l4.5 4.5L6 12.5"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}

export function FoldHeading(props: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  /** The folded body's id, named while it is shown. */
  readonly bodyId: string;
  readonly focusKey: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <h2 id={props.id} className={styles.heading}>
      <Button
        className={styles.toggle}
        appearance="transparent"
        icon={<ChevronIcon open={props.open} />}
        aria-expanded={props.open}
        aria-controls={props.open ? props.bodyId : undefined}
        data-focus-key={props.focusKey}
        onClick={props.onToggle}
      >
        {props.children}
      </Button>
    </h2>
  );
}
