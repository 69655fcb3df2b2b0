/**
 * Accepting findings from the pane, against the in-memory Excel with Hilversum's 2023 status sheet:
 * the reason field, accepting (the adapter gets the finding's fingerprint, the tidied reason,
 * today's date and the message; the check runs again and the counts drop), withdrawing,
 * acceptances whose finding is gone, and every failure ending as a sentence. Also the plain helpers
 * behind the list: dates, and where the focus goes.
 */
import path from 'node:path';
import { ACCEPTANCES_SHEET } from '../../src/engine/acceptances';
import type { Finding } from '../../src/engine/findings';
import {
  createWorkbookAdapter,
  type AcceptanceChange,
  type OptionalApis,
  type WorkbookAdapter,
} from '../../src/office';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { shortDutchDateOfText } from '../../src/engine/inputs/day';
import { countBySeverity as severityCounts } from '../../src/engine/inputs/severity-counts';
import { neighbourOf, ruleOfFingerprint } from '../../src/taskpane/acceptance';
import { createPaneController, type PaneController } from '../../src/taskpane/controller';
import { visibleFindings } from '../../src/taskpane/state';
import { strings } from '../../src/taskpane/strings';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const SAMPLES = path.resolve(__dirname, '../../samples');
const APIS: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const AT_14_03 = new Date(2026, 10, 22, 14, 3);
const REASON = 'bewust overschreden, besluit B&W 12-3-2024';
const SHEET = 'Stand 2023';

async function openSample(): Promise<FakeExcel> {
  return createFakeExcel(
    fakeWorkbookFromSnapshot(await readWorkbookFile(path.join(SAMPLES, 'hilversum-2023-stand.xlsx'))),
  );
}

/** The real adapter over the in-memory Excel, with every change of the acceptances written down. */
async function paneOver(excel: FakeExcel, options: { lang?: 'nl' | 'en'; now?: Date } = {}) {
  const real = createWorkbookAdapter(excel.run, APIS);
  const changes: AcceptanceChange[] = [];
  const adapter: WorkbookAdapter = {
    ...real,
    changeAcceptances(change) {
      changes.push(change);
      return real.changeAcceptances(change);
    },
  };
  const pane = createPaneController({
    adapter,
    lang: options.lang ?? 'nl',
    workbookName: 'stand.xlsx',
    now: () => options.now ?? AT_14_03,
  });
  await pane.start();
  await pane.check();
  return { pane, changes };
}

const findings = (pane: PaneController): ReadonlyArray<Finding> => pane.getState().checked!.result.findings;
/** Intervention 16 spent € 72.114 of € 50.000 (F20). */
const overspend16 = (pane: PaneController): Finding =>
  findings(pane).find((f) => f.rule === 'OVERSPENT' && f.cell === 'F20')!;

async function accept(pane: PaneController, finding: Finding, reason = REASON): Promise<boolean> {
  pane.openAcceptance(finding.fingerprint);
  pane.typeReason(reason);
  return pane.saveAcceptance();
}

