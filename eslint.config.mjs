// ESLint for the whole project (`npm run lint`, also run by `npm test`). typescript-eslint's
// recommended rules without type information (fast), plus the project's own boundary: the engine
// is pure — no Node, DOM, Office.js or adapter imports, no environment globals — so both adapters
// and the browser bundle can run it unchanged. tsconfig.engine.json checks the same from the types'
// side.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ENGINE_FORBIDDEN_MODULES = {
  paths: [
    { name: 'exceljs', message: 'De engine leest geen bestanden: dat doet de ExcelJS-adapter (src/xlsx).' },
    { name: 'react', message: 'De engine heeft geen UI.' },
  ],
  patterns: [
    {
      group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'zlib', 'crypto', 'util', 'stream', 'buffer'],
      message: 'De engine is puur: geen Node-modules (die horen in src/xlsx of src/cli).',
    },
    {
      group: [
        '**/office',
        '**/office/*',
        '**/xlsx',
        '**/xlsx/*',
        '**/cli',
        '**/cli/*',
        '**/taskpane',
        '**/taskpane/*',
        '**/csv',
        '**/csv/*',
        '**/in-memory-excel',
        '**/in-memory-excel/*',
      ],
      message: 'De engine importeert geen adapter of UI: die bouwen op de engine, niet andersom.',
    },
    { group: ['@fluentui/*', 'react-dom', 'react-dom/*'], message: 'De engine heeft geen UI.' },
  ],
};

const ENGINE_FORBIDDEN_GLOBALS = [
  ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest'].map((name) => ({
    name,
    message: 'De engine draait ook buiten de browser: geen DOM.',
  })),
  ...['Office', 'Excel', 'OfficeExtension'].map((name) => ({
    name,
    message: 'Office.js hoort in src/office; de engine krijgt een snapshot.',
  })),
  ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
    name,
    message: 'De engine is puur: geen Node-globals.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'dist/',
      'coverage/',
      'out/',
      'tests/output/',
      '**/*.cjs',
      'tests/summary-reporter.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Control characters are matched on purpose: hostile files carry them, and they are shown
      // visibly or refused (docs/robuustheid.md). A regex naming them is the point, not a slip.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', ENGINE_FORBIDDEN_MODULES],
      'no-restricted-globals': ['error', ...ENGINE_FORBIDDEN_GLOBALS],
    },
  },
  {
    // Plain Node scripts in CommonJS (the webpack and Jest configs).
    files: ['*.js', 'scripts/**/*.js', 'bin/**/*.js', 'tests/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
