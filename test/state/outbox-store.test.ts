// The conversation's outbox against the emulator: reloads (a new store over the same persistence, as a page
// reload builds one), offline and back, a dead network, 401 with one token refresh, refusals, two tabs.
import { expect } from '@open-wc/testing';
import { createChatClient, type TokenProvider } from '../../src/api/index.js';
import { ConversationStore, type ConversationConfig } from '../../src/state/index.js';
import { memoryOutboxPersistence, type OutboxPersistence } from '../../src/state/outbox-persistence.js';
import { indexedDbOutboxPersistence } from '../../src/state/outbox-idb.js';
import { API_BASE, FAST_CADENCE, memoryStorage } from '../helpers/chat-harness.js';
import { config, history, log, newUser, rotate, setFaults, waitFor, world } from '../helpers/emulator.js';
import { cable, fakeNetwork, sharedLock } from '../helpers/network.js';
import { png } from '../api/media-bytes.js';

type Entry = { operation_id: string; status: number; fault: string };
const QUICK_RETRY = { baseMs: 50, maxMs: 200 };

let vendorLocationId = 0;
const ownTexts = (store: ConversationStore) => store.state.items.filter((i) => i.own).map((i) => i.message.content);
const opsOf = async (token: string, op: string) => ((await log({ token })) as Entry[]).filter((e) => e.operation_id === op);

