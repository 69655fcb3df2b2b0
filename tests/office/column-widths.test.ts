/**
 * Every sheet the add-in writes follows the plan's one rule for column widths (columnWidthPoints:
 * Excel's width in characters as Office.js sets it in points), the tabs and the pane's own sheets
 * (NPO Acceptaties, NPO Koppeling, NPO Leeswijze, a new budget sheet) alike.
 */
import path from 'node:path';
import { ACCEPTANCES_SHEET, CORRECTIONS_SHEET, MAPPING_SHEET } from '../../src/engine/words/sheets';
import { columnWidthPoints } from '../../src/engine/plan/types';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { createWorkbookAdapter, type WorkbookAdapter } from '../../src/office';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const STAND = path.resolve(__dirname, '../../samples/hilversum-2023-stand.xlsx');
const checkOptions = { lang: 'nl' as const, workbookName: 'stand.xlsx', checkedAt: new Date(2026, 10, 22) };

async function open(): Promise<{ excel: FakeExcel; adapter: WorkbookAdapter }> {
  const excel = createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(STAND)));
  const adapter = createWorkbookAdapter(excel.run, {
    customProperties: true,
    fillPattern: true,
    dataValidation: false,
    visibleCells: true,
    mergedAreas: true,
    pageLayout: true,
  });
  return { excel, adapter };
}

function widths(excel: FakeExcel, sheet: string, count: number): number[] {
  const handle = excel.sheet(sheet);
  return Array.from({ length: count }, (_, col) => handle.columnWidth(col));
}

const points = (chars: ReadonlyArray<number>): number[] => chars.map(columnWidthPoints);

describe('the pane’s own sheets take their column widths by the plan’s rule', () => {
  it('NPO Acceptaties', async () => {
    const { excel, adapter } = await open();
    const { result } = await adapter.check(checkOptions);
    const finding = result.findings.find((f) => f.rule === 'OVERSPENT')!;
    await adapter.changeAcceptances({
      accept: {
        fingerprint: finding.fingerprint,
        reason: 'besluit',
        acceptedOn: '2026-11-22',
        message: finding.message,
      },
    });
    expect(widths(excel, ACCEPTANCES_SHEET, 7)).toEqual(points([36, 24, 14, 14, 50, 16, 80]));
  });

  it('NPO Koppeling', async () => {
    const { excel, adapter } = await open();
    await adapter.fillMapping([{ code: 'NPO-7001', bookings: 2, cents: 150_000 }]);
    expect(widths(excel, MAPPING_SHEET, 5)).toEqual(points([16, 16, 11, 14, 60]));
  });

  it('NPO Leeswijze', async () => {
    const { excel, adapter } = await open();
    const { result } = await adapter.check(checkOptions);
    await adapter.changeCorrection(result.model.sheet, { setting: 'eenheid', unit: 1000 });
    expect(widths(excel, CORRECTIONS_SHEET, 4)).toEqual(points([28, 16, 16, 36]));
  });

  it('a new budget sheet', async () => {
    const { excel, adapter } = await open();
    const name = await adapter.insertBudgetSheet({ lang: 'nl' });
    expect(widths(excel, name, 7)).toEqual(points([8, 40, 30, 22, 16, 16, 40]));
  });
});
