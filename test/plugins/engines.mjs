// Firefox and WebKit for the suite, beside Chromium (launched in web-test-runner.config.mjs), all Debian's packages
// (scripts/engines.js says where each lives):
// - firefox: firefox-esr through the puppeteer-core of @web/test-runner-chrome, over WebDriver BiDi (Debian has no
//   geckodriver);
// - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver and webdriverio (WebDriver classic). MiniBrowser has
//   no headless mode: without a display, the launcher starts its own Xvfb.
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { ENGINE_NAMES, WEBKIT_CAPABILITIES, firefoxPath, keyActions, parseEngines, startWebKitDriver } from '../../scripts/engines.js';

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

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts and stops itself. Keys are sent one
 * down+up pair at a time: WebKitWebDriver drops a repeated key when every key-down comes before every key-up
 * (webdriverio's `keys()` does that: "boots" arrived as "bots").
 */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    this.webkitDriver = await startWebKitDriver();
    this.options.hostname = this.webkitDriver.hostname;
    this.options.port = this.webkitDriver.port;
    await super.initialize(config, testFiles);
    this.name = ENGINE_NAMES.webkit;
  }

  async stop() {
    await super.stop();
    this.webkitDriver?.stop();
    this.webkitDriver = undefined;
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
    const viewport = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
    const rect = await driver.getWindowRect();
    const [innerW, innerH] = await viewport();
    await driver.setWindowRect(null, null, width + rect.width - innerW, height + rect.height - innerH);
    // The page sees the new size a moment later (more on a busy machine).
    let [w, h] = await viewport();
    for (let i = 0; i < 40 && (w !== width || h !== height); i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      [w, h] = await viewport();
    }
    return { width: w, height: h };
  }

  async sendKeys(sessionId, keys) {
    for (const key of keys) await this.performKeys(sessionId, keyActions([key]));
  }

  performKeys(sessionId, actions) {
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }
}

export function webkitLauncher() {
  return new WebKitLauncher({ logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
}

/** The engines this run uses: KESK_ENGINES=chromium,firefox (all three when unset). */
export const selectedEngines = () => parseEngines(process.env.KESK_ENGINES);
