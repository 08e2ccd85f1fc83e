// Answers cut short after the API stored the request (the emulator's `cut_close` and `cut_length` faults): the
// outcome is unknown, so the outbox tries again with the same client_message_id. One conversation, each message
// once, in order, none shown failed, and no parser's words anywhere.
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import { ConversationStore, type ConversationConfig } from '../../src/state/index.js';
import { API_BASE, FAST_CADENCE, memoryStorage } from '../helpers/chat-harness.js';
import { config, history, log, newUser, setFaults, waitFor, world } from '../helpers/emulator.js';
import { png } from '../api/media-bytes.js';

type Entry = { operation_id: string; status: number; fault: string };
type Stored = { content: string; client_message_id: string | null };
type Cut = 'cut_close' | 'cut_length';

const PARSER_WORDS = /JSON|Syntax|Unexpected token|position \d/;
const TEXTS = ['one', 'two', 'three'];

interface Mode {
  config: () => Promise<Partial<ConversationConfig>>;
  /** The operation that stores the first message, and the one that stores a later one. */
  first: string;
  later: string;
}

const MODES: Record<string, Mode> = {
  vendor: { config: async () => ({ mode: 'vendor', vendorLocationId: (await world()).vendor_locations[0].id }), first: 'startChat', later: 'sendChatMessage' },
  assistant: { config: async () => ({ mode: 'assistant' }), first: 'startChat', later: 'sendRagQuery' },
  direct: {
    config: async () => ({ mode: 'direct', recipientId: (await world()).users.find((u: { token: string }) => u.token === 'demo-maya').id }),
    first: 'startDirectChat',
    later: 'sendChatMessage',
  },
  bot: { config: async () => ({ mode: 'bot', botUsername: 'shopbot' }), first: 'startBotConversation', later: 'sendBotMessage' },
};