describe('ConversationStore outbox', () => {
  const stores: ConversationStore[] = [];
  function make(token: string | TokenProvider, cfg: Partial<ConversationConfig> = {}, fetchImpl?: typeof fetch) {
    const api = createChatClient({ baseUrl: API_BASE, token, fetch: fetchImpl, timeout: 3000 });
    const store = new ConversationStore(api, { mode: 'vendor', vendorLocationId, storage: memoryStorage(), cadence: FAST_CADENCE, retry: QUICK_RETRY, ...cfg });
    stores.push(store);
    return { api, store };
  }

  before(async () => {
    vendorLocationId = (await world()).vendor_locations[0].id;
    await config({ reply_delay_ms: 100 });
  });
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(async () => {
    stores.splice(0).forEach((s) => s.dispose());
    await setFaults([]);
  });

  it('messages written before the session existed survive a reload: one session, each message once, in order', async () => {
    const token = newUser();
    const outbox = memoryOutboxPersistence();
    const storage = memoryStorage();
    await setFaults([{ token, operation: 'startChat', error_rate: 1 }]);
    const first = make(token, { outbox, storage });
    await first.store.init();
    ['Hello', 'Is the 42 in stock?', 'Thanks!'].forEach((t) => first.store.send(t));
    expect(ownTexts(first.store)).to.deep.equal(['Hello', 'Is the 42 in stock?', 'Thanks!']);
    await waitFor(async () => (await opsOf(token, 'startChat')).length >= 2);
    // Retrying, not failed: the thread says it waits.
    expect(first.store.state.items.every((i) => i.delivery === 'sending')).to.equal(true);
    await waitFor(() => first.store.state.items[0]!.waiting === true && first.store.state.outbox.retrying);
    first.store.dispose();
    await setFaults([]);

    const second = make(token, { outbox, storage });
    await second.store.init();
    expect(ownTexts(second.store)).to.deep.equal(['Hello', 'Is the 42 in stock?', 'Thanks!']);
    await waitFor(() => second.store.state.items.filter((i) => i.own).every((i) => i.delivery === 'sent') && second.store.state.outbox.queued === 0);
    const sessions = await second.api.listChatSessions();
    expect(sessions.sessions).to.have.length(1);
    const stored = (await history(token, sessions.sessions[0]!.id)).filter((m: { sender: { kind: string } }) => m.sender.kind === 'user');
    expect(stored.map((m: { content: string }) => m.content)).to.deep.equal(['Hello', 'Is the 42 in stock?', 'Thanks!']);
    expect(second.store.state.sessionId).to.equal(sessions.sessions[0]!.id);
  });

  it('a reload after startChat was stored but unanswered starts no second session', async () => {
    const token = newUser();
    const outbox = memoryOutboxPersistence();
    // Every try is dropped after the commit (Chromium repeats a POST once by itself when the connection dies).
    await setFaults([{ token, operation: 'startChat', drop_after_commit_rate: 1 }]);
    const first = make(token, { outbox });
    await first.store.init();
    first.store.send('Only once, please');
    await waitFor(async () => (await opsOf(token, 'startChat')).some((e) => e.fault === 'drop') && first.store.state.outbox.retrying);
    first.store.dispose();
    await setFaults([]);

    const second = make(token, { outbox });
    await second.store.init();
    await waitFor(() => second.store.state.outbox.queued === 0 && second.store.state.sessionId !== null);
    const { sessions } = await second.api.listChatSessions();
    expect(sessions).to.have.length(1);
    const mine = (await history(token, sessions[0]!.id)).filter((m: { content: string }) => m.content === 'Only once, please');
    expect(mine).to.have.length(1);
    const tries = await opsOf(token, 'startChat');
    expect(tries.length).to.be.at.least(2);
    expect(tries.at(-1)!.status).to.equal(200);
  });

  it('a message typed while the widget is still loading goes to the conversation it then shows', async () => {
    const token = newUser();
    const storage = memoryStorage();
    const first = make(token, { storage });
    await first.store.init();
    first.store.send('yesterday');
    await waitFor(() => first.store.state.outbox.queued === 0);
    const sessionId = first.store.state.sessionId!;
    const second = make(token, { storage });
    second.store.send('typed before it loaded');
    await second.store.init();
    await waitFor(() => second.store.state.outbox.queued === 0);
    expect(second.store.state.sessionId).to.equal(sessionId);
    expect(ownTexts(second.store)).to.deep.equal(['yesterday', 'typed before it loaded']);
    expect((await second.api.listChatSessions()).sessions).to.have.length(1);
  });

  it('offline: nothing is tried, the messages wait visibly, and go in order once back online', async () => {
    const token = newUser();
    const network = fakeNetwork(false);
    const { store, api } = make(token, { network });
    await store.init();
    store.setOpen(true);
    store.send('written offline');
    store.send('and another');
    expect(store.state.outbox).to.deep.equal({ queued: 2, failed: 0, sending: false, offline: true, unreachable: false, retrying: false });
    expect(store.state.items.map((i) => [i.delivery, i.waiting])).to.deep.equal([
      ['sending', true],
      ['sending', true],
    ]);
    await new Promise((r) => setTimeout(r, 400));
    expect(await log({ token })).to.deep.equal([]);
    network.set(true);
    await waitFor(() => store.state.outbox.queued === 0);
    const stored = await history(token, store.state.sessionId!);
    expect(stored.filter((m: { sender: { kind: string } }) => m.sender.kind === 'user').map((m: { content: string }) => m.content)).to.deep.equal([
      'written offline',
      'and another',
    ]);
    expect(store.state.outbox.offline).to.equal(false);
    void api;
  });

  it('a dead network while "online" counts as unreachable, and the message goes once it is back', async () => {
    const token = newUser();
    const wire = cable();
    const { store } = make(token, {}, wire.fetch);
    await store.init();
    store.send('first');
    await waitFor(() => store.state.outbox.queued === 0);
    wire.unplug();
    const key = store.send('through the outage');
    await waitFor(() => store.state.outbox.unreachable);
    expect(store.state.items.find((i) => i.key === key)).to.include({ delivery: 'sending', waiting: true });
    wire.plug();
    await waitFor(() => store.state.outbox.queued === 0 && !store.state.outbox.unreachable, { timeout: 8000 });
    const stored = await history(token, store.state.sessionId!);
    expect(stored.filter((m: { content: string }) => m.content === 'through the outage')).to.have.length(1);
  });

  it('on 401 the token provider is asked once for a fresh token, and nothing is lost or doubled', async () => {
    const token = newUser();
    let fresh = '';
    const asked: boolean[] = [];
    const provider: TokenProvider = ({ refresh }) => {
      asked.push(refresh);
      return refresh ? fresh : token;
    };
    const { store } = make(provider);
    await store.init();
    store.setOpen(true);
    store.send('before the expiry');
    await waitFor(() => store.state.outbox.queued === 0);
    fresh = await rotate(token);
    // Two sends and the polls all meet the 401 of the expired token: one refresh serves them all.
    store.send('after the expiry');
    store.send('and once more');
    await waitFor(() => store.state.outbox.queued === 0 && store.state.outbox.failed === 0);
    expect(asked).to.deep.equal([false, true]);
    const stored = await history(fresh, store.state.sessionId!);
    const mine = stored.filter((m: { sender: { kind: string } }) => m.sender.kind === 'user');
    expect(mine.map((m: { content: string }) => m.content)).to.deep.equal(['before the expiry', 'after the expiry', 'and once more']);
    expect(new Set(mine.map((m: { sender: { id: number } }) => m.sender.id)).size).to.equal(1);
    const refused = ((await log({ token })) as Entry[]).filter((e) => e.status === 401);
    expect(refused.length).to.be.at.least(1);
  });

  it('a refused message fails with its reason where it was written; the later ones are not held up', async () => {
    const token = newUser();
    const { store } = make(token);
    await store.init();
    store.send('before');
    await waitFor(() => store.state.outbox.queued === 0);
    await setFaults([{ token, operation: 'sendChatMessage', error_rate: 1, error_status: 422, times: 1 }]);
    const refused = store.send('refused');
    store.send('after');
    await waitFor(() => store.state.outbox.queued === 0 && store.state.outbox.failed === 1);
    expect(ownTexts(store)).to.deep.equal(['before', 'refused', 'after']);
    const item = store.state.items.find((i) => i.key === refused)!;
    expect(item.delivery).to.equal('failed');
    expect(item.error).to.include({ status: 422, code: 'validation_failed' });
    store.retry(refused);
    await waitFor(() => store.state.outbox.failed === 0 && store.state.outbox.queued === 0);
    await waitFor(() => store.state.items.find((i) => i.key === refused)?.delivery === 'sent');
    // Stored after the one written later, so the thread (in the server's order) now shows it last.
    expect(ownTexts(store)).to.deep.equal(['before', 'after', 'refused']);
  });

  it('an attachment queued offline survives a reload in IndexedDB, is uploaded once and sent', async () => {
    const token = newUser();
    const name = `kesk-outbox-store-${crypto.randomUUID()}`;
    const storage = memoryStorage();
    const first = make(token, { storage, outbox: indexedDbOutboxPersistence(indexedDB, name) });
    await first.store.init();
    first.store.send('hello');
    await waitFor(() => first.store.state.outbox.queued === 0);
    const offline = fakeNetwork(false);
    first.store.dispose();
    const second = make(token, { storage, network: offline, outbox: indexedDbOutboxPersistence(indexedDB, name) });
    await second.store.init();
    second.store.send('the receipt', [png('receipt.png', 50_000)]);
    await new Promise((r) => setTimeout(r, 100));
    second.store.dispose();

    const network = fakeNetwork(false);
    const third = make(token, { storage, network, outbox: indexedDbOutboxPersistence(indexedDB, name) });
    await third.store.init();
    const restored = third.store.state.items.find((i) => i.message.content === 'the receipt')!;
    expect(restored).to.include({ delivery: 'sending', waiting: true });
    expect(restored.uploads!.map((u) => [u.file.name, u.file.size, u.state])).to.deep.equal([['receipt.png', 50_000, 'waiting']]);
    network.set(true);
    await waitFor(() => third.store.state.outbox.queued === 0 && third.store.state.items.some((i) => i.message.media.length > 0));
    const sent = third.store.state.items.find((i) => i.message.content === 'the receipt')!;
    expect(sent.message.media.map((m) => m.filename)).to.deep.equal(['receipt.png']);
    expect(await third.api.listChatMedia(third.store.state.sessionId!)).to.have.length(1);
    expect((await opsOf(token, 'uploadChatMedia')).length).to.equal(1);
    indexedDB.deleteDatabase(name);
  });

  it('another token never sees or sends what was queued; the same user with a renewed token does', async () => {
    const alice = newUser();
    const outbox = memoryOutboxPersistence();
    const first = make(alice, { outbox });
    await first.store.init();
    first.store.send('first');
    await waitFor(() => first.store.state.outbox.queued === 0);
    const sessionId = first.store.state.sessionId!;
    first.store.dispose();
    const offline = make(alice, { outbox, network: fakeNetwork(false), sessionId });
    await offline.store.init();
    offline.store.send('my address is …');
    offline.store.dispose();

    const bob = newUser();
    const other = make(bob, { outbox });
    await other.store.init();
    await new Promise((r) => setTimeout(r, 300));
    expect(other.store.state.items).to.deep.equal([]);
    expect(other.store.state.outbox.queued).to.equal(0);
    expect((await log({ token: bob })).map((e: Entry) => e.operation_id)).not.to.include('sendChatMessage');

    const renewed = await rotate(alice);
    const again = make(renewed, { outbox, sessionId });
    await again.store.init();
    await waitFor(async () => (await history(renewed, sessionId)).some((m: { content: string }) => m.content === 'my address is …'));
    await waitFor(() => again.store.state.outbox.queued === 0);
    expect((await history(renewed, sessionId)).filter((m: { content: string }) => m.content === 'my address is …')).to.have.length(1);
  });

  it('opening asks a token provider for nothing; the first message does', async () => {
    const token = newUser();
    let asked = 0;
    const { store } = make(() => (asked++, token), { outbox: memoryOutboxPersistence() });
    await store.init();
    await new Promise((r) => setTimeout(r, 300));
    expect(asked, 'nothing asked on opening').to.equal(0);
    store.send('Hello');
    await waitFor(() => store.state.outbox.queued === 0 && store.state.sessionId !== null);
    expect(asked).to.be.greaterThan(0);
  });

  it('two tabs holding the same queue send each message once', async () => {
    const token = newUser();
    const outbox: OutboxPersistence = memoryOutboxPersistence();
    const storage = memoryStorage();
    const seed = make(token, { outbox, storage });
    await seed.store.init();
    seed.store.send('opening');
    await waitFor(() => seed.store.state.outbox.queued === 0);
    const sessionId = seed.store.state.sessionId!;
    seed.store.dispose();
    const writer = make(token, { outbox, storage, network: fakeNetwork(false) });
    await writer.store.init();
    ['one', 'two', 'three', 'four', 'five'].forEach((t) => writer.store.send(t));
    writer.store.dispose();

    const lock = sharedLock();
    const a = make(token, { outbox, storage, lock });
    const b = make(token, { outbox, storage, lock });
    await Promise.all([a.store.init(), b.store.init()]);
    await waitFor(() => a.store.state.outbox.queued === 0 && b.store.state.outbox.queued === 0);
    const sends = await opsOf(token, 'sendChatMessage');
    expect(sends).to.have.length(5);
    const stored = (await history(token, sessionId)).filter((m: { sender: { kind: string } }) => m.sender.kind === 'user');
    expect(stored.map((m: { content: string }) => m.content)).to.deep.equal(['opening', 'one', 'two', 'three', 'four', 'five']);
  });
});
