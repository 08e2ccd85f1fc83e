// The built CDN files (dist/cdn) in pages of their own language, each in a fresh frame: the widget file holds no
// language, every language (English too) is a term table of its own, and a page downloads its own only. The shopper
// never sees a string of another language: the widget defines its elements once the page's table is there, and a
// change of language shows the new strings only once their table has arrived (or never, if it cannot).
import { expect, waitUntil } from '@open-wc/testing';
import { STRICT_CSP } from '../../scripts/strict-csp.js';
import { deep, deepAll } from '../helpers/deep-query.js';
import { newUser, world } from '../helpers/emulator.js';
import { heldFiles, type HeldFiles } from '../loader/frame-page.js';
import { ENGLISH, englishIn, tablesOf, visible } from './shown-strings.js';
import { cdnFile, unhashed } from './cdn-files.js';

const CDN = '/dist/cdn';

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** The term tables the page fetched, in order (`en`, `ar`, …). */
  tables(): string[];
  chat(): HTMLElement | undefined;
}

/** A fresh page of its own language (`<html lang>`), with `head` and `body` as its markup. */
async function page(lang: string, body: string, head = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 420px; height: 720px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  return {
    frame,
    win,
    doc,
    tables: () => tablesOf(win),
    chat: () => doc.querySelector<HTMLElement>('kesk-chat') ?? undefined,
  };
}

/**
 * A vendor's page with the one loader tag (after `head`), its CDN files served from `cdn` (the folder itself, or the
 * same files held or failed by the test server as a test says: test/plugins/held-files.mjs).
 */
async function loaderPage(lang: string, extra: Record<string, string> = {}, head = '', cdn = CDN): Promise<Page> {
  const vendor = String((await world()).vendor_locations[0].id);
  const data = { 'api-base': '/v1', token: newUser(), mode: 'vendor', 'vendor-location-id': vendor, ...extra };
  const attributes = Object.entries(data)
    .map(([name, value]) => `data-${name}="${value}"`)
    .join(' ');
  return page(lang, `<script src="${cdn}/kesk-chat-loader.js" ${attributes}></script>`, head);
}

/** The CDN folder served through the test server with rules the test sets (nothing held or failed at first). */
async function networkedCdn(): Promise<HeldFiles & { cdn: string }> {
  const held = await heldFiles();
  return { ...held, cdn: `${held.prefix}${CDN}` };
}

/**
 * Clicks the loader's launcher and waits for the open panel, recording on every frame from the click on what the
 * widget shows: `seen` holds every text and name it ever showed.
 */
async function openThroughLoader(p: Page): Promise<{ chat: HTMLElement; seen: Set<string>; stop(): void }> {
  const facade = () => p.doc.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button');
  await waitUntil(facade, 'the launcher is drawn');
  const seen = new Set<string>();
  let running = true;
  const sample = () => {
    if (!running) return;
    const el = p.chat();
    if (el) for (const text of visible(el)) seen.add(text);
    requestAnimationFrame(sample);
  };
  sample();
  facade()!.click();
  await waitUntil(() => p.chat() && deep(p.chat()!, '[part~="heading"]') && deep(p.chat()!, 'textarea'), 'the widget mounts and opens', { timeout: 15000 });
  return { chat: p.chat()!, seen, stop: () => (running = false) };
}

const label = (root: Element, part: string) => deep(root, `[part~="${part}"]`)?.getAttribute('aria-label');
const panelLang = (root: Element) => deep(root, '[part~="panel"]')?.getAttribute('lang');

