#!/usr/bin/env node
'use strict';
// npm runs `prepare` after every `npm ci` / `npm install` in this folder. It compiles the command
// line, which needs TypeScript, a development dependency. After `npm ci --omit=dev` there is none:
// say so and succeed instead of failing the install (`npm pack` ships the compiled command line,
// so a user who wants only npo-check installs that tarball). A failing compile still fails.
const { spawnSync } = require('node:child_process');

try {
  require.resolve('typescript/package.json', { paths: [process.cwd()] });
} catch {
  process.stdout.write(
    'prepare: TypeScript is not installed (npm ci --omit=dev?), so npo-check is not compiled here.\n',
  );
  process.exit(0);
}
const result = spawnSync('npm', ['run', '--silent', 'build:cli'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
