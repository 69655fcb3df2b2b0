/**
 * The JSON contract holds: what `npo-check --format json` and `npo-check vergelijk --format json`
 * print validates against the published schemas (docs/npo-check.schema.json,
 * docs/npo-check-vergelijk.schema.json) for every sample, every realistic fixture and the corpus
 * files that give findings; the schemas are closed, so a renamed field fails; and the schemas'
 * field lists are the TypeScript contract's (src/engine/json-report.ts), key for key.
 *
 * The reports are made in process by the CLI's own `main` (fast); one run spawns the built
 * `bin/npo-check.js`, as users run it, to prove the real output validates too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { main } from '../../src/cli/main';
import { ACCEPTANCES_SHEET, acceptancesSheetRows, type Acceptance } from '../../src/engine/acceptances';
import { checkWorkbook } from '../../src/engine/check';
import { VERSION_CHANGE_IDS, type VersionRef } from '../../src/engine/compare/types';
import { RULE_IDS } from '../../src/engine/findings';
import type {
  JsonComparisonV1,
  JsonFinding,
  JsonReportV1,
  JsonVersionChangeId,
  JsonVersionRef,
} from '../../src/engine/json-report';
import { toJsonReport } from '../../src/engine/report';
import { CORPUS } from '../corpus/corpus';
import { LIST_HEADER, workbook } from '../helpers';
import { runCli } from '../support/run-cli';
import { registryRuleParts, withRegistryRules } from '../../scripts/json-schema-rules';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const REALISTIC = path.join(ROOT, 'tests/fixtures/realistic');

function readSchema(name: string): Record<string, unknown> & {
  properties: Record<string, unknown>;
  $defs: Record<string, { properties?: Record<string, unknown>; enum?: unknown[] }>;
} {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', name), 'utf8')) as ReturnType<typeof readSchema>;
}

const reportSchema = readSchema('npo-check.schema.json');
const compareSchema = readSchema('npo-check-vergelijk.schema.json');
// Strict: an unknown keyword or a loose type in the schema itself is an error, not ignored.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateReport = ajv.compile(reportSchema);
const validateComparison = ajv.compile(compareSchema);

function xlsxIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
}

/** Runs `npo-check` in process, as the CLI does, and returns its exit code and stdout. */
async function runInProcess(args: ReadonlyArray<string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await main(
    args,
    sink((t) => (stdout += t)),
    sink((t) => (stderr += t)),
  );
  return { code, stdout, stderr };
}

