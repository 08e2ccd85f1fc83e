// The three engines the suite runs in, all Debian's packages (nothing downloads a browser):
// - chromium: /usr/bin/chromium (or CHROME_PATH) through puppeteer-core over the DevTools protocol;
// - firefox: firefox-esr through the same puppeteer-core over WebDriver BiDi (Debian has no geckodriver);
// - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver and webdriverio (WebDriver classic). MiniBrowser has
//   no headless mode: the run needs an X display (scripts/test-engines.js wraps it in `xvfb-run -a`).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v firefox-esr || command -v firefox'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Which of the engines are missing on this machine, with the Debian package each comes from. */
export function missingEngines(engines = ENGINES) {
  const missing = [];
  for (const engine of engines) {
    if (engine === 'chromium' && !existsSync(CHROMIUM_PATH)) missing.push({ engine, packages: ['chromium'] });
    if (engine === 'firefox' && !firefoxPath()) missing.push({ engine, packages: ['firefox-esr'] });
    if (engine === 'webkit') {
      const packages = [];
      if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) packages.push('webkit2gtk-driver');
      if (!process.env.DISPLAY && !hasCommand('xvfb-run')) packages.push('xvfb');
      if (packages.length) missing.push({ engine, packages });
    }
  }
  return missing;
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

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
  const launcher = chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS } });
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
    const port = await freePort();
    this.driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
    this.driverProcess.unref();
    const killDriver = () => this.driverProcess?.kill();
    process.once('exit', killDriver);
    await waitForPort(port);
    this.options.hostname = '127.0.0.1';
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
    this.driverProcess = undefined;
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
  const { connect } = await import('node:net');
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
  if (engine === 'webkit') return webkitLauncher();
  throw new Error(`Unknown engine "${engine}": one of ${ENGINES.join(', ')}`);
}

/** The engines this run uses: KESK_ENGINES=chromium,firefox (all three when unset). */
export function selectedEngines() {
  const list = (process.env.KESK_ENGINES ?? ENGINES.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const engine of list) if (!ENGINES.includes(engine)) throw new Error(`Unknown engine "${engine}" in KESK_ENGINES: one of ${ENGINES.join(', ')}`);
  return list;
}
