/**
 * Runs the compiled `bin/npo-check.js` in a child process, as users run it. The progress line is
 * put off for an hour unless a test asks for it: on a busy machine a run may pass the one-second
 * mark, and tests of stderr mean the error line, not progress.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/npo-check.js');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: 'utf8', env: { NPO_PROGRESS_AFTER_MS: '3600000', ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
