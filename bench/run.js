// `npm run bench`: our widget against deep-chat 2.4.2 on the same pages, the same emulator and the same browser,
// alternating runs, each scenario in a fresh browser context; medians written to bench/results.md with the
// machine and the versions. Method: bench/README.md. Options: `--runs N` (default 10, at least 1),
// `--out path` (default bench/results.md), `--quick` (skip the one long wait for deep-chat to finish with the
// 10,000 messages: a try-out, not a result), `--render results.json` (write the Markdown again from saved samples).
// Writing bench/results.md also updates the summary table in docs/performance.md (between its bench markers).
// `--engine firefox|webkit` runs the page-side measures in that engine instead (bench/engines.js) and writes its own
// section of bench/results.md; the Chromium run keeps those sections.
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeCdn } from '../scripts/build-cdn.js';
import { sizes } from '../scripts/cdn-bundle.js';
import { fileFor, startBenchServer } from './server.js';
import { seedConversation, vendorLocation } from './seed.js';
import { engineSections, renderEngineSection, renderResults, renderSummary, withEngineSection } from './report.js';
import { NOT_MEASURED, engineName, engineScenarios, openEngine } from './engines.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    out: { type: 'string', default: here('./results.md') },
    quick: { type: 'boolean', default: false },
    render: { type: 'string' },
    engine: { type: 'string', default: 'chromium' },
  },
});
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 10);

// The same browser flags as the test runner (GUIDE.md: machine facts).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };
const TOKEN = 'bench-shopper';