describe('build: the CDN widget in the page’s language', () => {
  let frames: HTMLIFrameElement[] = [];
  const keep = (p: Page) => (frames.push(p.frame), p);
  before(async () => {
    const probe = await fetch(`${CDN}/${(await cdnFile('locale', 'en')).file}`, { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn is built with its English table (npm run build:cdn)').to.be.true;
    expect(ENGLISH.length).to.be.greaterThan(50);
  });
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('an English page through the loader: English from kesk-chat.en.js, no other table', async () => {
    const p = keep(await loaderPage('en'));
    const { chat, stop } = await openThroughLoader(p);
    stop();
    expect(deep(chat, '[part~="heading"]')!.textContent).to.include('Chat with the store');
    expect(label(chat, 'close-button')).to.equal('Close chat');
    expect(label(chat, 'send-button')).to.equal('Send');
    expect(p.tables()).to.deep.equal(['en']);
    const widget = p.win.performance.getEntriesByType('resource').find((e) => unhashed(e.name).endsWith('/kesk-chat-widget.js'));
    expect(widget, 'the widget file').to.exist;
  });

  it('an Arabic page through the loader: Arabic from the first frame, no English anywhere, kesk-chat.ar.js only', async () => {
    const p = keep(await loaderPage('ar'));
    const button = () => p.doc.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button');
    await waitUntil(button, 'the launcher is drawn');
    expect(button()!.getAttribute('aria-label')).to.equal('فتح الدردشة');
    const { chat, seen, stop } = await openThroughLoader(p);
    await waitUntil(() => deepAll(chat, '[part~="empty"]').length > 0, 'the greeting shows');
    stop();
    expect(englishIn([...seen], 'ar'), 'English shown at some frame').to.deep.equal([]);
    expect(label(chat, 'close-button')).to.equal('إغلاق الدردشة');
    expect(label(chat, 'send-button')).to.equal('إرسال');
    expect(panelLang(chat)).to.equal('ar');
    expect(p.win.getComputedStyle(deep(chat, '[part~="panel"]')!).direction).to.equal('rtl');
    expect(p.tables(), 'the Arabic table only: no English downloaded').to.deep.equal(['ar']);
  });

  it('the page’s table comes in parallel with the widget, not after it', async () => {
    // The widget file is held: the table (which the boot asks for with the widget) arrives while it is still on its
    // way (timings would not tell, with the widget in the browser's cache).
    const net = await networkedCdn();
    await net.set({ hold: ['kesk-chat-widget.js'] });
    const p = keep(await loaderPage('ar', {}, '', net.cdn));
    const button = () => p.doc.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button');
    await waitUntil(button, 'the launcher is drawn');
    button()!.click();
    await waitUntil(() => p.tables().includes('ar'), 'the Arabic table arrives before the widget file', { timeout: 10000 });
    expect(p.win.customElements.get('kesk-chat'), 'the widget has not run').to.equal(undefined);
    await net.set({});
    await waitUntil(() => p.chat() && label(p.chat()!, 'send-button') === 'إرسال', 'the widget opens in Arabic', { timeout: 10000 });
    expect(p.tables()).to.deep.equal(['ar']);
  });

  it('under the strict Content-Security-Policy: the table fetched beside the widget is a script from \'self\'', async () => {
    // 'self' spelt as the origin: Firefox does not match 'self' to the origin a srcdoc page inherits (a vendor's page
    // has a URL of its own; the policy is the same).
    const csp = STRICT_CSP.replaceAll("'self'", location.origin);
    const policy = `<meta http-equiv="Content-Security-Policy" content="${csp}"><script src="/test/security/strict/violations.js"></script>`;
    const p = keep(await loaderPage('ar', {}, policy));
    const { chat, stop } = await openThroughLoader(p);
    stop();
    await waitUntil(() => label(chat, 'send-button') === 'إرسال', 'the composer speaks Arabic');
    expect(p.tables()).to.deep.equal(['ar']);
    const recorded = p.win as unknown as { __violations: unknown[]; __errors: string[] };
    expect(recorded.__violations, 'no violation').to.deep.equal([]);
    expect(recorded.__errors, 'no error').to.deep.equal([]);
    // The policy is in force: an inline style is refused.
    const style = p.doc.createElement('style');
    style.textContent = 'body { color: red }';
    p.doc.head.append(style);
    await waitUntil(() => recorded.__violations.length === 1, 'the page enforces the policy');
  });

  it('data-lang on an English page: the loader fetches that language, and only it', async () => {
    const p = keep(await loaderPage('en', { lang: 'de' }));
    const { chat, seen, stop } = await openThroughLoader(p);
    stop();
    expect(label(chat, 'close-button')).to.equal('Chat schließen');
    expect(englishIn([...seen], 'de'), 'English shown at some frame').to.deep.equal([]);
    expect(p.tables()).to.deep.equal(['de']);
  });

  it('a plain module script without the loader: the elements in the page speak its language', async () => {
    const vendor = String((await world()).vendor_locations[0].id);
    const p = keep(
      await page(
        'fr',
        `<kesk-chat api-base="/v1" token="${newUser()}" mode="vendor" vendor-location-id="${vendor}" inline></kesk-chat><script type="module" src="${CDN}/kesk-chat.js"></script>`,
      ),
    );
    await waitUntil(() => p.chat() && label(p.chat()!, 'send-button'), 'the inline widget renders', { timeout: 15000 });
    const chat = p.chat()!;
    expect(label(chat, 'send-button')).to.equal('Envoyer');
    expect(englishIn(visible(chat), 'fr')).to.deep.equal([]);
    expect(p.tables()).to.deep.equal(['fr']);
  });

  it('switches at run time, Arabic to English and English to Spanish, each once its table is there', async () => {
    const net = await networkedCdn();
    const p = keep(await loaderPage('ar', {}, '', net.cdn));
    const { chat, stop } = await openThroughLoader(p);
    stop();
    expect(label(chat, 'close-button')).to.equal('إغلاق الدردشة');
    // The English table is held while frames go by: on each, the widget is in one language, whole.
    await net.set({ hold: ['kesk-chat.en.js'] });
    const states: string[] = [];
    let sampling = true;
    const state = () => `${panelLang(chat)} ${label(chat, 'close-button')} ${label(chat, 'send-button')}`;
    const sample = () => {
      if (!sampling) return;
      states.push(state());
      p.win.requestAnimationFrame(sample);
    };
    try {
      chat.setAttribute('lang', 'en');
      sample();
      await waitUntil(() => states.length > 5, 'frames go by while the table is on its way');
      await net.set({});
      await waitUntil(() => label(chat, 'close-button') === 'Close chat', 'English arrives', { timeout: 10000 });
      await (chat as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      states.push(state());
    } finally {
      sampling = false;
      await net.set({});
    }
    const seen = [...new Set(states)];
    expect(seen, 'Arabic until English has arrived, then English; nothing between').to.deep.equal(['ar إغلاق الدردشة إرسال', 'en Close chat Send']);
    expect(states.filter((s) => s.startsWith('ar')).length, 'frames waited for the table').to.be.greaterThan(3);
    expect(p.win.getComputedStyle(deep(chat, '[part~="panel"]')!).direction, 'an English widget on a right-to-left page').to.equal('rtl');
    expect(p.tables()).to.deep.equal(['ar', 'en']);

    const q = keep(await loaderPage('en'));
    const en = (await openThroughLoader(q)).chat;
    q.doc.documentElement.setAttribute('lang', 'es');
    await waitUntil(() => label(en, 'close-button') === 'Cerrar chat', 'Spanish arrives', { timeout: 10000 });
    expect(label(en, 'send-button')).to.equal('Enviar');
    expect(panelLang(en)).to.equal('es');
    expect(englishIn(visible(en), 'es')).to.deep.equal([]);
    expect(q.tables()).to.deep.equal(['en', 'es']);
  });

  it('a table that cannot load (blocked, offline) leaves the widget in its language, whole', async () => {
    const net = await networkedCdn();
    const p = keep(await loaderPage('en', {}, '', net.cdn));
    const { chat } = await openThroughLoader(p);
    await net.set({ fail: ['kesk-chat.fr.js'] });
    try {
      chat.setAttribute('lang', 'fr');
      // The widget's request for the table and this one are the same module fetch: once it has failed, so has the
      // widget's. (An absolute URL: WebKit resolves import() in a srcdoc page's script against about:srcdoc.)
      const failed = await (p.win as unknown as { eval(code: string): Promise<unknown> })
        .eval(`import('${location.origin}${net.cdn}/${(await cdnFile('locale', 'fr')).file}')`)
        .then(() => false, () => true);
      expect(failed, 'the French table does not load').to.be.true;
      await new Promise((resolve) => p.win.requestAnimationFrame(resolve));
      expect(label(chat, 'close-button')).to.equal('Close chat');
      expect(label(chat, 'send-button')).to.equal('Send');
      expect(panelLang(chat)).to.equal('en');
      expect(visible(chat)).to.include('Chat with the store');
    } finally {
      await net.set({});
    }
    // The widget still follows the next change.
    chat.setAttribute('lang', 'es');
    await waitUntil(() => label(chat, 'close-button') === 'Cerrar chat', 'Spanish arrives', { timeout: 10000 });
  });

  it('offline at the start: the launcher waits and the widget comes, in its language, once a table can load', async () => {
    // Save-Data: the loader waits for the click (no load on idle time), so the tables fail before it asks.
    const saveData = `<script>Object.defineProperty(navigator, 'connection', { value: { saveData: true } })</script>`;
    const net = await networkedCdn();
    await net.set({ fail: ['kesk-chat.ar.js', 'kesk-chat.en.js'] });
    const p = keep(await loaderPage('ar', {}, saveData, net.cdn));
    const button = () => p.doc.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button');
    await waitUntil(button, 'the launcher is drawn');
    try {
      button()!.click();
      await waitUntil(() => p.win.performance.getEntriesByType('resource').some((e) => unhashed(e.name).endsWith('/kesk-chat-widget.js')), 'the widget file arrives', { timeout: 10000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const tag of ['kesk-chat', 'kesk-launcher', 'kesk-thread', 'kesk-composer']) {
        expect(p.win.customElements.get(tag), `no ${tag} defined without its strings`).to.equal(undefined);
      }
      expect(button()!.getAttribute('aria-busy'), 'the launcher says it is busy').to.equal('true');
    } finally {
      await net.set({});
    }
    await waitUntil(() => p.chat() && label(p.chat()!, 'send-button') === 'إرسال', 'the widget opens in Arabic once the network is back', { timeout: 10000 });
    expect(p.doc.querySelector('[data-kesk-chat-facade]'), 'the stand-in gave way').to.equal(null);
  });
});
