/**
 * The active sheet of the in-memory workbook as a grid, with its sheet tabs below as Excel shows
 * them: values in simple Dutch notation, fills, bold and italic, and the selection outlined.
 * Clicking a tab or a cell does what a user's click does in Excel (FakeExcel.select).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { GridView } from './grid-view';

const ROW_HEADING_PX = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%' },
  scroller: {
    flex: 1,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontFamily: 'Carlito, Calibri, "Segoe UI", Arial, sans-serif',
    fontSize: '13px',
  },
  caption: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  heading: {
    position: 'sticky',
    backgroundColor: '#F3F3F3',
    color: '#3B3B3B',
    fontWeight: 'normal',
    borderRight: '1px solid #D4D4D4',
    borderBottom: '1px solid #D4D4D4',
    padding: '2px 4px',
    zIndex: 1,
  },
  columnHeading: { top: 0, textAlign: 'center' },
  rowHeading: { left: 0, textAlign: 'right' },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 2,
    backgroundColor: '#F3F3F3',
    borderRight: '1px solid #D4D4D4',
    borderBottom: '1px solid #D4D4D4',
  },
  cell: {
    height: '20px',
    padding: '0 4px',
    borderRight: '1px solid #E1E1E1',
    borderBottom: '1px solid #E1E1E1',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
    // Keeps a cell scrolled into view clear of the sticky row and column headings.
    scrollMarginTop: '24px',
    scrollMarginLeft: `${ROW_HEADING_PX}px`,
  },
  selected: { outline: '2px solid #107C41', outlineOffset: '-2px' },
  overflows: { overflow: 'visible', textOverflow: 'clip' },
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  tabs: {
    display: 'flex',
    gap: '2px',
    overflowX: 'auto',
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: '#F3F3F3',
    borderTop: '1px solid #D4D4D4',
  },
  tab: {
    flexShrink: 0,
    border: 'none',
    borderBottom: '3px solid transparent',
    backgroundColor: 'transparent',
    color: '#242424',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: '#E6E6E6' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  activeTab: {
    backgroundColor: '#FFFFFF',
    color: '#0E5C2F',
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: '#107C41',
  },
});

export interface SheetGridProps {
  readonly view: GridView;
  readonly sheets: ReadonlyArray<string>;
  readonly onSelectSheet: (sheet: string) => void;
  readonly onSelectCell: (address: string) => void;
}

export function SheetGrid({ view, sheets, onSelectSheet, onSelectCell }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // As Excel does when an add-in selects a cell: scroll it into view.
  useEffect(() => {
    scroller.current
      ?.querySelector('td[data-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [view.sheet, view.selection]);
  const activeTab = `sheet-tab-${sheets.indexOf(view.sheet)}`;
  return (
    <div className={styles.root}>
      {/* Focusable so the grid can be scrolled with the keyboard; its cells are not controls. */}
      <div ref={scroller} className={styles.scroller} role="tabpanel" aria-labelledby={activeTab} tabIndex={0}>
        {/* A width makes the fixed layout hold: columns keep their widths however long the text. */}
        <table
          className={styles.table}
          style={{ width: `${ROW_HEADING_PX + view.columns.reduce((n, c) => n + c.widthPx, 0)}px` }}
        >
          <caption className={styles.caption}>{view.sheet}</caption>
          <colgroup>
            <col style={{ width: `${ROW_HEADING_PX}px` }} />
            {view.columns.map((c) => (
              <col key={c.name} style={{ width: `${c.widthPx}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} />
              {view.columns.map((c) => (
                <th key={c.name} scope="col" className={mergeClasses(styles.heading, styles.columnHeading)}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.number}>
                <th scope="row" className={mergeClasses(styles.heading, styles.rowHeading)}>
                  {row.number}
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.address}
                    data-address={cell.address}
                    data-selected={cell.selected ? 'true' : undefined}
                    className={mergeClasses(
                      styles.cell,
                      cell.overflows && styles.overflows,
                      cell.selected && styles.selected,
                    )}
                    style={{
                      backgroundColor: cell.fill ?? undefined,
                      fontWeight: cell.bold ? 700 : undefined,
                      fontStyle: cell.italic ? 'italic' : undefined,
                      color: cell.color,
                      textAlign: cell.align,
                    }}
                    title={cell.text || undefined}
                    onClick={() => onSelectCell(cell.address)}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {(view.hiddenRows > 0 || view.truncated) && (
          <p className={styles.note}>
            {view.hiddenRows > 0 && `${view.hiddenRows} verborgen rij(en) niet getoond. `}
            {view.truncated && 'Het blad is groter dan hier getoond.'}
          </p>
        )}
      </div>
      <div className={styles.tabs} role="tablist" aria-label="Werkbladen">
        {sheets.map((name, i) => (
          <button
            key={name}
            id={`sheet-tab-${i}`}
            type="button"
            role="tab"
            aria-selected={name === view.sheet}
            className={mergeClasses(styles.tab, name === view.sheet && styles.activeTab)}
            onClick={() => onSelectSheet(name)}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
