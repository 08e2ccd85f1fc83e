// Browser tests run in Debian's Chromium, Firefox and WebKit against the emulator, mounted on the test server at
// /v1: every test makes real HTTP calls, nothing stubs fetch. KESK_ENGINES=chromium,firefox,webkit picks the engines
// (all three when unset; `npm test` and `npm run test:<engine>` set it through scripts/test-engines.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { createEmulator } from './emulator/index.js';
import { koaMiddleware } from './emulator/middleware.js';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.js';
import { STRICT_CSP } from './scripts/strict-csp.js';
import { reactEsmPlugin } from './test/react/react-esm-plugin.mjs';
import { cdpPlugin } from './test/plugins/cdp-plugin.mjs';
import { nodeSidePlugin } from './test/plugins/node-side.mjs';
import { engineCommands } from './test/plugins/engine-commands.mjs';
import { firefoxLauncher, selectedEngines, webkitLauncher } from './test/plugins/engines.mjs';
import { secondCopy } from './test/plugins/second-copy.mjs';
import { heldFiles } from './test/plugins/held-files.mjs';
import { packedPlugin } from './test/plugins/packed.mjs';
import { rawCdn } from './test/plugins/raw-cdn.mjs';
import { sfcPlugin } from './test/frameworks/sfc-plugin.mjs';

import { createServer } from 'node:http';

const emulator = createEmulator({ seed: 42, basePath: '/v1' });

// A second, standalone emulator with CORS on another port (another origin), as integrators run it, so a browser
// test can make real cross-origin calls. Tests ask the test server where it listens.
const standalone = createEmulator({ seed: 42, basePath: '/v1', cors: true });
const crossOrigin = createServer(async (req, res) => {
  if (!(await standalone.handle(req, res))) res.writeHead(404).end();
});
await new Promise((resolve) => crossOrigin.listen(0, '127.0.0.1', resolve));
const crossOriginUrl = `http://127.0.0.1:${crossOrigin.address().port}`;
crossOrigin.unref();

// A foreign origin that records every request it gets. The hostile-input suite points its payloads here (scripts,
// pictures, frames, style sheets), so anything a payload made the browser load or run from elsewhere is a hit.
// Its script and SVG set `window.__pwned` if they ever run.
const evilHits = [];
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const EVIL_BODIES = {
  js: ['text/javascript', 'window.__pwned = "script from a foreign origin"; try { parent.__pwned = window.__pwned } catch {}'],
  svg: ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="top.__pwned=1"><script>top.__pwned=1</script></svg>'],
  html: ['text/html', '<script>try { top.__pwned = "frame from a foreign origin" } catch {}</script>'],
  css: ['text/css', 'body { background: url(/css-bg.gif) }'],
};
const evil = createServer((req, res) => {
  evilHits.push({ method: req.method, url: req.url });
  const ext = /\.(\w+)(?:\?|$)/.exec(req.url ?? '')?.[1];
  const [type, body] = EVIL_BODIES[ext] ?? ['image/gif', GIF];
  res.writeHead(200, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
  res.end(body);
});
await new Promise((resolve) => evil.listen(0, '127.0.0.1', resolve));
const evilUrl = `http://127.0.0.1:${evil.address().port}`;
evil.unref();

// The strict page: served with the policy the widget promises to work under (docs/security.md).
const STRICT_PAGES = new Set(['/test/security/strict/strict.html']);

async function testInfo(ctx, next) {
  if (ctx.path === '/__test/cross-origin-emulator') {
    ctx.body = { url: crossOriginUrl };
  } else if (ctx.path === '/__test/evil') {
    if (ctx.method === 'DELETE') evilHits.length = 0;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { url: evilUrl, hits: evilHits };
  } else if (STRICT_PAGES.has(ctx.path)) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
  } else return next();
}

const launchers = {
  chromium: () =>
    Object.assign(
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      }),
      { name: 'Chromium' },
    ),
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};

export default {
  files: ['test/**/*.test.{ts,js}', 'src/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: fault rules and reply delays are global to the one emulator.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [testInfo, secondCopy(), heldFiles(), rawCdn(), koaMiddleware(emulator)],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), reactEsmPlugin(), sfcPlugin(), cdpPlugin(), engineCommands(), nodeSidePlugin({ emulator }), packedPlugin()],
  // One engine at a time (concurrentBrowsers: 1), in the order given (scripts/test-engines.js runs each engine as
  // its own run, with its own emulator).
  browsers: selectedEngines().map((engine) => launchers[engine]()),
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainSummaryReporter()],
};
