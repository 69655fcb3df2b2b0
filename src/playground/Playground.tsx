/**
 * The playground page: a sample picker and a cell to type into above, the workbook's active sheet
 * as a grid on the left, and the task pane at Excel's default pane width on the right, working on
 * that workbook through the adapter over the in-memory Excel.
 */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../engine/messages';
import { App } from '../taskpane/App';
import { CellTyping } from './CellTyping';
import { gridView } from './grid-view';
import type { Harness } from './harness';
import { SheetGrid } from './SheetGrid';

/** Excel's task pane opens at about 320–350 px wide. */
export const PANE_WIDTH_PX = 340;

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH_PX}px`,
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100%',
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    gridColumn: '1 / 3',
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: '#107C41',
    color: '#FFFFFF',
  },
  title: { margin: 0, alignSelf: 'center', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  controls: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalXL,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  workbook: { minWidth: 0, minHeight: 0, borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  pane: { overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1, minHeight: 0 },
  // As in Excel's pane frame: the pane is the whole page, and the page scrolls.
  paneOnly: { backgroundColor: tokens.colorNeutralBackground1, minHeight: '100%' },
  error: { margin: 0, padding: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
});

export interface PlaygroundProps {
  readonly harness: Harness;
  readonly lang: Lang;
  /** Only the pane, filling the page as it fills Excel's pane frame (`?view=pane`): for measuring it at a given width. */
  readonly paneOnly?: boolean;
}

export function Playground({ harness, lang, paneOnly = false }: PlaygroundProps) {
  const styles = useStyles();
  const { session, version } = useSyncExternalStore(harness.subscribe, harness.getSnapshot);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  // The workbook changes in place; `version` says when it did.
  const view = useMemo(() => (session ? gridView(session.excel) : undefined), [session, version]);
  const sheets = useMemo(
    () => (session ? session.excel.sheetNames.filter((n) => session.excel.sheet(n).visibility === 'Visible') : []),
    [session, version],
  );

  const choose = (name: string) => {
    harness.loadSample(name).then(
      () => setLoadError(undefined),
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  };

  if (paneOnly) {
    return (
      <div className={styles.paneOnly} data-testid="task-pane">
        {session && <App key={session.id} adapter={session.adapter} lang={lang} workbookName={session.sample.file} />}
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <p className={styles.title}>NPO-controle · speeltuin</p>
        <div className={styles.controls}>
          <Field label="Voorbeeld">
            <Select value={session?.sample.name ?? ''} onChange={(_, d) => choose(d.value)}>
              {harness.samples.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.file}
                </option>
              ))}
            </Select>
          </Field>
          {session && view && (
            <CellTyping
              selected={session.excel.selection.address.split(':')[0]!}
              onType={(address, value) => {
                session.excel.sheet(view.sheet).editCell(address, value);
                harness.changed();
              }}
            />
          )}
        </div>
      </header>
      <section className={styles.workbook} aria-label={`Werkmap ${session?.sample.file ?? ''}`}>
        {loadError !== undefined && (
          <p role="alert" className={styles.error}>
            {loadError}
          </p>
        )}
        {session && view && (
          <SheetGrid
            view={view}
            sheets={sheets}
            onSelectSheet={(sheet) => {
              session.excel.select(sheet);
              harness.changed();
            }}
            onSelectCell={(address) => {
              session.excel.select(view.sheet, address);
              harness.changed();
            }}
          />
        )}
      </section>
      <div className={styles.pane} data-testid="task-pane">
        {session && <App key={session.id} adapter={session.adapter} lang={lang} workbookName={session.sample.file} />}
      </div>
    </div>
  );
}
