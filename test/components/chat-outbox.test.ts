// What the panel shows of the outbox: offline, retrying, and messages that outlive the element (a reload).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { mountChat } from '../helpers/chat-harness.js';
import { config, history, log, newUser, setFaults, world } from '../helpers/emulator.js';
import { deep, deepAll } from '../helpers/deep-query.js';

const statusLine = (el: KeskChat) => deep(el, '[part~="outbox-status"]') as HTMLElement;
const bubbles = (el: KeskChat) => deepAll(el, '[part~="message"][part~="own"]');
const goOffline = () => window.dispatchEvent(new Event('offline'));
const goOnline = () => window.dispatchEvent(new Event('online'));

describe('<kesk-chat> outbox', () => {
  let vendor = 0;
  before(async () => {
    vendor = (await world()).vendor_locations[0].id;
    await config({ reply_delay_ms: 100 });
  });
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(async () => {
    goOnline();
    await setFaults([]);
  });

  it('offline: the messages wait where they were written, the panel says so, and they go when the network is back', async () => {
    const token = newUser();
    const el = await mountChat({ token, mode: 'vendor', vendor, inline: true });
    await waitUntil(() => deep(el, 'textarea'), 'the panel renders');
    goOffline();
    await waitUntil(() => deep(el, '[part~="header-status"]')?.textContent?.toLowerCase().includes('offline'), 'the header says offline');
    // What came before going offline (an earlier test's record in this browser's outbox may be checked at mount).
    const lastOnline = Math.max(0, ...((await log({ token })) as Array<{ id: number }>).map((e) => e.id));
    el.send('Do you have it in blue?');
    el.send('Size 42, please');
    await waitUntil(() => statusLine(el) && !statusLine(el).hidden, 'the status line shows');
    expect(statusLine(el).getAttribute('role')).to.equal('status');
    expect(statusLine(el).textContent!.trim()).to.equal('2 messages will be sent when you are back online.');
    expect(deep(el, '[part~="retry-now"]'), 'no Retry now while offline').not.to.exist;
    const waiting = bubbles(el).map((b) => b.querySelector('.delivery')!.getAttribute('title'));
    expect(waiting).to.deep.equal(['Waiting to send', 'Waiting to send']);
    await expect(el).to.be.accessible();
    expect(((await log({ token })) as Array<{ id: number }>).filter((e) => e.id > lastOnline), 'nothing is tried offline').to.deep.equal([]);

    goOnline();
    await waitUntil(() => bubbles(el).length >= 2 && bubbles(el).every((b) => b.getAttribute('data-delivery') === 'sent'), 'both are sent', { timeout: 10000 });
    expect(statusLine(el).hidden).to.equal(true);
    expect(deep(el, '[part~="header-status"]')!.textContent!.toLowerCase()).not.to.include('offline');
    const sessionId = el.context!.conversation.state.sessionId!;
    const mine = (await history(token, sessionId)).filter((m: { sender: { kind: string } }) => m.sender.kind === 'user');
    expect(mine.map((m: { content: string }) => m.content)).to.deep.equal(['Do you have it in blue?', 'Size 42, please']);
  });

  it('while a send is retried after server errors, the panel says so and Retry now sends it', async () => {
    const token = newUser();
    const el = await mountChat({ token, mode: 'vendor', vendor, inline: true });
    el.send('Hello');
    await waitUntil(() => bubbles(el)[0]?.getAttribute('data-delivery') === 'sent', 'the first is sent', { timeout: 10000 });
    await setFaults([{ token, operation: 'sendChatMessage', error_rate: 1 }]);
    el.send('Are you open on Sunday?');
    await waitUntil(() => statusLine(el)?.textContent?.includes('taking longer than usual'), 'the status line shows the retries', { timeout: 10000 });
    const last = bubbles(el).at(-1)!;
    expect(last.getAttribute('data-delivery'), 'retrying is not failed').to.equal('sending');
    expect(last.querySelector('.delivery')!.getAttribute('title')).to.equal('Waiting to send');
    expect(deep(el, '[part~="failed"]')).not.to.exist;
    await expect(el).to.be.accessible();
    // The press asks the conversation to try now (that it cuts the backoff short is outbox.test.ts's), pressed while
    // the API still fails: whatever the machine's speed, no automatic try can have sent it first.
    const conversation = el.context!.conversation;
    let pressed = 0;
    const retryNow = conversation.retryNow.bind(conversation);
    conversation.retryNow = () => {
      pressed++;
      retryNow();
    };
    const tries = (await log({ token })).length;
    // Pressed the moment it is found: the button is away while an automatic try is in flight.
    const press = () => {
      const button = deep(el, '[part~="retry-now"]') as HTMLButtonElement | null;
      button?.click();
      return button;
    };
    await waitUntil(press, 'Retry now shows, and is pressed', { timeout: 10000 });
    expect(pressed, 'the press reaches the conversation').to.equal(1);
    await waitUntil(async () => (await log({ token })).length > tries, 'a try follows the press', { timeout: 5000 });
    await setFaults([]);
    await waitUntil(() => bubbles(el).at(-1)?.getAttribute('data-delivery') === 'sent', 'sent once the API heals', { timeout: 10000 });
    expect(statusLine(el).hidden).to.equal(true);
    const sessionId = el.context!.conversation.state.sessionId!;
    expect((await history(token, sessionId)).filter((m: { content: string }) => m.content === 'Are you open on Sunday?')).to.have.length(1);
  });

  it('a message written offline is still there after the page reloads, and is sent once', async () => {
    const token = newUser();
    localStorage.clear();
    const first = await mountChat({ token, mode: 'vendor', vendor, inline: true });
    await waitUntil(() => deep(first, 'textarea'), 'the panel renders');
    goOffline();
    await waitUntil(() => first.context!.conversation.state.outbox.offline, 'offline');
    first.send('Written before the reload');
    await waitUntil(() => bubbles(first).length === 1, 'it shows');
    // Give IndexedDB its moment to commit, then "reload": the element goes, a new one comes with the page.
    await new Promise((r) => setTimeout(r, 100));
    first.remove();
    goOnline();
    const second = await mountChat({ token, mode: 'vendor', vendor, inline: true });
    await waitUntil(() => bubbles(second).some((b) => b.textContent!.includes('Written before the reload') && b.getAttribute('data-delivery') === 'sent'), 'sent after the reload', { timeout: 10000 });
    const sessionId = second.context!.conversation.state.sessionId!;
    expect((await history(token, sessionId)).filter((m: { content: string }) => m.content === 'Written before the reload')).to.have.length(1);
  });
});