describe('accepting a finding', () => {
  it('saves the fingerprint, the reason, today and the message, and checks again so it stops counting', async () => {
    const excel = await openSample();
    const { pane, changes } = await paneOver(excel);
    const finding = overspend16(pane);
    const before = severityCounts(findings(pane));

    expect(await accept(pane, finding)).toBe(true);

    expect(changes).toEqual([
      {
        accept: {
          fingerprint: 'OVERSPENT|16|benut',
          reason: REASON,
          acceptedOn: '2026-11-22',
          message: finding.message,
        },
      },
    ]);
    expect(excel.sheetNames).toContain(ACCEPTANCES_SHEET);
    const state = pane.getState();
    expect(state.work).toBeUndefined();
    expect(state.accepting).toBeUndefined();
    expect(findings(pane).map((f) => f.fingerprint)).not.toContain(finding.fingerprint);
    expect(state.checked!.result.accepted).toEqual([
      {
        ...finding,
        acceptance: {
          fingerprint: finding.fingerprint,
          reason: REASON,
          acceptedOn: '2026-11-22',
          message: finding.message,
        },
      },
    ]);
    expect(severityCounts(findings(pane))).toEqual({ ...before, warning: before.warning - 1 });
    expect(state.notice).toEqual({
      intent: 'success',
      text: `Bevinding geaccepteerd. Gecontroleerd om 14:03: ${before.error} fouten, ${before.warning - 1} waarschuwingen, ${before.info} ter info · 1 geaccepteerd.`,
    });
    // The add-in's own sheet is no budget sheet: the picker leaves it out; the budget sheet stays the one checked.
    expect(state.sheets).not.toContain(ACCEPTANCES_SHEET);
    expect(state.sheet).toBe(SHEET);
  });

  it('tidies the reason before saving it', async () => {
    const { pane, changes } = await paneOver(await openSample());
    await accept(pane, overspend16(pane), '  bewust   overschreden,\n besluit B&W 12-3-2024 ');
    expect(changes).toEqual([{ accept: expect.objectContaining({ reason: REASON }) }]);
  });

  it('dates the acceptance by the Dutch calendar, also just after midnight in Amsterdam', async () => {
    const { pane, changes } = await paneOver(await openSample(), { now: new Date('2024-03-12T00:05:00+01:00') });
    await accept(pane, overspend16(pane));
    expect(changes).toEqual([{ accept: expect.objectContaining({ acceptedOn: '2024-03-12' }) }]);
  });

  it('refuses an empty reason with a message on the field, and saves nothing', async () => {
    const excel = await openSample();
    const { pane, changes } = await paneOver(excel);
    const finding = overspend16(pane);
    const count = findings(pane).length;

    expect(await accept(pane, finding, ' \n\t ')).toBe(false);

    expect(changes).toEqual([]);
    expect(excel.sheetNames).not.toContain(ACCEPTANCES_SHEET);
    expect(pane.getState().accepting).toEqual({
      fingerprint: finding.fingerprint,
      reason: ' \n\t ',
      error: 'Geef een reden op; zonder reden wordt een bevinding niet geaccepteerd.',
    });
    expect(findings(pane)).toHaveLength(count);
    // Typing takes the message away; a reason then saves.
    pane.typeReason(REASON);
    expect(pane.getState().accepting).toEqual({ fingerprint: finding.fingerprint, reason: REASON });
    expect(await pane.saveAcceptance()).toBe(true);
    expect(findings(pane)).toHaveLength(count - 1);
  });

  it('opens one reason field at a time, and cancelling closes it without saving', async () => {
    const { pane, changes } = await paneOver(await openSample());
    const [first, second] = findings(pane);
    pane.openAcceptance(first!.fingerprint);
    pane.typeReason('half getypt');
    pane.openAcceptance(second!.fingerprint);
    expect(pane.getState().accepting).toEqual({ fingerprint: second!.fingerprint, reason: '' });
    pane.cancelAcceptance();
    expect(pane.getState().accepting).toBeUndefined();
    expect(await pane.saveAcceptance()).toBe(false);
    pane.openAcceptance('GEEN|bevinding|');
    expect(pane.getState().accepting).toBeUndefined();
    expect(changes).toEqual([]);
  });

  it('keeps a reason being typed through a new check while its finding still counts', async () => {
    const { pane } = await paneOver(await openSample());
    const finding = overspend16(pane);
    pane.openAcceptance(finding.fingerprint);
    pane.typeReason('bewust');
    await pane.check();
    expect(pane.getState().accepting).toEqual({ fingerprint: finding.fingerprint, reason: 'bewust' });
  });

  it('counts, filters and walks only the findings that count', async () => {
    const excel = await openSample();
    const { pane } = await paneOver(excel);
    const warnings = findings(pane).filter((f) => f.severity === 'warning');
    for (const finding of warnings)
      expect(
        await accept(
          pane,
          findings(pane).find((f) => f.fingerprint === finding.fingerprint)!,
        ),
      ).toBe(true);

    const state = pane.getState();
    expect(severityCounts(findings(pane)).warning).toBe(0);
    expect(state.checked!.result.accepted).toHaveLength(warnings.length);
    expect(visibleFindings(findings(pane), 'warning')).toEqual([]);
    expect(state.notice?.text).toMatch(
      new RegExp(`0 waarschuwingen, \\d+ ter info · ${warnings.length} geaccepteerd\\.$`),
    );

    const walked: string[] = [];
    for (let i = 0; i < findings(pane).length; i++) {
      await pane.next();
      const current = findings(pane)[pane.getState().current!]!;
      expect(excel.selection).toEqual({ sheet: current.sheet, address: current.cell });
      walked.push(current.fingerprint);
    }
    expect(walked).toEqual(findings(pane).map((f) => f.fingerprint));
    expect(walked.some((fingerprint) => warnings.some((w) => w.fingerprint === fingerprint))).toBe(false);
  });

  it('says in Dutch why it could not accept, and keeps the reason in the field', async () => {
    const excel = await openSample();
    const { pane } = await paneOver(excel);
    const finding = overspend16(pane);
    const before = excel.snapshotForComparison();
    excel.protectStructure();

    expect(await accept(pane, finding)).toBe(false);

    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: 'De bevinding is niet geaccepteerd. De structuur van de werkmap is beveiligd, dus er kunnen geen werkbladen worden toegevoegd of verwijderd. Hef de beveiliging op en probeer het opnieuw.',
    });
    expect(pane.getState().accepting).toEqual({ fingerprint: finding.fingerprint, reason: REASON });
    expect(pane.getState().work).toBeUndefined();
    expect(findings(pane).map((f) => f.fingerprint)).toContain(finding.fingerprint);
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it("never writes into a user's own sheet of that name, and says so", async () => {
    const excel = await openSample();
    await excel.run(async (context) => {
      context.workbook.worksheets.add(ACCEPTANCES_SHEET).getRange('A1').values = [['Mijn aantekeningen']];
      await context.sync();
    });
    const { pane } = await paneOver(excel);
    expect(await accept(pane, overspend16(pane))).toBe(false);
    expect(pane.getState().notice?.text).toBe(
      'De bevinding is niet geaccepteerd. Er staat al een werkblad ‘NPO Acceptaties’ dat de NPO-controle niet zelf heeft gemaakt; dat blad wordt niet overschreven. Geef het een andere naam en probeer het opnieuw.',
    );
  });

  it('says the acceptance was saved when the check cannot run again afterwards', async () => {
    const { pane } = await paneOver(await openSample());
    const finding = overspend16(pane);
    pane.typeCeiling('twee miljoen');
    expect(await accept(pane, finding)).toBe(true);
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: 'Bevinding geaccepteerd. De controle kon daarna niet opnieuw worden gedaan. Het plafond is geen geldig bedrag; verbeter het eerst.',
    });
    expect(pane.getState().accepting).toBeUndefined();
  });

  it('speaks English to English users', async () => {
    const { pane } = await paneOver(await openSample(), { lang: 'en' });
    expect(await accept(pane, overspend16(pane), '')).toBe(false);
    expect(pane.getState().accepting?.error).toBe('Give a reason; a finding is not accepted without one.');
    pane.typeReason(REASON);
    await pane.saveAcceptance();
    expect(pane.getState().notice?.text).toMatch(/^Finding accepted\. Checked at 14:03: .* · 1 accepted\.$/);
  });
});