/** A fresh context and page with the probe, nothing cached, and no request leaving the bench's origin. */
/** Lighthouse's mobile throttling ("Slow 4G"): 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

async function freshPage(browser, origin, { saveData = false, watch, network } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // deep-chat asks Google Fonts for Inter; nothing leaves this machine, for either widget.
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  const page = await context.newPage();
  await page.addInitScript({ path: here('./probe.js') });
  if (saveData) await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  // Watched from the document's creation on: `window.__watched` resolves at the first frame showing it.
  if (watch) await page.addInitScript(watch);
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page };
}

/** Runs `measure` on a fresh page (see freshPage) and closes its context, whatever happens. */
async function inFreshPage(browser, origin, options, measure) {
  const { context, page } = await freshPage(browser, origin, options);
  try {
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** The JS heap in use after a full garbage collection, in bytes (Chrome DevTools Protocol). */
async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The probe's console report `label` (probe.js `watch`): `{at, click, enter, dom}`. */
function report(page, label, timeout = 300_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no report "${label}" within ${timeout} ms`)), timeout);
    const listen = (message) => {
      const text = message.text();
      if (!text.startsWith('__bench ')) return;
      const data = JSON.parse(text.slice(8));
      if (data.label !== label) return;
      done(data.error ? new Error(data.error) : null, data);
    };
    const done = (error, data) => {
      clearTimeout(timer);
      page.off('console', listen);
      if (error) reject(error);
      else resolve(data);
    };
    page.on('console', listen);
  });
}

/**
 * A real click (mouse down and up through the DevTools protocol) in the middle of `selector`, without waiting for
 * the page to finish handling it: a page that renders for minutes after a click must not hold the bench up.
 */
async function clickAt(page, selector) {
  const box = await page.locator(selector).boundingBox({ timeout: 30_000 });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 }).catch(() => {});
}

/** Clicks `selector`: ms from the click to the first frame showing the bubble with `text`, and the DOM then. */
async function openAndShow(page, widget, selector, text) {
  const shown = report(page, 'open');
  await page.evaluate(([w, t]) => window.__bench.watch('open', () => window.__bench.visible(window.__bench.bubble(w, t)), 300_000), [widget, text]);
  await clickAt(page, selector);
  const r = await shown;
  return { open: r.at - r.click, dom: r.dom, click: r.click };
}

/** ms from `click` until the page runs a script again (its main thread is free), or Infinity after `cap` ms. */
async function freeAfter(page, click, cap) {
  const now = await Promise.race([page.evaluate(() => performance.now()), sleep(cap).then(() => null)]);
  return now === null ? Infinity : now - click;
}

/** Types `text` into the composer and presses Enter: ms from the keydown to the first frame showing it sent. */
async function enterToEcho(page, widget, input, text) {
  await page.click(input);
  await page.keyboard.type(text);
  const shown = report(page, 'echo', 20_000);
  await page.evaluate(([w, t]) => window.__bench.watch('echo', () => window.__bench.visible(window.__bench.bubble(w, t)), 20_000), [widget, text]);
  await page.keyboard.press('Enter');
  const r = await shown;
  return r.at - r.enter;
}

const settle = (page, ms) => page.waitForTimeout(ms);
const scripts = (page) => page.evaluate(() => window.__bench.scripts());

/** How long the bench waits for a page to answer a script after opening the 10,000 messages. */
const FREE_CAP = 20_000;
/** In the first run only, how long it waits for deep-chat to be done with them (its DOM and heap then). */
const SETTLE_CAP = 6 * 60_000;

/** Opens the 10,000-message conversation; then how long the page stays busy, its DOM and its heap. */
async function tenThousand(page, widget, selector, { settleLong = false } = {}) {
  const { open, dom, click } = await openAndShow(page, widget, selector, '(#10000)');
  let free = await freeAfter(page, click, FREE_CAP);
  const result = { open, dom, free };
  if (free === Infinity && settleLong) {
    const settled = await freeAfter(page, click, SETTLE_CAP);
    result.settled = settled;
    if (settled === Infinity) return result;
    free = settled;
  }
  if (free === Infinity) return result;
  await settle(page, 1000);
  result.domAfter = await page.evaluate(() => window.__bench.countNodes());
  result.heap = await heapAfterGc(page);
  return result;
}

// Each scenario: a fresh context, one page, what it measures. `s` holds the run's seeded sessions.
/** Init scripts that report `launcher` at the first frame showing each widget's launcher (deep-chat: its input). */
const WATCH_LAUNCHER = {
  ours: () => window.__bench.watch('launcher', () => window.__bench.visible(document.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button'))),
  deepChat: () => window.__bench.watch('launcher', () => window.__bench.visible(document.querySelector('deep-chat')?.shadowRoot?.getElementById('text-input'))),
};

const scenarios = {
  ours: {
    /** The script tag to the launcher on screen; then the first click, which loads the widget (Save-Data on). */
    async launch(browser, origin, s) {
      return inFreshPage(browser, origin, { saveData: true, watch: WATCH_LAUNCHER.ours }, async (page) => {
        const shown = report(page, 'launcher');
        await page.goto(`${origin}/pages/ours.html?token=${TOKEN}&vendor=${s.vendor}&session=${s.cold}`);
        const launcher = (await shown).at;
        await settle(page, 300);
        const before = await scripts(page);
        const { open: coldOpen } = await openAndShow(page, 'ours', '[data-kesk-chat-facade] button', '(#50)');
        return { launcher, coldOpen, before, after: await scripts(page) };
      });
    },
    /** The cold open on a slow mobile network: Save-Data, the first click loads the widget over Slow 4G. */
    async coldSlow(browser, origin, s) {
      return inFreshPage(browser, origin, { saveData: true, watch: WATCH_LAUNCHER.ours, network: SLOW_4G }, async (page) => {
        const shown = report(page, 'launcher');
        await page.goto(`${origin}/pages/ours.html?token=${TOKEN}&vendor=${s.vendor}&session=${s.cold}`, { waitUntil: 'commit' });
        await shown;
        await page.waitForLoadState('networkidle');
        const { open } = await openAndShow(page, 'ours', '[data-kesk-chat-facade] button', '(#50)');
        return { open };
      });
    },
    /** The same on a slow mobile network. */
    async launchSlow(browser, origin, s) {
      return inFreshPage(browser, origin, { watch: WATCH_LAUNCHER.ours, network: SLOW_4G }, async (page) => {
        const shown = report(page, 'launcher');
        await page.goto(`${origin}/pages/ours.html?token=${TOKEN}&vendor=${s.vendor}&session=${s.cold}`, { waitUntil: 'commit' });
        return { launcher: (await shown).at };
      });
    },
    /** The widget loaded (idle time after the page's load): open, the last 50 on screen; then Enter to echo. */
    async open50(browser, origin, s, run) {
      return inFreshPage(browser, origin, {}, async (page) => {
        await page.goto(`${origin}/pages/ours.html?token=${TOKEN}&vendor=${s.vendor}&session=${s.fifty}`);
        await page.waitForFunction(() => window.KeskChat?.element, undefined, { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        const { open, dom } = await openAndShow(page, 'ours', 'kesk-launcher button', '(#50)');
        // The files it took to show the conversation: those fetched ahead after it (the views file) are not counted.
        const loaded = await scripts(page);
        await settle(page, 300);
        const heap = await heapAfterGc(page);
        const echo = await enterToEcho(page, 'ours', 'kesk-composer textarea', `Do you ship to Bergen? (echo ${run})`);
        return { open, dom, heap, echo, loaded };
      });
    },
    /** The 10,000-message conversation: open, the newest on screen; then its DOM and heap. */
    async open10k(browser, origin, s) {
      return inFreshPage(browser, origin, {}, async (page) => {
        await page.goto(`${origin}/pages/ours.html?token=${TOKEN}&vendor=${s.vendor}&session=${s.tenK}`);
        await page.waitForFunction(() => window.KeskChat?.element, undefined, { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        return await tenThousand(page, 'ours', 'kesk-launcher button');
      });
    },
  },
  deepChat: {
    /** The script tag to deep-chat's element rendered (its input on screen: it has no launcher). */
    async launch(browser, origin) {
      return inFreshPage(browser, origin, { watch: WATCH_LAUNCHER.deepChat }, async (page) => {
        const shown = report(page, 'launcher');
        await page.goto(`${origin}/pages/deep-chat-render.html`);
        const launcher = (await shown).at;
        await settle(page, 300);
        return { launcher, before: await scripts(page) };
      });
    },
    /** The same on a slow mobile network. */
    async launchSlow(browser, origin) {
      return inFreshPage(browser, origin, { watch: WATCH_LAUNCHER.deepChat, network: SLOW_4G }, async (page) => {
        const shown = report(page, 'launcher');
        await page.goto(`${origin}/pages/deep-chat-render.html`, { waitUntil: 'commit' });
        return { launcher: (await shown).at };
      });
    },
    /** The conversation fetched at page load; open, the last 50 on screen; then Enter to echo. */
    async open50(browser, origin, s, run) {
      return inFreshPage(browser, origin, {}, async (page) => {
        await page.goto(`${origin}/pages/deep-chat-open.html?token=${TOKEN}&session=${s.fifty}&history=all`);
        await page.waitForFunction(() => window.__benchReady, undefined, { timeout: 30_000 });
        const { open, dom } = await openAndShow(page, 'deepChat', '#launcher', '(#50)');
        // The files it took to show the conversation: those fetched ahead after it (the views file) are not counted.
        const loaded = await scripts(page);
        await settle(page, 300);
        const heap = await heapAfterGc(page);
        const echo = await enterToEcho(page, 'deepChat', 'deep-chat #text-input', `Do you ship to Bergen? (echo ${run})`);
        return { open, dom, heap, echo, loaded };
      });
    },
    /** All 10,000 messages fetched before the click and given as `history`: open, the newest on screen. */
    async open10k(browser, origin, s, run) {
      return inFreshPage(browser, origin, {}, async (page) => {
        await page.goto(`${origin}/pages/deep-chat-open.html?token=${TOKEN}&session=${s.tenK}&history=all`);
        await page.waitForFunction(() => window.__benchReady, undefined, { timeout: 60_000 });
        return await tenThousand(page, 'deepChat', '#launcher', { settleLong: run === 1 && !values.quick });
      });
    },
    /** The same conversation paged by deep-chat's `loadHistory`, 50 at a time as ours pages. */
    async open10kPaged(browser, origin, s) {
      return inFreshPage(browser, origin, {}, async (page) => {
        await page.goto(`${origin}/pages/deep-chat-open.html?token=${TOKEN}&session=${s.tenK}&history=paged`);
        await page.waitForFunction(() => window.__benchReady, undefined, { timeout: 30_000 });
        return await tenThousand(page, 'deepChat', '#launcher');
      });
    },
  },
};

/** Compressed sizes of the files a page fetched (paths on the bench's origin), summed. */
async function bytesOf(paths) {
  const total = { gzip: 0, brotli: 0, files: [] };
  for (const path of [...new Set(paths)]) {
    const file = fileFor(path);
    if (!file) continue;
    const s = sizes(await readFile(file));
    total.gzip += s.gzip;
    total.brotli += s.brotli;
    total.files.push(path.split('/').pop());
  }
  return total;
}

async function machineInfo() {
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: `${cpu[0]?.model ?? 'unknown'} (${cpu.length} cores)`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    node: process.version,
  };
}

async function versions(browser) {
  const pkg = async (name) => JSON.parse(await readFile(here(`../node_modules/${name}/package.json`), 'utf8')).version;
  const own = JSON.parse(await readFile(here('../package.json'), 'utf8'));
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: `${cpu[0]?.model ?? 'unknown'} (${cpu.length} cores)`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    chromium: browser.version(),
    node: process.version,
    packages: { 'kesk-chat': own.version, lit: await pkg('lit'), ky: await pkg('ky'), 'deep-chat': await pkg('deep-chat'), 'playwright-core': await pkg('playwright-core') },
  };
}

async function main() {
  console.log('Building dist/cdn…');
  await writeCdn();
  const server = await startBenchServer();
  const { origin } = server;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const { samples, failures } = await runAlternating(origin, scenarios, (scenario, s, run) => scenario(browser, origin, s, run));
    const bytes = {
      ours: {
        beforeInteraction: await bytesOf(samples.ours['launch.before']?.[0] ?? []),
        full: await bytesOf(samples.ours['open50.loaded']?.[0] ?? []),
      },
      deepChat: {
        beforeInteraction: await bytesOf(samples.deepChat['launch.before']?.[0] ?? []),
        // The glue is the page's own code, not the widget's.
        full: await bytesOf((samples.deepChat['open50.loaded']?.[0] ?? []).filter((p) => !p.includes('glue'))),
      },
    };
    const data = { runs: RUNS, samples, bytes, failures, machine: await versions(browser), freeCap: FREE_CAP, settleCap: SETTLE_CAP, quick: values.quick };
    // Every sample, for a second look (a page still busy at the cap is null).
    await writeFile(values.out.replace(/\.md$/, '') + '.json', JSON.stringify(data, (_, v) => (v === Infinity ? null : v), 1));
    await publish(data);
    if (failures.length) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Seeds the conversations and runs every scenario of both widgets RUNS times after a warm-up run that is not counted
 * (the browser's first contexts are slower), alternating which widget goes first, with a fresh 50-message
 * conversation per widget and run (the echo adds a message to it). `runOne(scenario, s, run)` runs one scenario and
 * returns its samples; an error's `partial` samples are kept.
 */
async function runAlternating(origin, widgetScenarios, runOne) {
  const samples = { ours: {}, deepChat: {} };
  const failures = [];
  const add = (widget, name, result) => {
    for (const [key, value] of Object.entries(result)) (samples[widget][`${name}.${key}`] ??= []).push(value);
  };
  const vendor = await vendorLocation(origin);
  console.log('Seeding the 10,000-message conversation…');
  const tenK = await seedConversation(origin, TOKEN, vendor, 10_000);
  for (let run = 0; run <= RUNS; run++) {
    const order = run % 2 ? ['ours', 'deepChat'] : ['deepChat', 'ours'];
    for (const widget of order) {
      const s = { token: TOKEN, vendor, tenK, fifty: await seedConversation(origin, TOKEN, vendor, 50), cold: await seedConversation(origin, TOKEN, vendor, 50) };
      for (const [name, scenario] of Object.entries(widgetScenarios[widget])) {
        if (run === 0 && name !== 'launch' && name !== 'open50') continue;
        try {
          const result = await runOne(scenario, s, run);
          if (run > 0) add(widget, name, result);
        } catch (error) {
          if (error?.partial && run > 0) add(widget, name, error.partial);
          failures.push(`run ${run}, ${widget} ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
          console.error(failures.at(-1));
        }
      }
      console.log(run ? `run ${run}/${RUNS}: ${widget} done` : `warm-up: ${widget} done`);
    }
  }
  return { samples, failures };
}

