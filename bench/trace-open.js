// `node bench/trace-open.js`: where the warm open's time goes. The bench's open scenario (bench/run.js `open50`:
// the widget loaded, the 50-message conversation fetched, the closed panel rendered ahead), with a Chromium
// performance trace (DevTools protocol `Tracing`) from the click to the first frame showing message 50, read by
// phase: script (and which functions, from the trace's CPU profile), style recalculation (elements), layout
// (objects), paint and compositing. Prints one table per run and the medians. Options: `--runs N` (default 3),
// `--no-build` (use dist/cdn as it is), `--json path` (every run's figures).
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeCdn } from '../scripts/build-cdn.js';
import { startBenchServer } from './server.js';
import { seedConversation, vendorLocation } from './seed.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false }, json: { type: 'string' } },
});
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 3);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'latencyInfo',
];

// What each trace event of the main thread is, by phase (the DevTools Performance panel's grouping).
const PHASES = {
  script: ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'ResourceReceivedData', 'XHRReadyStateChange', 'GCEvent', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'ResizeObserverLoopExecute', 'HitTest', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'ParseHTML'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'RasterTask', 'Decode Image'],
};
const phaseOf = new Map(Object.entries(PHASES).flatMap(([phase, names]) => names.map((n) => [n, phase])));

/** Self times (µs) of the main thread's trace events inside [from, to], by phase, with counts of the heavy ones. */
function phases(events, tid, from, to) {
  const mine = events.filter((e) => e.tid === tid && e.ph === 'X' && e.ts < to && e.ts + (e.dur ?? 0) > from && phaseOf.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: an event's time less its children's (nesting by time on the one thread).
  const self = new Map();
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + e.dur, to);
    const d = Math.max(0, end - start);
    self.set(e, (self.get(e) ?? 0) + d);
    if (stack.length) self.set(stack.at(-1), self.get(stack.at(-1)) - d);
    stack.push(e);
  }
  const out = { script: 0, style: 0, layout: 0, paint: 0, styleElements: 0, styleRecalcs: 0, layouts: 0, layoutObjects: 0, events: {} };
  for (const [e, t] of self) {
    out[phaseOf.get(e.name)] += t;
    out.events[e.name] = (out.events[e.name] ?? 0) + t;
    if (e.name === 'UpdateLayoutTree') {
      out.styleRecalcs++;
      out.styleElements += e.args?.elementCount ?? 0;
    }
    if (e.name === 'Layout') {
      out.layouts++;
      out.layoutObjects += e.args?.beginData?.dirtyObjects ?? 0;
    }
  }
  return out;
}

/** The CPU profile's self time (µs) by function inside [from, to], from the trace's ProfileChunk events. */
function functions(events, pid, from, to) {
  const nodes = new Map();
  const times = [];
  let t = 0;
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid);
  if (profile) t = profile.args.data.startTime;
  for (const e of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid)) {
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      times.push([t, id]);
    });
  }
  const self = new Map();
  for (let i = 0; i < times.length - 1; i++) {
    const [at, id] = times[i];
    if (at < from || at > to) continue;
    const n = nodes.get(id);
    const f = n?.callFrame ?? {};
    const file = (f.url ?? '').split('/').pop();
    const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (times[i + 1][0] - at));
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** The main thread's tasks inside [from, to]: start (ms from the click), length, and their heaviest inner events. */
function timeline(events, tid, from, to) {
  const onThread = events.filter((e) => e.tid === tid && e.ph === 'X' && e.ts + (e.dur ?? 0) > from && e.ts < to);
  const tasks = onThread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').filter((e) => e.dur > 200);
  return tasks.map((t) => {
    const inner = onThread.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && phaseOf.has(e.name) && e.dur > 300);
    const what = inner.map((e) => `${e.name}${e.name === 'EventDispatch' ? `(${e.args?.data?.type})` : ''}${e.name === 'UpdateLayoutTree' ? `[${e.args?.elementCount}]` : ''} ${(e.dur / 1000).toFixed(1)}`);
    return `${((t.ts - from) / 1000).toFixed(1).padStart(6)} +${(t.dur / 1000).toFixed(1).padStart(5)}  ${what.join(', ')}`;
  });
}

