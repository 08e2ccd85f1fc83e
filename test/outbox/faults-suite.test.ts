// The outbox under fire: 200 messages (ten with a file) through the emulator's faults (30% of the sends meet a 500,
// a connection dropped after the write was stored, an answer cut short or stalled after it was stored, a 429 with
// Retry-After, added latency, or a hang past the client's timeout), a page reload in the middle, and the network
// gone and back. Every message and file must be stored once, in the order written, and the thread must show that.
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import { ConversationStore, type ConversationConfig } from '../../src/state/index.js';
import { indexedDbOutboxPersistence } from '../../src/state/outbox-idb.js';
import { API_BASE, memoryStorage } from '../helpers/chat-harness.js';
import { png } from '../api/media-bytes.js';
import { config, heldOpen, history, log, newUser, setFaults, waitFor, world } from '../helpers/emulator.js';
import { fakeNetwork } from '../helpers/network.js';

type Entry = { id: number; time: string; method: string; operation_id: string; status: number; fault: string };
type Stored = { content: string; client_message_id: string | null; sender: { kind: string }; media: Array<{ filename: string }> };

const TIMEOUT_MS = 1000;

describe('outbox fault-injection suite', () => {
  const stores: ConversationStore[] = [];
  before(() => config({ reply_delay_ms: 50 }));
  after(async () => {
    stores.splice(0).forEach((s) => s.dispose());
    await setFaults([]);
    await config({ reply_delay_ms: 1200 });
  });

  it('200 messages under 30% mixed faults, a reload and an outage: each stored once, in order, and in the thread', async function () {
    this.timeout(150_000);
    const token = newUser();
    const vendorLocationId = (await world()).vendor_locations[0].id;
    const dbName = `kesk-fault-suite-${crypto.randomUUID()}`;
    const storage = memoryStorage();
    const network = fakeNetwork(true);
    const build = () => {
      // A short client timeout, so a hang costs a second; a quick backoff (Retry-After still obeyed in full).
      const api = createChatClient({ baseUrl: API_BASE, token, timeout: TIMEOUT_MS, retries: 2, maxRetryDelay: 300 });
      const cfg: ConversationConfig = {
        mode: 'vendor',
        vendorLocationId,
        storage,
        network,
        outbox: indexedDbOutboxPersistence(indexedDB, dbName),
        retry: { baseMs: 25, maxMs: 250 },
        cadence: { awaitingMs: 300, openMs: 600, closedMs: 600 },
        pageSize: 100,
      };
      const store = new ConversationStore(api, cfg);
      stores.push(store);
      return { api, store };
    };

    await setFaults(
      [
        // The rare kinds once for sure, whatever the dice do later: a rule with `times` counts only when it fires.
        { token, operation: 'sendChatMessage', hang_rate: 1, times: 1 },
        { token, operation: 'sendChatMessage', stall_body_rate: 1, times: 1 },
        { token, operation: 'uploadChatMedia', drop_after_commit_rate: 1, times: 1 },
        // The writes (messages and uploads): 30% of them meet a fault (1 − 0.75 × 0.9 ≈ 0.33). Drops, cuts and
        // stalls come after the write was stored: only the answer is lost or unreadable.
        {
          token,
          method: 'POST',
          error_rate: 0.06,
          drop_after_commit_rate: 0.06,
          cut_length_rate: 0.03,
          cut_close_rate: 0.03,
          stall_body_rate: 0.015,
          rate_limit_rate: 0.04,
          retry_after: 1,
          hang_rate: 0.015,
          latency_ms: [100, 400],
          latency_rate: 0.1,
        },
        // The polls meet trouble too, lighter (the client retries reads itself).
        { token, method: 'GET', error_rate: 0.03, cut_close_rate: 0.02, cut_length_rate: 0.02, latency_ms: [50, 200], latency_rate: 0.1 },
      ],
      20260,
    );

    const expected = Array.from({ length: 200 }, (_, i) => `message ${String(i + 1).padStart(3, '0')}`);
    // Every twentieth message carries a file: uploads meet the same faults, and each file must be stored once.
    const withFile = (i: number) => i % 20 === 9;
    const send = (store: ConversationStore, text: string, i: number) => store.send(text, withFile(i) ? [png(`photo-${i + 1}.png`, 2000)] : []);
    const t0 = performance.now();

    // 190 messages written at once, into a conversation that does not exist yet.
    let { store, api } = build();
    // Whatever the thread or the store shows as a reason, at any moment: never a parser's message.
    const parserWords: string[] = [];
    const watch = (s: ConversationStore) =>
      s.subscribe((state) => {
        for (const text of [state.error?.message, ...state.items.map((i) => i.error?.message)]) {
          if (text && /JSON|Syntax|Unexpected token/.test(text)) parserWords.push(text);
        }
      });
    watch(store);
    await store.init();
    store.setOpen(true);
    expected.slice(0, 190).forEach((text, i) => send(store, text, i));

    // The page reloads in the middle: the new page restores the outbox and carries on.
    await waitFor(() => store.state.outbox.queued <= 120, { timeout: 60_000, interval: 20 });
    store.dispose();
    ({ store, api } = build());
    watch(store);
    await store.init();
    store.setOpen(true);
    expect(store.state.outbox.queued, 'the unsent ones are restored').to.be.within(100, 121);

    // The network goes away: nothing is tried, what is written meanwhile waits, and all of it goes once it is back.
    await waitFor(() => store.state.outbox.queued <= 60, { timeout: 60_000, interval: 20 });
    network.set(false);
    expected.slice(190).forEach((text, i) => send(store, text, 190 + i));
    // The send already on its way when the network went may still finish; after that, silence.
    await waitFor(() => !store.state.outbox.sending, { timeout: 10_000 });
    const quietFrom = (await log({ token })).at(-1)?.id ?? 0;
    await new Promise((r) => setTimeout(r, 500));
    const duringOutage = ((await log({ token, since: quietFrom })) as Entry[]).filter((e) => e.method === 'POST');
    expect(duringOutage, 'no send while offline').to.deep.equal([]);
    expect(store.state.outbox).to.include({ offline: true });
    expect(store.state.outbox.queued).to.be.greaterThan(10);
    network.set(true);
    await waitFor(() => store.state.outbox.queued === 0, { timeout: 90_000, interval: 50 });
    const elapsed = Math.round(performance.now() - t0);
    // Every hang and stall the client gave up on was closed by it (WebKit keeps such connections otherwise, and a
    // few of them starve the page of its six per host): nothing is left for the rule change below to let go.
    await waitFor(async () => (await heldOpen(token)) === 0, { timeout: 3000 });
    await setFaults([]);

    // On the server: one session, every message once, in the order written.
    const { sessions } = await api.listChatSessions();
    expect(sessions).to.have.length(1);
    const stored = ((await history(token, sessions[0]!.id)) as Stored[]).filter((m) => m.sender.kind === 'user');
    expect(stored.map((m) => m.content)).to.deep.equal(expected);
    expect(new Set(stored.map((m) => m.client_message_id)).size).to.equal(200);
    // Each file once: on its message, and in the session's media.
    const files = expected.flatMap((_, i) => (withFile(i) ? [`photo-${i + 1}.png`] : []));
    expect(stored.flatMap((m) => m.media.map((f) => f.filename))).to.deep.equal(files);
    expect((await api.listChatMedia(sessions[0]!.id, { limit: 100 })).map((m) => m.filename).sort()).to.deep.equal([...files].sort());

    // In the thread: the same, every one sent (read back through the older pages).
    while (store.state.hasMore) await store.loadOlder();
    await waitFor(() => store.state.items.filter((i) => i.own).length === 200, { timeout: 10_000 });
    const own = store.state.items.filter((i) => i.own);
    expect(own.map((i) => i.message.content)).to.deep.equal(expected);
    expect(own.every((i) => i.delivery === 'sent' && i.message.id > 0)).to.equal(true);
    expect(new Set(store.state.items.map((i) => i.key)).size).to.equal(store.state.items.length);
    expect(store.state.items.filter((i) => i.message.sender.kind === 'vendor').length, 'the vendor answered too').to.be.greaterThan(0);

    // The faults did fire, of every kind.
    const entries = (await log({ token })) as Entry[];
    const posts = entries.filter((e) => e.method === 'POST');
    const kinds = new Set(posts.map((e) => e.fault));
    for (const kind of ['error', 'drop', 'cut_length', 'cut_close', 'stall_body', 'rate_limit', 'hang', 'latency', 'none']) {
      expect(kinds, `a ${kind} fault fired`).to.include(kind);
    }
    expect(posts.some((e) => e.operation_id === 'uploadChatMedia' && e.fault !== 'none' && e.fault !== 'latency'), 'an upload met a fault').to.equal(true);
    const reads = entries.filter((e) => e.method === 'GET').map((e) => e.fault);
    expect(reads, 'a read was cut short').to.include('cut_close');
    const faulted = posts.filter((e) => e.fault !== 'none').length / posts.length;
    expect(faulted).to.be.within(0.2, 0.42);
    // Retry-After: 1 s — the next send after a 429 waited at least that long.
    const limited = posts.filter((e) => e.fault === 'rate_limit');
    const waited = limited.flatMap((hit) => {
      const next = posts.find((e) => e.id > hit.id);
      return next ? [Date.parse(next.time) - Date.parse(hit.time)] : [];
    });
    expect(waited.length, 'a send came after a 429').to.be.greaterThan(0);
    expect(Math.min(...waited), 'waited for Retry-After').to.be.at.least(990);
    // The hangs ended by the client's timeout.
    expect(posts.filter((e) => e.fault === 'hang').every((e) => e.status === 0)).to.equal(true);
    // The thread never showed a parser's words.
    expect(parserWords, 'no parser’s words shown').to.deep.equal([]);
    console.log(`[fault suite] 200 messages, ${posts.length} sends (${Math.round(faulted * 100)}% faulted: ${[...kinds].join(', ')}), ${elapsed} ms`);
    indexedDB.deleteDatabase(dbName);
  });
});
