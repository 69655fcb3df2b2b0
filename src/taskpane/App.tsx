/**
 * The task pane. It reaches the workbook only through the adapter it is given, so the same pane
 * runs in Excel (index.tsx) and over an in-memory Excel; it never touches Office.js itself.
 * Components receive plain values and functions; the state lives in the controller.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import type { Lang } from '../engine/messages';
import type { WorkbookAdapter } from '../office';
import { neighbourOf } from './acceptance';
import { afstemmingView } from './afstemming';
import { AcceptedFindings } from './components/AcceptedFindings';
import { ActionBar } from './components/ActionBar';
import { Afstemming } from './components/Afstemming';
import { LedgerMapping } from './components/LedgerMapping';
import { ledgerView } from './ledger';
import { CeilingField } from './components/CeilingField';
import { ComparePanel } from './components/ComparePanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import type { AcceptActions } from './components/FindingItem';
import { FindingsPanel } from './components/FindingsPanel';
import { GoalFigures } from './components/GoalFigures';
import { PeriodFields } from './components/PeriodFields';
import { ReadingPanel } from './components/ReadingPanel';
import { SheetPicker } from './components/SheetPicker';
import { SettingsFold } from './components/SettingsFold';
import { StatusArea } from './components/StatusArea';
import { VerdictCard } from './components/VerdictCard';
import { ceilingHint } from './ceiling';
import { figureRows } from './figures';
import { readingView } from './reading-view';
import { visibleFindings } from './state';
import { strings } from './strings';
import { euro } from './text';
import { useFocusKey } from './useFocusKey';
import { usePane } from './usePane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    maxWidth: '100%',
    minWidth: 0,
    // Whole words wrap; only a word longer than the line breaks.
    overflowWrap: 'break-word',
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

export interface AppProps {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  /** The workbook's file name, named in the overview tab as the source of the figures. */
  readonly workbookName: string;
}

export function App(props: AppProps) {
  return (
    <ErrorBoundary lang={props.lang}>
      <Pane {...props} />
    </ErrorBoundary>
  );
}