async function traceOpen(browser, origin, vendor) {
  const session = await seedConversation(origin, 'bench-shopper', vendor, 50);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  const page = await context.newPage();
  await page.addInitScript({ path: here('./probe.js') });
  // Marks the frame the probe accepts (the same test as the bench's), on the trace's clock.
  await page.addInitScript(() => addEventListener('click', () => performance.mark('bench-click'), true));
  const requests = [];
  page.on('request', (r) => requests.push({ at: Date.now(), method: r.method(), url: new URL(r.url()).pathname }));
  try {
    await page.goto(`${origin}/pages/ours.html?token=bench-shopper&vendor=${vendor}&session=${session}`);
    await page.waitForFunction(() => window.KeskChat?.element, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
    const shown = page.evaluate(() =>
      window.__bench.when(() => window.__bench.visible(window.__bench.bubble('ours', '(#50)'))).then((at) => {
        performance.mark('bench-shown');
        return at;
      }),
    );
    const box = await page.locator('kesk-launcher button').boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const before = requests.length;
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    await shown;
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await done;
    const marks = Object.fromEntries(events.filter((e) => e.name === 'bench-click' || e.name === 'bench-shown').map((e) => [e.name, e]));
    const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
    const from = click?.ts ?? marks['bench-click'].ts;
    const to = marks['bench-shown'].ts;
    const main = click ?? marks['bench-shown'];
    const result = { ms: (to - from) / 1000, ...phases(events, main.tid, from, to), functions: functions(events, main.pid, from, to).slice(0, 15) };
    result.requestsAfterClick = requests.slice(before).map((r) => `${r.method} ${r.url}`);
    result.timeline = timeline(events, main.tid, from, to);
    return result;
  } finally {
    await context.close();
  }
}

const ms = (us) => (us / 1000).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!values['no-build']) await writeCdn();
  const server = await startBenchServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ARGS });
  const results = [];
  try {
    const vendor = await vendorLocation(server.origin);
    // A warm-up (the browser's first context is slower), not counted.
    await traceOpen(browser, server.origin, vendor);
    for (let run = 1; run <= RUNS; run++) {
      const r = await traceOpen(browser, server.origin, vendor);
      results.push(r);
      console.log(`\nrun ${run}: click to message 50 on screen ${r.ms.toFixed(1)} ms — script ${ms(r.script)}, style ${ms(r.style)} (${r.styleRecalcs}× , ${r.styleElements} elements), layout ${ms(r.layout)} (${r.layouts}×, ${r.layoutObjects} dirty objects), paint/composite ${ms(r.paint)} ms`);
      console.log(`  requests after the click: ${r.requestsAfterClick.join(', ') || 'none'}`);
      console.log('  heaviest events (self ms): ' + Object.entries(r.events).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, t]) => `${n} ${ms(t)}`).join(', '));
      console.log('  main-thread tasks (ms from the click, length, inner events over 0.3 ms):');
      for (const line of r.timeline) console.log(`    ${line}`);
      console.log('  functions (self ms, CPU profile):');
      for (const [name, t] of r.functions.slice(0, 12)) console.log(`    ${ms(t).padStart(6)}  ${name}`);
    }
    const m = (k) => median(results.map((r) => r[k]));
    console.log(`\n| median of ${RUNS} | click → frame | script | style (elements) | layout (dirty objects) | paint + composite |`);
    console.log('|---|---|---|---|---|---|');
    console.log(`| ms | ${m('ms').toFixed(1)} | ${ms(m('script'))} | ${ms(m('style'))} (${m('styleElements')}) | ${ms(m('layout'))} (${m('layoutObjects')}) | ${ms(m('paint'))} |`);
    if (values.json) await writeFile(values.json, JSON.stringify(results, null, 1));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
