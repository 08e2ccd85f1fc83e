// How many DOM nodes a message costs in the thread of `npm run bench`'s "open + last 50 messages": the shopper and
// the store taking turns. Counted, not timed: elements, text and comments (Lit's markers), through shadow roots.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { control, newUser, startVendor } from '../helpers/emulator.js';

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
