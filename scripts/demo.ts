/**
 * `npm run demo`: checks the Hilversum 2021 sample and writes its report workbook to
 * out/hilversum-2021-rapport.xlsx, exactly as `npo-check … --out … --force` does.
 *
 * The sample's plan is € 11.490,36 over its grant, so the check ends with exit code 1 ("errors
 * found", after the report was written). For the demo that is the expected outcome and counts as
 * success, so npm prints no error block; exit code 2 (nothing written) still fails. A node script
 * rather than `… || test $? -eq 1` in package.json, so it works the same in cmd.exe.
 */
import { mkdirSync } from 'node:fs';
import { main } from '../src/cli/main';

const ERRORS_FOUND = 1;

// The command line refuses a missing folder on purpose; the demo makes its own.
mkdirSync('out', { recursive: true });
void main(['samples/hilversum-2021-begroting.xlsx', '--out', 'out/hilversum-2021-rapport.xlsx', '--force']).then(
  (code) => {
    process.exitCode = code === ERRORS_FOUND ? 0 : code;
  },
);
