/**
 * Accepting findings in the open workbook (the in-memory Excel): the acceptance is stored on the
 * add-in's own sheet, survives saving and reopening, stops the finding from counting and being
 * highlighted, can be withdrawn, and never lands in a user's sheet.
 */
import path from 'node:path';
import { ACCEPTANCES_SHEET, type Acceptance } from '../../src/engine/acceptances';
import { OfficeActionError } from '../../src/office/errors';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { createWorkbookAdapter, type WorkbookAdapter } from '../../src/office';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const SAMPLES = path.resolve(__dirname, '../../samples');
const checkOptions = { lang: 'nl' as const, workbookName: 'stand.xlsx', checkedAt: new Date(2026, 10, 22) };
const REASON = 'bewust overschreden, besluit B&W 12-3-2024';

async function open(): Promise<{ excel: FakeExcel; adapter: WorkbookAdapter }> {
  const excel = createFakeExcel(
    fakeWorkbookFromSnapshot(await readWorkbookFile(path.join(SAMPLES, 'hilversum-2023-stand.xlsx'))),
  );
  return {
    excel,
    adapter: createWorkbookAdapter(excel.run, {
      customProperties: true,
      fillPattern: true,
      dataValidation: false,
      visibleCells: true,
      mergedAreas: true,
      pageLayout: true,
    }),
  };
}

async function problemOf(promise: Promise<unknown>): Promise<OfficeActionError['problem'] | undefined> {
  return promise.then(
    () => undefined,
    (e: unknown) => (e instanceof OfficeActionError ? e.problem : undefined),
  );
}

/** Accepts the sample's first OVERSPENT finding (intervention 16 spent € 72.114 of € 50.000). */
async function acceptOverspend(adapter: WorkbookAdapter, reason = REASON): Promise<string> {
  const { result } = await adapter.check(checkOptions);
  const finding = result.findings.find((f) => f.rule === 'OVERSPENT')!;
  const acceptance: Acceptance = {
    fingerprint: finding.fingerprint,
    reason,
    acceptedOn: '2026-11-22',
    message: finding.message,
  };
  await adapter.changeAcceptances({ accept: acceptance });
  return finding.fingerprint;
}

