/**
 * The task pane writes only into sheets it created, and a write that fails leaves nothing
 * half-written: tested against the in-memory Excel for what adapter.test.ts does not cover yet.
 * Every check compares every sheet cell by cell (values, formulas, number formats, fills, fonts,
 * borders), the sheet list (names, order, visibility) and the workbook's settings.
 */
import path from 'node:path';
import { createWorkbookAdapter, type OptionalApis, type WorkbookAdapter } from '../../src/office';
import type { OutputPlan } from '../../src/engine/plan/types';
import { PlanError, validatePlan } from '../../src/engine/plan/validate';
import { OfficeActionError } from '../../src/office/errors';
import { describeError } from '../../src/taskpane/describe-error';
import {
  createFakeExcel,
  type FakeErrorCode,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeWorkbookData,
} from '../../in-memory-excel';
import { highlightCells } from '../../src/office/highlights';
import type { ExcelRun } from '../../src/office/run';
import { TABS_SETTING, writeTabs } from '../../src/office/write-tabs';
import { differences, fakeDataFromXlsx, sheetStates, type SheetState } from '../support/xlsx-in-fake';

const SAMPLES = path.resolve(__dirname, '../../samples');
const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const OLDEST: OptionalApis = {
  customProperties: false,
  fillPattern: false,
  dataValidation: false,
  visibleCells: false,
  mergedAreas: false,
  pageLayout: false,
};
const APIS = [
  ['with custom properties', NEWEST],
  ['without them', OLDEST],
] as const;
const checkOptions = { lang: 'nl' as const, workbookName: 'begroting.xlsx', checkedAt: new Date(2026, 10, 22) };
const TABS = [
  'NPO Overzicht',
  'Doel 1 Bovenschools',
  'Doel 2 Voorschools',
  'Doel 3 Zorg en welzijn',
  'Doel 4 Samenwerking',
  'Doel 5 Thuiszitters',
  'NPO Controle',
];

let putten: FakeWorkbookData;
beforeAll(async () => {
  putten = await fakeDataFromXlsx(path.join(SAMPLES, 'putten-2021.xlsx'));
});

/** Everything a user could notice: every sheet cell by cell and as a whole, the sheet list, the settings. */
interface WorkbookState {
  readonly names: ReadonlyArray<string>;
  readonly sheets: ReadonlyArray<SheetState>;
  readonly settings: Record<string, unknown>;
}

function stateOf(excel: FakeExcel): WorkbookState {
  return { names: excel.sheetNames, sheets: sheetStates(excel, excel.sheetNames), settings: excel.settings };
}

/** Differences between two whole-workbook states, as readable lines ([] when equal). */
function changesBetween(before: WorkbookState, after: WorkbookState): string[] {
  const out: string[] = [];
  if (JSON.stringify(after.names) !== JSON.stringify(before.names))
    out.push(`sheets: ${before.names.join(' | ')} → ${after.names.join(' | ')}`);
  out.push(...differences(before.sheets, after.sheets));
  if (JSON.stringify(after.settings) !== JSON.stringify(before.settings))
    out.push(`settings: ${JSON.stringify(before.settings)} → ${JSON.stringify(after.settings)}`);
  return out;
}

function adapterFor(excel: FakeExcel, apis: OptionalApis = NEWEST): WorkbookAdapter {
  return createWorkbookAdapter(excel.run, apis);
}

async function problemOf(promise: Promise<unknown>): Promise<OfficeActionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeActionError);
  return error as OfficeActionError;
}

