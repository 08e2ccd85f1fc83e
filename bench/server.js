// The benchmark's one local origin: the host pages (bench/pages), our built CDN files (dist/cdn), deep-chat's
// bundle as its package ships it, and the API emulator at /v1 (with its control endpoints under /__emulator).
// Files are sent gzip-compressed (level 9) to a browser that accepts it, as a CDN sends them, with no caching:
// every run starts from a fresh browser context anyway.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '../emulator/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** URL path → file on disk, for the only files the pages may load. */
export const FILES = {
  '/kesk/': `${root}dist/cdn/`,
  '/deep-chat/': `${root}node_modules/deep-chat/dist/`,
  '/pages/': `${root}bench/pages/`,
};

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/** The file a request path maps to, or undefined. */
export function fileFor(path) {
  for (const [prefix, dir] of Object.entries(FILES)) {
    if (!path.startsWith(prefix)) continue;
    const rest = decodeURIComponent(path.slice(prefix.length));
    if (!/^[\w.-]+$/.test(rest)) return undefined;
    return dir + rest;
  }
  return undefined;
}

/** gzip -9 of a file's bytes: once per file (they do not change during a run); the templated pages every time. */
const gzipped = new Map();
function compressed(file, body) {
  if (file.endsWith('.html')) return gzipSync(body, { level: 9 });
  let out = gzipped.get(file);
  if (!out) gzipped.set(file, (out = gzipSync(body, { level: 9 })));
  return out;
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Starts the server on a free port. Pages are templates: `{{name}}` takes the query parameter `name`, escaped.
 * `initScripts(url)` may give scripts to run first in a page (at the top of its head), where the browser's driver
 * cannot add them (WebDriver classic: bench/engines.js); such a page also keeps every request on this origin
 * (a Content-Security-Policy), as Chromium's run does by routing.
 * @returns {Promise<{ origin: string, emulator: ReturnType<typeof createEmulator>, close(): Promise<void> }>}
 */
export async function startBenchServer({ initScripts = () => [] } = {}) {
  // The store's replies are held off (10 minutes): the conversations stay as seeded while they are measured.
  const emulator = createEmulator({ seed: 42, basePath: '/v1', replyDelayMs: 10 * 60_000 });
  const server = createServer(async (req, res) => {
    try {
      if (await emulator.handle(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://bench.invalid');
      const file = fileFor(url.pathname);
      if (!file) return void res.writeHead(404).end();
      let body = await readFile(file);
      const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
      if (file.endsWith('.html')) {
        let html = body.toString('utf8').replace(/\{\{(\w+)\}\}/g, (_, name) => escapeHtml(url.searchParams.get(name) ?? ''));
        const first = initScripts(url);
        if (first.length) {
          html = html.replace('<head>', `<head>${first.map((code) => `<script>${code}</script>`).join('')}`);
          headers['Content-Security-Policy'] = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";
        }
        body = Buffer.from(html);
      }
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = compressed(file, body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(error?.code === 'ENOENT' ? 404 : 500);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    emulator,
    close: () =>
      new Promise((resolve) => {
        emulator.close();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
