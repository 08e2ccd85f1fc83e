// The conversations list and the gallery in the CDN build (dist/cdn): a file of their own, kesk-chat.views.<hash>.js
// (scripts/view-chunks.js), that the first open does not download. It is fetched ahead on idle time once the panel
// has opened, so that a click on "Conversations" does not wait on the network; and when it cannot load, the view
// says so and offers a retry, which loads it once the network is back. In every engine (test/plugins/held-files.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import { deep } from '../helpers/deep-query.js';
import { newUser, world } from '../helpers/emulator.js';
import { framePage, heldFiles, type FramePage } from '../loader/frame-page.js';
import { cdnFile } from './cdn-files.js';
import { fileWaits, rowOf, sendWithFile, sentWithFiles, uploadsOf } from './send-file.js';

/** Records the page's console errors and uncaught errors. */
const RECORD = `<script>window.__logged = []; console.error = (...a) => __logged.push(a.map(String).join(' '));
  addEventListener('error', (e) => __logged.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __logged.push(String((e.reason && e.reason.stack) || e.reason)));</script>`;
/** The list is rendered: its own empty state or its conversations (the chat has a part `empty` of its own). */
const listShown = (chat: Element) => deep(chat, 'kesk-session-list')?.shadowRoot?.querySelector('[part~="empty"], [part~="session-title"]');
type Win = Window & { __logged: string[]; __tampered?: boolean };

describe('build: the CDN widget’s views file', () => {
  let vendor: string;
  let views: string;
  let page: FramePage | undefined;
  let release = async () => {};
  before(async () => {
    vendor = String((await world()).vendor_locations[0].id);
    views = (await cdnFile('lazy', 'views')).file;
  });
  afterEach(async () => {
    await release();
    page?.frame.remove();
    page = undefined;
  });

  /** A page with a closed <kesk-chat> and the CDN widget, its files served by the rules given. */
  async function chatPage(rules: { fail?: string[]; tamper?: string[] } = {}, token = newUser()) {
    const held = await heldFiles(rules);
    release = () => held.set({});
    const p = (page = await framePage(
      'en',
      `<kesk-chat api-base="/v1" token="${token}" mode="vendor" vendor-location-id="${vendor}"></kesk-chat>
      <script type="module" src="${held.prefix}/dist/cdn/kesk-chat.js"></script>`,
      RECORD,
    ));
    const chat = p.doc.querySelector('kesk-chat')!;
    await waitUntil(() => deep(chat, '[part~="launcher"]'), 'the widget renders its launcher', { timeout: 10000 });
    const asked = () => p.win.performance.getEntriesByType('resource').filter((e) => e.name.includes(`/${views}`)).map((e) => e.name);
    return { p, win: p.win as unknown as Win, chat, asked, held };
  }

  it('is not part of the first open, is fetched on idle once the panel opens, and the list then opens with no request', async () => {
    const { p, win, chat, asked } = await chatPage();
    // Closed, on idle time, the panel is rendered ahead (no view code needed), and the views are not fetched.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(asked(), 'not fetched while the panel is closed').to.deep.equal([]);
    expect(p.win.customElements.get('kesk-session-list')).to.equal(undefined);

    deep(chat, '[part~="launcher"]')!.click();
    await waitUntil(() => deep(chat, 'textarea'), 'the panel opens', { timeout: 10000 });
    await waitUntil(() => asked().length > 0, 'fetched ahead, before any click on Conversations', { timeout: 10000 });
    await waitUntil(() => p.win.customElements.get('kesk-session-list') && p.win.customElements.get('kesk-media-gallery'), 'both views defined', { timeout: 10000 });

    const files = () => p.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/cdn/')).length;
    const before = files();
    deep(chat, '[part~="sessions-button"]')!.click();
    await waitUntil(() => listShown(chat), 'the list renders', { timeout: 10000 });
    expect(getComputedStyle(deep(chat, 'kesk-session-list')!).display, 'styled').to.not.equal('inline');
    expect(files(), 'no file fetched at the click').to.equal(before);
    expect(asked(), 'fetched once').to.have.length(1);
    expect(win.__logged).to.deep.equal([]);
  });

  it('that did not load (offline) shows a clear error with a retry, which opens the list once back online', async () => {
    const { p, win, chat, asked, held } = await chatPage({ fail: ['kesk-chat.views.js'] });
    deep(chat, '[part~="launcher"]')!.click();
    await waitUntil(() => deep(chat, 'textarea'), 'the panel opens', { timeout: 10000 });
    // (WebKit lists no failed request among the page's resources: the fetch ahead may or may not have failed yet.)
    deep(chat, '[part~="sessions-button"]')!.click();
    await waitUntil(() => deep(chat, '[part~="view-failed"]'), 'the view says it could not load', { timeout: 10000 });
    const failed = deep(chat, '[part~="view-failed"]')!;
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(failed.textContent).to.include('This view could not load. Check your connection and try again.');
    expect(p.win.customElements.get('kesk-session-list')).to.equal(undefined);

    await held.set({});
    deep(chat, '[part~="retry-view"]')!.click();
    await waitUntil(() => listShown(chat) && !deep(chat, '[part~="view-failed"]'), 'the retry loads and shows the list, and the error is gone', { timeout: 10000 });
    expect(asked().some((n) => /\?retry=\d+$/.test(n)), 'asked again at an address of its own').to.equal(true);
    expect(win.__logged.every((line) => line.includes(views)), 'only the views file is named in the console').to.equal(true);
  });

  it('holds the upload code: a file sent after the fetch ahead uploads with no file fetched at the send', async () => {
    const token = newUser();
    const { p, win, chat, asked } = await chatPage({}, token);
    deep(chat, '[part~="launcher"]')!.click();
    await waitUntil(() => p.win.customElements.get('kesk-session-list'), 'the views file fetched ahead', { timeout: 10000 });
    const files = () => p.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/cdn/')).length;
    const before = files();
    await sendWithFile(p.win, chat, 'here is the order');
    await waitUntil(() => sentWithFiles(chat, 'here is the order'), 'the message and its file are sent', { timeout: 15000 });
    expect(await uploadsOf(token), 'the file uploaded once').to.have.length(1);
    expect(files(), 'no file fetched at the send').to.equal(before);
    expect(asked(), 'fetched once').to.have.length(1);
    expect(win.__logged).to.deep.equal([]);
  });

  it('that did not load (offline) keeps a message with a file waiting, and delivers both once it loads', async () => {
    const token = newUser();
    const { p, chat, held } = await chatPage({ fail: ['kesk-chat.views.js'] }, token);
    await sendWithFile(p.win, chat, 'the file comes later');
    // The message and its file stay in the thread, the file waiting (the outbox tries again), not failed or lost.
    await waitUntil(() => fileWaits(chat, 'the file comes later'), 'the file waits', { timeout: 15000 });
    expect(rowOf(chat, 'the file comes later')!.textContent).to.include('order.txt');
    expect(await uploadsOf(token), 'no upload reached the API').to.have.length(0);

    await held.set({});
    await waitUntil(() => sentWithFiles(chat, 'the file comes later'), 'delivered with its file once the code loads', { timeout: 15000 });
    expect(await uploadsOf(token), 'the file uploaded once').to.have.length(1);
  });
});