/** Writes results.md (keeping the other engines' sections) and, for the default one, the summary in docs/performance.md. */
async function publish(data) {
  const previous = await readFile(values.out, 'utf8').catch(() => '');
  const others = engineSections(previous);
  const markdown = renderResults(data) + (others ? `\n${others}\n` : '');
  await writeFile(values.out, markdown);
  console.log(markdown);
  console.log(`Written to ${values.out}`);
  if (values.out !== here('./results.md')) return;
  const readme = here('../docs/performance.md');
  const text = await readFile(readme, 'utf8');
  const block = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
  if (!block.test(text)) return console.warn('docs/performance.md has no bench markers: its summary was not updated.');
  await writeFile(readme, text.replace(block, (_, a, b) => `${a}\n${renderSummary(data)}\n${b}`));
  console.log('docs/performance.md summary updated.');
}

// Firefox and WebKit: the scenarios of bench/engines.js, a page of the engine each, the probe put in by the server.
const SAVE_DATA = () => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });

async function mainEngine(engine) {
  console.log('Building dist/cdn…');
  await writeCdn();
  const probe = await readFile(here('./probe.js'), 'utf8');
  const initScripts = (url) => {
    if (!url.searchParams.has('probe')) return [];
    const first = [probe];
    if (url.searchParams.has('savedata')) first.push(`(${SAVE_DATA})()`);
    const watch = WATCH_LAUNCHER[url.searchParams.get('watch')];
    if (watch) first.push(`(${watch})()`);
    return first;
  };
  const server = await startBenchServer({ initScripts });
  const { origin } = server;
  const url = (path, params = {}, { saveData = false, watch } = {}) =>
    `${origin}${path}?${new URLSearchParams({ ...params, probe: '1', ...(saveData ? { savedata: '1' } : {}), ...(watch ? { watch } : {}) })}`;
  const browser = await openEngine(engine);
  try {
    const { samples, failures } = await runAlternating(origin, engineScenarios, async (scenario, s, run) => {
      const page = await browser.newPage();
      try {
        return await scenario(page, url, s, run);
      } finally {
        await page.close().catch(() => {});
      }
    });
    const bytes = {
      ours: { beforeInteraction: await bytesOf(samples.ours['launch.before']?.[0] ?? []), full: await bytesOf(samples.ours['open50.loaded']?.[0] ?? []) },
      deepChat: {
        beforeInteraction: await bytesOf(samples.deepChat['launch.before']?.[0] ?? []),
        full: await bytesOf((samples.deepChat['open50.loaded']?.[0] ?? []).filter((p) => !p.includes('glue'))),
      },
    };
    const name = engineName(engine);
    const machine = { ...(await machineInfo()), browser: `${name} ${browser.version}${engine === 'webkit' ? ' (WebKitGTK MiniBrowser, under Xvfb)' : ', headless'}` };
    const data = { engine, name, runs: RUNS, samples, bytes, failures, machine, freeCap: FREE_CAP, settleCap: SETTLE_CAP, notMeasured: NOT_MEASURED };
    await writeFile(values.out.replace(/\.md$/, '') + `.${engine}.json`, JSON.stringify(data, (_, v) => (v === Infinity ? null : v), 1));
    const section = renderEngineSection(data);
    const previous = await readFile(values.out, 'utf8').catch(() => '');
    await writeFile(values.out, withEngineSection(previous, engine, section));
    console.log(section);
    console.log(`Written to ${values.out}`);
    if (failures.length) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (values.engine !== 'chromium') {
  await mainEngine(values.engine);
} else if (values.render) {
  // Saved samples: null stood for a page still busy at the cap.
  const data = JSON.parse(await readFile(values.render, 'utf8'), (k, v) => (v === null && /free|settled/.test(k) ? Infinity : v));
  for (const set of Object.values(data.samples)) for (const [k, list] of Object.entries(set)) if (/\.(free|settled)$/.test(k)) set[k] = list.map((x) => (x === null ? Infinity : x));
  await publish(data);
} else await main();
