/**
 * The ceiling, in Dutch notation. An edit takes effect on Enter, or when an action uses the
 * ceiling; text that is no amount gets the field's validation message, never an exception. Not on
 * leaving the field: the message or new hint would move the buttons below while the pointer that
 * left the field is pressing one of them, and the click would be lost.
 */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  input: { minWidth: 0, width: '100%' },
});

export interface CeilingFieldProps {
  readonly s: Strings;
  readonly text: string;
  readonly hint: string;
  readonly error?: string;
  /** The workbook states no ceiling: the hint is a warning, not a note. */
  readonly isDefault?: boolean;
  readonly onType: (text: string) => void;
  readonly onCommit: () => void;
}

export function CeilingField({ s, text, hint, error, isDefault = false, onType, onCommit }: CeilingFieldProps) {
  const styles = useStyles();
  const warn = error === undefined && isDefault;
  return (
    <Field
      label={s.ceiling}
      hint={error === undefined && !warn ? hint : undefined}
      validationState={error !== undefined ? 'error' : warn ? 'warning' : 'none'}
      validationMessage={error ?? (warn ? hint : undefined)}
    >
      <Input
        className={styles.input}
        contentBefore="€"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(_event, data) => onType(data.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onCommit();
        }}
      />
    </Field>
  );
}
