// `npm run bench -- --engine firefox|webkit`: the page-side measures of bench/run.js in Firefox (puppeteer-core over
// WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver and webdriverio). The pages, the
// server, the probe and the report are Chromium's; what differs is how a page is opened and driven:
// - no init scripts over WebDriver classic: the bench server puts the probe (and Save-Data, and the launcher watch)
//   at the top of the page itself (`probe=…`, startBenchServer's `initScripts`);
// - no request routing: the pages get a Content-Security-Policy that keeps every request on the bench's origin
//   (Chromium's run aborts the others), so deep-chat's Google Fonts request fails here as there;
// - reports are read from `window.__benchReports` (no console events over WebDriver classic).
// What cannot be measured there is said in the results: network throttling (Slow 4G) and the JS heap need the
// DevTools protocol; deep-chat given all 10,000 messages keeps its page busy for minutes, which holds a WebDriver
// session (classic commands wait for the page) for as long, so only its paged variant runs.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { ENGINE_NAMES, WEBKIT_CAPABILITIES, firefoxPath, keyActions, startWebKitDriver } from '../scripts/engines.js';

const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The element at the end of `steps` (each a selector, looked for through open shadow roots from the last). */
function box(steps) {
  let root = document;
  let el = null;
  for (const step of steps) {
    el = window.__bench.deep(root, step);
    if (!el) return null;
    root = el.shadowRoot ?? el;
  }
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/** A page of Firefox: a fresh browser context (its own cache and storage) per page, like Chromium's run. */
async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return {
    version,
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        async click({ x, y }) {
          await page.mouse.move(x, y);
          await page.mouse.down();
          // Not awaited, as Chromium's run does not wait for the release: a page busy after the click must not
          // hold the bench up.
          page.mouse.up().catch(() => {});
        },
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** A page of WebKit: a new WebDriver session (a new MiniBrowser, nothing cached) per page. */
async function webkit() {
  const driver = await startWebKitDriver();
  // A new session, tried again once: WebKitWebDriver now and then never answers a new session here.
  const once = () => remote({ hostname: driver.hostname, port: driver.port, logLevel: 'silent', connectionRetryTimeout: 60_000, connectionRetryCount: 0, capabilities: WEBKIT_CAPABILITIES });
  const session = () => once().catch(once);
  const first = await session();
  const version = first.capabilities.browserVersion ?? 'unknown';
  await first.deleteSession();
  return {
    version,
    async newPage() {
      const started = Date.now();
      const b = await session();
      if (process.env.KESK_BENCH_DEBUG) console.error(`WebKit: session opened in ${Date.now() - started} ms`);
      // WebDriver classic sizes the window: size it, measure its own bars, size it again.
      const rect = await b.getWindowRect();
      const [w, h] = await b.execute(() => [innerWidth, innerHeight]);
      await b.setWindowRect(null, null, VIEWPORT.width + rect.width - w, VIEWPORT.height + rect.height - h);
      const keys = (list) => b.performActions([{ type: 'key', id: 'keyboard', actions: list }]);
      return {
        goto: (url) => b.navigateTo(url),
        evaluate: (fn, ...args) => b.execute(fn, ...args),
        click: ({ x, y }) =>
          b.performActions([
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ]),
        // One key at a time, each a down and an up: WebKitWebDriver drops a repeated key otherwise.
        async type(text) {
          for (const char of text) await keys(keyActions([char]));
        },
        press: (key) => keys(keyActions([key])),
        close: async () => {
          const started = Date.now();
          await b.deleteSession().catch((e) => console.error(`WebKit: the session did not close: ${e.message}`));
          if (process.env.KESK_BENCH_DEBUG) console.error(`WebKit: session closed in ${Date.now() - started} ms`);
        },
      };
    },
    close: async () => driver.stop(),
  };
}

export async function openEngine(engine) {
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`--engine: one of chromium, firefox, webkit (not ${engine})`);
}

/** Polls the page until `fn(...args)` holds. */
async function waitFor(page, fn, arg, timeout, what) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await page.evaluate(fn, arg)) return;
    await sleep(50);
  }
  throw new Error(`${what}: not within ${timeout} ms`);
}

/** The probe's report `label` (probe.js `watch`), read from the page. */
async function report(page, label, timeout = 120_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const found = await page.evaluate((l) => (window.__benchReports ?? []).find((r) => r.label === l) ?? null, label);
    if (found) {
      if (found.error) throw new Error(found.error);
      return found;
    }
    await sleep(50);
  }
  throw new Error(`no report "${label}" within ${timeout} ms`);
}

async function clickOn(page, steps) {
  const end = Date.now() + 30_000;
  let at = null;
  while (!at && Date.now() < end) {
    at = await page.evaluate(box, steps);
    if (!at) await sleep(50);
  }
  if (!at) throw new Error(`nothing to click at ${steps.join(' > ')}`);
  await page.click(at);
}

