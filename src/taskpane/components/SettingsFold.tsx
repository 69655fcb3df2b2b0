/**
 * Before the first check the settings and actions are open; after it they fold into one line
 * ("Stand 2023 · plafond € 322.000,00"), so the verdict sits right under Controleren.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { Strings } from '../strings';

/** A pane under 240 CSS px: Excel's 320 px pane at 150% zoom and more. */
const NARROW = '@media (max-width: 240px)';

const useStyles = makeStyles({
  header: { minWidth: 0, overflowWrap: 'break-word' },
  text: { minWidth: 0 },
  // At 200% zoom (160 CSS px) Fluent's padding would leave the amount too little room to stay on one line.
  button: { [NARROW]: { paddingLeft: 0, paddingRight: 0 } },
  icon: { [NARROW]: { paddingRight: tokens.spacingHorizontalXS } },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  summary: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

export interface SettingsFoldProps {
  readonly s: Strings;
  readonly summary: string;
  readonly children: ReactNode;
}

export function SettingsFold({ s, summary, children }: SettingsFoldProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<string[]>([]);
  return (
    <Accordion collapsible openItems={open} onToggle={(_event, data) => setOpen(data.openItems as string[])}>
      <AccordionItem value="settings">
        <AccordionHeader
          size="small"
          className={styles.header}
          button={{ className: styles.button }}
          expandIcon={{ className: styles.icon }}
        >
          {/* One flex item, so the words wrap as text; the summary alone would keep its width and stick out at 200% zoom. */}
          <span className={styles.text}>
            {s.settings}: <span className={styles.summary}>{summary}</span>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
