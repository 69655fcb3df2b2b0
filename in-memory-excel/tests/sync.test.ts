/**
 * What a sync costs and how it fails: the counter and byte accounting the adapter is judged by,
 * Excel on the web's 5 MB limit, failures that leave nothing (or, like Excel, the part before the
 * failing operation), and cell edit mode.
 */
import { createFakeExcel, PAYLOAD_LIMIT_BYTES, type FakeExcelOptions } from '..';

const sheetWith = (options: FakeExcelOptions = {}) =>
  createFakeExcel({ sheets: [{ name: 'Blad1', values: [['origineel']] }] }, options);

/** A column of `rows` strings of `width` characters: about rows * (width + 3) bytes of JSON. */
const column = (rows: number, width: number): string[][] => Array.from({ length: rows }, () => ['x'.repeat(width)]);

describe('sync counter and payload accounting', () => {
  it('counts every sync and the JSON bytes going each way', async () => {
    const excel = sheetWith();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:A100');
      range.values = column(100, 10);
      await context.sync();
      range.load('values');
      await context.sync();
      await context.sync();
    });
    expect(excel.syncCount).toBe(3);
    const [write, read, empty] = excel.requests;
    expect(write!.requestBytes).toBeGreaterThan(100 * 13);
    expect(write!.responseBytes).toBe(0);
    expect(read!.responseBytes).toBeGreaterThan(100 * 13);
    expect(read!.requestBytes).toBeLessThan(200);
    expect(empty).toEqual({ operations: 0, requestBytes: 0, responseBytes: 0 });
    expect(excel.largestRequestBytes).toBe(write!.requestBytes);
  });

  it('counts multi-byte characters as UTF-8 bytes', async () => {
    const excel = sheetWith();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['€€€€']];
    });
    const ascii = sheetWith();
    await ascii.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['EEEE']];
    });
    expect(excel.largestRequestBytes - ascii.largestRequestBytes).toBe(8);
  });
});

describe('the 5 MB limit of Excel on the web', () => {
  it('refuses a request over 5 MB and applies nothing of it', async () => {
    const excel = sheetWith();
    const before = excel.snapshotForComparison();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Blad1');
        sheet.getRange('B1').values = [['klein']];
        sheet.getRange('A1:A60000').values = column(60_000, 100);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.requests[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('refuses a response over 5 MB and keeps nothing the sync wrote', async () => {
    const excel = sheetWith();
    excel.sheet('Blad1').setValues(column(60_000, 100), 'C1');
    const before = excel.snapshotForComparison();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Blad1');
        sheet.getRange('A1').values = [['gewijzigd']];
        sheet.getRange('C1:C60000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('passes the same data split over syncs under the limit', async () => {
    const excel = sheetWith();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      for (let first = 0; first < 60_000; first += 20_000) {
        sheet.getRangeByIndexes(first, 0, 20_000, 1).values = column(20_000, 100);
        await context.sync();
      }
    });
    expect(excel.syncCount).toBe(3);
    expect(excel.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.sheet('Blad1').cell('A60000').value).toBe('x'.repeat(100));
  });

  it('takes another limit for tests that need small numbers', async () => {
    const excel = sheetWith({ payloadLimitBytes: 100 });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A1:A10').values = column(10, 10);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});

describe('a failing sync', () => {
  const failingBatch = async (context: Excel.RequestContext): Promise<void> => {
    const sheets = context.workbook.worksheets;
    sheets.getItem('Blad1').getRange('A1').values = [['eerst']];
    sheets.add('Nieuw');
    sheets.getItem('Ontbreekt').getRange('A1').values = [['daarna']];
    await context.sync();
  };

  it('applies nothing of that sync by default', async () => {
    const excel = sheetWith();
    const before = excel.snapshotForComparison();
    await expect(excel.run(failingBatch)).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.snapshotForComparison()).toEqual(before);
    expect(excel.sheetNames).toEqual(['Blad1']);
    expect(excel.requests[0]!.error).toBe('ItemNotFound');
  });

  it('with partialFailure keeps the operations before the failing one, as Excel does', async () => {
    const excel = sheetWith({ partialFailure: true });
    await expect(excel.run(failingBatch)).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.sheet('Blad1').cell('A1').value).toBe('eerst');
    expect(excel.sheetNames).toEqual(['Blad1', 'Nieuw']);
  });

  it('does not hand loaded values to the proxies', async () => {
    const excel = sheetWith({ partialFailure: true });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1').load('values');
      context.workbook.worksheets.getItem('Ontbreekt').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('can be made to happen: the next sync fails with a chosen code, at a chosen operation', async () => {
    const excel = sheetWith({ partialFailure: true });
    excel.failNextSync('AccessDenied', { afterOperations: 1 });
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Blad1');
        sheet.getRange('A1').values = [['een']];
        sheet.getRange('A2').values = [['twee']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.sheet('Blad1').values('A1:A2')).toEqual([['een'], ['']]);
    // Only the next one.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A2').values = [['twee']];
      await context.sync();
    });
    expect(excel.sheet('Blad1').cell('A2').value).toBe('twee');
  });
});

describe('cell edit mode', () => {
  it('makes every sync fail with InvalidOperationInCellEditMode while the user edits a cell', async () => {
    const excel = sheetWith();
    excel.setCellEditMode(true);
    const write = (): Promise<void> =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['nieuw']];
        await context.sync();
      });
    await expect(write()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(excel.sheet('Blad1').cell('A1').value).toBe('origineel');
    excel.setCellEditMode(false);
    await write();
    expect(excel.sheet('Blad1').cell('A1').value).toBe('nieuw');
  });

  it('with delayForCellEdit the sync waits until editing ends', async () => {
    const excel = sheetWith();
    excel.setCellEditMode(true);
    const done = excel.runWith({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['later']];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(excel.sheet('Blad1').cell('A1').value).toBe('origineel');
    excel.setCellEditMode(false);
    await done;
    expect(excel.sheet('Blad1').cell('A1').value).toBe('later');
  });
});
