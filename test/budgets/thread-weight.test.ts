// How many DOM nodes a message costs in the thread of `npm run bench`'s "open + last 50 messages": the shopper and
// the store taking turns. Counted, not timed: elements, text and comments (Lit's markers), through shadow roots.
// First the bench's own figure: its page (bench/pages/ours.html, the built CDN files behind its one tag) counted by
// its probe (bench/probe.js) on the frame that shows message 50; then the rows alone, from the sources.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { control, newUser, startVendor, world } from '../helpers/emulator.js';
// The bench's own seeding (plain JS: it calls the emulator through fetch, in a browser as in Node).
import { seedConversation } from '../../bench/seed.js';

/** What bench/probe.js puts on a page's `window`. */
interface Probe {
  watch(label: string, test: () => boolean, timeout?: number): void;
  visible(el: Element | null): boolean;
  bubble(widget: 'ours', text: string): Element | null;
}
type BenchWindow = Window & { __bench: Probe; __benchReports: { label: string; dom?: { nodes: number }; error?: string }[]; KeskChat?: { element?: HTMLElement } };

/** The DOM nodes a message, as `npm run bench` counts them: the page's on the frame showing message 50, ÷ 50. */
async function benchFigure(): Promise<{ nodes: number; rows: number }> {
  const vendor = (await world()).vendor_locations[0].id;
  const token = newUser();
  const session = await seedConversation(location.origin, token, vendor, 50);
  const fill: Record<string, string> = { token, vendor: String(vendor), session: String(session) };
  // The bench server's page: its {{fields}} filled in, dist/cdn where the server mounts it at /kesk/, and the probe
  // first in its head (as the bench's Firefox and WebKit runs put it there).
  const [page, probe] = await Promise.all([fetch('/bench/pages/ours.html').then((r) => r.text()), fetch('/bench/probe.js').then((r) => r.text())]);
  const markup = page
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => fill[name]!)
    .replaceAll('src="/kesk/', 'src="/dist/cdn/')
    .replace('<head>', `<head><script>${probe}</script>`);
  const frame = document.createElement('iframe');
  // The bench's viewport, at the test page's top left.
  frame.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; width: 1280px; height: 800px; border: 0; background: #fff';
  frame.srcdoc = markup;
  document.body.append(frame);
  try {
    const win = () => frame.contentWindow as BenchWindow;
    await waitUntil(() => win()?.KeskChat?.element?.shadowRoot?.querySelector('kesk-launcher')?.shadowRoot?.querySelector('button:not([disabled])'), 'the widget loads', { timeout: 20_000 });
    const w = win();
    w.__bench.watch('open', () => w.__bench.visible(w.__bench.bubble('ours', '(#50)')), 20_000);
    w.KeskChat!.element!.shadowRoot!.querySelector('kesk-launcher')!.shadowRoot!.querySelector('button')!.click();
    let report: BenchWindow['__benchReports'][number] | undefined;
    await waitUntil(() => (report = w.__benchReports.find((r) => r.label === 'open')), 'the probe sees message 50', { timeout: 20_000 });
    expect(report!.error, 'the probe').to.equal(undefined);
    const thread = w.KeskChat!.element!.shadowRoot!.querySelector('kesk-thread')!.shadowRoot!;
    return { nodes: report!.dom!.nodes, rows: thread.querySelector('.content')!.children.length };
  } finally {
    frame.remove();
  }
}

/** Nodes below `root` (not counting it), through every open shadow root. */
function countNodes(root: Node): number {
  let n = 0;
  const walk = (scope: Node) => {
    const it = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let node = it.nextNode(); node; node = it.nextNode()) {
      n++;
      const shadow = (node as Element).shadowRoot;
      if (shadow) walk(shadow);
    }
  };
  if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
  walk(root);
  return n;
}

