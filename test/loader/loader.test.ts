import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { start, type KeskChatApi } from '../../src/loader/loader.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { log, newUser, world } from '../helpers/emulator.js';

const BUNDLE = '/src/define.ts';

/** A loader <script> tag as a vendor writes it (never executed: `start` runs against it). */
function tag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries({ 'data-bundle': BUNDLE, ...attributes })) script.setAttribute(name, value);
  return script;
}

const facade = () => document.querySelector<HTMLElement>('[data-kesk-chat-facade]');
const facadeButton = () => facade()?.shadowRoot?.querySelector('button') ?? null;
const chats = () => document.querySelectorAll<KeskChat>('kesk-chat');

/** Every text under `root`, through shadow roots. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

function setSaveData(on: boolean | undefined) {
  if (on === undefined) delete (navigator as { connection?: unknown }).connection;
  else Object.defineProperty(navigator, 'connection', { value: { saveData: on }, configurable: true });
}

describe('the one-script-tag loader', () => {
  let vendorLocationId: string;
  before(async () => {
    vendorLocationId = String((await world()).vendor_locations[0].id);
  });
  afterEach(() => {
    window.KeskChat && 'destroy' in window.KeskChat && window.KeskChat.destroy();
    delete window.KeskChat;
    setSaveData(undefined);
  });

  // First in the file: the page has not loaded the widget yet.
  it('draws a named launcher and loads nothing on Save-Data until the user reaches for it', async () => {
    setSaveData(true);
    // The page's own rules for kesk-chat reach the stand-in too (read before the widget's code exists).
    const style = document.createElement('style');
    style.textContent = 'kesk-chat { --kesk-brand: rgb(1, 2, 3); } kesk-chat[theme="dark"] { --kesk-brand: rgb(4, 5, 6); }';
    document.head.append(style);
    start(tag({ 'data-api-base': '/v1', 'data-token': newUser(), 'data-theme': 'dark' }));
    style.remove();
    const button = facadeButton();
    expect(button, 'the launcher').to.exist;
    expect(button!.getAttribute('aria-label')).to.equal('Open chat');
    expect(getComputedStyle(button!).backgroundColor, 'kesk-chat[theme=dark] { --kesk-brand }').to.equal('rgb(4, 5, 6)');
    expect(document.querySelectorAll('kesk-chat').length, 'the probe left').to.equal(0);
    await aTimeout(800);
    expect(customElements.get('kesk-chat'), 'no widget defined').to.equal(undefined);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes(BUNDLE)), 'no bundle request').to.equal(false);
    expect(chats().length).to.equal(0);
    button!.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => chats().length === 1, 'hovering loads and mounts the widget', { timeout: 10000 });
    expect(customElements.get('kesk-chat')).to.exist;
    await waitUntil(() => !facade(), 'the facade gives way to the real launcher');
  });

  it('names the stand-in in the widget’s language: data-lang, else the page’s', async () => {
    setSaveData(true);
    start(tag({ 'data-lang': 'de', 'data-token': newUser() }));
    expect(facadeButton()!.getAttribute('aria-label')).to.equal('Chat öffnen');
    window.KeskChat && 'destroy' in window.KeskChat && window.KeskChat.destroy();
    const was = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'ar';
    try {
      start(tag({ 'data-token': newUser() }));
      expect(facadeButton()!.getAttribute('aria-label')).to.equal('فتح الدردشة');
    } finally {
      if (was === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = was;
    }
  });

  it('the facade passes axe and honours --kesk-brand, position and theme', async () => {
    setSaveData(true);
    document.documentElement.style.setProperty('--kesk-brand', 'rgb(128, 0, 64)');
    try {
      start(tag({ 'data-position': 'bottom-start', 'data-token': newUser() }));
      const host = facade()!;
      await expect(host).to.be.accessible();
      const button = facadeButton()!;
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(128, 0, 64)');
      expect(button.getBoundingClientRect().left).to.be.lessThan(100);
    } finally {
      document.documentElement.style.removeProperty('--kesk-brand');
    }
  });

  it('a click loads the widget, mounts <kesk-chat> with the data-* attributes and opens it', async () => {
    setSaveData(true);
    const token = newUser();
    const opened: Event[] = [];
    const api = start(
      tag({
        'data-api-base': '/v1',
        'data-mode': 'vendor',
        'data-token': token,
        'data-vendor-location-id': vendorLocationId,
        'data-theme': 'dark',
        'data-lang': 'en',
        'data-position': 'bottom-start',
        'data-heading': 'Corner Shop',
      }),
    );
    api.on('open', (e) => opened.push(e));
    facadeButton()!.click();
    await waitUntil(() => chats()[0]?.isOpen, 'the panel opens', { timeout: 10000 });
    const chat = chats()[0]!;
    expect(chat.getAttribute('api-base')).to.equal('/v1');
    expect(chat.mode).to.equal('vendor');
    expect(chat.token).to.equal(token);
    expect(chat.vendorLocationId).to.equal(Number(vendorLocationId));
    expect(chat.theme).to.equal('dark');
    expect(chat.lang).to.equal('en');
    expect(chat.position).to.equal('bottom-start');
    expect(chat.heading).to.equal('Corner Shop');
    expect(facade()).to.equal(null);
    expect(api.element).to.equal(chat);
    await waitUntil(() => opened.length === 1, 'on("open") fires');
    expect(opened[0]!.type).to.equal('kesk-open');
    // Once the panel, and what fades in inside it, has finished (mid-way its text is paler than it will be).
    const panel = chat.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
    await waitUntil(() => getComputedStyle(panel).opacity === '1', 'the panel has opened');
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await expect(chat).to.be.accessible();
  });

  it('replays calls a snippet queued before the loader, and calls made before the widget loaded, in order', async () => {
    setSaveData(true);
    const token = newUser();
    const stale = newUser();
    const seen: string[] = [];
    // An empty message throws in the widget: the calls after it still run.
    window.KeskChat = { q: [['on', 'kesk-open', () => seen.push('open')], ['send', '']] };
    const api = start(tag({ 'data-api-base': '/v1', 'data-mode': 'vendor', 'data-token': stale, 'data-vendor-location-id': vendorLocationId }));
    expect(window.KeskChat).to.equal(api);
    api.on('message-sent', () => seen.push('sent'));
    api.setToken(token);
    api.open();
    api.send('Hello from the queue');
    await waitUntil(() => seen.includes('sent'), 'the queued message is stored', { timeout: 15000 });
    expect(seen).to.deep.equal(['open', 'sent']);
    const chat = chats()[0]!;
    expect(chat.isOpen).to.equal(true);
    const entries = await log({ token });
    expect(entries.some((e: { method: string; path: string; status: number }) => e.method === 'POST' && e.path.endsWith('/chat/sessions/start') && e.status === 200)).to.equal(true);
    await waitUntil(() => deepText(chat).includes('Hello from the queue'), 'the user sees the message');
    expect((await log({ token: stale })).length, 'nothing sent with the old token').to.equal(0);
    // After load, calls go straight to the element.
    api.close();
    await waitUntil(() => !chat.isOpen, 'close() closes');
    api.toggle();
    await waitUntil(() => chat.isOpen, 'toggle() opens');
    const fresh = newUser();
    api.setToken(fresh);
    expect(chat.token).to.equal(fresh);
  });

  it('focus loads the widget and hands focus to the real launcher', async () => {
    start(tag({ 'data-api-base': '/v1', 'data-token': newUser() }));
    facadeButton()!.focus();
    await waitUntil(() => chats().length === 1 && !facade(), 'mounted without a click', { timeout: 10000 });
    const chat = chats()[0]!;
    expect(chat.isOpen, 'not opened without a click').to.equal(false);
    await waitUntil(() => chat.shadowRoot?.activeElement?.localName === 'kesk-launcher', 'focus moved to the real launcher');
  });

  it('loads in idle time without any interaction', async () => {
    start(tag({ 'data-api-base': '/v1', 'data-token': newUser() }));
    await waitUntil(() => chats().length === 1 && !facade(), 'mounted in idle time', { timeout: 10000 });
  });

  it('including the script twice mounts one widget', async () => {
    const first = start(tag({ 'data-api-base': '/v1', 'data-token': newUser() }));
    const second = start(tag({ 'data-api-base': '/v1', 'data-token': newUser() }));
    expect(second).to.equal(first);
    expect(document.querySelectorAll('[data-kesk-chat-facade]').length).to.equal(1);
    first.open();
    await waitUntil(() => chats().length === 1 && chats()[0]!.isOpen, 'mounted', { timeout: 10000 });
    await aTimeout(200);
    expect(chats().length).to.equal(1);
  });

  it('destroy() removes the widget and lets a later tag start again', async () => {
    const api = start(tag({ 'data-api-base': '/v1', 'data-token': newUser() }));
    api.open();
    await waitUntil(() => chats().length === 1, 'mounted', { timeout: 10000 });
    api.destroy();
    expect(chats().length).to.equal(0);
    expect(facade()).to.equal(null);
    expect(window.KeskChat).to.equal(undefined);
    const again: KeskChatApi = start(tag({ 'data-token': newUser() }));
    expect(again).to.not.equal(api);
    expect(facade()).to.exist;
    again.destroy();
    expect(facade()).to.equal(null);
  });

  it('destroy() before the widget loads mounts nothing', async () => {
    setSaveData(true);
    const api = start(tag({ 'data-token': newUser() }));
    facadeButton()!.click();
    api.destroy();
    await aTimeout(300);
    expect(chats().length).to.equal(0);
    expect(facade()).to.equal(null);
  });
});
