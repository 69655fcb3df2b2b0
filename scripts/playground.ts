/**
 * `npm run playground`: builds the task pane over the in-memory Excel with the sample workbooks
 * and serves it on http://localhost:3001/ (PLAYGROUND_PORT to change), loopback only, until
 * Ctrl+C. No Excel, no certificate, no sideloading: for trying the pane and for its screenshots.
 */
import path from 'node:path';
import { buildPlayground } from './playground-build';
import { serveStatic } from './static-server';

const DEFAULT_PORT = 3001;

async function main(): Promise<void> {
  const root = process.cwd();
  const build = await buildPlayground(root, path.join(root, 'build', 'playground'));
  process.stdout.write(
    `Gebouwd in ${build.webpackSeconds.toFixed(1)} s (webpack) + ${build.samplesSeconds.toFixed(1)} s (voorbeelden): ${build.folder}\n`,
  );
  const port = Number(process.env.PLAYGROUND_PORT ?? DEFAULT_PORT);
  const server = await serveStatic(build.folder, { host: '127.0.0.1', port });
  process.stdout.write(`Speeltuin / playground: http://localhost:${server.port}/  (Ctrl+C stopt / stops)\n`);
  process.once('SIGINT', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.NPO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
