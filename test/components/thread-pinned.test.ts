import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { api, control, newUser, startVendor } from '../helpers/emulator.js';
import { deep, deepAll } from '../helpers/deep-query.js';

const LINES = [
  'Do the trail boots come in size 42?',
  'Yes, size 42 is in stock in brown and black.',
  'Are they waterproof, or just water resistant?',
  'Fully waterproof: a sealed membrane and treated leather. They handle streams and a day of rain.',
  'How long does delivery to Oslo take?',
  'Two to four working days; you get a tracking link as soon as it ships.',
  'Can I return them if they do not fit?',
  'Of course. Returns are free within 30 days, unworn, in the original box. Print the label from your order page.',
  'Great, and do you have insoles for them?',
  'We do: the cushioned ones at 19 € fit every size of this model.',
];

/** A vendor chat of `count` messages, shopper and store taking turns, seeded in one call. */
async function conversation(token: string, count: number): Promise<number> {
  const { session } = await startVendor(token, 'Hello');
  // The store greets the shopper a moment later: wait for it, so the seeded history replaces it too.
  for (let i = 0; i < 100; i++) {
    const page = await api(token, 'GET', `/chat/sessions/${session.id}/messages`);
    if (page.body.messages.length > 1) break;
    await aTimeout(50);
  }
  const first = Date.now() - (count + 1) * 60_000;
  const messages = Array.from({ length: count }, (_, i) => ({
    sender_kind: i % 2 ? 'vendor' : 'user',
    content: `${LINES[i % LINES.length]} (#${i + 1})`,
    created_at: new Date(first + i * 60_000).toISOString(),
  }));
  const res = await control('POST', `/sessions/${session.id}/messages/bulk`, { messages, replace: true });
  if (res.status !== 200) throw new Error(res.text);
  return session.id;
}

describe('kesk-thread pinned to the bottom', () => {
  it('stays at the very bottom when the view shrinks right after it pinned itself (the composer growing, a keyboard)', async () => {
    const token = newUser();
    const session = await conversation(token, 50);
    const box = await fixture<HTMLDivElement>(html`<div style="block-size: 600px; display: flex; flex-direction: column">
      <kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session} inline style="flex: 1; min-block-size: 0"></kesk-chat>
    </div>`);
    const el = box.querySelector('kesk-chat') as KeskChat;
    await waitUntil(() => deepAll(el, '[part~="message"]').some((m) => m.textContent!.includes('(#50)')), 'the history shows', { timeout: 10000 });
    await aTimeout(300);
    const thread = deep(el, 'kesk-thread')! as HTMLElement & { updateComplete: Promise<boolean> };
    const scroller = deep(thread, '[part~="log"]')!;
    const gap = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    expect(gap(), 'opens at the bottom').to.be.at.most(1);

    // A new message: the view scrolls itself down to it. In the same task, before the scroll event, the view
    // gets 66px shorter (more than the slack within which a position counts as the bottom).
    void el.send('One more question (#51)');
    await thread.updateComplete;
    box.style.blockSize = '534px';
    await aTimeout(400);
    expect(gap(), 'still at the very bottom').to.be.at.most(1);
    const newest = deepAll(thread, '[part~="message"]').at(-1)!;
    expect(newest.textContent).to.include('(#51)');
    expect(newest.getBoundingClientRect().bottom, 'the newest message whole on screen').to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
  });
});
