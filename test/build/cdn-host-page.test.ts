// The built CDN widget (dist/cdn) as a guest on a vendor's page, in every engine: it never holds back the page's own
// `load`, and two ways of loading it at the same moment (the loader and the page's own module script) make one
// widget. Each page is a fresh frame whose CDN files the test server holds or lets go (test/plugins/held-files.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import { deep } from '../helpers/deep-query.js';
import { newUser, world } from '../helpers/emulator.js';
import { framePage, heldFiles, standIn, type FramePage } from '../loader/frame-page.js';
import { englishIn, tablesOf, visible } from './shown-strings.js';

/** Records the page's uncaught errors (first in its head), for the test to read as `errors(page)`. */
const RECORD_ERRORS = `<script>window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String((e.reason && e.reason.stack) || e.reason)));</script>`;
const errors = (p: FramePage) => (p.win as unknown as { __errors: string[] }).__errors;

const TAGS = ['kesk-chat', 'kesk-launcher', 'kesk-thread', 'kesk-composer', 'kesk-bot-suggestions', 'kesk-session-list', 'kesk-media-gallery'];
const label = (root: Element, part: string) => deep(root, `[part~="${part}"]`)?.getAttribute('aria-label');

describe('build: the CDN widget on a vendor’s page', () => {
  let vendor: string;
  let page: FramePage | undefined;
  let release = async () => {};
  before(async () => {
    const probe = await fetch('/dist/cdn/kesk-chat.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn is built (npm run build:cdn)').to.be.true;
    vendor = String((await world()).vendor_locations[0].id);
  });
  afterEach(async () => {
    await release();
    page?.frame.remove();
    page = undefined;
  });

  it('a plain module script: the page’s load event does not wait for the language table, nor does the widget speak another', async () => {
    const held = await heldFiles({ hold: ['kesk-chat.fr.js'] });
    release = () => held.set({});
    const p = (page = await framePage(
      'fr',
      `<kesk-chat api-base="/v1" token="${newUser()}" mode="vendor" vendor-location-id="${vendor}" inline></kesk-chat>
      <script type="module" src="${held.prefix}/dist/cdn/kesk-chat.js"></script>`,
      RECORD_ERRORS,
      { wait: false },
    ));
    // The table is held as long as the test wants: a page whose load waited for it would never load.
    await waitUntil(() => p.hasLoaded(), 'the page’s load event fires while the table is on its way', { timeout: 10000 });
    await waitUntil(() => p.win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/kesk-chat.js')), 'the widget file has run');
    for (const tag of TAGS) expect(p.win.customElements.get(tag), `${tag} waits for its strings`).to.equal(undefined);
    await release();
    const chat = () => p.doc.querySelector('kesk-chat')!;
    await waitUntil(() => label(chat(), 'send-button'), 'the widget renders once its table is there', { timeout: 10000 });
    expect(label(chat(), 'send-button')).to.equal('Envoyer');
    expect(englishIn(visible(chat()), 'fr')).to.deep.equal([]);
    expect(tablesOf(p.win)).to.deep.equal(['fr']);
    // The conversations list and the gallery are a file of their own (kesk-chat.views.js), fetched on idle time once
    // the panel shows (an inline one at once).
    await waitUntil(() => TAGS.every((tag) => p.win.customElements.get(tag)), 'the views are fetched ahead and defined', { timeout: 10000 });
    expect(errors(p)).to.deep.equal([]);
  });

  it('the loader and the page’s own module script import kesk-chat.js at the same moment: one widget, no error', async () => {
    // Three importers (the loader, the page's module script and its own import()) wait on the one held fetch of
    // kesk-chat.js (the module map shares it) and get it in the same instant: the case of WebKit's bug 242740 with a
    // module whose top-level await is pending. (An absolute URL in import(): WebKit resolves a dynamic import in a
    // srcdoc page's inline script against about:srcdoc, and fails.)
    const held = await heldFiles({ hold: ['kesk-chat.js'] });
    release = () => held.set({});
    const data = { 'api-base': '/v1', token: newUser(), mode: 'vendor', 'vendor-location-id': vendor };
    const attributes = Object.entries(data)
      .map(([name, value]) => `data-${name}="${value}"`)
      .join(' ');
    const p = (page = await framePage(
      'de',
      `<script src="${held.prefix}/dist/cdn/kesk-chat-loader.js" ${attributes}></script>
      <script type="module" src="${held.prefix}/dist/cdn/kesk-chat.js"></script>
      <script type="module">import('${location.origin}${held.prefix}/dist/cdn/kesk-chat.js').then(() => (window.__imported = true), (e) => __errors.push('import: ' + e))</script>
      <script>KeskChat.open()</script>`,
      RECORD_ERRORS,
      { wait: false },
    ));
    await waitUntil(() => standIn(p.doc), 'the loader draws its launcher');
    await release();
    const chats = () => p.doc.querySelectorAll('kesk-chat');
    await waitUntil(() => chats().length === 1 && (chats()[0] as HTMLElement & { isOpen?: boolean }).isOpen, 'the widget mounts and opens', { timeout: 15000 });
    const chat = chats()[0]!;
    await waitUntil(() => label(chat, 'close-button'), 'the panel renders');
    expect(label(chat, 'close-button')).to.equal('Chat schließen');
    expect(englishIn(visible(chat), 'de')).to.deep.equal([]);
    await waitUntil(() => (p.win as unknown as { __imported?: boolean }).__imported, 'the page’s own import resolves');
    await p.loaded;
    expect(chats().length, 'one widget').to.equal(1);
    expect(standIn(p.doc), 'the stand-in gave way').to.equal(null);
    expect(tablesOf(p.win)).to.deep.equal(['de']);
    expect(errors(p)).to.deep.equal([]);
  });

  it('a page that goes away just as its table arrives leaves the browser running', async () => {
    // With a top-level await in kesk-chat.js, WebKit stopped running everything (this test page and the runner's
    // driver with it) when a frame went away at the moment the awaited table arrived: the file never finished.
    for (let i = 0; i < 2; i++) {
      const held = await heldFiles({ hold: ['kesk-chat.fr.js'] });
      const p = await framePage(
        'fr',
        `<kesk-chat api-base="/v1" token="${newUser()}" mode="vendor" vendor-location-id="${vendor}" inline></kesk-chat>
        <script type="module" src="${held.prefix}/dist/cdn/kesk-chat.js"></script>`,
        '',
        { wait: false },
      );
      await waitUntil(() => p.win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/kesk-chat.js')), 'the widget file has run');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await held.set({});
      p.frame.remove();
    }
    const p = (page = await framePage('fr', `<kesk-chat api-base="/v1" token="${newUser()}" mode="vendor" vendor-location-id="${vendor}" inline></kesk-chat>
      <script type="module" src="/dist/cdn/kesk-chat.js"></script>`));
    await waitUntil(() => label(p.doc.querySelector('kesk-chat')!, 'send-button') === 'Envoyer', 'a fresh page shows the widget', { timeout: 10000 });
  });

  it('a click before the page has loaded: the widget opens, and the page’s load does not wait for it', async () => {
    // A picture the test holds keeps the page loading; the widget file is held too, so its fetch is in flight when
    // the page has nothing else to wait for.
    const held = await heldFiles({ hold: ['kesk-chat.js', 'held-picture.gif'] });
    release = () => held.set({});
    const data = { 'api-base': '/v1', token: newUser(), mode: 'vendor', 'vendor-location-id': vendor };
    const attributes = Object.entries(data)
      .map(([name, value]) => `data-${name}="${value}"`)
      .join(' ');
    const p = (page = await framePage(
      'en',
      `<img alt="" src="${held.prefix}/test/build/held-picture.gif"><script src="${held.prefix}/dist/cdn/kesk-chat-loader.js" ${attributes}></script>`,
      RECORD_ERRORS,
      { wait: false },
    ));
    await waitUntil(() => standIn(p.doc), 'the loader draws its launcher');
    standIn(p.doc)!.click();
    await held.set({ hold: ['kesk-chat.js'] });
    await waitUntil(() => p.hasLoaded(), 'the page loads while the widget file is on its way', { timeout: 10000 });
    await release();
    await waitUntil(() => (p.doc.querySelector('kesk-chat') as HTMLElement & { isOpen?: boolean })?.isOpen, 'the click opens the widget', { timeout: 15000 });
    expect(errors(p)).to.deep.equal([]);
  });
});