/** `excel.run`, with the `syncNumber`-th sync of the batch refused by Excel at operation `afterOperations`. */
function failingRun(excel: FakeExcel, syncNumber: number, code: FakeErrorCode, afterOperations: number): ExcelRun {
  return (batch) =>
    excel.run((context) => {
      const sync = context.sync.bind(context);
      let syncs = 0;
      context.sync = ((value?: unknown) => {
        syncs += 1;
        if (syncs === syncNumber) excel.failNextSync(code, { afterOperations });
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    });
}

/**
 * Where in a sync to fail: at every operation of a small one (the swap of old and new tabs has
 * about ten), at the start, middle and end of a large one (reading, or filling the tabs, where
 * every operation is of the same kind).
 */
function offsets(operations: number): number[] {
  if (operations <= 40) return Array.from({ length: operations + 1 }, (_, i) => i);
  return [0, Math.floor(operations / 2), operations];
}

interface Attempt {
  readonly sync: number;
  readonly at: number;
  readonly excel: FakeExcel;
  readonly before: WorkbookState;
  /** 'done' when the call still succeeded (it completed what Excel had half applied). */
  readonly outcome: 'done' | OfficeActionError;
}

/**
 * Runs `act` once cleanly to count its syncs and their operations, then once for every sync and
 * (a selection of) operation indexes with Excel refusing the request there, each on a fresh copy
 * of `data`. Returns every attempt, and the workbook the clean run left.
 */
async function refusedEverywhere(
  data: FakeWorkbookData,
  options: FakeExcelOptions,
  act: (run: ExcelRun) => Promise<unknown>,
): Promise<{ attempts: Attempt[]; clean: WorkbookState }> {
  const reference = createFakeExcel(data, options);
  const first = reference.syncCount;
  await act(reference.run);
  const syncs = reference.requests.slice(first).map((r) => r.operations);
  const attempts: Attempt[] = [];
  for (const [i, operations] of syncs.entries()) {
    for (const at of offsets(operations)) {
      const excel = createFakeExcel(data, options);
      const before = stateOf(excel);
      const outcome = await act(failingRun(excel, i + 1, 'RequestPayloadSizeLimitExceeded', at)).then(
        () => 'done' as const,
        (e: unknown) => e as OfficeActionError,
      );
      attempts.push({ sync: i + 1, at, excel, before, outcome });
    }
  }
  return { attempts, clean: stateOf(reference) };
}

/** The tabs' record holds sheet ids, which differ from one fake workbook to the next. */
function withoutIds(state: WorkbookState): WorkbookState {
  const { [TABS_SETTING]: record, ...settings } = state.settings;
  return { ...state, settings: record === undefined ? settings : { ...settings, [TABS_SETTING]: 'a record' } };
}

/** What a failed attempt left: [] when the workbook is as before, or (when the call completed) as after a clean write. */
function leftOver(
  attempt: Attempt,
  clean: WorkbookState,
): { sync: number; at: number; outcome: string; changes: string[] } {
  const now = stateOf(attempt.excel);
  const changes =
    attempt.outcome === 'done'
      ? changesBetween(withoutIds(clean), withoutIds(now))
      : changesBetween(attempt.before, now);
  const outcome =
    attempt.outcome === 'done'
      ? 'done'
      : attempt.outcome instanceof OfficeActionError
        ? attempt.outcome.problem
        : String(attempt.outcome);
  return { sync: attempt.sync, at: attempt.at, outcome, changes };
}

describe.each(APIS)('sheets the add-in did not create (%s)', (_name, apis) => {
  it('never writes into, renames, moves or deletes a user’s sheet that has a tab’s name, on the first write, the second and after reopening', async () => {
    const excel = createFakeExcel({
      sheets: [
        ...putten.sheets,
        {
          name: 'NPO Overzicht',
          cells: {
            A1: { value: 'Mijn eigen overzicht', fill: '#FFFF00' },
            B2: { formula: '=Begroting!E6', value: 0, numberFormat: '0.00' },
          },
        },
        { name: 'Doel 1 Bovenschools', values: [['Eigen lijst'], [1, 2, 3]] },
        {
          name: 'NPO Controle (2)',
          cells: { C3: { value: 'notities', font: { bold: true }, borders: { EdgeBottom: { style: 'Continuous' } } } },
        },
      ],
    });
    const userSheets = [...excel.sheetNames];
    const before = sheetStates(excel, userSheets);
    const adapter = adapterFor(excel, apis);
    const { plan } = await adapter.check(checkOptions);

    const first = await adapter.writeTabs(plan);
    expect(first.sheets).toEqual(['NPO Overzicht (2)', 'Doel 1 Bovenschools (2)', ...TABS.slice(2)]);
    await adapter.writeTabs(plan);
    expect(differences(before, sheetStates(excel, userSheets))).toEqual([]);
    expect(excel.sheetNames).toEqual([...userSheets, ...first.sheets]);

    const reopened = excel.reopen();
    const { sheets } = await adapterFor(reopened, apis).writeTabs(plan);
    expect(differences(before, sheetStates(reopened, userSheets))).toEqual([]);
    expect(reopened.sheetNames.slice(0, userSheets.length)).toEqual(userSheets);
    expect(reopened.sheetNames.slice(-sheets.length)).toEqual(sheets);
  });

  it('never deletes tabs that look like its own but carry no marker of this workbook, such as those of a report workbook opened in Excel', async () => {
    // Tabs written once, then saved without the add-in's markers: what the command line's report
    // workbook looks like, or tabs copied in from another workbook.
    const written = createFakeExcel(putten);
    const { plan } = await adapterFor(written, apis).check(checkOptions);
    await adapterFor(written, apis).writeTabs(plan);
    const saved = written.toData();
    const excel = createFakeExcel({
      ...saved,
      settings: {},
      sheets: saved.sheets.map(({ id: _id, customProperties: _marker, ...sheet }) => sheet),
    });
    const userSheets = [...excel.sheetNames];
    expect(userSheets).toEqual(['Begroting', ...TABS]);
    const before = sheetStates(excel, userSheets);

    const adapter = adapterFor(excel, apis);
    const { sheets } = await adapter.writeTabs((await adapter.check(checkOptions)).plan);
    expect(sheets).toEqual(TABS.map((t) => `${t} (2)`));
    await adapter.writeTabs(plan);
    expect(excel.sheetNames).toEqual([...userSheets, ...sheets]);
    expect(differences(before, sheetStates(excel, userSheets))).toEqual([]);
  });

  it.each([
    ['is not JSON', 'niet van ons'],
    ['lists no sheets', JSON.stringify({ marker: 'iets anders', sheetIds: [] })],
  ])('touches no sheet when the record of its tabs in the settings %s', async (_what, record) => {
    const excel = createFakeExcel({
      ...putten,
      settings: { [TABS_SETTING]: record },
      sheets: [...putten.sheets, { name: 'NPO Overzicht', values: [['van de gebruiker']] }],
    });
    const userSheets = [...excel.sheetNames];
    const before = sheetStates(excel, userSheets);
    const adapter = adapterFor(excel, apis);
    await adapter.writeTabs((await adapter.check(checkOptions)).plan);
    expect(differences(before, sheetStates(excel, userSheets))).toEqual([]);
  });
});

describe('a user’s sheet that Excel gave the id of an earlier tab', () => {
  // Worksheet ids hold only within a session; a workbook opened again numbers its sheets anew
  // ({00000000-0001-0000-0000-000000000000}, ...: OfficeDev/office-js-docs#297, office-js#1390),
  // so an id recorded for a tab can come back on a sheet of the user's.
  it('is never deleted by an Excel without custom properties, which recognises its tabs by id', async () => {
    const id = (n: number): string => `{00000000-000${n}-0000-0000-000000000000}`;
    const excel = createFakeExcel({
      ...putten,
      sheets: [
        { ...putten.sheets[0]!, id: id(1) },
        { name: 'Toelichting', id: id(2), values: [['Eigen aantekeningen']] },
      ],
      settings: { [TABS_SETTING]: JSON.stringify({ marker: 'npo-budget-checker/1', sheetIds: [id(2), id(3)] }) },
    });
    const userSheets = [...excel.sheetNames];
    const before = sheetStates(excel, userSheets);
    const adapter = adapterFor(excel, OLDEST);
    const { sheets } = await adapter.writeTabs((await adapter.check(checkOptions)).plan);
    expect(excel.sheetNames).toEqual([...userSheets, ...sheets]);
    expect(differences(before, sheetStates(excel, userSheets))).toEqual([]);
  });
});

describe.each(APIS)('a write that fails at any point leaves nothing half-written (%s)', (_name, apis) => {
  const cases = [
    ['Excel keeps nothing of the refused request', {}],
    ['Excel keeps what came before the refused operation', { partialFailure: true }],
  ] as const;

  it.each(cases)(
    'writing the tabs the first time: the workbook stays exactly as it was, or the tabs are complete (%s)',
    async (_how, options) => {
      const plan = (await adapterFor(createFakeExcel(putten), apis).check(checkOptions)).plan;
      const { attempts, clean } = await refusedEverywhere(putten, options, (run) => writeTabs(run, plan, apis));
      expect(new Set(attempts.map((a) => a.sync)).size).toBeGreaterThanOrEqual(3);
      for (const attempt of attempts) {
        expect(leftOver(attempt, clean)).toEqual({
          sync: attempt.sync,
          at: attempt.at,
          outcome: attempt.outcome === 'done' ? 'done' : 'payload-too-large',
          changes: [],
        });
      }
      // Every refusal reaches the user as the sentence, except when Excel had begun the last request
      // (naming the new tabs): then the write is completed instead.
      const swap = Math.max(...attempts.map((a) => a.sync));
      const begun = (a: Attempt): boolean => 'partialFailure' in options && a.sync === swap && a.at > 0;
      const where = (a: Attempt): string => `sync ${a.sync} at ${a.at}`;
      expect(attempts.filter((a) => a.outcome === 'done').map(where)).toEqual(attempts.filter(begun).map(where));
    },
    120_000,
  );

  it.each(cases)(
    'writing the tabs again: the previous tabs stay complete and recognised, or the new ones are (%s)',
    async (_how, options) => {
      const first = createFakeExcel(putten);
      await adapterFor(first, apis).writeTabs((await adapterFor(first, apis).check(checkOptions)).plan);
      const written = first.toData();
      // A different ceiling, so the new tabs differ from the previous ones.
      const plan = (
        await adapterFor(createFakeExcel(putten), apis).check({ ...checkOptions, ceilingCents: 30_000_000 })
      ).plan;
      const { attempts, clean } = await refusedEverywhere(written, options, (run) => writeTabs(run, plan, apis));
      for (const attempt of attempts) {
        expect(leftOver(attempt, clean)).toEqual({
          sync: attempt.sync,
          at: attempt.at,
          outcome: attempt.outcome === 'done' ? 'done' : 'payload-too-large',
          changes: [],
        });
        // And the next write replaces whichever set is there: it is still known as the add-in's own.
        await writeTabs(attempt.excel.run, plan, apis);
        expect(attempt.excel.sheetNames).toEqual(['Begroting', ...TABS]);
      }
    },
    120_000,
  );

  it.each(cases)(
    'highlighting: whatever was filled before the failure is put back exactly by removing the highlights (%s)',
    async (_how, options) => {
      const data = {
        ...putten,
        sheets: putten.sheets.map((s) => ({ ...s, cells: { ...s.cells, E6: { ...s.cells?.E6, fill: '#FFFF00' } } })),
      };
      const plan = (await adapterFor(createFakeExcel(data), apis).check(checkOptions)).plan;
      expect(plan.highlights.map((h) => h.cell)).toContain('E6');
      const { attempts } = await refusedEverywhere(data, options, (run) => highlightCells(run, plan.highlights, apis));
      for (const attempt of attempts) {
        expect(attempt.outcome).toBeInstanceOf(OfficeActionError);
        await adapterFor(attempt.excel, apis).clearHighlights();
        expect(leftOver(attempt, stateOf(attempt.excel))).toEqual({
          sync: attempt.sync,
          at: attempt.at,
          outcome: 'payload-too-large',
          changes: [],
        });
      }
    },
    120_000,
  );
});

describe('a workbook whose structure was protected after the first write', () => {
  it.each(APIS)(
    'refuses the second write with a sentence, and the previous tabs stay complete (%s)',
    async (_name, apis) => {
      const excel = createFakeExcel(putten);
      const adapter = adapterFor(excel, apis);
      const { plan } = await adapter.check(checkOptions);
      await adapter.writeTabs(plan);
      excel.protectStructure();
      const before = stateOf(excel);
      const error = await problemOf(adapter.writeTabs(plan));
      expect(error.describe('nl')).toBe(
        'De structuur van de werkmap is beveiligd, dus er kunnen geen werkbladen worden toegevoegd of verwijderd. Hef de beveiliging op en probeer het opnieuw.',
      );
      expect(changesBetween(before, stateOf(excel))).toEqual([]);
    },
  );
});

describe('a request too large for Excel', () => {
  it('is refused with a sentence, and the tabs are not half-written', async () => {
    // Excel on the web refuses requests over 5 MB; here Excel refuses anything over 20 kB, while
    // the adapter believes it may send up to 4 MB.
    const excel = createFakeExcel(putten, { payloadLimitBytes: 20_000 });
    const before = stateOf(excel);
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    const error = await problemOf(adapter.writeTabs(plan));
    expect(error.problem).toBe('payload-too-large');
    expect(error.describe('nl')).toBe(
      'Excel weigerde een te grote opdracht. Probeer het opnieuw; blijft het misgaan, meld het dan.',
    );
    expect(changesBetween(before, stateOf(excel))).toEqual([]);
  });
});

describe('the checked sheet removed between checking and acting', () => {
  async function checkedThenDeleted(apis: OptionalApis = NEWEST) {
    const excel = createFakeExcel({ sheets: [...putten.sheets, { name: 'Notities', values: [['blijft']] }] });
    const adapter = adapterFor(excel, apis);
    const { plan } = await adapter.check(checkOptions);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting').delete();
      await context.sync();
    });
    return { excel, adapter, plan, before: stateOf(excel) };
  }

  it('highlighting says in Dutch that the sheet no longer exists, and changes nothing', async () => {
    const { excel, adapter, plan, before } = await checkedThenDeleted();
    const error = await problemOf(adapter.highlight(plan.highlights));
    expect(error.problem).toBe('sheet-missing');
    expect(error.describe('nl')).toBe(
      'Het werkblad ‘Begroting’ bestaat niet meer; het is misschien verwijderd of hernoemd. Controleer opnieuw.',
    );
    expect(changesBetween(before, stateOf(excel))).toEqual([]);
  });

  it('writing the tabs says in Dutch that the sheet no longer exists, and writes no tab that links to nowhere', async () => {
    const { excel, adapter, plan, before } = await checkedThenDeleted();
    const error = await problemOf(adapter.writeTabs(plan));
    expect(error.problem).toBe('sheet-missing');
    expect(error.describe('nl')).toBe(
      'Het werkblad ‘Begroting’ bestaat niet meer; het is misschien verwijderd of hernoemd. Controleer opnieuw.',
    );
    expect(changesBetween(before, stateOf(excel))).toEqual([]);
  });

  it('removing highlights of a sheet deleted meanwhile leaves the other sheets alone and forgets the record', async () => {
    const excel = createFakeExcel({
      sheets: [...putten.sheets, { name: 'Notities', cells: { E6: { value: 'blijft', fill: '#00B050' } } }],
    });
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    await adapter.highlight(plan.highlights);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting').delete();
      await context.sync();
    });
    const before = stateOf(excel);
    expect(await adapter.clearHighlights()).toBe(plan.highlights.length);
    expect(changesBetween({ ...before, settings: {} }, stateOf(excel))).toEqual([]);
  });
});

