import { drawFacade, type Facade } from './facade.js';
import { eventName, takeQueue, type KeskChatMethod, type QueuedCall } from './queue.js';
import { afterLoad, quietImport } from './quiet-import.js';

// The one-script-tag loader. A vendor adds
//   <script src="https://cdn…/kesk-chat-loader.js" data-api-base="…" data-mode="vendor" data-token="…"
//           data-vendor-location-id="501" async></script>
// (`data-session-id` and `data-message-id` open the widget at one message: a link in a "you have a reply" e-mail.)
// and this file (a few KB, no Lit) draws the launcher, then loads the widget (`data-bundle`, by default
// `kesk-chat.js` beside the loader) on hover, focus, click or idle time — not on idle when the user asked to save
// data — and mounts <kesk-chat> configured from the data-* attributes.

/** The boot's file name and integrity, filled in by the CDN build (absent from sources). */
declare const KESK_BOOT: [string, string] | undefined;

/** The data-* attributes passed on to <kesk-chat> (`data-api-base` → `api-base`, …). */
const ATTRIBUTES = ['api-base', 'mode', 'token', 'vendor-location-id', 'bot-username', 'recipient-id', 'user-type', 'session-id', 'message-id', 'theme', 'lang', 'position', 'heading'];

/** The part of <kesk-chat> the loader drives. */
interface ChatElement extends HTMLElement {
  token: string;
  updateComplete: Promise<boolean>;
  open(): void;
  close(): void;
  toggle(): void;
  send(text: string): void;
}

/** `window.KeskChat`: the page's handle on the widget, usable before the widget has loaded. */
export interface KeskChatApi {
  /** Opens the panel (loading the widget first if needed). */
  open(): void;
  /** Closes the panel. */
  close(): void;
  /** Opens or closes the panel. */
  toggle(): void;
  /** Sends a message as the user. */
  send(text: string): void;
  /** Listens to a widget event (`'open'` or `'kesk-open'`, `'message-received'`, …); returns a function that stops. */
  on(event: string, listener: (event: Event) => void): () => void;
  /** Uses another bearer token from the next request on. */
  setToken(token: string): void;
  /** Removes the widget (or the launcher, if it has not loaded) and this handle. */
  destroy(): void;
  /** The mounted <kesk-chat>, once loaded. */
  readonly element: HTMLElement | undefined;
  /** Set by the loader: a second copy of the script sees it and does nothing. */
  readonly __loaded: true;
}

declare global {
  interface Window {
    KeskChat?: KeskChatApi | { q?: QueuedCall[] };
  }
}

