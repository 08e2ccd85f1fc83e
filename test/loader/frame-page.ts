// Fresh pages for the loader's and the CDN build's tests: each in a frame of its own (its own custom element
// registry, its own `load`), and files served through test/plugins/held-files.mjs when a test decides what the
// network does to them.

export interface FramePage {
  frame: HTMLIFrameElement;
  /** The frame's window and document (those of its page, once the frame has left its first about:blank). */
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** Resolves on the page's `load` event; `hasLoaded()` says whether it has fired. */
  loaded: Promise<void>;
  hasLoaded(): boolean;
}

/**
 * A page of its own language with `head` and `body` as its markup, at the top left of the test page (so that a
 * frame's coordinates are the test page's, for real pointer input). Resolves on its `load` event, or at once with
 * `{ wait: false }` (for a test of what holds back that event).
 */
export async function framePage(lang: string, body: string, head = '', { wait = true } = {}): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; width: 420px; height: 640px; border: 0; background: #fff';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  let done = false;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve((done = true) && undefined), { once: true }));
  document.body.append(frame);
  if (wait) await loaded;
  return {
    frame,
    get win() {
      return frame.contentWindow as Window & typeof globalThis;
    },
    get doc() {
      return frame.contentDocument!;
    },
    loaded,
    hasLoaded: () => done,
  };
}

/** The files of one test, served under `prefix` with what the test says the network does to them. */
export interface HeldFiles {
  /** `/__test/held/<id>`: put a path of the test server after it (`${prefix}/dist/cdn/kesk-chat.js`). */
  prefix: string;
  /**
   * Replaces the rules: the files (named by the end of their path) to hold until a later call lets them go, and
   * those that fail (a network error), and those served changed (a statement added, as by a compromised CDN).
   */
  set(rules: { hold?: string[]; fail?: string[]; tamper?: string[] }): Promise<void>;
}

let count = 0;

/** A new set of held files, with its first rules. */
export async function heldFiles(rules: { hold?: string[]; fail?: string[]; tamper?: string[] } = {}): Promise<HeldFiles> {
  const prefix = `/__test/held/${Date.now().toString(36)}-${++count}`;
  const set = async (next: { hold?: string[]; fail?: string[]; tamper?: string[] }) => {
    const response = await fetch(prefix, { method: 'POST', body: JSON.stringify(next) });
    if (!response.ok) throw new Error(`held-files: ${response.status}`);
  };
  await set(rules);
  return { prefix, set };
}

/** The stand-in launcher the loader draws in `doc`, if it is there. */
export function standIn(doc: Document): HTMLButtonElement | null {
  return doc.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button') ?? null;
}

/** Resolves after `n` frames of `win`. */
export async function frames(win: Window, n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}
