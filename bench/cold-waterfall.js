// `node bench/cold-waterfall.js`: where the cold open's time goes (bench/README.md, "The cold open's waterfall").
// The bench's cold scenario (Save-Data on: the mouse moves onto the stand-in launcher and clicks, which loads the
// widget and the conversation), on the local network and on Slow 4G, in Chromium through the DevTools protocol:
// every request after the click, when it started and ended (ms from the click), and its step in the chain: one more
// than the highest step among the requests that had ended when it started, so the conversation's step is the number
// of round trips the open waits on one after another (deterministic, unlike the times). `--trace` adds the main
// thread's work between the click and the frame showing message 50 by trace event; `--profile` the functions that
// took it (a CPU profile's self time). `--runs N` (default 3, after a warm-up) gives the median open; `--no-build`
// uses dist/cdn as it is.
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeCdn } from '../scripts/build-cdn.js';
import { startBenchServer } from './server.js';
import { seedConversation, vendorLocation } from './seed.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, build: { type: 'boolean', default: true }, 'no-build': { type: 'boolean' }, trace: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } },
});
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 3);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const TOKEN = 'bench-shopper';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const short = (url) => {
  const u = new URL(url);
  return (u.pathname.replace(/^\/kesk\//, '').replace(/\/sessions\/[^/]+/, '/sessions/{id}') + u.search).slice(0, 70);
};

/** One cold open: the requests after the click (with their chain steps), the open time, and the trace's phases. */
async function coldOpen(browser, origin, session, vendor, network, trace, profile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  const page = await context.newPage();
  await page.addInitScript({ path: here('./probe.js') });
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, method: e.request.method, start: e.timestamp * 1000 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.end = e.timestamp * 1000;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.end = e.timestamp * 1000;
  });
  try {
    await page.goto(`${origin}/pages/ours.html?token=${TOKEN}&vendor=${vendor}&session=${session}`);
    await page.waitForFunction(() => document.querySelector('[data-kesk-chat-facade]'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const box = await page.locator('[data-kesk-chat-facade] button').boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const shown = new Promise((resolve) =>
      page.on('console', (m) => {
        if (m.text().startsWith('__bench ')) resolve(JSON.parse(m.text().slice(8)));
      }),
    );
    await page.evaluate(() => window.__bench.watch('open', () => window.__bench.visible(window.__bench.bubble('ours', '(#50)')), 60_000));
    const events = [];
    if (trace) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink', transferMode: 'ReportEvents' });
    }
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const before = requests.size;
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    const r = await shown;
    let phases;
    if (profile) phases = { profile: selfTimes((await cdp.send('Profiler.stop')).profile) };
    if (trace) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      // Beside the profile's self times, when both were asked for.
      phases = { ...phases, ...tracePhases(events, r) };
    }
    // The DevTools protocol's network times are monotonic seconds; the navigation's request started at the page's
    // time 0 (to a ms), the probe's clock: every time is then ms from the click.
    const nav = [...requests.values()][0];
    const fromClick = (mono) => (mono === undefined ? undefined : mono - nav.start - r.click);
    const list = [...requests.values()]
      .slice(before)
      .map((q) => ({ ...q, from: fromClick(q.start), to: fromClick(q.end) }))
      .sort((a, b) => a.from - b.from);
    // Chain steps: one more than the highest step among the requests that had ended when this one started.
    for (const q of list) q.step = 1 + Math.max(0, ...list.filter((p) => p.step && p.to !== undefined && p.to <= q.from).map((p) => p.step));
    return { open: r.at - r.click, requests: list.filter((q) => q.from < r.at - r.click), phases };
  } finally {
    await context.close();
  }
}

