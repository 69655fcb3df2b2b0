/** The tabs written in Excel print as the report workbook does: the plan's page layout, or Excel's default before ExcelApi 1.9. */
import path from 'node:path';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { createFakeExcel, fakeWorkbookFromSnapshot } from '../../in-memory-excel';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const SAMPLE = path.resolve(__dirname, '../../samples/hilversum-2023-stand.xlsx');
const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};

describe('writeTabs: the page layout of every tab', () => {
  it('sets orientation, fit to one page wide, the repeated header row and the footer of each tab as planned', async () => {
    const excel = createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(SAMPLE)));
    const adapter = createWorkbookAdapter(excel.run, NEWEST);
    const { plan } = await adapter.check({ lang: 'nl', workbookName: 'stand.xlsx' });
    const { sheets } = await adapter.writeTabs(plan);
    expect(sheets).toEqual(plan.sheets.map((s) => s.name));
    for (const planned of plan.sheets) {
      const layout = excel.sheet(planned.name).pageLayout;
      const wanted = planned.pageLayout!;
      expect(layout.orientation).toBe(wanted.orientation === 'landscape' ? 'Landscape' : 'Portrait');
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1 });
      expect(layout.printTitleRows).toEqual(wanted.repeatRows);
      expect(layout.headersFooters).toMatchObject({ leftFooter: '&A', rightFooter: 'Pagina &P van &N' });
    }
    expect(excel.sheet('NPO Overzicht').pageLayout.orientation).toBe('Landscape');
  });

  it('in an Excel before ExcelApi 1.9 the tabs are written without it', async () => {
    const excel = createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(SAMPLE)), { excelApi: '1.8' });
    const apis = {
      ...NEWEST,
      customProperties: false,
      fillPattern: false,
      visibleCells: false,
      mergedAreas: false,
      pageLayout: false,
    };
    const adapter = createWorkbookAdapter(excel.run, apis);
    const { plan } = await adapter.check({ lang: 'nl', workbookName: 'stand.xlsx' });
    await adapter.writeTabs(plan);
    expect(excel.sheet('NPO Overzicht').pageLayout.orientation).toBe('Portrait');
  });
});
