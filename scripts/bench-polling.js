// `npm run bench:polling`: what one open widget costs the API, measured from the emulator's request log.
// Starts the emulator and a page with the widget (bundled from src/ with esbuild) on one local server, opens it in
// headless Chromium (playwright-core), and counts the requests of the widget's user in each situation, with the
// real cadence (src/state/poller.ts DEFAULT_CADENCE, no override):
//   awaiting a reply   a message went to the store, whose reply is held back (reply delay 50 s)
//   open, recent       the panel open, the reply just arrived
//   open, idle         the panel open, nothing new for over two minutes
//   panel closed       the launcher only (the unread badge)
//   tab hidden         document.visibilityState 'hidden' (headless Chromium has no real hidden tab: the page's
//                      visibilityState is overridden and a visibilitychange dispatched, which is what the widget reads)
// Prints a Markdown table of requests per minute and the share answered 304. Takes about six minutes.
// `--quick` measures shorter windows (about two minutes, rougher numbers).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createEmulator } from '../emulator/index.js';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('..', import.meta.url));
const scale = quick ? 0.35 : 1;

const widget = await build({ entryPoints: [`${root}src/define.ts`], bundle: true, format: 'esm', write: false, target: 'es2022' });
const widgetJs = widget.outputFiles[0].text;
const page = `<!doctype html><html><head><meta charset="utf-8"><title>polling bench</title></head><body>
<script type="module" src="/widget.js"></script></body></html>`;

const emulator = createEmulator({ seed: 42, basePath: '/v1' });
const server = createServer(async (req, res) => {
  if (await emulator.handle(req, res)) return;
  if (req.url === '/widget.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(widgetJs);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const control = async (method, path, body) => {
  const res = await fetch(`${origin}/__emulator${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
const token = `bench-${Date.now()}`;
const rows = [];
try {
  const tab = await browser.newPage();
  await tab.goto(origin);
  await tab.evaluate(
    ({ token }) => {
      const chat = document.createElement('kesk-chat');
      for (const [k, v] of Object.entries({ 'api-base': '/v1', token, mode: 'vendor', 'vendor-location-id': '501' })) chat.setAttribute(k, v);
      document.body.append(chat);
    },
    { token },
  );
  await tab.waitForFunction(() => document.querySelector('kesk-chat')?.shadowRoot?.querySelector('kesk-launcher'));

  /** Counts the user's requests in a window of `seconds`, starting now. */
  const measure = async (situation, seconds) => {
    const since = (await control('GET', `/log?token=${token}`)).entries.at(-1)?.id ?? 0;
    await sleep(seconds * 1000);
    const entries = (await control('GET', `/log?token=${token}&since=${since}`)).entries;
    const notModified = entries.filter((e) => e.status === 304).length;
    const ops = {};
    for (const e of entries) ops[e.operation_id] = (ops[e.operation_id] ?? 0) + 1;
    const row = { situation, seconds, requests: entries.length, perMinute: (entries.length * 60) / seconds, notModified, ops };
    rows.push(row);
    console.error(`${situation}: ${entries.length} requests in ${seconds} s`, ops);
    return row;
  };

  // Open the panel and send: the store's reply is held back, so the widget awaits it.
  await control('POST', '/config', { reply_delay_ms: 50_000 * scale });
  await tab.evaluate(() => document.querySelector('kesk-chat').open());
  await tab.evaluate(() => document.querySelector('kesk-chat').send('Do you have the trail boots in size 42?'));
  await sleep(1500);
  await measure('awaiting a reply', 40 * scale);
  // The reply comes; then the panel stays open with recent activity.
  await tab.waitForFunction(() => {
    const thread = document.querySelector('kesk-chat').shadowRoot.querySelector('kesk-thread');
    return thread?.shadowRoot?.querySelector('[part~="other"]');
  }, null, { timeout: 120_000 });
  const replied = Date.now();
  await sleep(2000);
  await measure('panel open, recent activity', 60 * scale);
  // Nothing new for two minutes: the idle cadence.
  await sleep(Math.max(0, replied + 125_000 * (quick ? 1 : 1) - Date.now()));
  await measure('panel open, idle (nothing new for 2 min)', 90 * scale);
  // Closed: the launcher's unread check only.
  await tab.evaluate(() => document.querySelector('kesk-chat').close());
  await sleep(500);
  await measure('panel closed', 90 * scale);
  // Hidden, with the panel open.
  await tab.evaluate(() => document.querySelector('kesk-chat').open());
  await sleep(1000);
  await tab.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await sleep(500);
  await measure('tab hidden (panel open)', 60 * scale);
} finally {
  await browser.close();
  emulator.close();
  server.close();
}

const all = rows.reduce((n, r) => n + r.requests, 0);
const all304 = rows.reduce((n, r) => n + r.notModified, 0);
console.log('| situation | requests / min | answered 304 | what was requested |');
console.log('|---|---|---|---|');
for (const r of rows) {
  const share = r.requests ? `${Math.round((r.notModified * 100) / r.requests)} %` : '—';
  const what = Object.entries(r.ops).map(([op, n]) => `${op} ×${n}`).join(', ') || 'nothing';
  console.log(`| ${r.situation} | ${r.perMinute.toFixed(1)} | ${share} | ${what} (in ${r.seconds} s) |`);
}
console.log(`\nAll windows: ${all} requests, ${Math.round((all304 * 100) / Math.max(all, 1))} % answered 304.`);
