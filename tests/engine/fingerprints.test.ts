/**
 * Fingerprints are stored in users' workbooks (sheet "NPO Acceptaties") as the key of each
 * accepted finding: one that changes orphans the acceptance without a word. Every fingerprint the
 * samples, the realistic fixtures and the small cases of scripts/fingerprints.ts give is pinned in
 * tests/fixtures/fingerprints.json, written once by that script before rules moved to one module each.
 */
import fs from 'node:fs';
import { collectFingerprints, FINGERPRINTS_FILE } from '../../scripts/fingerprints';
import { RULE_IDS } from '../../src/engine/findings';

const pinned = JSON.parse(fs.readFileSync(FINGERPRINTS_FILE, 'utf8')) as Record<string, string[]>;

describe('fingerprints', () => {
  it('are byte for byte the pinned ones, for every finding of every workbook', async () => {
    expect(await collectFingerprints()).toEqual(pinned);
  }, 60_000);

  it('are pinned for every rule', () => {
    const rules = new Set(Object.values(pinned).flatMap((lines) => lines.map((line) => line.split(' ')[0])));
    expect(RULE_IDS.filter((id) => !rules.has(id))).toEqual([]);
  });
});
