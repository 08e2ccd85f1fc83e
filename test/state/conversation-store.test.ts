import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import { ConversationStore, type ConversationConfig } from '../../src/state/index.js';
import { API_BASE, memoryStorage } from '../helpers/chat-harness.js';
import { config, inject, log, newUser, revoke, rotate, setFaults, waitFor, world } from '../helpers/emulator.js';
import { png } from '../api/media-bytes.js';

function storeFor(token: string, cfg: Partial<ConversationConfig> = {}) {
  const api = createChatClient({ baseUrl: API_BASE, token });
  const store = new ConversationStore(api, { mode: 'assistant', storage: memoryStorage(), cadence: { awaitingMs: 100, openMs: 200, closedMs: 200 }, ...cfg });
  return { api, store };
}

const opsOf = async (token: string) => (await log({ token })).map((e: { operation_id: string }) => e.operation_id);

describe('ConversationStore', () => {
  const stores: ConversationStore[] = [];
  const make = (token: string, cfg: Partial<ConversationConfig> = {}) => {
    const made = storeFor(token, cfg);
    stores.push(made.store);
    return made;
  };

  it('polls nothing while a session opens: its first read is the only one, also when refused', async () => {
    const token = newUser();
    const api0 = createChatClient({ baseUrl: API_BASE, token });
    const { session } = await api0.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
    // The first read takes 1.5 s: a poll every 100 ms would ask a dozen times meanwhile.
    await setFaults([{ token, operation: 'getChatMessageHistory', latency_ms: [1500, 1500], latency_rate: 1, times: 1 }]);
    const { store } = make(token, { sessionId: session.id, cadence: { awaitingMs: 100, openMs: 100, closedMs: 100 } });
    store.setOpen(true);
    await store.init();
    // After the open, the poller's reads are conditional (304); one made during the open could not be.
    const reads = ((await log({ token })) as Array<{ operation_id: string; status: number }>).filter((e) => e.operation_id === 'getChatMessageHistory');
    expect(reads.filter((e) => e.status !== 304), 'the open read alone').to.have.length(1);

    // Another account's session: refused once, never asked again.
    const other = newUser();
    await setFaults([{ token: other, operation: 'getChatMessageHistory', latency_ms: [1500, 1500], latency_rate: 1, times: 1 }]);
    const refused = make(other, { sessionId: session.id, cadence: { awaitingMs: 100, openMs: 100, closedMs: 100 } }).store;
    refused.setOpen(true);
    await refused.init();
    await new Promise((r) => setTimeout(r, 400));
    expect(refused.state.sessionId).to.equal(null);
    expect((await opsOf(other)).filter((op: string) => op === 'getChatMessageHistory'), 'asked once').to.have.length(1);
  });

  before(() => config({ reply_delay_ms: 100 }));
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(async () => {
    stores.splice(0).forEach((s) => s.dispose());
    await setFaults([]);
  });

  it('another person on the same browser does not resume the previous person’s conversation, and keeps theirs', async () => {
    const saved = new Map<string, string>();
    const storage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v), removeItem: (k: string) => void saved.delete(k) };
    const alex = newUser();
    const first = make(alex, { storage });
    await first.store.init();
    first.store.send('Hello from Alex');
    await waitFor(() => first.store.state.sessionId !== null && first.store.state.outbox.queued === 0);
    const alexSession = first.store.state.sessionId;
    first.store.dispose();
    await new Promise((r) => setTimeout(r, 50));
    expect(saved.size, 'the session and the user’s id are remembered').to.be.greaterThan(0);
    expect([...saved.values()].join(' '), 'the token itself never is').not.to.include(alex);

    const sam = newUser();
    const second = make(sam, { storage });
    await second.store.init();
    expect(second.store.state.sessionId, 'Sam starts afresh').to.equal(null);
    expect(await opsOf(sam), 'without even asking for Alex’s session').to.deep.equal([]);

    const again = make(alex, { storage });
    await again.store.init();
    expect(again.store.state.sessionId, 'Alex comes back to it').to.equal(alexSession);
  });

  it('creates no session until the first message', async () => {
    const token = newUser();
    const { store } = make(token);
    await store.init();
    store.setOpen(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(store.state.sessionId).to.equal(null);
    expect(await opsOf(token)).not.to.include('startChat');
  });

  it('assistant: echoes the question at once, starts a RAG session, answers with sources, stores the question once', async () => {
    const token = newUser();
    const { store, api } = make(token);
    await store.init();
    const key = store.send('How long does delivery take?');
    expect(store.state.items).to.have.length(1);
    expect(store.state.items[0]).to.include({ key, delivery: 'sending', own: true });
    await waitFor(() => store.state.items.length === 2 && store.state.items.every((i) => i.delivery === 'sent'));
    const [question, answer] = store.state.items;
    expect(question!.message.content).to.equal('How long does delivery take?');
    expect(answer!.message.sender.kind).to.equal('assistant');
    expect(answer!.message.sources.length).to.be.greaterThan(0);
    const history = await api.getChatMessageHistory(store.state.sessionId!);
    expect(history.messages.filter((m) => m.sender.kind === 'user')).to.have.length(1);
    const ops = await opsOf(token);
    expect(ops.filter((o: string) => o === 'startChat')).to.have.length(1);
    expect(ops).to.include('sendRagQuery');
  });

  it('vendor: the reply arrives by polling', async () => {
    const token = newUser();
    const w = await world();
    const { store } = make(token, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id });
    await store.init();
    store.setOpen(true);
    const received: unknown[] = [];
    store.on('received', (m) => received.push(...m));
    store.send('Do you have the trail boots in 42?');
    await waitFor(() => store.state.items.some((i) => i.message.sender.kind === 'vendor'), { timeout: 8000 });
    expect(received.length).to.be.greaterThan(0);
    expect(store.state.awaitingReply).to.equal(false);
  });

  it('direct: starts with startDirectChat and the other user answers', async () => {
    const token = newUser();
    const w = await world();
    const maya = w.users.find((u: { token: string }) => u.token === 'demo-maya');
    const { store } = make(token, { mode: 'direct', recipientId: maya.id });
    await store.init();
    store.setOpen(true);
    store.send('Hi Maya!');
    await waitFor(() => store.state.items.some((i) => !i.own && i.message.sender.id === maya.id), { timeout: 8000 });
    expect(await opsOf(token)).to.include('startDirectChat');
    expect(store.state.items.find((i) => i.own)!.message.content).to.equal('Hi Maya!');
  });

  it('bot: start, suggestions, a chip, restart, hand over and the agent’s reply', async () => {
    const token = newUser();
    const { store } = make(token, { mode: 'bot', botUsername: 'shopbot' });
    await store.init();
    store.setOpen(true);
    store.send('Hello');
    await waitFor(() => store.state.bot.status === 'active' && store.state.bot.suggestions.length > 0);
    const chip = store.state.bot.suggestions.find((s) => s.id !== 'human')!;
    const before = store.state.items.length;
    store.chooseSuggestion(chip);
    await waitFor(() => store.state.items.length >= before + 2 && store.state.items.every((i) => i.delivery === 'sent'));
    expect(store.state.items.some((i) => i.own && i.message.content === chip.text)).to.equal(true);
    await store.restartBot();
    expect(store.state.bot.status).to.equal('active');
    await store.handOver('Please, a person');
    expect(store.state.bot.status).to.equal('transferred');
    expect(store.state.items.some((i) => i.message.sender.kind === 'system')).to.equal(true);
    await waitFor(() => store.state.items.some((i) => i.message.sender.kind === 'agent'), { timeout: 8000 });
    store.send('Thanks, my order is NW-1234');
    await waitFor(() => store.state.items.filter((i) => i.message.sender.kind === 'agent').length >= 2, { timeout: 8000 });
  });

  it('a 500 is retried by the outbox, with the same client_message_id, until the message is stored once', async () => {
    const token = newUser();
    const w = await world();
    const { store, api } = make(token, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id, retry: { baseMs: 20, maxMs: 50 } });
    await store.init();
    store.send('first');
    await waitFor(() => store.state.items[0]?.delivery === 'sent');
    await setFaults([{ token, operation: 'sendChatMessage', error_rate: 1, times: 3 }]);
    const key = store.send('second');
    await waitFor(() => store.state.items.find((i) => i.key === key)?.delivery === 'sent');
    const history = await api.getChatMessageHistory(store.state.sessionId!);
    expect(history.messages.filter((m) => m.content === 'second')).to.have.length(1);
    const tries = (await log({ token })).filter((e: { operation_id: string }) => e.operation_id === 'sendChatMessage');
    expect(tries.map((e: { status: number }) => e.status)).to.deep.equal([500, 500, 500, 200]);
  });

  it('a refused send shows why, and Retry delivers it exactly once', async () => {
    const token = newUser();
    const w = await world();
    let current = token;
    const api = createChatClient({ baseUrl: API_BASE, token: () => current });
    const store = new ConversationStore(api, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id, storage: memoryStorage() });
    stores.push(store);
    await store.init();
    store.send('first');
    await waitFor(() => store.state.items[0]?.delivery === 'sent');
    const fresh = await rotate(token);
    // The provider is asked once for a fresh token, still hands out the expired one: the send fails for good.
    const key = store.send('second');
    await waitFor(() => store.state.items.find((i) => i.key === key)?.delivery === 'failed');
    const failed = store.state.items.find((i) => i.key === key)!;
    expect(failed.error).to.include({ status: 401, code: 'token_expired' });
    expect(failed.message.content).to.equal('second');
    expect(store.state.outbox).to.include({ queued: 0, failed: 1 });
    current = fresh;
    store.retry(key);
    await waitFor(() => store.state.items.find((i) => i.key === key)?.delivery === 'sent');
    const history = await api.getChatMessageHistory(store.state.sessionId!);
    expect(history.messages.filter((m) => m.content === 'second')).to.have.length(1);
  });

  it('discard drops a failed message', async () => {
    const token = newUser();
    const { store } = make(token);
    await revoke(token);
    await store.init();
    const key = store.send('lost?');
    await waitFor(() => store.state.items[0]?.delivery === 'failed');
    store.discard(key);
    expect(store.state.items).to.have.length(0);
    expect(store.state.outbox).to.include({ queued: 0, failed: 0 });
  });

  it('refuses a file over its limit before anything is queued', async () => {
    const token = newUser();
    const { store } = make(token);
    expect(() => store.send('look', [png('big.png', 11 * 1024 * 1024)])).to.throw(/10 MB/);
    expect(store.state.items).to.have.length(0);
  });

  it('sends an image with upload progress, after the session exists', async () => {
    const token = newUser();
    const w = await world();
    const { store, api } = make(token, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id });
    await store.init();
    store.send('hello');
    await waitFor(() => store.state.items[0]?.delivery === 'sent');
    const key = store.send('the receipt', [png('receipt.png', 200_000)]);
    await waitFor(() => store.state.items.find((i) => i.key === key)?.delivery === 'sent');
    const sent = store.state.items.find((i) => i.key === key)!;
    expect(sent.message.media.map((m) => m.filename)).to.deep.equal(['receipt.png']);
    expect(await api.listChatMedia(store.state.sessionId!)).to.have.length(1);
  });

  it('loads older history a page at a time, and edits, deletes and reacts', async () => {
    const token = newUser();
    const w = await world();
    const { store, api } = make(token, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id, pageSize: 20 });
    const { session } = await api.startChat({ chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message: 'm0' });
    for (let i = 1; i < 45; i++) await inject(session.id, { sender_kind: i % 2 ? 'vendor' : 'user', content: `m${i}` });
    const mine = await api.sendChatMessage(session.id, { content: 'mine' });
    const { store: resumed } = make(token, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id, pageSize: 20, sessionId: session.id });
    void store;
    await resumed.init();
    expect(resumed.state.items).to.have.length(20);
    expect(resumed.state.hasMore).to.equal(true);
    await resumed.loadOlder();
    await resumed.loadOlder();
    expect(resumed.state.items.length).to.be.at.least(46);
    expect(resumed.state.hasMore).to.equal(false);
    expect(resumed.state.items[0]!.message.content).to.equal('m0');
    await resumed.edit(mine.id, 'mine, edited');
    expect(resumed.state.items.find((i) => i.message.id === mine.id)!.message.edited_at).to.be.a('string');
    await resumed.toggleReaction(mine.id, '❤️');
    expect(resumed.state.items.find((i) => i.message.id === mine.id)!.message.reactions[0]).to.include({ emoji: '❤️', count: 1, reacted_by_me: true });
    await resumed.toggleReaction(mine.id, '❤️');
    expect(resumed.state.items.find((i) => i.message.id === mine.id)!.message.reactions).to.deep.equal([]);
    await resumed.remove(mine.id);
    expect(resumed.state.items.find((i) => i.message.id === mine.id)!.message.deleted).to.equal(true);
  });

  it('counts unread while closed and marks read', async () => {
    const token = newUser();
    const w = await world();
    const { store, api } = make(token, { mode: 'vendor', vendorLocationId: w.vendor_locations[0].id });
    await store.init();
    store.send('hi');
    await waitFor(() => store.state.items[0]?.delivery === 'sent');
    await inject(store.state.sessionId!, { sender_kind: 'vendor', content: 'news 1' });
    await inject(store.state.sessionId!, { sender_kind: 'vendor', content: 'news 2' });
    store.setOpen(false);
    await waitFor(() => store.state.unread >= 2, { timeout: 5000 });
    store.setOpen(true);
    await waitFor(() => store.state.items.some((i) => i.message.content === 'news 2'));
    await store.markRead();
    expect(store.state.unread).to.equal(0);
    const list = await api.listChatSessions();
    expect(list.sessions.find((s) => s.id === store.state.sessionId)!.unread_count).to.equal(0);
  });

  it('resumes the remembered session and forgets one that is not the user’s', async () => {
    const token = newUser();
    const storage = memoryStorage();
    const { store } = make(token, { storage });
    await store.init();
    store.send('remember me');
    await waitFor(() => store.state.items.length === 2);
    const { store: again } = make(token, { storage });
    await again.init();
    expect(again.state.sessionId).to.equal(store.state.sessionId);
    expect(again.state.items.map((i) => i.message.content)).to.include('remember me');
    const { store: stranger } = make(newUser(), { storage });
    await stranger.init();
    expect(stranger.state.sessionId).to.equal(null);
    expect(stranger.state.items).to.have.length(0);
  });
});

