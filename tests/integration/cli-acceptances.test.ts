/**
 * The command line honours acceptances stored in the workbook (the sheet "NPO Acceptaties" the
 * task pane writes): accepted findings leave the counts and the exit code, are listed apart with
 * their reason, and the report workbook lists them on its Controle tab.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ACCEPTANCES_SHEET, acceptancesSheetRows, type Acceptance } from '../../src/engine/acceptances';
import { runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-accept-'));
const SAMPLE = path.resolve(__dirname, '../../samples/hilversum-2021-begroting.xlsx');
const REASON = 'Plafond bewust overschreden, besluit B&W 12-3-2024';

/** The Hilversum 2021 sample (one error: its plan is € 11.490,36 over the ceiling) with acceptances added. */
async function sampleWith(name: string, acceptances: ReadonlyArray<Acceptance>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.addWorksheet(ACCEPTANCES_SHEET);
  for (const row of acceptancesSheetRows(acceptances)) ws.addRow(row);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npo-check with accepted findings', () => {
  let fingerprint: string;

  beforeAll(async () => {
    const r = await runCli([SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; fingerprint: string }> }).findings;
    expect(findings.map((f) => f.rule)).toEqual(['CEILING_EXCEEDED']);
    fingerprint = findings[0]!.fingerprint;
  });

  it('exits 0 when the only error was accepted, and says why in the report', async () => {
    const file = await sampleWith('geaccepteerd.xlsx', [{ fingerprint, reason: REASON, acceptedOn: '2024-03-12' }]);
    const r = await runCli([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bevindingen: 0 fouten, 0 waarschuwingen, 0 ter info; 1 geaccepteerd');
    expect(r.stdout).toMatch(
      /Geaccepteerd \(1\)\n.*CEILING_EXCEEDED.*\n.*reden: Plafond bewust overschreden, besluit B&W 12-3-2024 \(geaccepteerd op 2024-03-12\)/,
    );
    expect(r.stderr).toBe('');
  });

  it('gives the accepted findings apart in JSON, with their fingerprint and reason', async () => {
    const file = await sampleWith('geaccepteerd-json.xlsx', [
      { fingerprint, reason: REASON, acceptedOn: '2024-03-12' },
    ]);
    const json = JSON.parse((await runCli([file, '--format', 'json'])).stdout) as Record<string, unknown>;
    expect(json['findings']).toEqual([]);
    expect(json['counts']).toEqual({ error: 0, warning: 0, info: 0 });
    expect(json['accepted']).toEqual([
      expect.objectContaining({
        rule: 'CEILING_EXCEEDED',
        fingerprint,
        acceptance: { fingerprint, reason: REASON, acceptedOn: '2024-03-12' },
      }),
    ]);
  });

  it('still exits 1 for an acceptance of another finding, and lists that acceptance as without a finding', async () => {
    const file = await sampleWith('ander.xlsx', [
      { fingerprint: 'OVERSPENT|16|benut', reason: 'oud', acceptedOn: '2023-01-01' },
    ]);
    const r = await runCli([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Acceptaties zonder bevinding (de bevinding komt niet meer voor) (1)');
    expect(r.stdout).toContain('OVERSPENT|16|benut: oud');
  });

  it('lists the accepted finding on the report workbook’s Controle tab, and leaves the input as it was', async () => {
    const file = await sampleWith('rapport-bron.xlsx', [{ fingerprint, reason: REASON, acceptedOn: '2024-03-12' }]);
    const before = sha(file);
    const out = path.join(dir, 'rapport.xlsx');
    const r = await runCli([file, '--out', out]);
    expect(r.code).toBe(0);
    expect(sha(file)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet('NPO Controle')!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('Geaccepteerde bevindingen (1): tellen niet mee');
    expect(texts).toContain(REASON);
    expect(texts).toContain('Geen bevindingen.');
  });
});
