// The three engines the suite runs in, all Debian's packages (scripts/engines.js says where each lives):
// - chromium: /usr/bin/chromium (or CHROME_PATH) through puppeteer-core over the DevTools protocol;
// - firefox: firefox-esr through the same puppeteer-core over WebDriver BiDi (Debian has no geckodriver);
// - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver and webdriverio (WebDriver classic). MiniBrowser has
//   no headless mode: without a display, the launcher starts its own Xvfb.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { ENGINE_NAMES, MINIBROWSER, WEBKIT_DRIVER, chromiumPath, firefoxPath, parseEngines } from '../../scripts/engines.js';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumLauncher() {
  const launcher = chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS } });
  launcher.name = 'Chromium';
  return launcher;
}

export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // Lets test/plugins/engine-commands.mjs set the media preferences (BiDi has no media emulation).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // No first-run pages, updates or telemetry pings in a test browser.
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
      },
    },
  });
}

// WebDriver's key codes for the named keys the suite presses (W3C WebDriver, "Keyboard actions").
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

export function webdriverKey(name) {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`No WebDriver key for "${name}": use a key from ${Object.keys(WEBDRIVER_KEYS).join(', ')} or one character.`);
}

/** The key actions for a chord (modifiers held, one key pressed), each key a down and an up. */
export function keyActions(keys) {
  const codes = keys.map(webdriverKey);
  const key = codes.pop();
  return [
    ...codes.map((value) => ({ type: 'keyDown', value })),
    { type: 'keyDown', value: key },
    { type: 'keyUp', value: key },
    ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts and stops itself. Keys are sent one
 * down+up pair at a time: WebKitWebDriver drops a repeated key when every key-down comes before every key-up
 * (webdriverio's `keys()` does that: "boots" arrived as "bots").
 */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      this.xvfb = await startXvfb();
      env.DISPLAY = this.xvfb.display;
    }
    const port = await freePort();
    this.driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env });
    process.once('exit', () => this.#kill());
    await waitForPort(port);
    this.options.hostname = '127.0.0.1';
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = ENGINE_NAMES.webkit;
  }

  async stop() {
    await super.stop();
    this.#kill();
  }

  #kill() {
    this.driverProcess?.kill();
    this.driverProcess = undefined;
    this.xvfb?.process.kill();
    this.xvfb = undefined;
  }

  // Every test file starts with the viewport Chromium and Firefox give a page (800x600), whatever the last file
  // set (a test that failed half-way through a phone layout must not leave the next file on a phone).
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await this.setViewport(DEFAULT_VIEWPORT);
    return super.startSession(id, url);
  }

  /** Sizes the window so that the page's viewport gets `width` x `height`; returns the viewport it got. */
  async setViewport({ width, height }) {
    const driver = this.driver;
    const rect = await driver.getWindowRect();
    const [innerW, innerH] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    await driver.setWindowRect(null, null, width + rect.width - innerW, height + rect.height - innerH);
    const [w, h] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    return { width: w, height: h };
  }

  async sendKeys(sessionId, keys) {
    for (const key of keys) await this.performKeys(sessionId, keyActions([key]));
  }

  performKeys(sessionId, actions) {
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i += 1) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

/** An X server of its own on a free display (what `xvfb-run -a` does), for MiniBrowser, which needs a display. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    child.once('error', (e) => reject(new Error(`WebKit needs a display: Xvfb could not start (apt-get install -y xvfb): ${e.message}`)));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: child, display: `:${out.trim()}` });
    });
  });
}

export function webkitLauncher() {
  return new WebKitLauncher({
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver refuses a session that asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

export function launcherFor(engine) {
  if (engine === 'chromium') return chromiumLauncher();
  if (engine === 'firefox') return firefoxLauncher();
  return webkitLauncher();
}

/** The engines this run uses: KESK_ENGINES=chromium,firefox (all three when unset). */
export const selectedEngines = () => parseEngines(process.env.KESK_ENGINES);
