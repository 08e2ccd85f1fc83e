// The one scenario every framework demo passes (demo/frameworks/: the same order-help app in Vue, Svelte and
// Angular): what the app binds reaches <kesk-chat>, the element's kesk-* events reach the app's state, the app
// can call open(), and unmounting the app stops the widget. Each framework's test file mounts the app its own way.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KeskChat } from '../../src/index.js';
import { deep } from '../helpers/deep-query.js';
import { motionSettled } from '../helpers/engine.js';
import { api, log } from '../helpers/emulator.js';
import { FAST_CADENCE } from '../helpers/chat-harness.js';

/** Fast polling, so the store's reply and the unread check come within a second. */
/** What the app's state list shows beside `term`. */
function shown(host: HTMLElement, term: string): string | undefined {
  const dt = [...host.querySelectorAll('dt')].find((d) => d.textContent?.trim() === term);
  return dt?.nextElementSibling?.textContent?.trim();
}

/** Chooses `value` in the app's picker labelled `label`, as a user does. */
function pick(host: HTMLElement, label: string, value: string): void {
  const field = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
  const select = field?.querySelector('select');
  if (!select) throw new Error(`no picker labelled ${label}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function button(host: HTMLElement, name: RegExp): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

/** The frameworks' own complaints in development mode: Vue's warnings, Angular's NG0… errors, Svelte's warnings. */
const FRAMEWORK_MESSAGE = /\[Vue warn\]|\bNG0\d+|\[svelte\]/;

/** Collects what the frameworks log through console.warn and console.error until `stop()`. */
function frameworkComplaints(): { stop(): string[] } {
  const found: string[] = [];
  const { warn, error } = console;
  const spy = (original: (...args: unknown[]) => void) => (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (FRAMEWORK_MESSAGE.test(text)) found.push(text);
    original.apply(console, args);
  };
  console.warn = spy(warn);
  console.error = spy(error);
  return {
    stop() {
      Object.assign(console, { warn, error });
      return found;
    },
  };
}

export interface MountedApp {
  host: HTMLElement;
  unmount(): void | Promise<void>;
}

/**
 * Runs the scenario on an app that `mount` renders into a fresh host element with the props
 * `{ token, store: 502 }`.
 */
export async function orderHelpScenario(mount: (host: HTMLElement, props: { token: string; store: number }) => Promise<MountedApp>, token: string) {
  localStorage.clear();
  const complaints = frameworkComplaints();
  const host = document.createElement('div');
  document.body.append(host);
  const app = await mount(host, { token, store: 502 });
  try {
    await waitUntil(() => host.querySelector('kesk-chat'), 'the app renders <kesk-chat>');
    const chat = host.querySelector('kesk-chat') as KeskChat;
    expect(chat).to.be.instanceOf(customElements.get('kesk-chat')!);
    await chat.updateComplete;

    // Bindings: static attributes, the app's props and state, and a function that only a property can carry.
    expect(chat.mode).to.equal('vendor');
    expect(chat.apiBase).to.equal('/v1');
    expect(chat.vendorLocationId, 'vendor-location-id from the store prop').to.equal(502);
    expect(chat.theme).to.equal('light');
    expect(chat.token).to.equal(token);
    expect(chat.tokenProvider, 'tokenProvider is set as a property').to.be.a('function');
    expect(shown(host, 'Chat')).to.equal('closed');
    expect(shown(host, 'Token requests')).to.equal('0');
    chat.cadence = FAST_CADENCE;

    // The app's state changes reach the element.
    pick(host, 'Store', '503');
    await waitUntil(() => chat.vendorLocationId === 503, 'the store picker rebinds vendor-location-id');
    pick(host, 'Widget theme', 'dark');
    await waitUntil(() => chat.theme === 'dark', 'the theme picker rebinds theme');
    await chat.updateComplete;
    expect(chat.getAttribute('theme')).to.equal('dark');

    // The app calls open(); kesk-open reaches its state.
    button(host, /Ask the store/).click();
    await waitUntil(() => shown(host, 'Chat') === 'open', 'kesk-open updates the app', { timeout: 5000 });
    expect(chat.isOpen).to.be.true;

    // A message typed into the widget: kesk-message-sent reaches the app's list.
    await waitUntil(() => deep(chat, 'textarea'), 'the panel shows the composer');
    const input = deep(chat, 'textarea') as HTMLTextAreaElement;
    input.focus();
    await sendKeys({ type: 'Can I collect my order in Edinburgh?' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => host.querySelector('.sent li'), 'kesk-message-sent updates the app', { timeout: 10000 });
    expect(host.querySelector('.sent li')!.textContent).to.equal('Can I collect my order in Edinburgh?');
    expect(host.textContent).to.contain('Sent from this page (1)');
    expect(shown(host, 'Token requests'), 'the widget asked the app for its token once').to.equal('1');

    // Closed before the store answers: its reply counts as unread, and the app's button shows it. Opening the chat
    // again from the app shows the reply (kesk-message-received) and reads it (the count goes back to 0).
    (deep(chat, '[part="close-button"]') as HTMLButtonElement).click();
    await waitUntil(() => shown(host, 'Chat') === 'closed', 'kesk-close updates the app');
    await waitUntil(() => shown(host, 'Unread') === '1', 'kesk-unread-change updates the app', { timeout: 10000 });
    expect(button(host, /Ask the store/).textContent).to.contain('1 unread');
    expect(shown(host, 'Replies')).to.equal('0');
    button(host, /Ask the store/).click();
    await waitUntil(() => shown(host, 'Replies') === '1', 'kesk-message-received updates the app', { timeout: 10000 });
    await waitUntil(() => shown(host, 'Unread') === '0', 'reading the reply clears the badge', { timeout: 10000 });
    expect(button(host, /Ask the store/).textContent).not.to.contain('unread');

    // What reached the API: a vendor chat with the Edinburgh store, under the app's token.
    const { body } = await api(token, 'GET', '/chat/sessions');
    expect(body.sessions).to.have.length(1);
    expect(body.sessions[0].participants.map((p: { id: number }) => p.id)).to.include(3003);

    // axe reads colours as painted: mid-fade, the reopened panel's colours are blended with the page's.
    await waitUntil(() => getComputedStyle(deep(chat, '[part="panel"]')!).opacity === '1', 'the reopened panel has faded in');
    // Every transition done, not only the panel's opacity (in a full WebKit run, axe read the header mid-way).
    await motionSettled();
    await expect(host).to.be.accessible();
  } finally {
    await app.unmount();
    host.remove();
    // Vue without isCustomElement, or Angular without CUSTOM_ELEMENTS_SCHEMA, still renders the element, but
    // complains: that counts as a broken integration.
    expect(complaints.stop(), 'the framework did not complain about <kesk-chat>').to.deep.equal([]);
  }

  // Unmounting the app disconnects the element: it stops polling.
  await new Promise((r) => setTimeout(r, 400));
  const before = (await log({ token })).length;
  await new Promise((r) => setTimeout(r, 1000));
  expect((await log({ token })).length, 'no request after the app unmounted').to.equal(before);
}
