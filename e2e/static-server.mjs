// A small static file server for the production build: SPA fallback to index.html, like nginx.conf.
// Used by the e2e tests and the benchmarks when no external server (E2E_BASE_URL) is given.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const COMPRESSIBLE = /text|javascript|json|yaml|svg/;
/** Hashed build output, cached for a year as nginx/default.conf does; everything else revalidates. */
const HASHED = /-[0-9a-z]{8}\.(js|css|woff2?|png|svg)$/i;

/**
 * Serves `root` on loopback; `overrides` maps URL paths to file contents (e.g. generated YAML), and
 * `handlers` URL paths to request handlers of their own.
 * Text is gzipped as nginx does (nginx/default.conf), compressed once and kept, like gzip_static:
 * a benchmark measures the app, not this server compressing 10 MB again on every request.
 */
export function startStaticServer(root = DIST, overrides = {}, handlers = {}) {
  const compressed = new Map();
  const gzipped = (key, version, body) => {
    const hit = compressed.get(key);
    if (hit?.version === version) return hit.body;
    const result = gzipSync(body());
    compressed.set(key, { version, body: result });
    return result;
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (handlers[path]) return handlers[path](req, res);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (overrides[path] !== undefined) {
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const compress = gzip && COMPRESSIBLE.test(type);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      return res.end(compress ? gzipped(`override:${path}`, overrides[path], () => overrides[path]) : overrides[path]);
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
    const compress = gzip && COMPRESSIBLE.test(type);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    if (!compress) return createReadStream(file).pipe(res);
    const { mtimeMs, size } = statSync(file);
    res.end(gzipped(file, `${mtimeMs}:${size}`, () => readFileSync(file)));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
