/**
 * The engine stays pure (no Node, DOM, Office.js or adapter code), so both adapters and the
 * browser bundle run it unchanged. ESLint's restricted imports and globals (eslint.config.mjs) hold
 * that line; these tests show the line is really there: code that crosses it in src/engine is
 * refused, the same code in an adapter is not. ESLint loads its ES-module config, which Jest's
 * module sandbox cannot, so one child Node process lints all the probes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Probe {
  readonly code: string;
  readonly file: string;
}

const LINT_PROBES = `
const { ESLint } = require('eslint');
const probes = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const p of probes) {
    const [r] = await eslint.lintText(p.code, { filePath: require('path').join(process.cwd(), p.file) });
    out.push(r.messages.map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lint(probes: ReadonlyArray<Probe>): string[][] {
  const stdout = execFileSync(process.execPath, ['-e', LINT_PROBES, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as string[][];
}

const CROSSING: ReadonlyArray<readonly [string, string]> = [
  ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'no-restricted-imports'],
  ["import ExcelJS from 'exceljs';\nexport const w = ExcelJS;\n", 'no-restricted-imports'],
  ["import { readWorkbook } from '../office/read';\nexport const r = readWorkbook;\n", 'no-restricted-imports'],
  [
    "import { snapshotWorkbook } from '../xlsx/snapshot';\nexport const s = snapshotWorkbook;\n",
    'no-restricted-imports',
  ],
  ['export const cwd = process.cwd();\n', 'no-restricted-globals'],
  ['export const title = document.title;\n', 'no-restricted-globals'],
  ['export const run = Excel.run;\n', 'no-restricted-globals'],
];
const NODE_IMPORT = "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n";
const ENGINE_IMPORT = "import { address } from './grid';\nexport const a = address;\n";

describe('the engine boundary (ESLint)', () => {
  let results: string[][] = [];
  beforeAll(() => {
    results = lint([
      ...CROSSING.map(([code]) => ({ code, file: 'src/engine/boundary-probe.ts' })),
      { code: NODE_IMPORT, file: 'src/xlsx/boundary-probe.ts' },
      { code: ENGINE_IMPORT, file: 'src/engine/boundary-probe.ts' },
    ]);
  }, 60_000);

  it.each(CROSSING.map(([code, rule], i) => [code, rule, i] as const))(
    'refuses %j in src/engine (%s)',
    (_code, rule, i) => {
      expect(results[i]).toContain(rule);
    },
  );

  it('allows the same Node import in the file adapter', () => {
    expect(results[CROSSING.length]).toEqual([]);
  });

  it('allows engine modules to import each other', () => {
    expect(results[CROSSING.length + 1]).toEqual([]);
  });
});
