/**
 * Two Jest projects, both run by `npm test`:
 * - `unit`: the engine, adapters, pane logic. Compiled by SWC without a type check (`npm run
 *   typecheck` has already checked every file once), so a file costs milliseconds, not seconds.
 * - `slow`: suites that start other programs (LibreOffice, webpack, Chromium, the built
 *   npo-check). Same transform; kept apart so `npm run test:unit` gives quick feedback and the
 *   slow ones can be run on their own (`npm run test:slow`).
 * Both share the worker pool: `maxWorkers` uses every core (Jest's default leaves one idle).
 * @type {import('jest').Config}
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      // The in-memory Excel hands out strict proxies that refuse assigned class fields.
      transform: { useDefineForClassFields: true, react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const SLOW = [
  '<rootDir>/tests/e2e/',
  '<rootDir>/tests/integration/',
  '<rootDir>/tests/hostile/',
  '<rootDir>/tests/manifest/build.test.ts',
  '<rootDir>/tests/cli/progress-cli.test.ts',
  // Runs the built bin/npo-check.js once, besides its in-process cases.
  '<rootDir>/tests/contract/json-schema.test.ts',
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc },
  testMatch: ['**/*.test.ts'],
};

module.exports = {
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/tests', '<rootDir>/in-memory-excel'],
      testPathIgnorePatterns: ['/node_modules/', ...SLOW],
    },
    {
      ...common,
      displayName: 'slow',
      roots: ['<rootDir>/tests'],
      // The end-to-end suites share one playground build (tests/e2e/shared-playground.ts).
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
      testMatch: SLOW.map((p) => (p.endsWith('/') ? `${p}**/*.test.ts` : p)),
    },
  ],
};
