// Two tabs of one site (two ConversationStores over one IndexedDB database, one localStorage and one lock, as two
// tabs share them), no session yet, the API unreachable: tab A queues 10 messages, tab B opens, shows them and
// queues 5 more. When the network heals, whichever tab starts the conversation, the other learns the session, sends
// into it and shows the whole conversation: one session, 15 messages, each once, in order.
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import { ConversationStore } from '../../src/state/index.js';
import { indexedDbOutboxPersistence } from '../../src/state/outbox-idb.js';
import { API_BASE, FAST_CADENCE, memoryStorage } from '../helpers/chat-harness.js';
import { config, history, newUser, waitFor, world } from '../helpers/emulator.js';
import { cable, sharedLock } from '../helpers/network.js';

type Stored = { content: string; sender: { kind: string } };

const A_TEXTS = Array.from({ length: 10 }, (_, i) => `from A ${i + 1}`);
const B_TEXTS = Array.from({ length: 5 }, (_, i) => `from B ${i + 1}`);
const ALL = [...A_TEXTS, ...B_TEXTS];

describe('two tabs start one conversation', () => {
  const stores: ConversationStore[] = [];
  const databases: string[] = [];
  before(() => config({ reply_delay_ms: 100 }));
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(() => {
    stores.splice(0).forEach((s) => s.dispose());
    databases.splice(0).forEach((name) => indexedDB.deleteDatabase(name));
  });

  async function twoTabs() {
    const token = newUser();
    const vendorLocationId = (await world()).vendor_locations[0].id;
    const dbName = `kesk-two-tabs-${crypto.randomUUID()}`;
    databases.push(dbName);
    const storage = memoryStorage();
    const lock = sharedLock();
    const wire = cable();
    wire.unplug();
    const tab = () => {
      const api = createChatClient({ baseUrl: API_BASE, token, fetch: wire.fetch, timeout: 3000 });
      const store = new ConversationStore(api, {
        mode: 'vendor',
        vendorLocationId,
        storage,
        lock,
        outbox: indexedDbOutboxPersistence(indexedDB, dbName),
        cadence: FAST_CADENCE,
        // Long waits between tries: the tabs go when the test presses "Retry now" (a timer may still fire early).
        retry: { baseMs: 60_000, maxMs: 60_000 },
      });
      stores.push(store);
      store.setOpen(true);
      return { api, store };
    };

    const a = tab();
    await a.store.init();
    A_TEXTS.forEach((t) => a.store.send(t));
    // Its first try met the dead network (the records are written by then).
    await waitFor(() => a.store.state.outbox.unreachable && a.store.state.outbox.queued === 10);
    // The records are written: tab B opens and shows A's messages.
    await new Promise((r) => setTimeout(r, 100));
    const b = tab();
    await b.store.init();
    expect(b.store.state.items.map((i) => i.message.content), 'tab B shows what tab A queued').to.deep.equal(A_TEXTS);
    B_TEXTS.forEach((t) => b.store.send(t));
    // Tab B's own first try (of A's first message) has met the dead network too.
    await waitFor(() => b.store.state.outbox.unreachable);
    expect(b.store.state.items.map((i) => i.message.content)).to.deep.equal(ALL);
    wire.plug();
    return { token, a, b };
  }

  async function expectOneConversation(token: string, tabs: ConversationStore[], api: ReturnType<typeof createChatClient>) {
    const { sessions } = await api.listChatSessions();
    expect(sessions, 'one session').to.have.length(1);
    const sessionId = sessions[0]!.id;
    const stored = ((await history(token, sessionId)) as Stored[]).filter((m) => m.sender.kind === 'user');
    expect(stored.map((m) => m.content), 'each message once, in order').to.deep.equal(ALL);
    for (const [i, store] of tabs.entries()) {
      const name = `tab ${'AB'[i]}`;
      expect(store.state.sessionId, `${name} is in the session`).to.equal(sessionId);
      await waitFor(() => ALL.every((t) => store.state.items.some((i) => i.own && i.message.content === t && i.delivery === 'sent')), { timeout: 8000 }).catch(() => {
        throw new Error(`${name} shows ${JSON.stringify(store.state.items.map((i) => [i.message.content, i.delivery]))}`);
      });
      expect(store.state.items.filter((i) => i.own).map((i) => i.message.content), `${name} shows the whole conversation`).to.deep.equal(ALL);
    }
  }

  it('tab A starts it: tab B learns the session and sends its messages into it', async function () {
    this.timeout(30_000);
    const { token, a, b } = await twoTabs();
    a.store.retryNow();
    await waitFor(() => a.store.state.outbox.queued === 0 && a.store.state.sessionId !== null, { timeout: 10_000 });
    b.store.retryNow();
    await waitFor(() => b.store.state.outbox.queued === 0, { timeout: 10_000 });
    await expectOneConversation(token, [a.store, b.store], a.api);
  });

  it('tab B starts it (with tab A’s messages first): tab A learns the session and shows everything', async function () {
    this.timeout(30_000);
    const { token, a, b } = await twoTabs();
    b.store.retryNow();
    await waitFor(() => b.store.state.outbox.queued === 0 && b.store.state.sessionId !== null, { timeout: 10_000 });
    a.store.retryNow();
    await waitFor(() => a.store.state.outbox.queued === 0, { timeout: 10_000 });
    await expectOneConversation(token, [a.store, b.store], a.api);
  });

  it('both tabs wake at once: one session, each message once, both tabs show it all', async function () {
    this.timeout(30_000);
    const { token, a, b } = await twoTabs();
    a.store.retryNow();
    b.store.retryNow();
    await waitFor(() => a.store.state.outbox.queued === 0 && b.store.state.outbox.queued === 0, { timeout: 15_000 });
    await expectOneConversation(token, [a.store, b.store], a.api);
  });
});
