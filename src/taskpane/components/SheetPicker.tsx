/**
 * The sheet to check: the user's sheets (never the add-in's own tabs), listed afresh whenever the
 * list opens, the best-reading budget sheet preselected and labelled, the payments sheet labelled.
 */
import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  // Fluent's Dropdown asks for 250px; the pane may be narrower than that plus its padding.
  dropdown: { minWidth: 0, width: '100%' },
  option: { overflowWrap: 'anywhere' },
});

export interface SheetPickerProps {
  readonly s: Strings;
  readonly sheets: ReadonlyArray<string>;
  readonly sheet?: string;
  readonly best?: string;
  readonly payments?: string;
  readonly onChoose: (sheet: string) => void;
  /** The list opened: read the sheets again. */
  readonly onOpen: () => void;
}

export function SheetPicker({ s, sheets, sheet, best, payments, onChoose, onOpen }: SheetPickerProps) {
  const styles = useStyles();
  return (
    <Field label={s.sheet}>
      <Dropdown
        className={styles.dropdown}
        placeholder={sheets.length > 0 ? s.sheetPlaceholder : s.noSheets}
        value={sheet ?? ''}
        selectedOptions={sheet !== undefined ? [sheet] : []}
        onOptionSelect={(_event, data) => {
          if (data.optionValue !== undefined) onChoose(data.optionValue);
        }}
        onOpenChange={(_event, data) => {
          if (data.open) onOpen();
        }}
      >
        {sheets.map((name) => {
          const note = name === best ? s.recommended : name === payments ? s.paymentsSheet : undefined;
          return (
            <Option key={name} value={name} text={name} className={styles.option}>
              {note !== undefined ? `${name} (${note})` : name}
            </Option>
          );
        })}
      </Dropdown>
    </Field>
  );
}