/** A CPU profile's self time (ms) by function and file, the largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? url.split('/').pop() : ''}:${lineNumber}:${columnNumber}`;
    ms.set(key, (ms.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return Object.fromEntries([...ms].sort((a, b) => b[1] - a[1]).slice(0, 40));
}

/** The main thread's work from the click to the frame that showed message 50, summed by event name (ms). */
function tracePhases(events, r) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!main || !click) return {};
  const t0 = click.ts;
  const t1 = t0 + (r.at - r.click) * 1000;
  const sums = {};
  // Top-level events only (depth by nesting on the main thread): each ms counted once.
  const top = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0 - 5000 && e.ts <= t1).sort((a, b) => a.ts - b.ts);
  let end = 0;
  const tasks = [];
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    if (e.dur >= 1000 && e.ts >= t0) tasks.push([(e.ts - t0) / 1000, e.dur / 1000]);
    const name = e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' ? `${e.name}` : e.name;
    sums[name] = (sums[name] ?? 0) + e.dur / 1000;
  }
  // Nested: compile and evaluate of module scripts, and the ones the DevTools panel names.
  const nested = {};
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.ts < t0 || e.ts > t1) continue;
    if (/^(v8\.compileModule|v8\.compile|V8\.CompileCode|v8\.evaluateModule|EvaluateScript|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|CommitLoad|v8\.parseOnBackground|RunMicrotasks|ProfileCall)$/.test(e.name)) {
      nested[e.name] = (nested[e.name] ?? 0) + e.dur / 1000;
    }
  }
  return { top: sums, nested, tasks };
}

async function main() {
  if (!values['no-build']) await writeCdn();
  const server = await startBenchServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const vendor = await vendorLocation(server.origin);
    for (const [label, network] of [['local', undefined], ['Slow 4G', SLOW_4G]]) {
      const runs = [];
      // A warm-up open first (the browser's first contexts are slower), not counted.
      for (let i = 0; i <= RUNS; i++) {
        const session = await seedConversation(server.origin, TOKEN, vendor, 50);
        const run = await coldOpen(browser, server.origin, session, vendor, network, values.trace && i > 0, values.profile && i > 0);
        if (i > 0) runs.push(run);
      }
      console.log(`\n## ${label}: cold open ${median(runs.map((r) => r.open)).toFixed(1)} ms (median of ${RUNS}: ${runs.map((r) => r.open.toFixed(0)).join(', ')})\n`);
      const last = runs.at(-1);
      console.log('| step | request | start | end |\n|---|---|---|---|');
      for (const q of last.requests) console.log(`| ${q.step} | ${q.method} ${short(q.url)} | ${q.from.toFixed(1)} | ${q.to?.toFixed(1) ?? '…'} |`);
      const history = (run) => run.requests.find((q) => /\/messages\?limit=50$/.test(q.url));
      const widget = (run) => run.requests.find((q) => /kesk-chat-widget\.[\w-]+\.js$/.test(q.url));
      console.log(`\nThe conversation's request is round trip ${history(last)?.step ?? '?'} of the chain after the click.`);
      const gaps = runs.filter((run) => history(run) && widget(run)?.to !== undefined).map((run) => history(run).from - widget(run).to);
      if (gaps.length) console.log(`It starts ${median(gaps).toFixed(1)} ms after the widget file has arrived (median; negative: before).`);
      if (values.profile) {
        const names = new Set(runs.flatMap((r) => Object.keys(r.phases?.profile ?? {})));
        const rows = [...names].map((n) => [n, median(runs.map((r) => r.phases?.profile?.[n] ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, 30);
        console.log('\nSelf time from the click (median ms):');
        for (const [n, v] of rows) console.log(`  ${v.toFixed(1)}  ${n}`);
      }
      if (values.trace) {
        const sum = (key) => {
          const names = new Set(runs.flatMap((r) => Object.keys(r.phases?.[key] ?? {})));
          return [...names].map((n) => [n, median(runs.map((r) => r.phases?.[key]?.[n] ?? 0))]).filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]);
        };
        console.log('\nMain thread from the click, top-level events (median ms):', sum('top').map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', '));
        console.log('Inside them:', sum('nested').map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', '));
        // Where the main thread was busy in the last run (tasks of 1 ms or more): the gaps are what it waited on.
        console.log('Tasks of the last run (start+duration, ms from the click):', (last.phases?.tasks ?? []).map(([at, d]) => `${at.toFixed(0)}+${d.toFixed(0)}`).join(' '));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