async function jsonOf(args: ReadonlyArray<string>): Promise<unknown> {
  const run = await runInProcess([...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBeLessThan(2);
  return JSON.parse(run.stdout) as unknown;
}

/** The validator's errors as short lines, so a failure says where the output and the schema part. */
function problems(validate: ValidateFunction, data: unknown): string[] {
  return validate(data)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('npo-check --format json validates against docs/npo-check.schema.json', () => {
  it.each(xlsxIn(SAMPLES))('sample %s', async (file) => {
    expect(problems(validateReport, await jsonOf([path.join(SAMPLES, file), '--quiet']))).toEqual([]);
  });

  it.each(xlsxIn(REALISTIC))('realistic fixture %s', async (file) => {
    expect(problems(validateReport, await jsonOf([path.join(REALISTIC, file), '--quiet']))).toEqual([]);
  });

  it('the ledger sample with its CSV export (reconciliation and years), also counted incl. VAT', async () => {
    const budget = path.join(SAMPLES, 'hilversum-2023-grootboek.xlsx');
    const csv = path.join(SAMPLES, 'hilversum-2023-grootboek.csv');
    for (const extra of [[], ['--vat', 'incl']]) {
      const json = await jsonOf([budget, '--ledger', csv, '--quiet', ...extra]);
      expect(json).toHaveProperty('reconciliation.basis.source', 'debet-credit');
      expect(problems(validateReport, json)).toEqual([]);
    }
  });

  it('in English, with the reading corrected for the run (corrections, columns set by the user)', async () => {
    const json = await jsonOf([
      path.join(SAMPLES, 'putten-2021.xlsx'),
      '--lang',
      'en',
      '--header-row',
      '5',
      '--column',
      'E=begroot',
      '--column',
      'F=negeren',
      '--unit',
      '1',
      '--quiet',
    ]);
    expect(json).toHaveProperty('reading.corrections.0.setting');
    expect(problems(validateReport, json)).toEqual([]);
  });

  it('with --out: the report path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npo-json-schema-'));
    try {
      const out = path.join(dir, 'rapport.xlsx');
      const json = await jsonOf([path.join(SAMPLES, 'voerendaal-2021.xlsx'), '--out', out, '--quiet']);
      expect(json).toHaveProperty('report', out);
      expect(problems(validateReport, json)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with accepted findings and an acceptance whose finding is gone', () => {
    const acceptance = (fingerprint: string, message?: string): Acceptance => ({
      fingerprint,
      reason: 'besluit B&W 12-3-2024',
      acceptedOn: '2024-03-12',
      ...(message ? { message } : {}),
    });
    const budget = [
      [...LIST_HEADER],
      [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 149_823],
      [16, 'Kansrijke schoolloopbaan', 'Bovenschools', 'Proloog', 50_000, 72_114],
      [17, 'Leesbevordering', '', 'Bibliotheek', 20_000, 0],
    ];
    const result = checkWorkbook(
      workbook({
        Begroting: budget,
        [ACCEPTANCES_SHEET]: acceptancesSheetRows([
          acceptance('OVERSPENT|16|benut'),
          acceptance('NO_GOAL|99|goal', 'weg'),
        ]),
      }),
      { ceilingCents: 100_000_000 },
    );
    const json = toJsonReport(result, 'begroting.xlsx');
    expect(json.accepted).toHaveLength(1);
    expect(json.unusedAcceptances).toHaveLength(1);
    expect(problems(validateReport, JSON.parse(JSON.stringify(json)))).toEqual([]);
  });

  describe('the corpus files that give findings', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npo-json-corpus-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    const entries = CORPUS.filter((e) => e.expected.kind === 'findings' && e.large !== true);
    it.each(entries.map((e) => [e.id, e] as const))('%s', async (_id, entry) => {
      const file = await entry.build(dir);
      expect(problems(validateReport, await jsonOf([file, '--quiet']))).toEqual([]);
    });
  });
});

describe('npo-check vergelijk --format json validates against docs/npo-check-vergelijk.schema.json', () => {
  it('the two Hilversum samples', async () => {
    const json = await jsonOf([
      'vergelijk',
      path.join(SAMPLES, 'hilversum-2021-begroting.xlsx'),
      path.join(SAMPLES, 'hilversum-2023-stand.xlsx'),
    ]);
    expect(problems(validateComparison, json)).toEqual([]);
  });

  it('two sheets of one workbook, the other way round', async () => {
    const json = await jsonOf([
      'vergelijk',
      path.join(SAMPLES, 'hilversum-versies.xlsx'),
      '--sheet-old',
      'Stand 2023',
      '--sheet-new',
      'Begroting 2021',
    ]);
    expect(problems(validateComparison, json)).toEqual([]);
  });
});

describe('the built npo-check prints JSON that validates', () => {
  const built = path.join(ROOT, 'build/src/cli/main.js');

  it('bin/npo-check.js --format json on the Hilversum sample (run `npm run build:cli` first)', async () => {
    expect(fs.existsSync(built)).toBe(true);
    const run = await runCli([path.join(SAMPLES, 'hilversum-2021-begroting.xlsx'), '--format', 'json']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    expect(problems(validateReport, JSON.parse(run.stdout))).toEqual([]);
  });
});

describe('the schemas are closed: a renamed or unknown field fails', () => {
  let report: Record<string, unknown>;
  beforeAll(async () => {
    report = (await jsonOf([path.join(SAMPLES, 'hilversum-2021-begroting.xlsx'), '--quiet'])) as Record<
      string,
      unknown
    >;
    expect(problems(validateReport, report)).toEqual([]);
  });

  it('a top-level field renamed', () => {
    const { ceilingCents, ...rest } = report;
    expect(problems(validateReport, { ...rest, ceiling: ceilingCents })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('must have required property'),
        expect.stringContaining('must NOT have additional properties'),
      ]),
    );
  });

  it("a finding's field renamed", () => {
    const [first, ...others] = report.findings as JsonFinding[];
    const { rule, ...rest } = first!;
    expect(problems(validateReport, { ...report, findings: [{ ...rest, ruleId: rule }, ...others] })).not.toEqual([]);
  });

  it('a rule id that is not in the contract', () => {
    const findings = (report.findings as JsonFinding[]).map((f) => ({ ...f, rule: 'CEILING_EXCEED' }));
    expect(problems(validateReport, { ...report, findings })).toEqual(
      expect.arrayContaining([expect.stringContaining('must be equal to one of the allowed values')]),
    );
  });

  it('a finding with another severity than its rule has', () => {
    const findings = (report.findings as JsonFinding[]).map((f) => ({
      ...f,
      severity: f.severity === 'info' ? 'error' : 'info',
    }));
    expect(problems(validateReport, { ...report, findings })).toEqual(
      expect.arrayContaining([expect.stringContaining('must match "then" schema')]),
    );
  });

  it('an amount in euros instead of cents', () => {
    expect(problems(validateReport, { ...report, ceilingCents: 2_138_509.64 })).toEqual([
      expect.stringContaining('/ceilingCents must be integer'),
    ]);
  });

  it('a reconciliation without its years', async () => {
    const json = (await jsonOf([path.join(SAMPLES, 'hilversum-2023-grootboek.xlsx'), '--quiet'])) as Record<
      string,
      unknown
    >;
    const { years: _years, ...rest } = json;
    expect(problems(validateReport, rest)).toEqual([
      expect.stringContaining('must have property years when property reconciliation is present'),
    ]);
  });
});