describe('ConversationStore: answers cut short', () => {
  const stores: ConversationStore[] = [];
  function make(token: string, cfg: Partial<ConversationConfig>) {
    const api = createChatClient({ baseUrl: API_BASE, token, timeout: 3000 });
    const store = new ConversationStore(api, {
      storage: memoryStorage(),
      cadence: FAST_CADENCE,
      retry: { baseMs: 50, maxMs: 200 },
      ...cfg,
    } as ConversationConfig);
    stores.push(store);
    return { api, store };
  }

  before(() => config({ reply_delay_ms: 100 }));
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(async () => {
    stores.splice(0).forEach((s) => s.dispose());
    await setFaults([]);
  });

  /** One session for the user, holding each text once, in order; the store shows them all sent. */
  async function expectOneConversation(token: string, store: ConversationStore, api: ReturnType<typeof createChatClient>, texts: string[]) {
    await waitFor(() => store.state.outbox.queued === 0, { timeout: 10_000 });
    expect(store.state.outbox.failed, 'no message shown failed').to.equal(0);
    const { sessions } = await api.listChatSessions();
    expect(sessions.map((s) => s.id), 'one conversation').to.deep.equal([store.state.sessionId]);
    const mine = ((await history(token, sessions[0]!.id)) as Stored[]).filter((m) => texts.includes(m.content));
    expect(mine.map((m) => m.content), 'each message stored once, in order').to.deep.equal(texts);
    await waitFor(() => texts.every((t) => store.state.items.some((i) => i.own && i.message.content === t && i.delivery === 'sent')), { timeout: 8000 });
    for (const item of store.state.items) expect(item.error?.message ?? '', 'no parser’s words').to.not.match(PARSER_WORDS);
    expect(store.state.error?.message ?? '').to.not.match(PARSER_WORDS);
  }

  const cases: Array<[string, Cut]> = [
    ['vendor', 'cut_close'],
    ['vendor', 'cut_length'],
    ['assistant', 'cut_close'],
    ['direct', 'cut_close'],
    ['bot', 'cut_close'],
    ['bot', 'cut_length'],
  ];
  for (const [name, cut] of cases) {
    const mode = MODES[name]!;

    it(`${name}: the first message's answer ${cut}: the retry gets the same session, the next ones follow into it`, async () => {
      const token = newUser();
      const { store, api } = make(token, await mode.config());
      await store.init();
      store.setOpen(true);
      await setFaults([{ token, operation: mode.first, [`${cut}_rate`]: 1, times: 1 }]);
      TEXTS.forEach((t) => store.send(t));
      await expectOneConversation(token, store, api, TEXTS);
      const starts = ((await log({ token })) as Entry[]).filter((e) => e.operation_id === mode.first);
      expect(starts.map((e) => e.fault)).to.deep.equal([cut, 'none']);
    });

    it(`${name}: a later message's answer ${cut}: it is tried again, stored once, never shown failed`, async () => {
      const token = newUser();
      const { store, api } = make(token, await mode.config());
      await store.init();
      store.setOpen(true);
      store.send(TEXTS[0]!);
      await waitFor(() => store.state.outbox.queued === 0 && store.state.sessionId !== null, { timeout: 8000 });
      await setFaults([{ token, operation: mode.later, [`${cut}_rate`]: 1, times: 1 }]);
      store.send(TEXTS[1]!);
      store.send(TEXTS[2]!);
      await expectOneConversation(token, store, api, TEXTS);
      const later = ((await log({ token })) as Entry[]).filter((e) => e.operation_id === mode.later);
      expect(later.map((e) => e.fault)).to.include(cut);
    });
  }

  it('a history page whose answer is cut short is read again: the thread loads, with no error', async () => {
    const token = newUser();
    const storage = memoryStorage();
    const cfg = { ...(await MODES.vendor!.config()), storage };
    const first = make(token, cfg);
    await first.store.init();
    first.store.send('before the reload');
    await waitFor(() => first.store.state.outbox.queued === 0);
    first.store.dispose();
    await setFaults([{ token, operation: 'getChatMessageHistory', cut_close_rate: 1, times: 1 }]);
    const second = make(token, cfg);
    await second.store.init();
    expect(second.store.state.error).to.equal(null);
    expect(second.store.state.items.map((i) => i.message.content)).to.include('before the reload');
    expect(((await log({ token })) as Entry[]).some((e) => e.fault === 'cut_close')).to.equal(true);
  });

  it('an upload stored whose answer was cut short is not stored again: one file, one message', async () => {
    const token = newUser();
    const { store, api } = make(token, await MODES.vendor!.config());
    await store.init();
    store.send('hello');
    await waitFor(() => store.state.outbox.queued === 0 && store.state.sessionId !== null);
    await setFaults([{ token, operation: 'uploadChatMedia', cut_close_rate: 1, times: 1 }]);
    store.send('the receipt', [png('receipt.png', 20_000)]);
    await waitFor(() => store.state.outbox.queued === 0 && store.state.items.some((i) => i.message.media.length > 0), { timeout: 10_000 });
    expect(store.state.outbox.failed).to.equal(0);
    const uploads = ((await log({ token })) as Entry[]).filter((e) => e.operation_id === 'uploadChatMedia');
    expect(uploads.map((e) => e.fault)).to.deep.equal(['cut_close', 'none']);
    expect(await api.listChatMedia(store.state.sessionId!), 'one file stored').to.have.length(1);
    const sent = store.state.items.find((i) => i.message.content === 'the receipt')!;
    expect(sent.message.media.map((m) => m.filename)).to.deep.equal(['receipt.png']);
  });

  it('an upload stored whose connection dropped before the answer is not stored again', async () => {
    const token = newUser();
    const { store, api } = make(token, await MODES.vendor!.config());
    await store.init();
    store.send('hello');
    await waitFor(() => store.state.outbox.queued === 0 && store.state.sessionId !== null);
    await setFaults([{ token, operation: 'uploadChatMedia', drop_after_commit_rate: 1, times: 1 }]);
    store.send('the photo', [png('photo.png', 20_000)]);
    await waitFor(() => store.state.outbox.queued === 0 && store.state.items.some((i) => i.message.media.length > 0), { timeout: 10_000 });
    const uploads = ((await log({ token })) as Entry[]).filter((e) => e.operation_id === 'uploadChatMedia');
    expect(uploads.length).to.be.at.least(2);
    expect(await api.listChatMedia(store.state.sessionId!), 'one file stored').to.have.length(1);
  });
});
