// Serves dist/cdn (and the packed copy's) byte for byte: the test server's plugins would otherwise rewrite a .js
// file on its way (resolve its imports, add a source map), and the CDN build's files are checked against their
// integrity (scripts/cdn-bundle.js), as a browser must refuse a file that is not the one built.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

export function rawCdn() {
  return async function rawCdnMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/dist/cdn/')) return next();
    const file = normalize(join(cdn, decodeURIComponent(ctx.path.slice('/dist/cdn/'.length))));
    if (!file.startsWith(cdn)) return next();
    try {
      ctx.body = await readFile(file);
    } catch {
      return next();
    }
    ctx.type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    return undefined;
  };
}
