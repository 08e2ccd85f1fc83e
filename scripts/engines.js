// The three browser engines the suite runs in, all from Debian's packages (nothing downloads a browser): where each
// lives, which package brings it, and installing the missing ones when this process may (root with apt-get).
//   node scripts/engines.js            checks the three engines, installs what is missing or names the command
//   node scripts/engines.js firefox    the same for some of them
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ok = ensureEngines(parseEngines(process.argv[2]));
  process.exit(ok ? 0 : 1);
}
