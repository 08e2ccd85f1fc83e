// The engine a test runs in, and the commands that differ between engines, done the same way in all three
// (test/plugins/engine-commands.mjs does the server side). Tests import these rather than the Chromium-only
// forms of @web/test-runner-commands (`sendKeys({ down })`, `setViewport`, `emulateMedia`).
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(ua: string): Engine {
  if (/Firefox\//.test(ua)) return 'firefox';
  // "HeadlessChrome/156…" in a headless Chromium.
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}

/** The engine this test page runs in. */
export const engine: Engine = detect(navigator.userAgent);

/** Holds the modifiers, presses the last key, releases the modifiers: `chord('Shift', 'Enter')`. */
export async function chord(...keys: string[]): Promise<void> {
  await executeServerCommand('kesk-chord', { keys });
}

/** Sizes the page's viewport (in WebKit, the window, minus its own toolbar). */
/** Holds a key down (`keyDown`) until `keyUp`, in every engine (sendKeys' down/up is Chromium-only over WebDriver). */
export async function keyDown(key: string): Promise<void> {
  await executeServerCommand('kesk-key', { down: key });
}

export async function keyUp(key: string): Promise<void> {
  await executeServerCommand('kesk-key', { up: key });
}

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('kesk-viewport', size);
}

export interface MediaFeatures {
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

/**
 * Emulates the user's media preferences (Chromium: DevTools; Firefox: its preferences). Resolves `false` where the
 * engine cannot (WebKit over WebDriver): a test that only wants stillness then waits for motion to end instead.
 */
export async function emulateMedia(features: MediaFeatures): Promise<boolean> {
  return (await executeServerCommand<boolean, MediaFeatures>('kesk-media', features)) === true;
}

/** The document and every shadow root in it: `document.getAnimations()` leaves out those of shadow trees. */
function roots(): Array<Document | ShadowRoot> {
  const found: Array<Document | ShadowRoot> = [document];
  const visit = (scope: Document | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
  return found;
}

/** Resolves once every finite animation and transition in the page, shadow trees included, has finished. */
export async function motionSettled(): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    const running = roots()
      .flatMap((root) => root.getAnimations())
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
    if (!running.length) return;
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  }
}

/**
 * The one list of what runs in some engines only, each with the reason: only what an engine cannot be made to do
 * through its automation protocol. Everything else in the suite runs in all three (docs/testing.md, "The three engines").
 */
export const ENGINE_LIMITS = {
  safeArea: {
    engines: ['chromium'],
    why: 'safe-area insets (a notch) can only be emulated through the DevTools protocol (Emulation.setSafeAreaInsetsOverride)',
  },
  virtualKeyboard: {
    engines: ['chromium'],
    why: 'navigator.virtualKeyboard is a Chromium API, and its geometry is emulated through the DevTools protocol',
  },
  touchScreen: {
    engines: ['chromium'],
    why: 'a touch screen (pointer: coarse) is emulated through the DevTools protocol; BiDi and WebDriver classic cannot switch it on a live page',
  },
  mediaPreferences: {
    engines: ['chromium', 'firefox'],
    why: 'WebDriver classic has no media emulation, and WebKitGTK reads prefers-color-scheme and prefers-reduced-motion from GTK settings fixed at start',
  },
} as const satisfies Record<string, { engines: readonly Engine[]; why: string }>;

export type EngineLimit = keyof typeof ENGINE_LIMITS;

/** Whether a limited test runs in this engine. */
export const runsHere = (limit: EngineLimit): boolean => (ENGINE_LIMITS[limit].engines as readonly Engine[]).includes(engine);

/**
 * `it` for a test that needs what only some engines can do (ENGINE_LIMITS). In the others it is registered as
 * skipped, its title saying why, so that every engine's count shows what it did not run.
 */
export function itWhere(limit: EngineLimit, title: string, fn: Mocha.AsyncFunc): Mocha.Test {
  if (runsHere(limit)) return it(title, fn);
  return it.skip(`${title} (not in ${engine}: ${ENGINE_LIMITS[limit].why})`, fn);
}
