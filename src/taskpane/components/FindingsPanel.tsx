/**
 * Bevindingen: the counts, a filter by severity, Vorige / Volgende (kept in view), and the findings
 * grouped by severity and, within it, by rule with a count, each with "Accepteren…". Only findings that count
 * are here: accepted ones are listed
 * apart (AcceptedFindings) and left out of every count but the "· 2 geaccepteerd" after them.
 * Long lists render in pages, so a sheet with thousands of findings stays responsive.
 */
import {
  Button,
  Caption1,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { SEVERITY_ORDER, type Finding, type RuleId, type Severity } from '../../engine/findings';
import { countBySeverity } from '../../engine/inputs/severity-counts';
import { positionOf, visibleFindings, type AcceptingState, type SeverityFilter as Filter } from '../state';
import type { Strings } from '../strings';
import { FindingItem, findingPlace, findingShortName, type AcceptActions } from './FindingItem';
import { RuleGroup } from './RuleGroup';
import { FindingNavigator } from './FindingNavigator';
import { SeverityFilter } from './SeverityFilter';
import { SECTION_STYLES } from './section-styles';

/** Findings rendered at first, and added per "Toon meer". */
const PAGE = 200;

const useStyles = makeStyles({
  ...SECTION_STYLES,
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ...createFocusOutlineStyle(),
  },
  groupHeading: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
  },
  error: { borderLeftColor: tokens.colorPaletteRedForeground1 },
  warning: { borderLeftColor: tokens.colorPaletteYellowForeground2 },
  info: { borderLeftColor: tokens.colorPaletteBlueForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

export interface FindingsPanelProps {
  readonly s: Strings;
  /** The checked sheet: findings elsewhere name their sheet. */
  readonly budgetSheet: string;
  /** The last step went round the end of the list. */
  readonly wrapped?: 'start' | 'end';
  /** The findings that count. */
  readonly findings: ReadonlyArray<Finding>;
  /** How many findings were accepted and so are not among them. */
  readonly acceptedCount: number;
  readonly filter: Filter;
  readonly current?: number;
  readonly accepting?: AcceptingState;
  readonly busy: boolean;
  readonly saving: boolean;
  readonly accept: AcceptActions;
  readonly onFilter: (filter: Filter) => void;
  readonly onChoose: (index: number) => void;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

export function FindingsPanel({
  s,
  budgetSheet,
  wrapped,
  findings,
  acceptedCount,
  filter,
  current,
  accepting,
  busy,
  saving,
  accept,
  onFilter,
  onChoose,
  onPrevious,
  onNext,
}: FindingsPanelProps) {
  const styles = useStyles();
  const headingId = useId('findings');
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const visible = useMemo(() => visibleFindings(findings, filter), [findings, filter]);
  const position = positionOf(visible, current);
  // Walking past the rendered page shows the findings up to the current one.
  const shown = visible.slice(0, Math.max(limit, position ?? 0));
  const groups = SEVERITY_ORDER.filter((severity) => (filter === 'all' ? counts[severity] > 0 : filter === severity));

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      {/* Focusable from script only: the focus lands here when the last finding was accepted. */}
      <h2 id={headingId} className={styles.heading} tabIndex={-1} data-focus-key="findings">
        {s.findings}
      </h2>
      <Text>{s.withAccepted(s.counts(counts.error, counts.warning, counts.info), acceptedCount)}</Text>
      {findings.length === 0 ? (
        <Text>{acceptedCount > 0 ? s.noOpenFindings : s.noFindings}</Text>
      ) : (
        <>
          <SeverityFilter s={s} filter={filter} counts={counts} onChoose={onFilter} />
          <FindingNavigator
            s={s}
            shown={visible.length}
            at={
              position !== undefined && current !== undefined
                ? { position, cell: findingPlace(findings[current]!, budgetSheet) }
                : undefined
            }
            wrapped={wrapped}
            busy={busy}
            onPrevious={onPrevious}
            onNext={onNext}
            onAccept={
              current !== undefined && position !== undefined
                ? () => accept.open(findings[current]!.fingerprint)
                : undefined
            }
            acceptName={
              current !== undefined && position !== undefined
                ? findingShortName(findings[current]!, s, budgetSheet)
                : undefined
            }
          />
          {groups.map((severity) => (
            <SeverityGroup
              key={severity}
              s={s}
              budgetSheet={budgetSheet}
              severity={severity}
              count={counts[severity]}
              indices={shown.filter((i) => findings[i]!.severity === severity)}
              findings={findings}
              current={current}
              accepting={accepting}
              busy={busy}
              saving={saving}
              accept={accept}
              onChoose={onChoose}
            />
          ))}
          {shown.length < visible.length && (
            <Button
              className={styles.more}
              size="small"
              appearance="subtle"
              onClick={() => setLimit(shown.length + PAGE)}
            >
              {s.showMore(visible.length - shown.length)}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

interface SeverityGroupProps {
  readonly s: Strings;
  readonly budgetSheet: string;
  readonly severity: Severity;
  readonly count: number;
  readonly indices: ReadonlyArray<number>;
  readonly findings: ReadonlyArray<Finding>;
  readonly current: number | undefined;
  readonly accepting: AcceptingState | undefined;
  readonly busy: boolean;
  readonly saving: boolean;
  readonly accept: AcceptActions;
  readonly onChoose: (index: number) => void;
}

function SeverityGroup({
  s,
  budgetSheet,
  severity,
  count,
  indices,
  findings,
  current,
  accepting,
  busy,
  saving,
  accept,
  onChoose,
}: SeverityGroupProps) {
  const styles = useStyles();
  const byRule = useMemo(() => {
    const groups = new Map<RuleId, number[]>();
    for (const i of indices) {
      const rule = findings[i]!.rule;
      const group = groups.get(rule);
      if (group) group.push(i);
      else groups.set(rule, [i]);
    }
    return [...groups];
  }, [indices, findings]);
  const item = (i: number) => {
    const finding = findings[i]!;
    const open = accepting?.fingerprint === finding.fingerprint ? accepting : undefined;
    return (
      <li key={i}>
        <FindingItem
          s={s}
          finding={finding}
          budgetSheet={budgetSheet}
          index={i}
          current={i === current}
          accepting={open}
          busy={busy}
          saving={saving}
          accept={accept}
          onChoose={onChoose}
        />
      </li>
    );
  };
  return (
    <>
      <h3 className={mergeClasses(styles.groupHeading, styles[severity])}>
        {s.withCount(s.severity[severity], count)}
      </h3>
      {count === 0 ? (
        <Caption1 className={styles.muted}>{s.noneOfSeverity}</Caption1>
      ) : (
        <ul className={styles.list}>
          {byRule.map(([rule, group]) =>
            group.length === 1 ? (
              item(group[0]!)
            ) : (
              <li key={rule}>
                <RuleGroup
                  s={s}
                  rule={rule}
                  count={group.length}
                  holdsCurrent={current !== undefined && group.includes(current)}
                >
                  {group.map(item)}
                </RuleGroup>
              </li>
            ),
          )}
        </ul>
      )}
    </>
  );
}
