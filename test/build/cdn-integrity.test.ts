// Subresource integrity of the CDN build (scripts/cdn-bundle.js): the page's tag checks the loader, the loader the
// boot, the boot every other file (src/loader/boot.ts). A file changed on its way — a compromised CDN, here the test
// server adding one statement to it (test/plugins/held-files.mjs) — is refused before a line of it runs: the console
// says which file and why, and the stand-in launcher says the chat could not load. Untouched, the same page works.
import { expect, waitUntil } from '@open-wc/testing';
import { deep } from '../helpers/deep-query.js';
import { newUser, world } from '../helpers/emulator.js';
import { framePage, heldFiles, standIn, type FramePage } from '../loader/frame-page.js';
import { NOT_LOADED_EN } from '../../src/i18n/open-chat.js';
import { cdnFile } from './cdn-files.js';
import { fileWaits, sendWithFile, uploadsOf } from './send-file.js';

/** Records the page's console errors, and keeps the test runner from seeing them as its own. */
const RECORD = `<script>window.__logged = []; console.error = (...a) => __logged.push(a.map(String).join(' '));</script>`;
type Win = Window & { __logged: string[]; __tampered?: boolean; KeskChat?: { element?: HTMLElement } };

describe('build: the CDN files’ integrity', () => {
  let vendor: string;
  let page: FramePage | undefined;
  let release = async () => {};
  before(async () => {
    vendor = String((await world()).vendor_locations[0].id);
  });
  afterEach(async () => {
    await release();
    page?.frame.remove();
    page = undefined;
  });

  /** A page with the loader tag, its files served through the test server with `tamper` changed. */
  async function loaderPage(tamper: string[], tag = '', fail: string[] = [], token = newUser()) {
    const held = await heldFiles({ tamper, fail });
    release = () => held.set({});
    const attributes = `data-api-base="/v1" data-token="${token}" data-mode="vendor" data-vendor-location-id="${vendor}"`;
    const p = (page = await framePage('en', `<script src="${location.origin}${held.prefix}/dist/cdn/kesk-chat-loader.js" ${tag} ${attributes} async></script>`, RECORD));
    return { p, win: p.win as unknown as Win };
  }

  /**
   * Clicks the stand-in and waits until the loader has given up: no longer busy (a click tries again), still the
   * launcher, nothing of a changed file run, no widget.
   */
  async function refused(p: FramePage, win: Win) {
    await waitUntil(() => standIn(p.doc), 'the loader draws the launcher', { timeout: 10000 });
    standIn(p.doc)!.click();
    await waitUntil(() => standIn(p.doc)?.getAttribute('aria-busy') === 'true', 'busy', { timeout: 10000 }).catch(() => undefined);
    await waitUntil(() => !standIn(p.doc)!.hasAttribute('aria-busy') && win.__logged.length, 'the loader gives up', { timeout: 10000 });
    expect(standIn(p.doc)!.getAttribute('aria-label'), 'still the launcher').to.equal('Open chat');
    expect(win.__tampered, 'not a statement of the changed file ran').to.equal(undefined);
    expect(win.customElements.get('kesk-chat'), 'no widget').to.equal(undefined);
  }

  it('untouched: the loader, the boot, the widget and its table load, each checked, and the widget opens', async () => {
    const { p, win } = await loaderPage([]);
    await waitUntil(() => standIn(p.doc) ?? win.KeskChat?.element, 'the launcher is drawn', { timeout: 10000 });
    standIn(p.doc)?.click();
    await waitUntil(() => win.KeskChat?.element && deep(win.KeskChat.element, 'textarea'), 'the widget opens', { timeout: 15000 });
    const names = p.win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const file of [await cdnFile('boot'), await cdnFile('widget'), await cdnFile('locale', 'en')]) {
      expect(names.some((n) => n.endsWith(`/${file.file}`)), file.file).to.be.true;
    }
    expect(win.__logged).to.deep.equal([]);
  });

  it('a changed widget file is refused, and the launcher says the chat could not load', async () => {
    const { p, win } = await loaderPage(['kesk-chat-widget.js']);
    await refused(p, win);
    expect(standIn(p.doc)!.title).to.equal(NOT_LOADED_EN);
    const { file } = await cdnFile('widget');
    expect(win.__logged.join('\n')).to.match(new RegExp(`${file.replace(/\./g, '\\.')} did not load \\(offline\\?\\) or failed its integrity check`));
  });

  it('a widget file that did not load (offline) is asked for again on the next click, and the widget opens', async () => {
    const { p, win } = await loaderPage([], '', ['kesk-chat-widget.js']);
    await refused(p, win);
    expect(standIn(p.doc)!.title).to.equal(NOT_LOADED_EN);
    // Back online: the same launcher, clicked again, loads the widget and opens it.
    await release();
    win.__logged.length = 0;
    standIn(p.doc)!.click();
    await waitUntil(() => win.KeskChat?.element && deep(win.KeskChat.element, 'textarea'), 'the widget opens', { timeout: 15000 });
    const { file } = await cdnFile('widget');
    // ?retry=1, or a later one when a try before the release failed too (WebKit lists no failed request here).
    const retried = new RegExp(`/${file.replace(/\./g, '\\.')}\\?retry=\\d+$`);
    expect(p.win.performance.getEntriesByType('resource').some((e) => retried.test(e.name)), 'asked at an address of its own').to.equal(true);
    expect(win.__logged).to.deep.equal([]);
  });

  it('a changed views file (the conversations list, the gallery, the upload) is refused: never run, and the view says so', async () => {
    const token = newUser();
    const { p, win } = await loaderPage(['kesk-chat.views.js'], '', [], token);
    await waitUntil(() => standIn(p.doc) ?? win.KeskChat?.element, 'the launcher is drawn', { timeout: 10000 });
    standIn(p.doc)?.click();
    await waitUntil(() => win.KeskChat?.element && deep(win.KeskChat.element, 'textarea'), 'the widget opens', { timeout: 15000 });
    const chat = win.KeskChat!.element!;
    const { file } = await cdnFile('lazy', 'views');
    await waitUntil(() => p.win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${file}`)), 'fetched ahead on idle', { timeout: 10000 });
    deep(chat, '[part~="sessions-button"]')!.click();
    await waitUntil(() => deep(chat, '[part~="view-failed"]'), 'the view says it could not load', { timeout: 10000 });
    expect(win.__tampered, 'not a statement of the changed file ran').to.equal(undefined);
    expect(win.customElements.get('kesk-session-list'), 'no list defined from it').to.equal(undefined);
    // A file sent meanwhile waits with its message (the outbox tries again); its upload never ran from that file.
    deep(chat, '[part~="back-button"]')!.click();
    await sendWithFile(p.win, chat, 'a file for a refused file');
    await waitUntil(() => fileWaits(chat, 'a file for a refused file'), 'the file waits', { timeout: 15000 });
    expect(await uploadsOf(token), 'no upload reached the API').to.have.length(0);
    expect(win.__tampered, 'not a statement of the changed file ran').to.equal(undefined);
  });

  it('a changed boot (the list of files and their hashes) is refused by the loader', async () => {
    const { p, win } = await loaderPage(['kesk-chat.js']);
    await refused(p, win);
    // The boot carries the sentence (through its table): refused, it cannot say it.
    expect(standIn(p.doc)!.title).to.equal('');
    expect(win.__logged.join('\n')).to.match(/^kesk-chat: /);
  });

  it('a changed term table is refused: the widget never runs it, and waits for a table it can trust', async () => {
    const { p, win } = await loaderPage(['kesk-chat.en.js']);
    await waitUntil(() => standIn(p.doc), 'the loader draws the launcher', { timeout: 10000 });
    standIn(p.doc)!.click();
    const { file } = await cdnFile('locale', 'en');
    await waitUntil(() => p.win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${file}`)), 'the table is fetched', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.__tampered, 'not a statement of the changed table ran').to.equal(undefined);
    expect(win.customElements.get('kesk-chat'), 'no element is defined without its strings').to.equal(undefined);
    expect(standIn(p.doc), 'the launcher stays').to.exist;
  });

  it('the tag `npm run build:cdn` prints: its integrity admits this loader and refuses a changed one', async () => {
    const { integrity } = await cdnFile('loader');
    const tag = `integrity="${integrity}" crossorigin="anonymous"`;
    const good = await loaderPage([], tag);
    await waitUntil(() => standIn(good.p.doc) ?? good.win.KeskChat, 'the loader runs', { timeout: 10000 });
    await release();
    good.p.frame.remove();

    const bad = await loaderPage(['kesk-chat-loader.js'], tag);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(bad.win.__tampered, 'not a statement of the changed loader ran').to.equal(undefined);
    expect(bad.win.KeskChat, 'no loader ran').to.equal(undefined);
    expect(standIn(bad.p.doc), 'no launcher').to.equal(null);
  });
});
