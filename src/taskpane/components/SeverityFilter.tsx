/** Which findings to show: all, or one severity, each with its count. */
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/findings';
import type { SeverityFilter as Filter } from '../state';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  button: { minWidth: 0 },
});

const FILTERS: ReadonlyArray<Filter> = ['all', 'error', 'warning', 'info'];

export interface SeverityFilterProps {
  readonly s: Strings;
  readonly filter: Filter;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly onChoose: (filter: Filter) => void;
}

export function SeverityFilter({ s, filter, counts, onChoose }: SeverityFilterProps) {
  const styles = useStyles();
  const total = counts.error + counts.warning + counts.info;
  return (
    <div role="group" aria-label={s.filter} className={styles.root}>
      {FILTERS.map((f) => (
        <ToggleButton key={f} size="small" className={styles.button} checked={filter === f} onClick={() => onChoose(f)}>
          {f === 'all' ? s.withCount(s.all, total) : s.withCount(s.severity[f], counts[f])}
        </ToggleButton>
      ))}
    </div>
  );
}
