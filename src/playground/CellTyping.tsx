/**
 * Types a value into a cell as a user would (FakeExcel's editCell): the pane's watch on the
 * checked sheet then hears of it, as in Excel. Without an address, the selected cell is used.
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  address: { width: '80px' },
  value: { width: '160px' },
});

export interface CellTypingProps {
  readonly selected: string;
  /** Types `value` into `address`; throws what Excel would refuse (e.g. a protected sheet). */
  readonly onType: (address: string, value: string) => void;
}

export function CellTyping({ selected, onType }: CellTypingProps) {
  const styles = useStyles();
  const [address, setAddress] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      onType(address.trim() || selected, value);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Cel typen">
      <Field label="Cel" {...(error !== undefined ? { validationMessage: error } : {})}>
        <Input
          className={styles.address}
          value={address}
          placeholder={selected}
          onChange={(_, d) => setAddress(d.value)}
        />
      </Field>
      <Field label="Waarde">
        <Input className={styles.value} value={value} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Button type="submit">Typen</Button>
    </form>
  );
}