/** The bench's conversation (bench/seed.js): `count` messages, the shopper and the store taking turns. */
async function seeded(token: string, count: number): Promise<number> {
  const { session } = await startVendor(token, 'Hello');
  const first = Date.now() - (count + 1) * 60_000;
  const messages = Array.from({ length: count }, (_, i) => ({
    sender_kind: i % 2 === 0 ? 'user' : 'vendor',
    content: `${i % 2 ? 'Yes, size 42 is in stock in brown and black.' : 'Do the trail boots come in size 42?'} (#${i + 1})`,
    created_at: new Date(first + i * 60_000).toISOString(),
  }));
  const res = await control('POST', `/sessions/${session.id}/messages/bulk`, { messages, replace: true });
  expect(res.status).to.equal(200);
  return session.id;
}

describe('kesk-thread weight', () => {
  it('the bench’s page with the 50-message thread open holds at most 12 nodes a message (dist/cdn)', async () => {
    const built = await fetch('/dist/cdn/kesk-chat-loader.js', { method: 'HEAD' });
    expect(built.ok, 'dist/cdn is built (npm run build:cdn)').to.equal(true);
    const { nodes, rows } = await benchFigure();
    console.log(`thread-weight: the bench's page ${nodes} nodes with ${rows} rows, ${(nodes / 50).toFixed(1)} a message of 50`);
    expect(rows, 'the window of the newest messages').to.be.within(30, 51);
    expect(nodes / 50, 'nodes a message, the whole page').to.be.at.most(12);
  });

  it('a message of the open 50-message thread costs at most 12 nodes on average', async () => {
    const token = newUser();
    const session = await seeded(token, 50);
    const chat = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session}></kesk-chat>`);
    chat.open();
    let thread!: Element;
    await waitUntil(() => {
      thread = chat.shadowRoot!.querySelector('kesk-thread')!;
      return thread?.shadowRoot?.querySelector('article')?.textContent?.includes('(#');
    }, 'the thread shows the conversation', { timeout: 10_000 });
    await waitUntil(() => thread.shadowRoot!.textContent!.includes('(#50)'), 'the newest message', { timeout: 10_000 });
    await chat.updateComplete;
    const content = thread.shadowRoot!.querySelector('.content')!;
    const rows = content.children.length;
    const perRow = countNodes(content) / rows;
    const widget = countNodes(chat);
    console.log(`thread-weight: ${rows} rows, ${perRow.toFixed(1)} nodes a row; the whole widget ${widget} nodes, ${(widget / 50).toFixed(1)} a message of 50`);
    expect(rows, 'the window of the newest messages').to.be.within(30, 51);
    expect(perRow, 'nodes a row').to.be.at.most(12);
    // A row renders only what it shows: React, Edit and Delete only in the message the reader is on (the newest).
    const withActions = [...content.querySelectorAll('[part~="message-actions"]')].map((a) => a.closest('[data-key]'));
    expect(withActions, 'actions in one row').to.have.length(1);
    expect(withActions[0], 'the newest').to.equal(content.lastElementChild);
  });

  it('brings a message’s actions into being when it is pointed at or moved to, and keeps its element', async () => {
    const token = newUser();
    const session = await seeded(token, 6);
    const chat = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session}></kesk-chat>`);
    chat.open();
    let root!: ShadowRoot;
    await waitUntil(() => (root = chat.shadowRoot!.querySelector('kesk-thread')?.shadowRoot as ShadowRoot) && root.textContent!.includes('(#6)'), 'the thread', { timeout: 10_000 });
    const article = (n: number) => [...root.querySelectorAll('article')].find((a) => a.textContent!.includes(`(#${n})`))!;
    const buttons = (n: number) => [...article(n).querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    const second = article(2);
    expect(buttons(2), 'nothing before it is used').to.deep.equal([]);
    second.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => buttons(2).length, 'the pointer brings them');
    expect(buttons(2)).to.deep.equal(['React']);
    expect(article(2), 'the same element').to.equal(second);
    const first = article(1);
    first.focus();
    await waitUntil(() => buttons(1).length, 'moving to a message brings them');
    expect(buttons(1)).to.deep.equal(['React', 'Edit', 'Delete']);
    expect(root.activeElement, 'focus stays on the message').to.equal(first);
  });
});