/** Clicks: ms from the click to the first frame showing the bubble with `text`, the DOM then, and when the page ran a script again. */
async function openAndShow(page, widget, steps, text) {
  await page.evaluate((w, t) => window.__bench.watch('open', () => window.__bench.visible(window.__bench.bubble(w, t)), 120_000), widget, text);
  await clickOn(page, steps);
  const r = await report(page, 'open');
  // As in Chromium's run: from the click until a script the bench sends after that frame runs (the page is free).
  const now = await page.evaluate(() => performance.now());
  return { open: r.at - r.click, dom: r.dom, free: now - r.click };
}

async function enterToEcho(page, widget, steps, text) {
  await clickOn(page, steps);
  await page.type(text);
  await page.evaluate((w, t) => window.__bench.watch('echo', () => window.__bench.visible(window.__bench.bubble(w, t)), 20_000), widget, text);
  await page.press('Enter');
  const r = await report(page, 'echo', 20_000);
  return r.at - r.enter;
}

const scripts = (page) => page.evaluate(() => window.__bench.scripts());

const STEPS = {
  facade: ['[data-kesk-chat-facade]', 'button'],
  launcher: ['kesk-launcher', 'button'],
  composer: ['kesk-composer', 'textarea'],
  deepLauncher: ['#launcher'],
  deepInput: ['deep-chat', '#text-input'],
};

/** The scenarios of bench/run.js that these engines can run, for each widget. `url(path, params)` adds the probe. */
export const engineScenarios = {
  ours: {
    async launch(page, url, s) {
      await page.goto(url('/pages/ours.html', { token: s.token, vendor: s.vendor, session: s.cold }, { saveData: true, watch: 'ours' }));
      const launcher = (await report(page, 'launcher')).at;
      await sleep(300);
      const before = await scripts(page);
      try {
        const { open: coldOpen } = await openAndShow(page, 'ours', STEPS.facade, '(#50)');
        return { launcher, coldOpen, before, after: await scripts(page) };
      } catch (error) {
        // The launcher and the bytes before it were measured: keep them.
        throw Object.assign(new Error(`the cold open: ${error.message}`), { partial: { launcher, before } });
      }
    },
    async open50(page, url, s, run) {
      await page.goto(url('/pages/ours.html', { token: s.token, vendor: s.vendor, session: s.fifty }));
      await waitFor(page, () => !!window.KeskChat?.element, undefined, 30_000, 'the widget loads');
      await sleep(500);
      const { open, dom } = await openAndShow(page, 'ours', STEPS.launcher, '(#50)');
      const loaded = await scripts(page); // what it took to show it: not what is fetched ahead after (the views file)
      await sleep(300);
      const echo = await enterToEcho(page, 'ours', STEPS.composer, `Do you ship to Bergen? (echo ${run})`);
      return { open, dom, echo, loaded };
    },
    async open10k(page, url, s) {
      await page.goto(url('/pages/ours.html', { token: s.token, vendor: s.vendor, session: s.tenK }));
      await waitFor(page, () => !!window.KeskChat?.element, undefined, 30_000, 'the widget loads');
      await sleep(500);
      return openAndShow(page, 'ours', STEPS.launcher, '(#10000)');
    },
  },
  deepChat: {
    async launch(page, url) {
      await page.goto(url('/pages/deep-chat-render.html', {}, { watch: 'deepChat' }));
      const launcher = (await report(page, 'launcher')).at;
      await sleep(300);
      return { launcher, before: await scripts(page) };
    },
    async open50(page, url, s, run) {
      await page.goto(url('/pages/deep-chat-open.html', { token: s.token, session: s.fifty, history: 'all' }));
      await waitFor(page, () => !!window.__benchReady, undefined, 30_000, 'deep-chat is ready');
      const { open, dom } = await openAndShow(page, 'deepChat', STEPS.deepLauncher, '(#50)');
      const loaded = await scripts(page); // what it took to show it: not what is fetched ahead after (the views file)
      await sleep(300);
      const echo = await enterToEcho(page, 'deepChat', STEPS.deepInput, `Do you ship to Bergen? (echo ${run})`);
      return { open, dom, echo, loaded };
    },
    async open10kPaged(page, url, s) {
      await page.goto(url('/pages/deep-chat-open.html', { token: s.token, session: s.tenK, history: 'paged' }));
      await waitFor(page, () => !!window.__benchReady, undefined, 30_000, 'deep-chat is ready');
      return openAndShow(page, 'deepChat', STEPS.deepLauncher, '(#10000)');
    },
  },
};

/** What these engines cannot measure, for the results. */
export const NOT_MEASURED = [
  'Slow 4G: network throttling needs the DevTools protocol (BiDi and WebDriver classic can only set a browser offline)',
  'the JS heap: only Chromium exposes it (DevTools protocol, after a forced garbage collection)',
  "deep-chat given all 10,000 messages as `history`: its page stays busy for minutes, and WebDriver waits for the page before its next command, so only deep-chat's paged variant runs",
];

export const engineName = (engine) => ENGINE_NAMES[engine];
