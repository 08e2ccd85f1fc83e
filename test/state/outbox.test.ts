// The outbox's queue logic, deterministic: an injected clock and dice, and a `deliver` the test scripts (no API
// here; the store and fault-suite tests send through the emulator).
import { expect } from '@open-wc/testing';
import { ChatApiError } from '../../src/api/errors.js';
import { Outbox, type OutboxEntry, type OutboxOptions } from '../../src/state/outbox.js';
import { fakeNetwork, sharedLock } from '../helpers/network.js';
import { memoryOutboxPersistence, type OutboxPersistence } from '../../src/state/outbox-persistence.js';
import { indexedDbOutboxPersistence } from '../../src/state/outbox-idb.js';
import { flush as settle, manualClock, type ManualClock } from '../helpers/manual-clock.js';

const http = (status: number, retryAfter?: number) => new ChatApiError({ source: 'http', status, code: `http_${status}`, message: `answered ${status}`, retryAfter });
const offlineError = () => new ChatApiError({ source: 'network', code: 'network_error', message: 'Could not reach the chat service.' });

/** A deliver that records calls and answers from a script: per call, an error to throw or nothing (success). */
function scripted(script: Array<ChatApiError | undefined> = []) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const deliver = async (entry: OutboxEntry) => {
    calls.push(entry.text);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await Promise.resolve();
    inFlight--;
    const outcome = script.shift();
    if (outcome) throw outcome;
  };
  return { calls, deliver, get maxInFlight() { return maxInFlight; } };
}

const message = (text: string, extra: Partial<Parameters<Outbox['add']>[0]> = {}) => ({
  id: `id-${text}`,
  sessionId: 7,
  group: null,
  text,
  after: 0,
  uploads: [],
  ...extra,
});

function make(options: Partial<OutboxOptions> & { deliver: OutboxOptions['deliver'] }) {
  const clock = options.clock ?? manualClock();
  const box = new Outbox({ scope: 'vendor:501', random: () => 0.5, policy: { baseMs: 1000, maxMs: 8000 }, clock, ...options });
  return { box, clock: clock as ManualClock };
}

