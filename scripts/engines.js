// The three browser engines the suite runs in, all from Debian's packages (nothing downloads a browser): where each
// lives, which package brings it, and installing the missing ones when this process may (root with apt-get).
//   node scripts/engines.js            checks the three engines, installs what is missing or names the command
//   node scripts/engines.js firefox    the same for some of them
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v firefox-esr || command -v firefox'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** The Debian packages the given engines still need on this machine. */
export function missingPackages(engines = ENGINES) {
  const missing = new Set();
  for (const engine of engines) {
    if (engine === 'chromium' && !existsSync(chromiumPath())) missing.add('chromium');
    if (engine === 'firefox' && !firefoxPath()) missing.add('firefox-esr');
    if (engine === 'webkit') {
      if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) missing.add('webkit2gtk-driver');
      // MiniBrowser has no headless mode: without a display, the launcher starts Xvfb.
      if (!process.env.DISPLAY && !hasCommand('Xvfb')) missing.add('xvfb');
    }
  }
  return [...missing];
}

/** The engines named in a comma-separated list (all three when empty). */
export function parseEngines(list) {
  const engines = (list || ENGINES.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`Unknown engine "${engine}": one of ${ENGINES.join(', ')}`);
  return engines;
}

/**
 * Makes sure the engines are installed: installs the missing packages with apt-get when this process is root,
 * otherwise (or if that fails) says the exact command and returns false.
 */
export function ensureEngines(engines = ENGINES, log = console.log) {
  const packages = missingPackages(engines);
  if (!packages.length) return true;
  const command = `apt-get install -y ${packages.join(' ')}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && hasCommand('apt-get')) {
    log(`Installing the missing browser engines from Debian's packages: ${command}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    if (install && install.status === 0 && !missingPackages(engines).length) return true;
    log(`Installing failed. Run: ${command}`);
    return false;
  }
  log(`Browser engines missing (${packages.join(', ')}). Install them, then run the tests again:\n  sudo apt-get update && sudo ${command}`);
  return false;
}

/** A TCP port free on this machine now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, what) {
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
  throw new Error(`${what} did not listen on port ${port}`);
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

/**
 * Starts WebKitWebDriver on a free port, with an Xvfb of its own when there is no display; `stop()` ends both
 * (and they end with this process). The capabilities for a MiniBrowser session come with it.
 */
export async function startWebKitDriver() {
  const env = { ...process.env };
  let xvfb;
  if (!env.DISPLAY) {
    xvfb = await startXvfb();
    env.DISPLAY = xvfb.display;
  }
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env });
  const stop = () => {
    driver.kill();
    xvfb?.process.kill();
  };
  process.once('exit', stop);
  await waitForPort(port, 'WebKitWebDriver');
  return { hostname: '127.0.0.1', port, stop };
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

function webdriverKey(name) {
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

/** What webdriverio asks WebKitWebDriver for: a MiniBrowser session over WebDriver classic. */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  // WebKitWebDriver refuses a session that asks for BiDi.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ok = ensureEngines(parseEngines(process.argv[2]));
  process.exit(ok ? 0 : 1);
}