/**
 * Each key object must name every key of its contract type and no other (`satisfies`), so the
 * comparisons below hold the schema to the TypeScript contract both ways.
 */
const REPORT_KEYS = {
  file: true,
  sheet: true,
  layout: true,
  headerRow: true,
  reading: true,
  ceilingCents: true,
  ceilingSource: true,
  ceilingCell: true,
  totals: true,
  goals: true,
  withoutGoal: true,
  interventions: true,
  findings: true,
  counts: true,
  accepted: true,
  unusedAcceptances: true,
  reconciliation: true,
  years: true,
  report: true,
} satisfies Record<keyof JsonReportV1, true>;

const FINDING_KEYS = {
  rule: true,
  severity: true,
  sheet: true,
  cell: true,
  message: true,
  amountCents: true,
  interventionCode: true,
  field: true,
  correctedFormula: true,
  correctedFormulaNl: true,
  fingerprint: true,
} satisfies Record<keyof JsonFinding, true>;

const COMPARISON_KEYS = {
  old: true,
  new: true,
  totals: true,
  goals: true,
  matches: true,
  changes: true,
  counts: true,
  report: true,
} satisfies Record<keyof JsonComparisonV1, true>;

const CHANGE_ID_KEYS = {
  VERSION_ADDED: true,
  VERSION_REMOVED: true,
  VERSION_RENAMED: true,
  VERSION_RENUMBERED: true,
  VERSION_SWAPPED: true,
  VERSION_SPLIT: true,
  VERSION_GOAL_MOVED: true,
  VERSION_BEGROOT_CHANGED: true,
  VERSION_PARTNER_CHANGED: true,
  VERSION_UNCERTAIN_MATCH: true,
  VERSION_GOAL_SHIFT: true,
  VERSION_TOTAL: true,
} satisfies Record<JsonVersionChangeId, true>;

/**
 * A version ref reaches the JSON inside matches and changes, unmapped: its engine type must have
 * exactly the contract's keys (the top-level values are held so by `asJson` where they are built).
 */
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
const versionRefKeysMatch: SameKeys<VersionRef, JsonVersionRef> = true;

const sorted = (keys: ReadonlyArray<unknown>): string[] => keys.map(String).sort();

describe('the schemas name the fields of the TypeScript contract', () => {
  it('the report: top-level properties are the keys of JsonReportV1', () => {
    expect(sorted(Object.keys(reportSchema.properties))).toEqual(sorted(Object.keys(REPORT_KEYS)));
  });

  it('a finding (and an accepted one, plus `acceptance`): the keys of JsonFinding', () => {
    expect(sorted(Object.keys(reportSchema.$defs.finding!.properties!))).toEqual(sorted(Object.keys(FINDING_KEYS)));
    expect(sorted(Object.keys(reportSchema.$defs.acceptedFinding!.properties!))).toEqual(
      sorted([...Object.keys(FINDING_KEYS), 'acceptance']),
    );
  });

  it("the rule ids and each rule's severity: the schema says what the registry says (else: npm run schema)", () => {
    const parts = registryRuleParts();
    expect(reportSchema.$defs.ruleId!.enum).toEqual(parts.ruleIds);
    expect((reportSchema.$defs.ruleSeverity as unknown as { allOf: unknown }).allOf).toEqual(parts.severityPairs);
    expect(withRegistryRules(reportSchema)).toEqual(reportSchema);
  });

  it('would notice a rule the schema does not list', () => {
    const stale = { ...reportSchema, $defs: { ...reportSchema.$defs, ruleId: { enum: RULE_IDS.slice(1) } } };
    expect(withRegistryRules(stale).$defs.ruleId!.enum).not.toEqual(stale.$defs.ruleId.enum);
  });

  it('the comparison: top-level properties are the keys of JsonComparisonV1; change ids and counts as the engine has them', () => {
    expect(sorted(Object.keys(compareSchema.properties))).toEqual(sorted(Object.keys(COMPARISON_KEYS)));
    expect(sorted(compareSchema.$defs.changeId!.enum!)).toEqual(sorted(Object.keys(CHANGE_ID_KEYS)));
    expect(sorted(VERSION_CHANGE_IDS)).toEqual(sorted(Object.keys(CHANGE_ID_KEYS)));
    const counts = (compareSchema.properties.counts as { properties: Record<string, unknown> }).properties;
    expect(sorted(Object.keys(counts))).toEqual(sorted(Object.keys(CHANGE_ID_KEYS)));
    expect(versionRefKeysMatch).toBe(true);
  });
});
