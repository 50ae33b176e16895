import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/**
 * Prebuilt libraries a fixture page imports, served from node_modules (no network, no copy):
 * `<script type="module">import { h, render } from '/_vendor/preact.mjs'</script>`.
 */
const VENDOR: Record<string, string> = {
  '/_vendor/preact.mjs': resolve(import.meta.dirname, '../../../node_modules/preact/dist/preact.mjs'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The same server under another origin (http://localhost:PORT), for cross-origin frames. */
  otherOrigin: string;
  url(path: string): string;
  /** Every path requested, in order: the privacy test reads it. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves test/e2e/fixtures on loopback only. A page may carry extra response headers
 * (CSP, Trusted Types) in a sibling `NAME.headers.json`.
 */
export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = VENDOR[path] ?? normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if ((!VENDOR[path] && !file.startsWith(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headersFile = `${file}.headers.json`;
    const extra = existsSync(headersFile)
      ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
      : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extra,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    otherOrigin: `http://localhost:${port}`,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
