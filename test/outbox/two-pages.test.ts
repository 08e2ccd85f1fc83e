// Two real pages of one site (two frames of the same origin: two windows, two element registries, one IndexedDB,
// one localStorage, one set of Web Locks, as two tabs share), each with its own <kesk-chat>, no session yet, the API
// failing every request. Page A queues 10 messages; page B opens, shows them and queues 5. When the API heals and
// "Retry now" is pressed in one page (then in the other), there is one conversation, and both pages show all of it.
import { expect, waitUntil } from '@open-wc/testing';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { config, history, newUser, setFaults, world } from '../helpers/emulator.js';
import { deep, deepAll } from '../helpers/deep-query.js';

type Stored = { content: string; sender: { kind: string } };

const A_TEXTS = Array.from({ length: 10 }, (_, i) => `page A ${i + 1}`);
const B_TEXTS = Array.from({ length: 5 }, (_, i) => `page B ${i + 1}`);
const ALL = [...A_TEXTS, ...B_TEXTS];

const own = (el: KeskChat) => deepAll(el, '[part~="message"][part~="own"]');
const shows = (el: KeskChat, texts: string[], delivery: string) => {
  const bubbles = own(el);
  return texts.every((t) => bubbles.some((b) => b.textContent!.includes(t) && b.getAttribute('data-delivery') === delivery));
};
// The button is away while a try is in flight, and a page whose automatic try got through needs none: press it once
// it shows, unless the page sent everything first.
async function retryNow(el: KeskChat) {
  const button = () => deep(el, '[part~="retry-now"]') as HTMLButtonElement | null;
  await waitUntil(() => button() || el.context!.conversation.state.outbox.queued === 0, 'Retry now shows, or all is sent', { timeout: 15_000 });
  button()?.click();
}

describe('two pages of one site start one conversation', () => {
  const frames: HTMLIFrameElement[] = [];
  let vendor = 0;
  before(async () => {
    vendor = (await world()).vendor_locations[0].id;
    await config({ reply_delay_ms: 100 });
  });
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(async () => {
    frames.splice(0).forEach((f) => f.remove());
    await setFaults([]);
  });

  async function openPage(token: string): Promise<KeskChat> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 420px; height: 640px; border: 0';
    frame.src = `/test/outbox/tab/tab.html?token=${encodeURIComponent(token)}&vendor=${vendor}`;
    frames.push(frame);
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector<KeskChat>('kesk-chat')?.context?.conversation, 'the page mounts the widget', { timeout: 10_000 });
    const el = frame.contentDocument!.querySelector<KeskChat>('kesk-chat')!;
    await waitUntil(() => deep(el, 'textarea'), 'the panel renders');
    return el;
  }

  async function twoPages() {
    const token = newUser();
    // The API fails everything for this user: every message waits and is tried again.
    await setFaults([{ token, error_rate: 1 }]);
    const a = await openPage(token);
    A_TEXTS.forEach((t) => a.send(t));
    await waitUntil(() => a.context!.conversation.state.outbox.retrying && own(a).length === 10, 'page A retries its 10', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 100));
    const b = await openPage(token);
    await waitUntil(() => shows(b, A_TEXTS, 'sending'), 'page B shows page A’s messages', { timeout: 10_000 });
    B_TEXTS.forEach((t) => b.send(t));
    await waitUntil(() => own(b).length === 15 && deep(b, '[part~="retry-now"]'), 'page B waits to retry', { timeout: 10_000 });
    await setFaults([]);
    return { token, a, b };
  }

  async function expectOneConversation(token: string, pages: KeskChat[]) {
    const sessionIds = pages.map((p) => p.context!.conversation.state.sessionId);
    expect(sessionIds[0], 'both pages are in one session').to.be.a('number').and.equal(sessionIds[1]);
    const { sessions } = await pages[0]!.context!.api.listChatSessions();
    expect(sessions.map((s) => s.id), 'one session').to.deep.equal([sessionIds[0]]);
    const stored = ((await history(token, sessionIds[0]!)) as Stored[]).filter((m) => m.sender.kind === 'user');
    expect(stored.map((m) => m.content), 'each message once, in order').to.deep.equal(ALL);
    for (const [i, page] of pages.entries()) {
      await waitUntil(() => shows(page, ALL, 'sent'), `page ${'AB'[i]} shows the whole conversation, sent`, { timeout: 10_000 });
      expect(deep(page, '[part~="failed"]')).not.to.exist;
    }
  }

  it('Retry now in page A first: page B learns the session and sends into it', async function () {
    this.timeout(60_000);
    const { token, a, b } = await twoPages();
    await retryNow(a);
    await waitUntil(() => a.context!.conversation.state.outbox.queued === 0, 'page A sent its 10', { timeout: 15_000 });
    await retryNow(b);
    await waitUntil(() => b.context!.conversation.state.outbox.queued === 0, 'page B sent its 5', { timeout: 15_000 });
    await expectOneConversation(token, [a, b]);
  });

  it('Retry now in page B first: page A learns the session and shows everything', async function () {
    this.timeout(60_000);
    const { token, a, b } = await twoPages();
    await retryNow(b);
    await waitUntil(() => b.context!.conversation.state.outbox.queued === 0, 'page B sent all 15', { timeout: 15_000 });
    await retryNow(a);
    await waitUntil(() => a.context!.conversation.state.outbox.queued === 0, 'page A’s queue empties', { timeout: 15_000 });
    await expectOneConversation(token, [a, b]);
  });
});