describe('withdrawing an acceptance', () => {
  it('makes the finding count again, after a new check', async () => {
    const { pane, changes } = await paneOver(await openSample());
    const finding = overspend16(pane);
    const counts = severityCounts(findings(pane));
    await accept(pane, finding);

    expect(await pane.withdrawAcceptance(finding.fingerprint)).toBe(true);

    expect(changes.at(-1)).toEqual({ withdraw: finding.fingerprint });
    expect(pane.getState().checked!.result.accepted).toEqual([]);
    expect(findings(pane)).toContainEqual(finding);
    expect(severityCounts(findings(pane))).toEqual(counts);
    expect(pane.getState().notice).toEqual({
      intent: 'success',
      text: `Acceptatie ingetrokken. Gecontroleerd om 14:03: ${counts.error} fouten, ${counts.warning} waarschuwingen, ${counts.info} ter info.`,
    });
  });

  it('lists an acceptance whose finding is gone apart, and withdraws it too', async () => {
    const excel = await openSample();
    const { pane } = await paneOver(excel);
    const finding = overspend16(pane);
    await accept(pane, finding);
    // The overspend corrected: benut back under begroot.
    excel.sheet(SHEET).editCell('F20', 45_000);
    await pane.check();

    const result = pane.getState().checked!.result;
    expect(result.accepted).toEqual([]);
    expect(result.unusedAcceptances).toEqual([
      { fingerprint: finding.fingerprint, reason: REASON, acceptedOn: '2026-11-22', message: finding.message },
    ]);

    expect(await pane.withdrawAcceptance(finding.fingerprint)).toBe(true);
    expect(pane.getState().checked!.result.unusedAcceptances).toEqual([]);
  });

  it('says in Dutch why it could not withdraw', async () => {
    const excel = await openSample();
    const { pane } = await paneOver(excel);
    const finding = overspend16(pane);
    await accept(pane, finding);
    excel.protect(ACCEPTANCES_SHEET);
    expect(await pane.withdrawAcceptance(finding.fingerprint)).toBe(false);
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: expect.stringMatching(/^De acceptatie is niet ingetrokken\. Het werkblad is beveiligd/),
    });
    expect(pane.getState().checked!.result.accepted).toHaveLength(1);
  });
});

