/**
 * The programme period, in Dutch dates (1-8-2021): shown once a check found a payments sheet, used
 * by the next check. Text that is no date gets the field's validation message, never an exception.
 */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodField, PeriodState } from '../state';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  // Top-aligned: the hint under one field must not push the other field's input down.
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, flexBasis: '120px', minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
});

export interface PeriodFieldsProps {
  readonly s: Strings;
  readonly period: PeriodState;
  readonly onType: (field: PeriodField, text: string) => void;
  readonly onCommit: () => void;
}

export function PeriodFields({ s, period, onType, onCommit }: PeriodFieldsProps) {
  const styles = useStyles();
  const field = (which: PeriodField, label: string, text: string, error: string | undefined, hint?: string) => (
    <Field
      className={styles.field}
      label={label}
      hint={error === undefined ? hint : undefined}
      validationState={error !== undefined ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        className={styles.input}
        inputMode="numeric"
        autoComplete="off"
        placeholder={s.periodPlaceholder}
        value={text}
        onChange={(_event, data) => onType(which, data.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onCommit();
        }}
      />
    </Field>
  );
  return (
    <div className={styles.root}>
      {field('start', s.periodStart, period.start, period.startError, s.periodHint)}
      {field('end', s.periodEnd, period.end, period.endError)}
    </div>
  );
}