describe('SessionListStore', () => {
  it('lists only the conversations the widget can continue, newest first', async () => {
    const token = newUser();
    const api = createChatClient({ baseUrl: API_BASE, token });
    const w = await world();
    const rag = await api.startChat({ chat_type: 'rag', user_type: 'customer', message: 'assistant one' });
    await api.startChat({ chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message: 'vendor one' });
    await api.startBotConversation('shopbot', { message: 'bot one' });
    const rag2 = await api.startChat({ chat_type: 'rag', user_type: 'customer', message: 'assistant two' });
    const conversation = new ConversationStore(api, { mode: 'assistant', storage: memoryStorage() });
    const { SessionListStore } = await import('../../src/state/index.js');
    const list = new SessionListStore(api, 2, (s) => conversation.canContinue(s));
    await list.refresh();
    expect(list.state.sessions[0]!.id).to.equal(rag2.session.id);
    while (list.state.hasMore) await list.loadMore();
    expect(list.state.sessions.map((s) => s.id)).to.deep.equal([rag2.session.id, rag.session.id]);
    const bots = new ConversationStore(api, { mode: 'bot', botUsername: 'shopbot', storage: memoryStorage() });
    const botList = new SessionListStore(api, 20, (s) => bots.canContinue(s));
    await botList.refresh();
    expect(botList.state.sessions.map((s) => s.chat_type)).to.deep.equal(['bot']);
  });
});
