// Serves any file of the test server again under /__test/held/<id>/<path>, with what the network does to it decided
// by the test, in every engine (no DevTools protocol): a file can be held until the test lets it go (a slow network,
// a table that arrives after the page's `load`, two importers waiting on one fetch) or fail (a network error, as
// offline or blocked). Relative imports stay under the same prefix, so the rules reach every file a page loads
// from there.
//   POST /__test/held/<id>  { "hold": ["kesk-chat.fr.js"], "fail": ["kesk-chat.ar.js"], "tamper": [...] }  (replaces
//                            the rules; an empty list lets everything held go)
//   GET  /__test/held/<id>/dist/cdn/kesk-chat.js                                        (the file, by the rules)
// A rule names a file by the end of its path; a CDN file named by content hash (`kesk-chat.fr.L5qbOeFPKd.js`) also by
// its name without the hash (`kesk-chat.fr.js`; the boot `kesk-chat.<hash>.js` as `kesk-chat.js`, like its copy). A
// tampered file is served with one more statement at its end, as a compromised CDN would change it.
// Every answer is `no-store`: a held file is never taken from a cache.
// The page side: heldFiles() in test/loader/frame-page.ts.

const PREFIX = '/__test/held/';

export function heldFiles() {
  /** @type {Map<string, { hold: string[], fail: string[], waiting: Set<() => void> }>} */
  const scenarios = new Map();
  const scenario = (id) => {
    let s = scenarios.get(id);
    if (!s) scenarios.set(id, (s = { hold: [], fail: [], tamper: [], waiting: new Set() }));
    return s;
  };
  const unhashed = (path) => path.replace(/\.[\w-]{8}\.js$/, '.js');
  const matches = (rules, path) => rules.some((end) => path.endsWith(`/${end}`) || unhashed(path).endsWith(`/${end}`));

  return async function heldFilesMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const rest = ctx.path.slice(PREFIX.length);
    const slash = rest.indexOf('/');
    const id = slash < 0 ? rest : rest.slice(0, slash);
    const s = scenario(id);
    if (slash < 0) {
      if (ctx.method !== 'POST') return next();
      const body = await new Promise((resolve, reject) => {
        let text = '';
        ctx.req.setEncoding('utf8');
        ctx.req.on('data', (chunk) => (text += chunk));
        ctx.req.on('end', () => resolve(text));
        ctx.req.on('error', reject);
      });
      const rules = JSON.parse(body || '{}');
      s.hold = rules.hold ?? [];
      s.fail = rules.fail ?? [];
      s.tamper = rules.tamper ?? [];
      for (const wake of [...s.waiting]) wake();
      ctx.body = { hold: s.hold, fail: s.fail, tamper: s.tamper };
      return undefined;
    }
    const path = rest.slice(slash);
    let gone = false;
    ctx.res.once('close', () => (gone = true));
    // Held until a rule change lets it go (and then failed, if the new rules say so), or the page goes away.
    while (matches(s.hold, path) && !gone) {
      await new Promise((resolve) => {
        const wake = () => {
          s.waiting.delete(wake);
          ctx.res.off('close', wake);
          resolve();
        };
        s.waiting.add(wake);
        ctx.res.once('close', wake);
      });
    }
    if (gone) return undefined;
    if (matches(s.fail, path)) {
      // A network error, as offline or blocked: the connection closes without an answer.
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    }
    const search = ctx.querystring ? `?${ctx.querystring}` : '';
    ctx.url = `${path}${search}`;
    await next();
    if (matches(s.tamper, path) && ctx.body != null) {
      const text = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? String(ctx.body) : await new Promise((resolve, reject) => {
        let all = '';
        ctx.body.setEncoding('utf8');
        ctx.body.on('data', (chunk) => (all += chunk));
        ctx.body.on('end', () => resolve(all));
        ctx.body.on('error', reject);
      });
      ctx.body = `${text}\nwindow.__tampered = true;\n`;
      ctx.remove('Content-Length');
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.remove('ETag');
    ctx.remove('Last-Modified');
    return undefined;
  };
}