/** Starts the loader for its `<script>` element: draws the launcher and wires `window.KeskChat`. */
export function start(script: HTMLScriptElement): KeskChatApi {
  const current = window.KeskChat;
  if (current && '__loaded' in current) return current;

  const data = (name: string) => script.getAttribute(`data-${name}`);
  const config = new Map<string, string>();
  for (const name of ATTRIBUTES) {
    const value = data(name);
    if (value !== null) config.set(name, value);
  }
  const base = script.src || document.baseURI;
  // The build names the boot by its content and gives its integrity (scripts/cdn-bundle.js); a `data-bundle` of
  // the page's own is loaded unchecked.
  const own = data('bundle');
  const [file, integrity] = own ? [own] : typeof KESK_BOOT == 'object' ? KESK_BOOT : ['kesk-chat.js'];
  const bundle = new URL(file, base).href;

  const queue: QueuedCall[] = takeQueue(current);
  const listeners: Array<[string, (event: Event) => void]> = [];
  let facade: Facade | undefined;
  let element: ChatElement | undefined;
  let loading: Promise<void> | undefined;
  let clicked = false;
  let destroyed = false;

  const call = (method: KeskChatMethod, args: ArrayLike<unknown>): void => {
    const [first, second] = Array.from(args);
    if (method === 'destroy') return destroy();
    if (method === 'setToken') {
      config.set('token', String(first));
      if (element) element.token = String(first);
      return;
    }
    if (method === 'on') {
      listeners.push([eventName(String(first)), second as (event: Event) => void]);
      element?.addEventListener(eventName(String(first)), second as (event: Event) => void);
      return;
    }
    if (!element) {
      queue.push([method, ...Array.from(args)]);
      if (method !== 'close') void load();
      return;
    }
    if (method === 'send') element.send(String(first));
    else element[method]();
  };

  /** Runs the queued calls in order; one that throws (an empty `send`) does not stop the others. */
  const replay = (): void => {
    for (const entry of queue.splice(0)) {
      try {
        call(String(entry[0]) as KeskChatMethod, [].slice.call(entry, 1));
      } catch (error) {
        console.error('kesk-chat:', error);
      }
    }
  };

  const load = (): Promise<void> =>
    (loading ??= (async () => {
      // The CDN build's boot (src/loader/boot.ts), checked against its integrity: it fetches the rest, each file
      // checked, and the term table of the page's language in parallel with the widget. Without holding back the
      // page's `load` if it has not fired yet (src/loader/quiet-import.ts).
      await (await quietImport<{ ready?: Promise<unknown> }>(bundle, integrity)).ready;
      await customElements.whenDefined('kesk-chat');
      if (destroyed) return;
      const chat = document.createElement('kesk-chat') as ChatElement;
      for (const [name, value] of config) chat.setAttribute(name, value);
      for (const [name, listener] of listeners) chat.addEventListener(name, listener);
      document.body.append(chat);
      await chat.updateComplete;
      if (destroyed) return chat.remove();
      const hadFocus = !!facade && document.activeElement === facade.host;
      facade?.host.remove();
      facade = undefined;
      element = chat;
      replay();
      if (clicked) chat.open();
      else if (hadFocus) chat.shadowRoot?.querySelector<HTMLElement>('kesk-launcher')?.focus();
    })().catch((error: unknown) => {
      loading = undefined;
      // A click tries again. The browser's console says why (offline, or the boot failed its integrity check); past the
      // boot, the boot says which file, and the stand-in says the chat could not load (src/loader/boot.ts).
      facade?.button.removeAttribute('aria-busy');
      console.error('kesk-chat:', error);
    }));

  const destroy = (): void => {
    destroyed = true;
    facade?.host.remove();
    element?.remove();
    facade = element = undefined;
    if (window.KeskChat === api) delete window.KeskChat;
  };

  const method =
    (name: KeskChatMethod) =>
    (...args: unknown[]) =>
      call(name, args);
  const api: KeskChatApi = {
    open: method('open'),
    close: method('close'),
    toggle: method('toggle'),
    send: method('send'),
    on(event, listener) {
      call('on', [event, listener]);
      return () => {
        const name = eventName(event);
        const index = listeners.findIndex(([n, l]) => n === name && l === listener);
        if (index >= 0) listeners.splice(index, 1);
        element?.removeEventListener(name, listener);
      };
    },
    setToken: method('setToken'),
    destroy,
    get element() {
      return element;
    },
    __loaded: true,
  };
  window.KeskChat = api;

  // Replay what a snippet queued: `on` and `setToken` now, the rest once the widget is there.
  replay();
  if (destroyed || element) return api;

  const drawLauncher = (): void => {
    if (destroyed || element) return;
    facade = drawFacade(config.get('position') ?? null, config.get('theme') ?? null, config.get('lang') ?? null);
    const { button } = facade;
    // Not once: `load` does nothing while a load is on its way; after one failed, a hover tries again as a click does.
    button.addEventListener('pointerenter', load);
    button.addEventListener('focus', load);
    button.addEventListener('click', () => {
      clicked = true;
      button.setAttribute('aria-busy', 'true');
      void load();
    });
    button.addEventListener('pointerdown', (event) => event.button || follow('pointerup'));
    // Enter clicks on its key-down, on the stand-in; Space on its key-up, which the swap can move to the real launcher.
    // (A held key's repeats each follow the press: its one key-up ends them all.)
    button.addEventListener('keydown', (event) => event.key === ' ' && follow('keyup'));
  };

  // Hover, focus and idle time start the load, so the widget can replace the stand-in in the middle of a press: the
  // press then ends on the real launcher, and the browser fires no click (it began on another element). The loader
  // ends such a press itself: let go on the real launcher (pointer up, or the key up), it opens the panel; let go
  // elsewhere, nothing, as with any button. Ended on the stand-in, the browser's own click does it (above).
  const follow = (type: 'pointerup' | 'keyup'): void => {
    const end = (event: Event): void => {
      // Another key going up while Space is held is not the end of the press (a pointer event has no key).
      const { key } = event as KeyboardEvent;
      if (key && key !== ' ') return;
      removeEventListener(type, end, true);
      removeEventListener('pointercancel', end, true);
      // On the widget (the closed panel is hidden: its launcher is all there is to hit or focus), after the click the
      // browser may fire after all (open() on an open panel does nothing).
      if (event.type === type && event.target === element) setTimeout(() => element?.open());
    };
    addEventListener(type, end, true);
    addEventListener('pointercancel', end, true);
  };
  // A tag in <head> without `async` or `defer` runs before there is a body.
  if (document.body) drawLauncher();
  else document.addEventListener('DOMContentLoaded', drawLauncher); // (fires once)

  // A link to a message (`data-message-id`) is why the visitor came: the widget loads at once, and opens at it.
  if (config.has('message-id')) void load();
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!saveData && !loading) {
    // A load started since (hover, a call) makes this one do nothing; after destroy() it loads nothing.
    const run = () => destroyed || void load();
    // Safari has no requestIdleCallback: the next task after the first frame drawn after `load` (the page's own load
    // handlers, and what they queued, go first), not a fixed timer, which made Safari wait seconds for nothing. In a
    // hidden tab no frame is drawn: the widget loads once the tab is shown, or on an interaction.
    const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : requestAnimationFrame(() => setTimeout(run)));
    // Idle time after the page's own load, so the widget never competes with it.
    afterLoad(idle);
  }
  return api;
}

// As a classic <script> (the CDN build), start for that script. Imported as a module (tests, Vite dev) it has no
// `currentScript`: the importer calls `start(tag)` itself.
const own = document.currentScript;
if (own instanceof HTMLScriptElement) start(own);
