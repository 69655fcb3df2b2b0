/**
 * The ledger part of Afstemming: the view as data (basis, matching, unmatched codes grouped), and
 * against the in-memory Excel the adapter writing "NPO Koppeling" with the unmatched codes, never
 * over what the officer typed nor into a user's sheet of that name; filled in, the next check
 * matches the bookings through it.
 */
import { createWorkbookAdapter } from '../../src/office';
import { createFakeExcel, fakeWorkbookFromSnapshot } from '../../in-memory-excel';
import { checkWorkbook } from '../../src/engine/check';
import { ledgerView } from '../../src/taskpane/ledger';
import { PAYMENTS_BUDGET, workbook, type Rows } from '../helpers';

const LEDGER: Rows = [
  ['Boekdatum', 'Ordernummer', 'Crediteur', 'Factuurnummer', 'Omschrijving', 'Debet', 'Credit', 'BTW'],
  ['1-3-2022', 'NPO-7001', 'Versa Welzijn', 'F-1', 'Huiswerkkamer, voorschot', 1_000, null, null],
  ['1-4-2022', 'NPO-7001', 'Versa Welzijn', 'F-2', 'Huiswerkkamer', 500, null, 105],
  ['1-5-2022', 'NPO-7016', 'RBL', 'F-3', 'Spreekuur', 2_000, null, null],
];
const APIS = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const snapshot = () => workbook({ Begroting: PAYMENTS_BUDGET, Grootboek: LEDGER });

describe('the ledger view', () => {
  it('says which amount counted, how bookings matched, and groups the unmatched codes', () => {
    const view = ledgerView(checkWorkbook(snapshot()), 'nl')!;
    expect(view.basis).toMatch(/^Bedragen: excl\. btw \(Debet min Credit, btw in een eigen kolom\)/);
    expect(view.matching).toBe('Gekoppeld: geen; 3 niet gekoppeld.');
    expect(view.unmatched).toEqual([
      { code: 'NPO-7016', bookings: 1, cents: 200_000, description: 'Spreekuur', cell: 'F4' },
      { code: 'NPO-7001', bookings: 2, cents: 150_000, description: 'Huiswerkkamer, voorschot', cell: 'F2' },
    ]);
    expect(view.hasMappingSheet).toBe(false);
    expect(ledgerView(checkWorkbook(snapshot()), 'en')!.matching).toBe('Matched: none; 3 unmatched.');
  });
});

describe('NPO Koppeling in the open workbook', () => {
  function open() {
    const excel = createFakeExcel(fakeWorkbookFromSnapshot(snapshot()));
    return { excel, adapter: createWorkbookAdapter(excel.run, APIS) };
  }

  it('is created with the unmatched codes; filled in, the next check matches through it', async () => {
    const { excel, adapter } = open();
    const first = await adapter.check({ lang: 'nl', workbookName: 'w.xlsx' });
    const view = ledgerView(first.result, 'nl')!;
    await expect(adapter.fillMapping(view.candidates)).resolves.toBe(2);
    expect(excel.sheetNames).toContain('NPO Koppeling');
    expect(excel.sheet('NPO Koppeling').values('A4:E6')).toEqual([
      ['Code', 'Interventie', 'Boekingen', 'Bedrag', 'Omschrijving'],
      ['NPO-7016', '', 1, 2000, 'Spreekuur'],
      ['NPO-7001', '', 2, 1500, 'Huiswerkkamer, voorschot'],
    ]);
    excel.sheet('NPO Koppeling').editCell('B5', 16).editCell('B6', 'Huiswerkkamer');
    const second = await adapter.check({ lang: 'nl', workbookName: 'w.xlsx' });
    expect(second.result.model.sheet).toBe('Begroting');
    expect(second.result.reconciliation!.matchedBy).toMatchObject({ koppeling: 3 });
    expect(ledgerView(second.result, 'nl')!).toMatchObject({ unmatched: [], hasMappingSheet: true });
  });

  it('adds only codes it does not list, below the lines the officer typed', async () => {
    const { excel, adapter } = open();
    await adapter.fillMapping([{ code: 'NPO-7001', bookings: 2, cents: 150_000 }]);
    excel.sheet('NPO Koppeling').editCell('B5', 1);
    await expect(
      adapter.fillMapping([
        { code: 'npo-7001', bookings: 2, cents: 150_000 },
        { code: 'NPO-7099', bookings: 1, cents: 100 },
      ]),
    ).resolves.toBe(1);
    expect(excel.sheet('NPO Koppeling').values('A5:B6')).toEqual([
      ['NPO-7001', 1],
      ['NPO-7099', ''],
    ]);
  });

  it('leaves a user’s own sheet of that name alone', async () => {
    const excel = createFakeExcel(
      fakeWorkbookFromSnapshot(
        workbook({ Begroting: PAYMENTS_BUDGET, Grootboek: LEDGER, 'NPO Koppeling': [['Mijn aantekeningen']] }),
      ),
    );
    const adapter = createWorkbookAdapter(excel.run, APIS);
    await expect(adapter.fillMapping([{ code: 'X', bookings: 1, cents: 1 }])).rejects.toMatchObject({
      problem: 'not-own-sheet',
    });
    expect(excel.sheet('NPO Koppeling').values('A1:A2')).toEqual([['Mijn aantekeningen'], ['']]);
  });
});
