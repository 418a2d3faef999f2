// A small static file server for the production build: SPA fallback to index.html, like nginx.conf.
// Used by the e2e tests and the benchmarks when no external server (E2E_BASE_URL) is given.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export const DIST = new URL('../dist/dsomm-studio/browser/', import.meta.url).pathname;

/** Serves `root` on loopback; `overrides` maps URL paths to file contents (e.g. generated YAML). */
export function startStaticServer(root = DIST, overrides = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (overrides[path] !== undefined) {
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      return res.end(overrides[path]);
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      if (path.startsWith('/assets/') || extname(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      file = join(root, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = gzip && /text|javascript|json|yaml|svg/.test(type);
    res.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}) });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