describe('Outbox', () => {
  it('sends strictly in order, one at a time, and forgets what was delivered', async () => {
    const d = scripted();
    const { box } = make({ deliver: d.deliver });
    box.start();
    ['one', 'two', 'three', 'four'].forEach((t) => box.add(message(t)));
    await settle();
    expect(d.calls).to.deep.equal(['one', 'two', 'three', 'four']);
    expect(d.maxInFlight).to.equal(1);
    expect(box.state.entries).to.deep.equal([]);
  });

  it('queues only until started', async () => {
    const d = scripted();
    const { box } = make({ deliver: d.deliver });
    box.add(message('early'));
    await settle();
    expect(d.calls).to.deep.equal([]);
    expect(box.state.entries[0]).to.include({ status: 'queued', text: 'early' });
    box.start();
    await settle();
    expect(d.calls).to.deep.equal(['early']);
  });

  it('retries a transient failure after its backoff, and the next message waits behind it', async () => {
    const d = scripted([http(503), http(500)]);
    const { box, clock } = make({ deliver: d.deliver });
    box.start();
    box.add(message('first'));
    box.add(message('second'));
    await settle();
    expect(d.calls).to.deep.equal(['first']);
    const waiting = box.get('id-first')!;
    expect(waiting).to.include({ status: 'queued', attempts: 1 });
    expect(waiting.error!.status).to.equal(503);
    // Full jitter with dice at 0.5: half of 1 s after the first failure, half of 2 s after the second.
    expect(waiting.retryAt! - clock.now()).to.equal(500);
    await clock.advance(499);
    expect(d.calls).to.have.length(1);
    await clock.advance(1);
    expect(d.calls).to.deep.equal(['first', 'first']);
    expect(box.get('id-first')!.retryAt! - clock.now()).to.equal(1000);
    await clock.advance(1000);
    expect(d.calls).to.deep.equal(['first', 'first', 'first', 'second']);
    expect(box.state.entries).to.deep.equal([]);
  });

  it('honours Retry-After over a shorter backoff', async () => {
    const d = scripted([http(429, 3)]);
    const { box, clock } = make({ deliver: d.deliver });
    box.start();
    box.add(message('limited'));
    await settle();
    expect(box.get('id-limited')!.retryAt! - clock.now()).to.equal(3000);
    await clock.advance(2999);
    expect(d.calls).to.have.length(1);
    await clock.advance(1);
    expect(d.calls).to.have.length(2);
  });

  it('neither Retry now, nor the network coming back, nor a reload cuts a Retry-After short', async () => {
    const persistence = memoryOutboxPersistence();
    const net = fakeNetwork(true);
    const clock = manualClock();
    const d = scripted([http(429, 5)]);
    const { box } = make({ deliver: d.deliver, network: net, persistence, clock });
    await box.load();
    box.start();
    box.add(message('patient'));
    await settle();
    box.retryNow();
    net.set(false);
    net.set(true);
    await clock.advance(4000);
    expect(d.calls).to.have.length(1);
    box.dispose();
    const again = make({ deliver: d.deliver, persistence, clock });
    await again.box.load();
    again.box.start();
    await clock.advance(999);
    expect(d.calls).to.have.length(1);
    await clock.advance(1);
    expect(d.calls).to.have.length(2);
  });

  it('fails a refused message with its reason and goes on; Retry sends it again at the back', async () => {
    const d = scripted([undefined, http(422)]);
    const { box } = make({ deliver: d.deliver });
    const failed: OutboxEntry[] = [];
    box.on('failed', (e) => failed.push(e));
    box.start();
    ['a', 'b', 'c'].forEach((t) => box.add(message(t)));
    await settle();
    expect(d.calls).to.deep.equal(['a', 'b', 'c']);
    expect(box.state.entries.map((e) => [e.text, e.status])).to.deep.equal([['b', 'failed']]);
    expect(failed.map((e) => e.error!.status)).to.deep.equal([422]);
    box.retry('id-b');
    await settle();
    expect(d.calls).to.deep.equal(['a', 'b', 'c', 'b']);
    expect(box.state.entries).to.deep.equal([]);
  });

  it('waits while offline, and goes at once when the network is back', async () => {
    const net = fakeNetwork(false);
    const d = scripted([offlineError()]);
    const { box, clock } = make({ deliver: d.deliver, network: net });
    box.start();
    box.add(message('later'));
    await clock.advance(60_000);
    expect(d.calls).to.deep.equal([]);
    expect(box.state.online).to.equal(false);
    net.set(true);
    await settle();
    // The first try meets a dead network: it is unreachable, and waits for its backoff …
    expect(d.calls).to.deep.equal(['later']);
    expect(box.state.unreachable).to.equal(true);
    expect(box.get('id-later')!.retryAt).to.be.above(clock.now());
    // … unless the network signals again: going offline and back online tries at once.
    net.set(false);
    net.set(true);
    await settle();
    expect(d.calls).to.deep.equal(['later', 'later']);
    expect(box.state.unreachable).to.equal(false);
    expect(box.state.entries).to.deep.equal([]);
  });

  it('retryNow cuts the backoff short', async () => {
    const d = scripted([http(500)]);
    const { box } = make({ deliver: d.deliver, policy: { baseMs: 60_000, maxMs: 60_000 } });
    box.start();
    box.add(message('now'));
    await settle();
    expect(d.calls).to.have.length(1);
    box.retryNow();
    await settle();
    expect(d.calls).to.have.length(2);
    expect(box.state.entries).to.deep.equal([]);
  });

  it('discard aborts a send in flight and forgets the message, in memory and in the persistence', async () => {
    const persistence = memoryOutboxPersistence();
    let aborted = false;
    const { box } = make({
      persistence,
      deliver: (_entry, signal) =>
        new Promise((_, reject) =>
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new ChatApiError({ source: 'aborted', code: 'aborted', message: 'cancelled' }));
          }),
        ),
    });
    await box.load();
    box.start();
    box.add(message('oops'));
    await settle();
    expect(box.get('id-oops')?.status).to.equal('sending');
    box.discard('id-oops');
    await settle();
    expect(aborted).to.equal(true);
    expect(box.state.entries).to.deep.equal([]);
    expect(await persistence.load('vendor:501')).to.deep.equal([]);
  });

  it('a reload restores every unsent message in order, with its progress, attempts and failure', async () => {
    const persistence = memoryOutboxPersistence();
    const first = make({ persistence, deliver: scripted([http(500), http(403)]).deliver });
    await first.box.load();
    first.box.start();
    first.box.add(message('retrying'));
    first.box.add(message('refused', { sessionId: 8 }));
    first.box.update('id-refused', { started: true, textDelivered: true });
    await settle();
    expect(first.box.get('id-retrying')!.attempts).to.equal(1);
    first.box.dispose();
    first.box.add(message('written after', { id: 'id-after' }));
    await settle();

    const d = scripted([http(500)]);
    const second = make({ persistence, deliver: d.deliver });
    await second.box.load();
    expect(second.box.state.entries.map((e) => [e.text, e.status, e.attempts])).to.deep.equal([
      ['retrying', 'queued', 1],
      ['refused', 'queued', 0],
      ['written after', 'queued', 0],
    ]);
    expect(second.box.get('id-refused')).to.include({ sessionId: 8, started: true, textDelivered: true });
    expect(second.box.get('id-retrying')!.error!.status).to.equal(500);
    second.box.start();
    await settle();
    expect(d.calls).to.deep.equal(['retrying']);
  });

  it('an error that is no answer of the API (a parser’s, a bug’s) is an unknown outcome: retried, and its words never shown', async () => {
    const d = scripted([new SyntaxError('Unterminated string in JSON at position 186') as unknown as ChatApiError]);
    const { box, clock } = make({ deliver: d.deliver });
    const failed: OutboxEntry[] = [];
    box.on('failed', (e) => failed.push(e));
    box.start();
    box.add(message('stored, answer unreadable'));
    await settle();
    const waiting = box.get('id-stored, answer unreadable')!;
    expect(waiting).to.include({ status: 'queued', attempts: 1 });
    expect(waiting.error!.message).to.not.match(/JSON|Syntax|position/);
    expect(failed).to.deep.equal([]);
    await clock.advance(1000);
    expect(d.calls).to.deep.equal(['stored, answer unreadable', 'stored, answer unreadable']);
    expect(box.state.entries).to.deep.equal([]);
  });

  it('a message an older version failed for a parser’s error is queued again on load, sent with its id, and its record goes', async () => {
    const persistence = memoryOutboxPersistence();
    const parserError = { source: 'client' as const, status: 0, code: 'unexpected', message: 'SyntaxError: Unterminated string in JSON at position 186' };
    const record = {
      scope: 'vendor:501',
      id: 'id-old',
      seq: 5,
      sessionId: 7,
      group: null,
      text: 'stored long ago',
      started: false,
      textDelivered: false,
      createdAt: new Date(1_700_000_000_000).toISOString(),
      after: 0,
      attempts: 1,
      status: 'failed' as const,
      error: parserError,
      uploads: [],
    };
    await persistence.put(record);
    // A refusal stays failed: the API said no.
    await persistence.put({ ...record, id: 'id-refused', seq: 6, text: 'refused', error: { source: 'http', status: 422, code: 'validation_failed', message: 'no' } });
    const d = scripted();
    const { box } = make({ persistence, deliver: d.deliver });
    await box.load();
    expect(box.state.entries.map((e) => [e.text, e.status, e.error?.message])).to.deep.equal([
      ['stored long ago', 'queued', undefined],
      ['refused', 'failed', 'no'],
    ]);
    box.start();
    await settle();
    expect(d.calls).to.deep.equal(['stored long ago']);
    expect((await persistence.load('vendor:501')).map((r) => r.id)).to.deep.equal(['id-refused']);
  });

  it('a tab learns, before starting a conversation, that another tab started it: one session for both tabs’ messages', async () => {
    const persistence = memoryOutboxPersistence();
    const lock = sharedLock();
    const group = 'id-a1';
    const starts: string[] = [];
    const deliverA = async (entry: OutboxEntry) => {
      if (entry.sessionId === null) {
        starts.push(entry.text);
        await a.box.started(entry.group!, 41);
      }
    };
    const a = make({ persistence, lock, deliver: deliverA });
    await a.box.load();
    a.box.add(message('a1', { id: 'id-a1', sessionId: null, group }));
    a.box.add(message('a2', { id: 'id-a2', sessionId: null, group }));
    await settle();

    // Tab B opens: it loads A's two and writes one of its own into the same conversation.
    const sentByB: Array<[string, number | null]> = [];
    const b = make({ persistence, lock, deliver: async (entry) => void sentByB.push([entry.text, entry.sessionId]) });
    const learned: Array<{ group: string; sessionId: number }> = [];
    b.box.on('session', (s) => learned.push(s));
    await b.box.load();
    b.box.add(message('b1', { id: 'id-b1', sessionId: null, group }));
    await settle();

    a.box.start();
    await settle();
    expect(starts).to.deep.equal(['a1']);
    expect(a.box.state.entries).to.deep.equal([]);
    b.box.start();
    await settle();
    // A's are gone (A sent them); B's goes into A's session, and B's view learns it.
    expect(sentByB).to.deep.equal([['b1', 41]]);
    expect(learned).to.deep.equal([{ group, sessionId: 41 }]);
    expect(await persistence.load('vendor:501')).to.deep.equal([]);
  });

  it('two tabs over one persistence and one lock send each message exactly once', async () => {
    const persistence = memoryOutboxPersistence();
    const lock = sharedLock();
    const seed = make({ persistence, deliver: scripted().deliver });
    await seed.box.load();
    ['x', 'y', 'z'].forEach((t) => seed.box.add(message(t)));
    await settle();
    seed.box.dispose();

    const sent: string[] = [];
    const deliver = async (entry: OutboxEntry) => {
      sent.push(entry.text);
      await new Promise((r) => setTimeout(r, 5));
    };
    const a = make({ persistence, lock, deliver });
    const b = make({ persistence, lock, deliver });
    await Promise.all([a.box.load(), b.box.load()]);
    a.box.start();
    b.box.start();
    for (let i = 0; i < 20 && (a.box.state.entries.length || b.box.state.entries.length); i++) await new Promise((r) => setTimeout(r, 10));
    expect(sent.sort()).to.deep.equal(['x', 'y', 'z']);
    expect(a.box.state.entries).to.deep.equal([]);
    expect(b.box.state.entries).to.deep.equal([]);
  });

  it('holds back what another token wrote, until its session proves to be this user’s', async () => {
    const persistence = memoryOutboxPersistence();
    const before = make({ persistence, owner: async () => 'alice', deliver: scripted().deliver });
    await before.box.load();
    before.box.add(message('in session 7'));
    before.box.add(message('new conversation', { sessionId: null, group: 'g' }));
    await settle();
    before.box.dispose();

    const d = scripted();
    const after = make({ persistence, owner: async () => 'renewed', deliver: d.deliver });
    await after.box.load();
    after.box.start();
    await settle();
    expect(after.box.state.entries).to.deep.equal([]);
    expect(d.calls).to.deep.equal([]);
    expect(after.box.heldSessions).to.deep.equal([7]);
    after.box.adopt(7);
    await settle();
    expect(d.calls).to.deep.equal(['in session 7']);
    // Never shown or sent: the message for a conversation that no session vouches for.
    expect((await persistence.load('vendor:501')).map((r) => [r.text, r.owner])).to.deep.equal([['new conversation', 'alice']]);
  });

  it('drops held messages of another token after a week', async () => {
    const persistence = memoryOutboxPersistence();
    const clock = manualClock();
    const before = make({ persistence, clock, owner: async () => 'alice', deliver: scripted().deliver });
    await before.box.load();
    before.box.add(message('old'));
    await settle();
    await clock.advance(8 * 24 * 3600_000);
    const after = make({ persistence, clock, owner: async () => 'bob', deliver: scripted().deliver });
    await after.box.load();
    await settle();
    expect(after.box.heldSessions).to.deep.equal([]);
    expect(await persistence.load('vendor:501')).to.deep.equal([]);
  });

  it('keeps going in memory when the persistence fails', async () => {
    const broken: OutboxPersistence = {
      load: () => Promise.reject(new Error('denied')),
      get: () => Promise.reject(new Error('denied')),
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      delete: () => Promise.reject(new Error('denied')),
    };
    const d = scripted();
    const { box } = make({ persistence: broken, deliver: d.deliver });
    await box.load();
    box.start();
    box.add(message('still goes'));
    await settle();
    expect(d.calls).to.deep.equal(['still goes']);
  });
});

