/** The sheet to check: every sheet of the workbook, the best-reading budget sheet preselected. */
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
  readonly onChoose: (sheet: string) => void;
}

export function SheetPicker({ s, sheets, sheet, onChoose }: SheetPickerProps) {
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
      >
        {sheets.map((name) => (
          <Option key={name} value={name} className={styles.option}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
