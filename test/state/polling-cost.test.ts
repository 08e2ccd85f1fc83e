// What one widget costs the API, checked deterministically from the emulator's request log (the numbers per minute
// at the real cadence are in the README, from `npm run bench:polling`): a hidden tab asks nothing at all, an
// unchanged conversation costs only 304s, and a closed panel polls only the session list.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { log, newUser, startVendor } from '../helpers/emulator.js';

interface Entry {
  id: number;
  method: string;
  operation_id: string;
  status: number;
}

const FAST = { awaitingMs: 150, openMs: 200, idleMs: 200, closedMs: 200 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setHidden(hidden: boolean) {
  if (hidden) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  } else {
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (document as { hidden?: unknown }).hidden;
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The user's requests during `ms` from now. */
async function during(token: string, ms: number): Promise<Entry[]> {
  const since = ((await log({ token })) as Entry[]).at(-1)?.id ?? 0;
  await sleep(ms);
  return (await log({ token, since })) as Entry[];
}

describe('polling cost', () => {
  let token: string;
  let chat: KeskChat;

  beforeEach(async () => {
    token = newUser();
    const { session } = await startVendor(token, 'Hello');
    chat = await fixture<KeskChat>(html`<kesk-chat inline api-base=${API_BASE} token=${token} mode="vendor"
      .vendorLocationId=${501} .sessionId=${session.id} .cadence=${FAST}></kesk-chat>`);
    // The store's reply to "Hello" has arrived and been marked read; then only polls are left.
    await waitUntil(() => chat.context?.conversation.state.items.some((i) => i.message.sender.kind === 'vendor'), 'the reply', { timeout: 10_000 });
    await waitUntil(async () => ((await log({ token })) as Entry[]).at(-1)?.status === 304, 'polling has settled', { timeout: 10_000 });
  });

  afterEach(() => setHidden(false));

  it('a hidden tab makes no request at all, and asks once as soon as it is visible again', async () => {
    setHidden(true);
    await sleep(250);
    const hidden = await during(token, 1500);
    expect(hidden.map((e) => e.operation_id), 'requests while hidden (cadence 200 ms)').to.deep.equal([]);
    setHidden(false);
    await waitUntil(async () => ((await log({ token })) as Entry[]).length > 0, 'a poll on return');
    const back = await during(token, 150);
    expect(back.length).to.be.at.most(2);
  });

  it('an unchanged open conversation costs only conditional reads answered 304', async () => {
    const open = await during(token, 1500);
    expect(open.length, 'it polls').to.be.at.least(4);
    expect(open.map((e) => `${e.method} ${e.operation_id} ${e.status}`)).to.deep.equal(open.map(() => 'GET getChatMessageHistory 304'));
  });

  it('a closed panel polls only the session list, conditionally', async () => {
    chat.inline = false;
    chat.isOpen = false;
    await chat.updateComplete;
    await sleep(400);
    const closed = await during(token, 1500);
    expect(closed.length, 'it polls').to.be.at.least(3);
    expect(closed.every((e) => e.operation_id === 'listChatSessions')).to.equal(true);
    expect(closed.filter((e) => e.status !== 304).length, 'answers with a body').to.be.at.most(1);
  });
});
