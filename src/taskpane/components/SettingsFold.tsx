/**
 * Before the first check the settings and actions are open; after it they fold into one line
 * ("Stand 2023 · plafond € 322.000,00"), so the verdict sits right under Controleren.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  header: { minWidth: 0, overflowWrap: 'break-word' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: `${tokens.spacingVerticalS} 0` },
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
        <AccordionHeader size="small" className={styles.header}>
          {s.settings}: <span className={styles.summary}>&nbsp;{summary}</span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