function Pane({ adapter, lang, workbookName }: AppProps) {
  const styles = useStyles();
  const s = strings(lang);
  const [state, pane] = usePane(adapter, lang, workbookName);
  const { checked, work } = state;
  const busy = work !== undefined;
  const rows = useMemo(() => (checked ? figureRows(checked.result, lang) : []), [checked, lang]);
  const afstemming = useMemo(() => (checked ? afstemmingView(checked.result) : undefined), [checked]);
  const reading = useMemo(() => (checked ? readingView(checked.result, lang) : undefined), [checked, lang]);
  const [root, focus] = useFocusKey<HTMLElement>();

  // The focus follows the user: into the reason field when it opens, back to the list after saving
  // (the finding that took the accepted one's place), to the "Accepteren…" button on cancel.
  const accept = useMemo<AcceptActions>(
    () => ({
      open(fingerprint) {
        pane.openAcceptance(fingerprint);
        focus([`reason:${fingerprint}`]);
      },
      type: pane.typeReason,
      cancel() {
        const fingerprint = pane.getState().accepting?.fingerprint;
        pane.cancelAcceptance();
        if (fingerprint !== undefined) focus([`accept:${fingerprint}`]);
      },
      save() {
        const { accepting, checked: now, filter } = pane.getState();
        if (!accepting || !now) return;
        const { findings } = now.result;
        const shown = visibleFindings(findings, filter).map((i) => findings[i]!.fingerprint);
        const next = neighbourOf(shown, accepting.fingerprint);
        void pane.saveAcceptance().then((saved) => {
          if (saved) focus([...(next !== undefined ? [`finding:${next}`] : []), 'findings']);
          else if (pane.getState().accepting?.error !== undefined) focus([`reason:${accepting.fingerprint}`]);
        });
      },
    }),
    [pane, focus],
  );

  // After withdrawing, the next acceptance in the same list, else the finding back among those that count.
  const withdraw = useCallback(
    (fingerprint: string) => {
      const result = pane.getState().checked?.result;
      const accepted = result?.accepted.map((f) => f.fingerprint) ?? [];
      const unused = result?.unusedAcceptances.map((a) => a.fingerprint) ?? [];
      const next = neighbourOf(accepted.includes(fingerprint) ? accepted : unused, fingerprint);
      void pane.withdrawAcceptance(fingerprint).then((withdrawn) => {
        if (withdrawn)
          focus([
            ...(next !== undefined ? [`withdraw:${next}`] : []),
            `finding:${fingerprint}`,
            'section:unused',
            'section:accepted',
            'findings',
          ]);
      });
    },
    [pane, focus],
  );

  // After a check the focus goes to the verdict, so the keyboard and the screen reader start there.
  const check = useCallback(() => {
    void pane.check().then(() => {
      if (pane.getState().checked) focus(['verdict']);
    });
  }, [pane, focus]);

  const settings = (
    <div className={styles.settings}>
      <SheetPicker
        s={s}
        sheets={state.sheets}
        sheet={state.sheet}
        best={state.bestSheet}
        payments={state.paymentsSheet}
        onChoose={pane.chooseSheet}
        onOpen={() => void pane.refreshSheets()}
      />
      <CeilingField
        s={s}
        text={state.ceiling.text}
        hint={ceilingHint(state.ceiling, checked, lang)}
        error={state.ceiling.error}
        isDefault={state.ceiling.origin === 'default'}
        onType={pane.typeCeiling}
        onCommit={() => void pane.commitCeiling()}
      />
      {afstemming && (
        <PeriodFields s={s} period={state.period} onType={pane.typePeriod} onCommit={() => void pane.commitPeriod()} />
      )}
    </div>
  );
  const actions = (only: 'check' | 'more' | undefined) => (
    <ActionBar
      s={s}
      busy={busy}
      only={only}
      onCheck={check}
      onHighlight={() => void pane.highlight()}
      onClearHighlights={() => void pane.clearHighlights()}
      onWriteTabs={() => void pane.writeTabs()}
      onInsertBudgetSheet={() => void pane.insertBudgetSheet()}
    />
  );

  return (
    <main ref={root} className={styles.root} lang={lang}>
      <h1 className={styles.visuallyHidden}>{s.title}</h1>
      {checked ? (
        <SettingsFold
          s={s}
          summary={s.settingsSummary(state.sheet ?? checked.result.model.sheet, euro(state.ceiling.cents))}
        >
          {settings}
          {actions('more')}
        </SettingsFold>
      ) : (
        settings
      )}
      {actions(checked ? 'check' : undefined)}
      {checked && (
        <VerdictCard
          s={s}
          lang={lang}
          result={checked.result}
          checkedAt={checked.checkedAt}
          filter={state.filter}
          onFilter={pane.chooseFilter}
        />
      )}
      {reading && (
        <ReadingPanel
          s={s}
          view={reading}
          busy={busy}
          onChange={(change) => void pane.changeReading(change)}
          onShow={(sheet, cells) => void pane.goToCell(sheet, cells)}
        />
      )}
      <StatusArea
        s={s}
        work={work}
        notice={state.notice}
        stale={state.stale}
        otherSheet={
          checked && state.sheet !== undefined && state.sheet !== checked.result.model.sheet
            ? { checked: checked.result.model.sheet, chosen: state.sheet }
            : undefined
        }
        onDismiss={pane.dismissNotice}
        onRecheck={() => void pane.check()}
      />
      <div className={styles.results} aria-busy={busy}>
        {checked && (
          <>
            <GoalFigures s={s} rows={rows} hasBenut={checked.result.model.hasBenut} />
            <FindingsPanel
              key={checked.checkedAt.getTime()}
              s={s}
              budgetSheet={checked.result.model.sheet}
              wrapped={state.wrapped}
              findings={checked.result.findings}
              acceptedCount={checked.result.accepted.length}
              filter={state.filter}
              current={state.current}
              accepting={state.accepting}
              busy={busy}
              saving={work === 'accept'}
              accept={accept}
              onFilter={pane.chooseFilter}
              onChoose={pane.goToFinding}
              onPrevious={() => void pane.previous()}
              onNext={() => void pane.next()}
            />
            <AcceptedFindings
              s={s}
              accepted={checked.result.accepted}
              unused={checked.result.unusedAcceptances}
              busy={busy}
              onGoTo={(sheet, cell) => void pane.goToCell(sheet, cell)}
              onWithdraw={withdraw}
            />
            {afstemming && (
              <Afstemming
                key={`afstemming-${checked.checkedAt.getTime()}`}
                s={s}
                view={afstemming}
                onGoTo={(sheet, cell) => void pane.goToCell(sheet, cell)}
              />
            )}
            {afstemming && (
              <LedgerMapping
                key={`koppeling-${checked.checkedAt.getTime()}`}
                lang={lang}
                view={ledgerView(checked.result, lang)!}
                onGoTo={(sheet, cell) => void pane.goToCell(sheet, cell)}
                onFillMapping={(view) => adapter.fillMapping(view.candidates)}
              />
            )}
          </>
        )}
        <ComparePanel
          adapter={adapter}
          lang={lang}
          workbookName={workbookName}
          sheets={state.sheets}
          current={checked?.result.model.sheet ?? state.sheet}
          busy={busy}
        />
      </div>
    </main>
  );
}