describe('indexedDbOutboxPersistence', () => {
  it('keeps records, their order and their files across connections', async () => {
    const name = `kesk-outbox-test-${crypto.randomUUID()}`;
    const file = new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' });
    const first = indexedDbOutboxPersistence(indexedDB, name);
    const record = (id: string, seq: number) => ({
      scope: 'vendor:501',
      id,
      seq,
      owner: 'f00d',
      sessionId: 7,
      group: null,
      text: `text ${id}`,
      started: false,
      textDelivered: false,
      createdAt: new Date().toISOString(),
      after: 0,
      attempts: 2,
      status: 'queued' as const,
      error: { source: 'http' as const, status: 503, code: 'http_503', message: 'busy', retryAfter: 2 },
      uploads: [{ key: `c:${id}:0`, file, state: 'waiting' as const }],
    });
    await first.put(record('b', 2));
    await first.put(record('a', 1));
    await first.put({ ...record('other', 3), scope: 'bot:shopbot' });
    await first.delete('vendor:501', 'missing');

    const second = indexedDbOutboxPersistence(indexedDB, name);
    const loaded = (await second.load('vendor:501')).sort((x, y) => x.seq - y.seq);
    expect(loaded.map((r) => r.id)).to.deep.equal(['a', 'b']);
    expect(loaded[0]!.error).to.deep.equal(record('a', 1).error);
    const kept = loaded[0]!.uploads[0]!.file;
    expect(kept).to.be.instanceOf(File);
    expect(kept.name).to.equal('receipt.pdf');
    expect(await kept.text()).to.equal('%PDF-1.4 receipt');
    expect((await second.get('vendor:501', 'b'))!.text).to.equal('text b');
    await second.delete('vendor:501', 'a');
    expect((await second.load('vendor:501')).map((r) => r.id)).to.deep.equal(['b']);
    expect(JSON.stringify(await second.load('vendor:501'))).not.to.match(/token/i);
    indexedDB.deleteDatabase(name);
  });

  it('keeps the files as bytes where IndexedDB refuses a File (Safari Private Browsing), losing nothing', async () => {
    // WebKit's ephemeral sessions fail every put of a Blob; this does the same in any engine.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: { uploads?: Array<{ file: unknown }> }, key?: IDBValidKey) {
      if (value.uploads?.some((u) => u.file instanceof Blob)) throw new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError');
      return put.call(this, value, key);
    } as typeof put;
    const name = `kesk-outbox-test-${crypto.randomUUID()}`;
    try {
      const file = new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf', lastModified: 1_700_000_000_000 });
      const first = indexedDbOutboxPersistence(indexedDB, name);
      const record = {
        scope: 'vendor:501',
        id: 'a',
        seq: 1,
        sessionId: 7,
        group: null,
        text: 'here is the receipt',
        started: false,
        textDelivered: false,
        createdAt: new Date().toISOString(),
        after: 0,
        attempts: 0,
        status: 'queued' as const,
        uploads: [{ key: 'c:a:0', file, state: 'waiting' as const }],
      };
      await first.put(record);
      await first.put({ ...record, attempts: 1 });
      await first.put({ ...record, id: 'b', seq: 2, text: 'no file', uploads: [] });

      const second = indexedDbOutboxPersistence(indexedDB, name);
      const loaded = (await second.load('vendor:501')).sort((x, y) => x.seq - y.seq);
      expect(loaded.map((r) => [r.text, r.attempts])).to.deep.equal([['here is the receipt', 1], ['no file', 0]]);
      const kept = loaded[0]!.uploads[0]!.file;
      expect(kept).to.be.instanceOf(File);
      expect([kept.name, kept.type, kept.lastModified, kept.size]).to.deep.equal(['receipt.pdf', 'application/pdf', 1_700_000_000_000, file.size]);
      expect(await kept.text()).to.equal('%PDF-1.4 receipt');
      expect(await (await second.get('vendor:501', 'a'))!.uploads[0]!.file.text()).to.equal('%PDF-1.4 receipt');
    } finally {
      IDBObjectStore.prototype.put = put;
      indexedDB.deleteDatabase(name);
    }
  });
});
