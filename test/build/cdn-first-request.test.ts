// The CDN widget asks for the conversation as its code runs (src/page/first-request.ts), before the loader has
// mounted <kesk-chat>: the session the loader's tag names, or the one remembered for that mode, target and token.
// The client then takes that answer: one request, not two. The term table is held (test/plugins/held-files.mjs), so
// the widget's elements cannot be defined yet: a request seen then was started by the widget's code alone.
import { expect, waitUntil } from '@open-wc/testing';
import { tokenFingerprint } from '../../src/api/token.js';
import { log, newUser, startVendor, world } from '../helpers/emulator.js';
import { frames, framePage, heldFiles, type FramePage } from '../loader/frame-page.js';

/** The text of `root` and of every shadow root under it (nodes of the frame's realm: no `instanceof`). */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/**
 * The token's requests for a conversation's messages. (A second identical request would be answered 304: the browser
 * revalidates the first answer it cached. Counted too: the polls come seconds after the first open.)
 */
const historyRequests = async (token: string) => (await log({ token })).filter((e: { operation_id: string }) => e.operation_id === 'getChatMessageHistory');

describe('build: the CDN widget’s first request', () => {
  let vendor: string;
  let page: FramePage | undefined;
  let release = async () => {};
  let key: string;
  before(async () => {
    const probe = await fetch('/dist/cdn/kesk-chat.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn is built (npm run build:cdn)').to.be.true;
    vendor = String((await world()).vendor_locations[0].id);
    key = `kesk-chat:session:vendor:${vendor}`;
  });
  afterEach(async () => {
    await release();
    page?.frame.remove();
    page = undefined;
    localStorage.removeItem(key);
  });

  /** A page with the loader's tag (`extra` attributes added), its term table held; waits for the widget's code to run. */
  async function open(token: string, extra = '') {
    const held = await heldFiles({ hold: ['kesk-chat.en.js'] });
    release = () => held.set({});
    const p = (page = await framePage(
      'en',
      `<script src="${held.prefix}/dist/cdn/kesk-chat-loader.js" data-api-base="/v1" data-token="${token}" data-mode="vendor" data-vendor-location-id="${vendor}" ${extra}></script>`,
    ));
    await waitUntil(() => p.win.performance.getEntriesByType('resource').some((e) => /kesk-chat-widget\.[\w-]+\.js$/.test(e.name)), 'the widget file has loaded', { timeout: 10000 });
    return p;
  }

  it('asks for the session the tag names before <kesk-chat> is defined, and once', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Is the blue one in stock? (#1)');
    const p = await open(token, `data-session-id="${session.id}"`);
    await waitUntil(async () => (await historyRequests(token)).length > 0, 'the conversation is asked for while the widget waits for its strings', { timeout: 10000 });
    expect(p.win.customElements.get('kesk-chat'), 'not mounted yet').to.equal(undefined);
    await release();
    await waitUntil(() => p.doc.querySelector('kesk-chat') && deepText(p.doc.querySelector('kesk-chat')!).includes('(#1)'), 'the widget shows the conversation', { timeout: 10000 });
    const requests = await historyRequests(token);
    expect(requests.map((e: { path: string }) => e.path)).to.deep.equal([`/v1/chat/sessions/${session.id}/messages`]);
  });

  it('asks for the remembered session of this mode, target and token', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Do you ship to Bergen? (#1)');
    localStorage.setItem(key, `${session.id} ${await tokenFingerprint(token)}`);
    const p = await open(token);
    await waitUntil(async () => (await historyRequests(token)).length > 0, 'the remembered conversation is asked for early', { timeout: 10000 });
    expect(p.win.customElements.get('kesk-chat'), 'not mounted yet').to.equal(undefined);
    await release();
    await waitUntil(() => p.doc.querySelector('kesk-chat') && deepText(p.doc.querySelector('kesk-chat')!).includes('(#1)'), 'the widget shows it', { timeout: 10000 });
    expect(await historyRequests(token)).to.have.length(1);
  });

  it('asks for nothing remembered under another token', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Someone else’s question (#1)');
    localStorage.setItem(key, `${session.id} ${await tokenFingerprint(newUser())}`);
    const p = await open(token);
    await frames(p.win, 5);
    await release();
    await waitUntil(() => p.win.customElements.get('kesk-chat') && p.doc.querySelector('kesk-chat'), 'the widget mounts', { timeout: 10000 });
    await frames(p.win, 5);
    expect(await historyRequests(token)).to.deep.equal([]);
  });
});
