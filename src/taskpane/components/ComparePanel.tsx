/**
 * "Vergelijken met…": pick another sheet of the workbook as the other version, compare, and read
 * the changes grouped by goal; each change has a button to its cell in the old and in the new
 * sheet. The Wijzigingen tab can be written like the other tabs. A list, not a table, so it reads
 * at the pane's narrow width.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useMemo, useSyncExternalStore } from 'react';
import { CHANGE_LABEL } from '../../engine/words/compare';
import type { VersionChange } from '../../engine/compare';
import type { Lang } from '../../engine/messages';
import { formatEuro } from '../../engine/money';
import { formatDifference } from '../../engine/words/compare';
import type { WorkbookAdapter } from '../../office';
import { changeGroups, createCompareController, type CompareController } from '../compare';
import { paneCompareWords as compareStrings, type CompareStrings } from '../../engine/words/pane-compare';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke2,
  },
  uncertain: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ComparePanelProps {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  readonly workbookName: string;
  /** The workbook's sheets, as the pane lists them. */
  readonly sheets: ReadonlyArray<string>;
  /** The budget sheet the pane works on; undefined: the one that reads best. */
  readonly current?: string;
  /** The pane is busy with other work: no comparing meanwhile. */
  readonly busy: boolean;
}

export function ComparePanel({ adapter, lang, workbookName, sheets, current, busy }: ComparePanelProps) {
  const controller = useMemo(
    () => createCompareController({ adapter, lang, workbookName }),
    [adapter, lang, workbookName],
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const styles = useStyles();
  const s = compareStrings(lang);
  const headingId = useId('vergelijken');
  const working = state.work !== undefined || busy;
  const others = sheets.filter((name) => name !== current);
  const currentName = current ?? s.theCurrent;
  const compared = state.compared?.comparison;

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {s.heading}
      </h2>
      <Caption1 className={styles.muted}>{s.intro}</Caption1>
      <Field label={s.other}>
        <Dropdown
          className={styles.dropdown}
          placeholder={s.otherPlaceholder}
          value={state.other ?? ''}
          selectedOptions={state.other !== undefined ? [state.other] : []}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) controller.chooseOther(data.optionValue);
          }}
        >
          {others.map((name) => (
            <Option key={name} value={name} text={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {state.other !== undefined && (
        <Text>
          {state.otherIsOld ? s.otherIsOld(state.other, currentName) : s.otherIsNew(state.other, currentName)}
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={working} onClick={() => void controller.compare(current)}>
          {state.work === 'compare' ? s.comparing : s.compare}
        </Button>
        <Button disabled={working || state.other === undefined} onClick={controller.swap}>
          {s.swap}
        </Button>
        {compared && (
          <Button disabled={working} onClick={() => void controller.writeTab()}>
            {state.work === 'tab' ? s.writingTab : s.writeTab}
          </Button>
        )}
      </div>
      {state.notice && (
        <MessageBar intent={state.notice.intent}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={s.dismiss} onClick={controller.dismissNotice}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {compared && (
        <>
          <Text>
            {s.totals(
              formatEuro(compared.totals.oldCents),
              formatEuro(compared.totals.newCents),
              formatDifference(compared.totals.differenceCents),
            )}
          </Text>
          {changeGroups(compared, lang).map((group) => (
            <section key={String(group.key)} aria-label={group.label} className={styles.root}>
              <h3 className={styles.subheading}>{group.label}</h3>
              <ul className={styles.list}>
                {group.changes.map((change, i) => (
                  <ChangeItem
                    key={`${change.id}-${i}`}
                    s={s}
                    lang={lang}
                    change={change}
                    controller={controller}
                    styles={styles}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function ChangeItem({
  s,
  lang,
  change,
  controller,
  styles,
}: {
  s: CompareStrings;
  lang: Lang;
  change: VersionChange;
  controller: CompareController;
  styles: ReturnType<typeof useStyles>;
}) {
  const label = CHANGE_LABEL[lang][change.id];
  return (
    <li className={mergeClasses(styles.item, change.id === 'VERSION_UNCERTAIN_MATCH' && styles.uncertain)}>
      <Caption1 className={styles.muted}>{label}</Caption1>
      <Text>{change.message[lang]}</Text>
      <div className={styles.links}>
        {change.old && (
          <Button
            size="small"
            appearance="subtle"
            aria-label={s.goToOld(label, `${change.old.sheet}!${change.old.cell}`)}
            onClick={() => void controller.goTo(change.old!.sheet, change.old!.cell)}
          >
            {s.oldCell(`${change.old.sheet}!${change.old.cell}`)}
          </Button>
        )}
        {change.new && (
          <Button
            size="small"
            appearance="subtle"
            aria-label={s.goToNew(label, `${change.new.sheet}!${change.new.cell}`)}
            onClick={() => void controller.goTo(change.new!.sheet, change.new!.cell)}
          >
            {s.newCell(`${change.new.sheet}!${change.new.cell}`)}
          </Button>
        )}
      </div>
    </li>
  );
}
