// Test commands that work the same in the three engines, for what @web/test-runner-commands does in Chromium only
// (or not over WebDriver): a key chord (modifiers held while a key is pressed), the viewport's size, and media
// emulation (prefers-reduced-motion, prefers-color-scheme). The tests call them through test/helpers/engine.ts.
//   executeServerCommand('kesk-chord', { keys: ['Shift', 'Enter'] })
//   executeServerCommand('kesk-key', { down: ' ' }) ... executeServerCommand('kesk-key', { up: ' ' })
//   executeServerCommand('kesk-viewport', { width: 390, height: 844 })
//   executeServerCommand('kesk-media', { reducedMotion: 'reduce', colorScheme: 'dark' })  -> false where impossible
import { keyActions } from '../../scripts/engines.js';

const isFirefox = (session) => session.browser.type === 'puppeteer' && session.browser.name === 'Firefox';

// Firefox over BiDi has no media emulation; its preferences do it, set from the browser's privileged scope
// (Firefox runs with --remote-allow-system-access). The preferences are the browser's, not the page's: the suite
// runs one file at a time, and each test file that sets one puts it back.
const FIREFOX_MEDIA_PREFS = {
  reducedMotion: ['ui.prefersReducedMotion', { reduce: 1, 'no-preference': 0 }],
  colorScheme: ['layout.css.prefers-color-scheme.content-override', { dark: 0, light: 1 }],
};

async function firefoxChrome(page, expression) {
  const context = page.mainFrame().browsingContext;
  const session = context.userContext.browser.session;
  const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const target = { context: tree.result.contexts[0].context };
  const { result } = await session.send('script.evaluate', { expression, target, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`Firefox: ${result.exceptionDetails.text}`);
}

async function firefoxMedia(page, payload) {
  const lines = [];
  for (const [feature, [pref, values]] of Object.entries(FIREFOX_MEDIA_PREFS)) {
    const value = payload[feature];
    if (value == null) continue;
    if (!(value in values)) throw new Error(`Firefox cannot emulate ${feature}: ${value}`);
    lines.push(`Services.prefs.setIntPref(${JSON.stringify(pref)}, ${values[value]});`);
  }
  await firefoxChrome(page, lines.join('\n'));
  // The preference reaches the page's style asynchronously: wait until the page's media queries see it.
  const queries = [];
  if (payload.reducedMotion) queries.push(`(prefers-reduced-motion: ${payload.reducedMotion})`);
  if (payload.colorScheme) queries.push(`(prefers-color-scheme: ${payload.colorScheme})`);
  await page.waitForFunction((qs) => qs.every((q) => matchMedia(q).matches), { timeout: 5000 }, queries);
}

export function engineCommands() {
  return {
    name: 'kesk-engine-commands',
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (command === 'kesk-chord') {
        const keys = payload.keys;
        if (browser.type === 'puppeteer') {
          const { keyboard } = browser.getPage(session.id);
          const key = keys[keys.length - 1];
          for (const modifier of keys.slice(0, -1)) await keyboard.down(modifier);
          await keyboard.press(key);
          for (const modifier of keys.slice(0, -1).reverse()) await keyboard.up(modifier);
          return true;
        }
        if (browser.type === 'webdriver') {
          await browser.performKeys(session.id, keyActions(keys));
          return true;
        }
      }
      if (command === 'kesk-key') {
        // A key held across other work (down now, up later): the test runner's sendKeys has no down/up over WebDriver.
        const up = 'up' in payload;
        const key = up ? payload.up : payload.down;
        if (browser.type === 'puppeteer') {
          const { keyboard } = browser.getPage(session.id);
          await (up ? keyboard.up(key) : keyboard.down(key));
          return true;
        }
        if (browser.type === 'webdriver') {
          // WebDriver keeps a key's pressed state between actions, so a keyDown now and a keyUp later is one press.
          const value = keyActions([key])[0].value;
          await browser.performKeys(session.id, [{ type: up ? 'keyUp' : 'keyDown', value }]);
          return true;
        }
      }
      if (command === 'kesk-viewport') {
        if (browser.type === 'puppeteer') {
          await browser.getPage(session.id).setViewport(payload);
          return true;
        }
        if (browser.type === 'webdriver') {
          const got = await browser.setViewport(payload);
          // MiniBrowser's window cannot be narrower than its toolbar (447 px here): say so rather than test a
          // layout at a size the page does not have.
          if (got.width !== payload.width || got.height !== payload.height) {
            throw new Error(`WebKit's window gives a ${got.width}x${got.height} viewport, not ${payload.width}x${payload.height}`);
          }
          return true;
        }
      }
      if (command === 'kesk-media') {
        if (browser.type === 'puppeteer' && isFirefox(session)) {
          await firefoxMedia(browser.getPage(session.id), payload);
          return true;
        }
        if (browser.type === 'puppeteer') {
          const features = [];
          if (payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
          if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
          await browser.getPage(session.id).emulateMediaFeatures(features);
          return true;
        }
        // WebDriver classic has no media emulation, and WebKitGTK reads both features from GTK's settings.
        return false;
      }
      return undefined;
    },
  };
}