describe('accepting a finding in the open workbook', () => {
  it('stores it on the sheet NPO Acceptaties, after which the finding no longer counts', async () => {
    const { excel, adapter } = await open();
    const before = await adapter.check(checkOptions);
    const fingerprint = await acceptOverspend(adapter);
    expect(excel.sheetNames).toContain(ACCEPTANCES_SHEET);

    const after = await adapter.check(checkOptions);
    expect(after.result.findings.map((f) => f.fingerprint)).not.toContain(fingerprint);
    expect(after.result.findings).toHaveLength(before.result.findings.length - 1);
    expect(after.result.accepted).toEqual([
      expect.objectContaining({ fingerprint, acceptance: expect.objectContaining({ reason: REASON }) }),
    ]);
    // Highlights are only for findings that count: every highlighted cell has one.
    for (const h of after.plan.highlights)
      expect(after.result.findings.some((f) => f.sheet === h.sheet && f.cell === h.cell)).toBe(true);
    // The budget sheet itself is never a candidate confused with the acceptances sheet.
    expect(after.result.model.sheet).toBe('Stand 2023');
  });

  it('takes the highlight off a cell whose only finding was accepted', async () => {
    const { adapter } = await open();
    const { result } = await adapter.check(checkOptions);
    const alone = result.findings.find(
      (f) => result.findings.filter((g) => g.sheet === f.sheet && g.cell === f.cell).length === 1,
    )!;
    await adapter.changeAcceptances({
      accept: { fingerprint: alone.fingerprint, reason: REASON, acceptedOn: '2026-11-22' },
    });
    const { plan } = await adapter.check(checkOptions);
    expect(plan.highlights.some((h) => h.sheet === alone.sheet && h.cell === alone.cell)).toBe(false);
  });

  it('travels with the workbook: after saving and reopening it still holds', async () => {
    const { excel, adapter } = await open();
    const fingerprint = await acceptOverspend(adapter);
    const reopened = excel.reopen();
    const again = createWorkbookAdapter(reopened.run, {
      customProperties: false,
      fillPattern: false,
      dataValidation: false,
      visibleCells: false,
      mergedAreas: false,
      pageLayout: false,
    });
    const { result } = await again.check(checkOptions);
    expect(result.accepted.map((f) => f.fingerprint)).toEqual([fingerprint]);
  });

  it('keeps a reason that looks like a formula as text', async () => {
    const { excel, adapter } = await open();
    await acceptOverspend(adapter, '=SOM(A1) is bewust, zie raadsbesluit');
    const cells = excel.snapshotForComparison()[ACCEPTANCES_SHEET]!;
    const reasonCell = Object.values(cells).find((c) => c.value === '=SOM(A1) is bewust, zie raadsbesluit');
    expect(reasonCell).toBeDefined();
    expect(reasonCell!.formula).toBeUndefined();
    const { result } = await adapter.check(checkOptions);
    expect(result.accepted[0]!.acceptance.reason).toBe('=SOM(A1) is bewust, zie raadsbesluit');
  });

  it('can be withdrawn, after which the finding counts again', async () => {
    const { adapter } = await open();
    const fingerprint = await acceptOverspend(adapter);
    const left = await adapter.changeAcceptances({ withdraw: fingerprint });
    expect(left).toEqual([]);
    const { result } = await adapter.check(checkOptions);
    expect(result.findings.map((f) => f.fingerprint)).toContain(fingerprint);
    expect(result.accepted).toEqual([]);
  });

  it('is kept when the summary tabs are written, and the Controle tab lists it apart', async () => {
    const { excel, adapter } = await open();
    await acceptOverspend(adapter);
    const { plan } = await adapter.check(checkOptions);
    await adapter.writeTabs(plan);
    await adapter.writeTabs(plan);
    expect(excel.sheetNames.filter((n) => n === ACCEPTANCES_SHEET)).toHaveLength(1);
    const controle = Object.values(excel.snapshotForComparison()['NPO Controle']!).map((c) => c.value);
    expect(controle).toContain('Geaccepteerde bevindingen (1): tellen niet mee');
    expect(controle).toContain(REASON);
    const { result } = await adapter.check(checkOptions);
    expect(result.accepted).toHaveLength(1);
  });

  it('never writes into a user sheet that has the name, and changes nothing', async () => {
    const { excel, adapter } = await open();
    await excel.run(async (context) => {
      context.workbook.worksheets.add(ACCEPTANCES_SHEET).getRange('A1:B1').values = [
        ['Mijn aantekeningen', 'niet aankomen'],
      ];
      await context.sync();
    });
    const before = excel.snapshotForComparison();
    const { result } = await adapter.check(checkOptions);
    const finding = result.findings.find((f) => f.rule === 'OVERSPENT')!;
    expect(
      await problemOf(
        adapter.changeAcceptances({
          accept: { fingerprint: finding.fingerprint, reason: REASON, acceptedOn: '2026-11-22' },
        }),
      ),
    ).toBe('not-own-sheet');
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('says the workbook structure is protected when the sheet cannot be added, and changes nothing', async () => {
    const { excel, adapter } = await open();
    const before = excel.snapshotForComparison();
    excel.protectStructure();
    const { result } = await adapter.check(checkOptions);
    const finding = result.findings[0]!;
    expect(
      await problemOf(
        adapter.changeAcceptances({
          accept: { fingerprint: finding.fingerprint, reason: REASON, acceptedOn: '2026-11-22' },
        }),
      ),
    ).toBe('workbook-protected');
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('takes two syncs to accept', async () => {
    const { excel, adapter } = await open();
    const { result } = await adapter.check(checkOptions);
    const syncs = excel.syncCount;
    await adapter.changeAcceptances({
      accept: { fingerprint: result.findings[0]!.fingerprint, reason: REASON, acceptedOn: '2026-11-22' },
    });
    expect(excel.syncCount - syncs).toBe(2);
  });
});
