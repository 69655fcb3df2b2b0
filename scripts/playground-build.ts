/**
 * Builds the playground into one folder: webpack's `playground` configuration (the task pane over
 * the in-memory Excel, see webpack.config.js) and then the sample workbooks beside it. Used by
 * `npm run playground` and by the end-to-end test, so both run the very same build.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { writePlaygroundSamples } from './playground-samples';

export interface PlaygroundBuild {
  readonly folder: string;
  readonly webpackSeconds: number;
  readonly samplesSeconds: number;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/** Runs webpack-cli with the playground configuration; rejects with its output when it fails. */
function webpackPlayground(root: string, outputFolder: string): Promise<void> {
  const cli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const child = spawn(
    process.execPath,
    [cli, '--env', 'playground', '--mode', 'development', '--output-path', outputFolder],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`webpack (playground) stopte met ${code ?? signal}:\n${output}`));
    });
  });
}

export async function buildPlayground(root: string, outputFolder: string): Promise<PlaygroundBuild> {
  const folder = path.resolve(outputFolder);
  const webpackStart = process.hrtime.bigint();
  // webpack empties its output folder first, so the samples are written after it.
  await webpackPlayground(root, folder);
  const webpackSeconds = seconds(webpackStart);
  const samplesStart = process.hrtime.bigint();
  await writePlaygroundSamples(path.join(root, 'samples'), folder);
  return { folder, webpackSeconds, samplesSeconds: seconds(samplesStart) };
}
