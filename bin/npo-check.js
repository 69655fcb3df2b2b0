#!/usr/bin/env node
'use strict';
// Runs the compiled command line (built by `npm ci` through the `prepare` script), so start-up
// does not pay for a TypeScript runtime.
require('../build/src/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
