// The closed panel is rendered ahead on idle time (src/components/chat/prerender.ts): the click that opens it only
// shows it. Rendered ahead, it stays hidden from eyes, screen readers and the keyboard, and costs no API request.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { inject, log, newUser, startVendor } from '../helpers/emulator.js';

describe('<kesk-chat> pre-render', () => {
  it('renders the closed panel’s header, thread rows and composer ahead, hidden, with no request of its own', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Do the boots come in 42?');
    await inject(session.id, { sender_kind: 'vendor', content: 'Yes, in brown and black.' });
    const el = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session.id}></kesk-chat>`);
    const since = 0;
    const thread = () => el.shadowRoot!.querySelector('kesk-thread');
    await waitUntil(() => thread()?.shadowRoot?.textContent?.includes('Yes, in brown and black.'), 'the rows render before the panel opens', { timeout: 10_000 });
    expect(el.isOpen).to.equal(false);
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
    expect(getComputedStyle(panel).visibility, 'hidden').to.equal('hidden');
    expect(panel.querySelector('[part~="header"], header') ?? el.shadowRoot!.querySelector('[part~="heading"]'), 'the header').to.exist;
    const textarea = el.shadowRoot!.querySelector('kesk-composer')!.shadowRoot!.querySelector('textarea')!;
    textarea.focus();
    expect(el.shadowRoot!.querySelector('kesk-composer')!.shadowRoot!.activeElement, 'not focusable while hidden').to.equal(null);
    // What the widget asked for: the conversation the store loads at mount, and nothing for the pre-render.
    await new Promise((r) => setTimeout(r, 500));
    // (A record an earlier test left in this browser's outbox may be checked against another session: not this one's.)
    const gets = ((await log({ token, since })) as { operation_id: string; method: string; status: number; path: string }[]).filter(
      (e) => e.method === 'GET' && !(e.operation_id === 'getChatMessageHistory' && !e.path.includes(`/sessions/${session.id}/`)),
    );
    const ops = gets.map((e) => e.operation_id);
    // Read once; a slow machine may add the poller's conditional reads (304), never a read of the pre-render's own.
    expect(gets.filter((e) => e.operation_id === 'getChatMessageHistory' && e.status !== 304), 'the history, once').to.have.length(1);
    expect(ops.filter((op) => op !== 'getChatMessageHistory' && op !== 'listChatSessions'), 'nothing else').to.deep.equal([]);

    // Opening shows what was rendered: the same row elements.
    const row = thread()!.shadowRoot!.querySelector('[data-key]');
    el.open();
    await el.updateComplete;
    await waitUntil(() => getComputedStyle(panel).visibility === 'visible', 'the panel shows');
    expect(thread()!.shadowRoot!.querySelector('[data-key]'), 'the rows rendered ahead').to.equal(row);
  });
});