describe('a workbook with more sheets than the add-in reads at once', () => {
  it('is refused with a sentence in Dutch and in English, and nothing is written', async () => {
    const excel = createFakeExcel(putten);
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    await excel.run(async (context) => {
      for (let i = 1; i <= 255; i++) context.workbook.worksheets.add(`Blad ${i}`);
      await context.sync();
    });
    const before = stateOf(excel);
    const error = await problemOf(adapter.writeTabs(plan));
    expect(error.problem).toBe('too-many-sheets');
    expect(error.describe('nl')).toBe(
      'De werkmap heeft meer dan 255 werkbladen, meer dan de NPO-controle in één keer doorloopt; er is niets geschreven. Verplaats of verwijder werkbladen die niet nodig zijn en probeer het opnieuw.',
    );
    expect(error.describe('en')).toBe(
      'The workbook has more than 255 worksheets, more than the NPO check goes through at once; nothing was written. Move or delete worksheets that are not needed and try again.',
    );
    expect(changesBetween(before, stateOf(excel))).toEqual([]);
  });
});

describe('a plan Excel would refuse', () => {
  it('is refused where the engine makes it, never reaching writeTabs, and the pane says it is the checker’s own bug in Dutch and in English', async () => {
    const excel = createFakeExcel(putten);
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    const before = stateOf(excel);
    const invalid: OutputPlan = {
      ...plan,
      sheets: plan.sheets.map((s, i) => (i === 0 ? { ...s, name: 'History' } : s)),
    };
    // Only a validated plan is written: one that was not does not compile (never called; `tsc` checks the line).
    // @ts-expect-error an OutputPlan is no ValidPlan
    const unvalidated = () => adapter.writeTabs(invalid);
    void unvalidated;
    // The engine validates where it makes the plan (buildOutputPlan, in the adapter's check).
    const error = (() => {
      try {
        validatePlan(invalid);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlanError);
    expect(describeError(error, 'nl')).toBe(
      'De NPO-controle stelde tabbladen samen die Excel niet zou aannemen (sheet-name-reserved: History); er is niets geschreven. Dit is een fout in de NPO-controle; meld het graag, met de werkmap als dat kan.',
    );
    expect(describeError(error, 'en')).toBe(
      'The NPO check put together tabs that Excel would not accept (sheet-name-reserved: History); nothing was written. This is a bug in the NPO check; please report it, with the workbook if possible.',
    );
    expect(changesBetween(before, stateOf(excel))).toEqual([]);
  });
});
