// Browser tests run in Debian's Chromium against the emulator, mounted on the test server at /v1:
// every test makes real HTTP calls, nothing stubs fetch.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { createEmulator } from './emulator/index.js';
import { koaMiddleware } from './emulator/middleware.js';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.js';
import { reactEsmPlugin } from './test/react/react-esm-plugin.mjs';
import { cdpPlugin } from './test/plugins/cdp-plugin.mjs';
import { secondCopy } from './test/plugins/second-copy.mjs';
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

async function testInfo(ctx, next) {
  if (ctx.path !== '/__test/cross-origin-emulator') return next();
  ctx.body = { url: crossOriginUrl };
}

export default {
  files: ['test/**/*.test.{ts,js}', 'src/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: fault rules and reply delays are global to the one emulator.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [testInfo, secondCopy(), koaMiddleware(emulator)],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), reactEsmPlugin(), sfcPlugin(), cdpPlugin()],
  browsers: [
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
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainSummaryReporter()],
};