describe('the helpers behind the list', () => {
  it('show an acceptance’s date in Dutch notation', () => {
    expect(shortDutchDateOfText('2024-03-12')).toBe('12-3-2024');
    expect(shortDutchDateOfText('2025-11-01')).toBe('1-11-2025');
    expect(shortDutchDateOfText('gisteren')).toBe('gisteren');
    expect(strings('nl').acceptedOn(shortDutchDateOfText('2024-03-12'))).toBe('geaccepteerd op 12-3-2024');
  });

  it('name the rule of an acceptance whose finding is gone', () => {
    expect(ruleOfFingerprint('OVERSPENT|16|benut')).toBe('OVERSPENT');
    expect(ruleOfFingerprint('BUDGET_UNALLOCATED||begroot#2')).toBe('BUDGET_UNALLOCATED');
  });

  it('move the focus to the next item, else the one before, else nowhere', () => {
    expect(neighbourOf(['a', 'b', 'c'], 'b')).toBe('c');
    expect(neighbourOf(['a', 'b', 'c'], 'c')).toBe('b');
    expect(neighbourOf(['a'], 'a')).toBeUndefined();
    expect(neighbourOf(['a', 'b'], 'x')).toBeUndefined();
  });

  it('add the accepted ones to the counts only when there are any', () => {
    const s = strings('nl');
    expect(s.withAccepted(s.counts(1, 0, 2), 0)).toBe('1 fout, 0 waarschuwingen, 2 ter info');
    expect(s.withAccepted(s.counts(1, 0, 2), 2)).toBe('1 fout, 0 waarschuwingen, 2 ter info · 2 geaccepteerd');
    expect([
      s.accept,
      s.reason,
      s.acceptSave,
      s.acceptCancel,
      s.withdraw,
      s.accepted(2),
      s.unusedAcceptances(1),
    ]).toEqual([
      'Accepteren…',
      'Reden (verplicht)',
      'Accepteren',
      'Annuleren',
      'Intrekken',
      'Geaccepteerd (2)',
      'Acceptaties zonder bevinding (1)',
    ]);
    expect([strings('en').accept, strings('en').withdraw]).toEqual(['Accept…', 'Withdraw']);
  });
});
