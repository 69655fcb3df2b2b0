/**
 * `Worksheet.pageLayout` (ExcelApi 1.9) in the in-memory Excel: what Excel takes, what it refuses,
 * that a failed sync leaves the layout as it was, that it is saved with the workbook, and that an
 * Excel older than 1.9 says ApiNotFound.
 */
import { createFakeExcel, type FakeExcelOptions } from '..';

const book = (options: FakeExcelOptions = {}) =>
  createFakeExcel({ sheets: [{ name: 'NPO Overzicht', values: [['Titel'], ['Doel', 'Begroot']] }] }, options);

describe('PageLayout in the in-memory Excel', () => {
  it('starts as Excel does: portrait, 100%, no repeated rows, empty footer', () => {
    const layout = book().sheet('NPO Overzicht').pageLayout;
    expect(layout).toMatchObject({ orientation: 'Portrait', zoom: { scale: 100 } });
    expect(layout.printTitleRows).toBeUndefined();
    expect(layout.headersFooters.rightFooter).toBe('');
  });

  it('takes orientation, a fit to one page wide, repeated rows and a footer, and reads them back', async () => {
    const excel = book();
    const read = await excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem('NPO Overzicht').pageLayout;
      page.orientation = 'Landscape';
      page.zoom = { horizontalFitToPages: 1 };
      page.setPrintTitleRows('$2:$2');
      page.headersFooters.defaultForAllPages.leftFooter = '&A';
      page.headersFooters.defaultForAllPages.rightFooter = 'Pagina &P van &N';
      await context.sync();
      const again = context.workbook.worksheets.getItem('NPO Overzicht').pageLayout;
      again.load('orientation, zoom');
      const footer = again.headersFooters.defaultForAllPages.load('rightFooter');
      await context.sync();
      return { orientation: again.orientation, zoom: again.zoom, right: footer.rightFooter };
    });
    expect(read).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1 }, right: 'Pagina &P van &N' });
    expect(excel.sheet('NPO Overzicht').pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: { first: 1, last: 1 },
      headersFooters: {
        leftHeader: '',
        centerHeader: '',
        rightHeader: '',
        leftFooter: '&A',
        centerFooter: '',
        rightFooter: 'Pagina &P van &N',
      },
    });
    // Saved with the workbook.
    expect(excel.reopen().sheet('NPO Overzicht').pageLayout.printTitleRows).toEqual({ first: 1, last: 1 });
  });

  it.each([
    [
      'an orientation Excel does not know',
      (page: Excel.PageLayout) => void (page.orientation = 'Sideways' as 'Portrait'),
    ],
    ['a scale beside a fitting', (page: Excel.PageLayout) => void (page.zoom = { scale: 80, horizontalFitToPages: 1 })],
    ['a scale below 10%', (page: Excel.PageLayout) => void (page.zoom = { scale: 5 })],
    ['half a page', (page: Excel.PageLayout) => void (page.zoom = { horizontalFitToPages: 0.5 })],
    ['an empty zoom', (page: Excel.PageLayout) => void (page.zoom = {})],
    ['whole columns as title rows', (page: Excel.PageLayout) => page.setPrintTitleRows('A:C')],
    ['rows of another sheet', (page: Excel.PageLayout) => page.setPrintTitleRows("'Begroting'!1:1")],
    [
      'a footer over 255 characters',
      (page: Excel.PageLayout) => void (page.headersFooters.defaultForAllPages.rightFooter = 'x'.repeat(256)),
    ],
  ])('refuses %s (InvalidArgument) and keeps the layout as it was', async (_what, change) => {
    const excel = book();
    await expect(
      excel.run(async (context) => {
        const page = context.workbook.worksheets.getItem('NPO Overzicht').pageLayout;
        page.orientation = 'Landscape';
        change(page);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.sheet('NPO Overzicht').pageLayout.orientation).toBe('Portrait');
  });

  it('left and right footer together count for the 255 characters', async () => {
    const excel = book();
    await expect(
      excel.run(async (context) => {
        const footer =
          context.workbook.worksheets.getItem('NPO Overzicht').pageLayout.headersFooters.defaultForAllPages;
        footer.leftFooter = 'x'.repeat(200);
        footer.rightFooter = 'y'.repeat(56);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('an Excel before ExcelApi 1.9 refuses the page layout (ApiNotFound)', async () => {
    const excel = book({ excelApi: '1.8' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('NPO Overzicht').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('odd, even and first pages are not modelled: they fail loudly', () => {
    const excel = book();
    return expect(
      excel.run(async (context) => {
        void context.workbook.worksheets.getItem('NPO Overzicht').pageLayout.headersFooters.firstPage;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
  });
});
