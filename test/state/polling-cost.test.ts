// What one conversation costs the API at the default cadence, counted from the emulator's request log on a clock
// the test moves (no real waiting: every request is counted at its exact time): a hidden tab asks nothing at all, an
// unchanged conversation costs only 304s, and a closed panel polls only the session list. The numbers per minute
// of a real widget are in docs/performance.md, from `npm run bench:polling`.
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { createChatClient } from '../../src/api/index.js';
import { ConversationStore, type ChatApi } from '../../src/state/index.js';
import { API_BASE, memoryStorage } from '../helpers/chat-harness.js';
import { history, log, newUser, startVendor, waitFor } from '../helpers/emulator.js';
import { flush, manualClock } from '../helpers/manual-clock.js';

interface Entry {
  id: number;
  method: string;
  operation_id: string;
  status: number;
}

/** `api`, with every call it has in flight known, and a `settle` that waits until none is left. */
function tracked(api: ChatApi) {
  const inFlight = new Set<Promise<unknown>>();
  const proxy = new Proxy(api, {
    get(target, name) {
      const value = Reflect.get(target, name, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (result instanceof Promise) {
          inFlight.add(result);
          void result.finally(() => inFlight.delete(result)).catch(() => undefined);
        }
        return result;
      };
    },
  });
  const settle = async () => {
    for (;;) {
      await flush();
      if (!inFlight.size) return;
      await Promise.allSettled([...inFlight]);
    }
  };
  return { api: proxy, settle };
}

const shape = (entries: Entry[]) => entries.map((e) => `${e.method} ${e.operation_id} ${e.status}`);

describe('polling cost', () => {
  let token: string;
  let store: ConversationStore;
  let clock: ReturnType<typeof manualClock>;
  let since = 0;

  /** The user's requests since the last call. */
  const requests = async () => {
    const entries = (await log({ token, since })) as Entry[];
    since = entries.at(-1)?.id ?? since;
    return entries;
  };

  beforeEach(async () => {
    token = newUser();
    const { session } = await startVendor(token, 'Hello');
    // The vendor's reply first: after it the conversation stays unchanged.
    await waitFor(async () => (await history(token, session.id)).some((m: { sender: { kind: string } }) => m.sender.kind === 'vendor'), { timeout: 10_000 });
    const { api, settle } = tracked(createChatClient({ baseUrl: API_BASE, token }));
    clock = manualClock(Date.now(), settle);
    store = new ConversationStore(api, { mode: 'vendor', vendorLocationId: 501, sessionId: session.id, storage: memoryStorage(), clock });
    await store.init();
    store.setOpen(true);
    await clock.advance(0);
    expect(store.state.items.some((i) => i.message.sender.kind === 'vendor'), 'the reply is shown').to.equal(true);
    await requests();
  });

  afterEach(() => store.dispose());

  it('an unchanged open conversation costs 5 conditional reads in its first minute, and 4 a minute once quiet, all 304', async () => {
    await clock.advance(60_000);
    const recent = await requests();
    expect(shape(recent), 'waits of 6 s growing by a quarter').to.deep.equal(Array(5).fill('GET getChatMessageHistory 304'));
    await clock.advance(120_000);
    await requests();
    await clock.advance(60_000);
    expect(shape(await requests()), 'every 15 s').to.deep.equal(Array(4).fill('GET getChatMessageHistory 304'));
  });

  it('a closed panel polls only the session list, conditionally, twice a minute', async () => {
    store.setOpen(false);
    await clock.advance(120_000);
    const closed = await requests();
    expect(closed.map((e) => e.operation_id), 'every 30 s').to.deep.equal(Array(4).fill('listChatSessions'));
    expect(closed.filter((e) => e.status !== 304).length, 'answers with a body').to.be.at.most(1);
  });

  it('a hidden tab makes no request at all, and asks once as soon as it is visible again', async () => {
    store.setVisible(false);
    await clock.advance(600_000);
    expect(await requests(), 'ten hidden minutes').to.deep.equal([]);
    store.setVisible(true);
    await clock.advance(0);
    expect(shape(await requests()), 'at once on return').to.deep.equal(['GET getChatMessageHistory 304']);
  });
});

describe('polling follows the page', () => {
  it('<kesk-chat> tells its conversation when the tab is hidden or shown and when the panel opens or closes', async () => {
    const chat = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${newUser()} mode="vendor" .vendorLocationId=${501}></kesk-chat>`);
    const conversation = chat.context!.conversation;
    const calls: string[] = [];
    conversation.setVisible = (visible) => void calls.push(`visible ${visible}`);
    conversation.setOpen = (open) => void calls.push(`open ${open}`);
    const hide = (hidden: boolean) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      hide(true);
      hide(false);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    // The conversation hears of an open once the frame showing the panel is drawn (chat.ts, #syncOpen).
    const drawn = async () => {
      await chat.updateComplete;
      await nextFrame();
      await aTimeout(0);
    };
    chat.isOpen = true;
    await drawn();
    chat.isOpen = false;
    await drawn();
    // Told again with each update of the chat: the poller ignores a repeat (poller.ts), so only the changes count.
    const changes = calls.filter((call, i) => call !== calls[i - 1]);
    expect(changes).to.deep.equal(['visible false', 'visible true', 'open true', 'open false']);
  });
});
