/**
 * A small static file server on Node's http module, for the playground and its end-to-end test:
 * GET and HEAD only, files under one folder only, no caching (a rebuilt page shows at once).
 * Plain http on the loopback interface by default: it is a development harness, not a site.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:3001/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Default 127.0.0.1: reachable from this machine only. */
  readonly host?: string;
  /** Default 0: a free port chosen by the system. */
  readonly port?: number;
}

/** The file a request path names inside `root`, or undefined when it points outside. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    // A malformed %-escape names no file.
    return undefined;
  }
  const file = path.resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/** The file's stats, or undefined when there is no such file; other failures are thrown. */
function statIfExists(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

function handle(root: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    send(response, 405, 'Method not allowed');
    return;
  }
  const file = fileFor(root, request.url ?? '/');
  if (file === undefined) {
    send(response, 404, 'Not found');
    return;
  }
  const stats = statIfExists(file);
  if (!stats?.isFile()) {
    send(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stats.size,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', (error) => {
      process.stderr.write(`static server: ${file}: ${error.message}\n`);
      response.destroy(error);
    })
    .pipe(response);
}

export function serveStatic(folder: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(folder);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    try {
      handle(root, request, response);
    } catch (error) {
      process.stderr.write(
        `static server: ${request.url}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      if (!response.headersSent) send(response, 500, 'Internal server error');
      else response.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections of a browser would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
