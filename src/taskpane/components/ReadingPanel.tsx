/**
 * "Leeswijze": how the check read the sheet, under the verdict. Folded to one line when the reading
 * is certain, open when it is not (READING_UNCERTAIN, CORRECTION_UNUSABLE). The header row, every
 * column with its role and a drop-down to change it, the unit and the ceiling; what the user set is
 * marked "aangepast door gebruiker". A change is stored in the workbook and checked at once;
 * "Toon op blad" only selects the header cells, it writes nothing.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { CorrectionChange } from '../../engine/correction-change';
import {
  columnChange,
  COLUMN_VALUES,
  headerRowChange,
  unitChange,
  type ColumnValue,
  type ColumnView,
  type ReadingView,
} from '../reading-view';
import type { Strings } from '../strings';
import { FoldHeading } from './FoldHeading';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  summary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '10em', minWidth: 0 },
  narrow: { width: '11em', minWidth: 0 },
  // Fluent's Select and Input are as wide as their longest text unless told to fit their field.
  fill: { width: '100%', minWidth: 0, '& > select, & > input': { minWidth: 0 } },
  error: { color: tokens.colorPaletteRedForeground1 },
  byUser: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  show: { alignSelf: 'flex-start', minWidth: 0 },
});

export interface ReadingPanelProps {
  readonly s: Strings;
  readonly view: ReadingView;
  readonly busy: boolean;
  readonly onChange: (change: CorrectionChange) => void;
  /** Selects cells of the checked sheet (navigation only). */
  readonly onShow: (sheet: string, cells: string) => void;
}

export function ReadingPanel({ s, view, busy, onChange, onShow }: ReadingPanelProps) {
  const styles = useStyles();
  const r = s.reading;
  const headingId = useId('reading-heading');
  const bodyId = useId('reading-body');
  const [open, setOpen] = useState(view.open);
  // A check that finds the reading uncertain opens the section; the user folds it again.
  useEffect(() => {
    if (view.open) setOpen(true);
  }, [view]);
  const show = (cells: string) => onShow(view.sheet, cells);

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <FoldHeading
        id={headingId}
        open={open}
        onToggle={() => setOpen(!open)}
        bodyId={bodyId}
        focusKey="section:reading"
      >
        {r.heading}
      </FoldHeading>
      <Caption1 className={styles.summary}>{view.summary}</Caption1>
      {open && (
        <div id={bodyId} className={styles.body}>
          {view.alerts.map((alert) => (
            <MessageBar key={alert} intent="warning" layout="multiline">
              <MessageBarBody>{alert}</MessageBarBody>
            </MessageBar>
          ))}
          <Caption1 className={styles.muted}>{r.intro}</Caption1>
          <HeaderRow s={s} view={view} busy={busy} onChange={onChange} onShow={show} />
          {view.tables.map((table, t) => (
            <div key={table.headerRange} className={styles.row}>
              {table.title !== undefined && <h3 className={styles.subheading}>{table.title}</h3>}
              <ul className={styles.list}>
                {table.columns.map((column) => (
                  <li key={`${t}:${column.col}`}>
                    <ColumnRow s={s} column={column} busy={busy} onChange={onChange} onShow={show} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <Field label={r.unit} hint={view.unitByUser ? <span className={styles.byUser}>{r.byUser}</span> : undefined}>
            <Select
              value={view.unitValue}
              disabled={busy}
              onChange={(_event, data) => onChange(unitChange(data.value))}
            >
              {view.unitOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
            </Select>
          </Field>
          <Text>{view.ceiling}</Text>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  readonly s: Strings;
  readonly busy: boolean;
  readonly onChange: (change: CorrectionChange) => void;
  readonly onShow: (cells: string) => void;
}

function HeaderRow({ s, view, busy, onChange, onShow }: RowProps & { readonly view: ReadingView }) {
  const styles = useStyles();
  const r = s.reading;
  const [text, setText] = useState(String(view.headerRow));
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    setText(String(view.headerRow));
    setError(undefined);
  }, [view.headerRow]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const change = headerRowChange(text);
    if (!change) {
      setError(r.headerRowInvalid);
      return;
    }
    setError(undefined);
    onChange(change);
  };
  const first = view.tables[0];
  const hintId = useId('header-row-hint');
  return (
    <form className={styles.row} aria-label={r.headerRowField} onSubmit={submit}>
      <div className={styles.line}>
        <Field className={styles.narrow} label={r.headerRowField}>
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={text}
            disabled={busy}
            aria-describedby={hintId}
            onChange={(_event, data) => setText(data.value)}
          />
        </Field>
        <Button type="submit" disabledFocusable={busy}>
          {r.headerRowSet}
        </Button>
        {first && (
          <Button aria-label={r.showHeaderRow(view.headerRow)} onClick={() => onShow(first.headerRange)}>
            {r.showOnSheet}
          </Button>
        )}
      </div>
      <div id={hintId}>
        {error !== undefined && (
          <Caption1 role="alert" className={styles.error}>
            {error}
          </Caption1>
        )}
        {view.headerRowByUser && <Caption1 className={styles.byUser}>{r.byUser}</Caption1>}
      </div>
      {view.headerRowByUser && (
        <Button
          className={styles.show}
          size="small"
          disabledFocusable={busy}
          onClick={() => onChange({ setting: 'kopregel' })}
        >
          {r.automaticHeaderRow}
        </Button>
      )}
    </form>
  );
}

function ColumnRow({ s, column, busy, onChange, onShow }: RowProps & { readonly column: ColumnView }) {
  const styles = useStyles();
  const r = s.reading;
  const hintId = useId('column-hint');
  // The role as read stands under the drop-down, so "Automatisch" needs no more words.
  const optionText = (value: ColumnValue): string => (value === 'auto' ? r.automatic : r.choices[value]);
  return (
    <div className={styles.row}>
      <div className={styles.line}>
        <Field className={styles.grow} label={column.label}>
          <Select
            className={styles.fill}
            value={column.value}
            disabled={busy}
            aria-describedby={hintId}
            onChange={(_event, data) => onChange(columnChange(column, data.value as ColumnValue))}
          >
            {COLUMN_VALUES.map((value) => (
              <option key={value} value={value}>
                {optionText(value)}
              </option>
            ))}
          </Select>
        </Field>
        <Button aria-label={r.showColumn(column.letter)} onClick={() => onShow(column.cell)}>
          {r.showOnSheet}
        </Button>
      </div>
      <Caption1 id={hintId} className={column.byUser ? styles.byUser : styles.muted}>
        {column.byUser ? r.byUser : r.asRead(column.role)}
      </Caption1>
    </div>
  );
}
