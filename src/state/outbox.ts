import { SYSTEM_CLOCK, type Clock } from './clock.js';
import type { OutboxPersistence, OutboxRecord } from './outbox-persistence.js';
import { bySeq, filesAgain, fromRecord, heldTooLong, marksOf, requeued, toRecord, type SessionMark } from './outbox-records.js';
import type { NetworkSignal, NewOutboxEntry, OutboxEntry, OutboxEvents, OutboxLock, OutboxOptions, OutboxState } from './outbox-types.js';
import { asChatApiError, DEFAULT_RETRY_POLICY, isRetryable, isUnreachable, type RetryPolicy } from './retry-policy.js';
import { Alarm, cutBackoff, retryTimes } from './outbox-schedule.js';
import { Store } from './store.js';

export type { NetworkSignal, NewOutboxEntry, OutboxEntry, OutboxEvents, OutboxLock, OutboxOptions, OutboxState, OutboxStatus } from './outbox-types.js';

const noLock: OutboxLock = (_name, work) => work();

/**
 * The messages the user wrote that the API has not stored yet, sent one at a time, strictly in the order they
 * were written. A transient failure (no answer, 408, 425, 429, 5xx) keeps the message queued and tries again after
 * a backoff with full jitter that honours `Retry-After`; offline, nothing is tried until the network is back.
 * Another failure marks the message failed with its reason, and the queue moves on to the next one; the user can
 * retry it (it goes to the back of the queue) or discard it. Every try carries the same `client_message_id`, so
 * the API stores each message once, however many tries it took.
 *
 * With a persistence, every entry (its text, files and progress, never a token) survives a reload; with a lock,
 * two tabs of one page never send the same entry at once, and each checks before a send that the other has not
 * sent or discarded it already.
 */
export class Outbox extends Store<OutboxState, OutboxEvents> {
  readonly #scope: string;
  readonly #deliver: OutboxOptions['deliver'];
  readonly #persistence?: OutboxPersistence;
  readonly #ownerOf?: (ask: boolean) => Promise<string | undefined>;
  #owner: string | undefined;
  #ownerAsked?: Promise<void>;
  /** Records written under another token: neither shown nor sent until their session proves it is this user's. */
  #held: OutboxRecord[] = [];
  readonly #network?: NetworkSignal;
  readonly #lock: OutboxLock;
  readonly #policy: RetryPolicy;
  readonly #random: () => number;
  readonly #clock: Clock;
  readonly #alarm: Alarm;
  /** Ids whose persisted record is known to match memory: only those can tell that another tab took them. */
  readonly #saved = new Set<string>();
  #seq = 0;
  #started = false;
  #disposed = false;
  #sendingQueued = false;
  #inFlight: { id: string; controller: AbortController } | undefined;
  #stopFollowingNetwork: (() => void) | undefined;

  constructor(options: OutboxOptions) {
    super({ entries: [], online: options.network?.online ?? true, unreachable: false, ready: !options.persistence });
    this.#scope = options.scope;
    this.#deliver = options.deliver;
    this.#persistence = options.persistence;
    this.#ownerOf = options.owner;
    this.#network = options.network;
    this.#lock = options.lock ?? noLock;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
    this.#random = options.random ?? Math.random;
    this.#clock = options.clock ?? SYSTEM_CLOCK;
    this.#alarm = new Alarm(this.#clock);
  }

  get(id: string): OutboxEntry | undefined {
    return this.state.entries.find((e) => e.id === id);
  }

  /**
   * Reads the entries a previous page (or another tab) left; entries added meanwhile keep their place. Entries of
   * another token are held back (see `heldSessions` and `adopt`).
   */
  async load(): Promise<void> {
    let records: OutboxRecord[] = [];
    try {
      records = (await this.#persistence?.load(this.#scope)) ?? [];
      // Marks live as long as held records: until then a tab may still hold messages of their group.
      for (const mark of (await this.#persistence?.load(marksOf(this.#scope))) ?? []) {
        if (heldTooLong(mark, this.#clock.now())) void this.#persistence!.delete(mark.scope, mark.id).catch(() => undefined);
      }
      // Records to claim need the owner, even from a token provider; otherwise only a token at hand is read (opening
      // the widget asks a provider for nothing).
      if (records.length) await this.#knowOwner();
      else this.#owner ??= await this.#ownerOf?.(false);
    } catch {
      // Storage refused (privacy mode, a broken profile): nothing to restore, the outbox works in memory.
    }
    const known = new Set(this.state.entries.map((e) => e.id));
    const restored: OutboxEntry[] = [];
    for (const record of records) {
      if (known.has(record.id)) continue;
      if (record.owner === this.#owner) {
        const again = requeued(record);
        restored.push(fromRecord(again));
        if (again !== record) this.#save(restored.at(-1)!);
      } else if (heldTooLong(record, this.#clock.now())) this.#persistence?.delete(this.#scope, record.id).catch(() => undefined);
      else this.#held.push(record);
    }
    for (const entry of restored) {
      this.#saved.add(entry.id);
      this.#seq = Math.max(this.#seq, entry.seq);
    }
    // Written before the owner was known: saved again under it.
    for (const entry of this.state.entries) this.#save(entry);
    this.setState({ entries: bySeq([...this.state.entries, ...restored]), ready: true });
    this.#wakeQueue();
  }

  /** The sessions that messages written under another token were going to (a renewed token may be the same user). */
  get heldSessions(): number[] {
    return [...new Set(this.#held.map((r) => r.sessionId).filter((id): id is number => id !== null))];
  }

  /** The page's user can read `sessionId`, so its held messages are theirs: they join the queue, in their order. */
  adopt(sessionId: number): void {
    const adopted = this.#held.filter((r) => r.sessionId === sessionId).map(fromRecord);
    if (!adopted.length) return;
    this.#held = this.#held.filter((r) => r.sessionId !== sessionId);
    this.setState({ entries: bySeq([...this.state.entries, ...adopted]) });
    for (const entry of adopted) this.#save(entry);
    this.#wakeQueue();
  }

  /** Starts sending (and following the network). Before this, entries only queue. */
  start(): void {
    if (this.#started || this.#disposed) return;
    this.#started = true;
    this.#stopFollowingNetwork = this.#network?.subscribe((online) => this.#setOnline(online));
    if (this.#network && this.#network.online !== this.state.online) this.#setOnline(this.#network.online);
    this.#wakeQueue();
  }

  /** Stops: aborts the send in flight (it is tried again by whoever loads the outbox next) and every timer. */
  dispose(): void {
    this.#disposed = true;
    this.#stopFollowingNetwork?.();
    this.#inFlight?.controller.abort();
    this.#alarm.wake();
  }

  add(init: NewOutboxEntry): OutboxEntry {
    const entry: OutboxEntry = {
      ...init,
      seq: this.#nextSeq(),
      started: false,
      textDelivered: false,
      createdAt: new Date(this.#clock.now()).toISOString(),
      attempts: 0,
      status: 'queued',
    };
    this.setState({ entries: [...this.state.entries, entry] });
    this.#save(entry);
    this.#wakeQueue();
    return entry;
  }

  /** Records progress of a delivery (`sessionId`, `started`, `textDelivered`, uploads); persisted unless told not to. */
  update(id: string, patch: Partial<Pick<OutboxEntry, 'sessionId' | 'started' | 'textDelivered' | 'uploads'>>, persist = true): void {
    this.#patch(id, patch, persist);
  }

  /** The session that the messages of `group` were waiting for now exists. */
  assignSession(group: string, sessionId: number, persist = true): void {
    for (const entry of this.state.entries) if (entry.group === group && entry.sessionId === null) this.#patch(entry.id, { sessionId }, persist);
  }

  /**
   * A message of `group` started the session: its messages go there, here and in every tab. Resolves once that is
   * recorded where other tabs read it (a mark the persistence keeps after the messages are gone), so a delivery
   * that awaits it, under the lock, leaves no moment in which another tab could start the conversation again.
   */
  async started(group: string, sessionId: number): Promise<void> {
    this.assignSession(group, sessionId);
    if (!this.#persistence) return;
    // A record of its own scope, keyed by the group, never loaded as a message.
    const mark: SessionMark = { scope: marksOf(this.#scope), id: group, sessionId, createdAt: new Date(this.#clock.now()).toISOString(), uploads: [] };
    await this.#persistence.put(mark as OutboxRecord).catch(() => undefined);
  }

  /** Queues a failed entry again, at the back of the queue (the messages after it went first). */
  retry(id: string): void {
    const entry = this.get(id);
    if (!entry || entry.status !== 'failed') return;
    const next: OutboxEntry = { ...entry, seq: this.#nextSeq(), status: 'queued', attempts: 0, error: undefined, retryAt: undefined, notBefore: undefined, uploads: filesAgain(entry.uploads) };
    this.setState({ entries: bySeq(this.state.entries.map((e) => (e.id === id ? next : e))) });
    this.#save(next);
    this.#wakeQueue();
  }

  /** Tries the waiting entries now instead of at the end of their backoff (a "Retry now" button). */
  retryNow(): void {
    this.setState({ entries: this.state.entries.map((e) => cutBackoff(e, this.#clock.now())) });
    this.#wakeQueue();
  }

  /** Drops an entry: aborts its send if one is in flight, and forgets it here and in the persistence. */
  discard(id: string): void {
    if (this.#inFlight?.id === id) this.#inFlight.controller.abort();
    void this.#remove(id);
    this.#wakeQueue();
  }

  #nextSeq(): number {
    // Increasing across reloads (it starts from the clock), and strictly within one page.
    this.#seq = Math.max(this.#seq + 1, this.#clock.now() * 1000);
    return this.#seq;
  }

  #setOnline(online: boolean): void {
    if (online === this.state.online) return;
    // Back online: whatever waited for a retry goes now.
    const entries = online ? this.state.entries.map((e) => cutBackoff(e, this.#clock.now())) : this.state.entries;
    this.setState({ online, entries, unreachable: online ? false : this.state.unreachable });
    this.#wakeQueue();
  }

  /** Wakes the loop (a new entry, the network, a retry) or starts it. */
  #wakeQueue(): void {
    this.#alarm.wake();
    void this.#sendQueued();
  }

  async #sendQueued(): Promise<void> {
    if (this.#sendingQueued || !this.#started || this.#disposed || !this.state.ready) return;
    this.#sendingQueued = true;
    try {
      while (!this.#disposed) {
        const head = this.state.entries.find((e) => e.status === 'queued');
        if (!head) break;
        if (!this.state.online) {
          await this.#alarm.sleep();
          continue;
        }
        const wait = (head.retryAt ?? 0) - this.#clock.now();
        if (wait > 0) {
          await this.#alarm.sleep(wait);
          continue;
        }
        await this.#lock(`kesk-chat:outbox:${this.#scope}`, () => this.#attempt(head.id));
      }
    } finally {
      this.#sendingQueued = false;
    }
  }

  async #attempt(id: string): Promise<void> {
    if (this.#disposed || this.get(id)?.status !== 'queued') return;
    await this.#followOwner();
    if (await this.#takenElsewhere(id)) return;
    const waiting = this.get(id);
    // Before a message starts its conversation: has another tab started it already?
    if (waiting?.sessionId === null && waiting.group !== null) await this.#learnSession(waiting.group);
    // The checks above took a moment: the page may have gone offline, or been closed, meanwhile.
    if (this.#disposed || !this.state.online || this.get(id)?.status !== 'queued') return;
    const controller = new AbortController();
    this.#inFlight = { id, controller };
    this.#patch(id, { status: 'sending', retryAt: undefined, notBefore: undefined }, false);
    try {
      await this.#deliver(this.get(id)!, controller.signal);
      if (controller.signal.aborted) return;
      // Gone from the persistence before the lock goes: the next tab to hold it does not find it still there.
      await this.#remove(id);
      if (this.state.unreachable) this.setState({ unreachable: false });
    } catch (error) {
      const current = this.get(id);
      if (controller.signal.aborted || !current) return;
      const e = asChatApiError(error);
      const attempts = current.attempts + 1;
      if (isRetryable(e)) {
        this.#patch(id, { status: 'queued', attempts, error: e, ...retryTimes(attempts, e, this.#policy, this.#random, this.#clock.now()) }, true);
        if (isUnreachable(e) !== this.state.unreachable) this.setState({ unreachable: isUnreachable(e) });
      } else {
        this.#patch(id, { status: 'failed', attempts, error: e, retryAt: undefined, notBefore: undefined }, true);
        // It was answered, so the service is there.
        if (this.state.unreachable && e.source === 'http') this.setState({ unreachable: false });
        this.events.emit('failed', this.get(id)!);
      }
    } finally {
      if (this.#inFlight?.controller === controller) this.#inFlight = undefined;
    }
  }

  /** A token changed within the page is the same user (the `token` property's contract): the records follow it. */
  async #followOwner(): Promise<void> {
    if (!this.#ownerOf) return;
    let owner: string | undefined;
    try {
      owner = await this.#ownerOf(true);
    } catch {
      return;
    }
    if (owner === this.#owner) return;
    this.#owner = owner;
    for (const entry of this.state.entries) this.#save(entry);
  }

  /** Another tab may have sent, discarded or failed this entry since it was loaded: its record says. */
  async #takenElsewhere(id: string): Promise<boolean> {
    if (!this.#persistence || !this.#saved.has(id)) return false;
    let record: OutboxRecord | undefined;
    try {
      record = await this.#persistence.get(this.#scope, id);
    } catch {
      return false;
    }
    const entry = this.get(id);
    if (!entry) return true;
    if (!record) {
      // Sent by another tab: if it was waiting for its conversation to start, that tab knows the session.
      if (entry.sessionId === null && entry.group !== null) await this.#learnSession(entry.group);
      this.#dropInMemory(id);
      this.events.emit('gone', entry);
      return true;
    }
    if (record.seq === entry.seq && record.status === 'failed') {
      this.#replace(fromRecord(record));
      return true;
    }
    if (record.seq === entry.seq) {
      // Progress the other tab made (the session started, files uploaded) is kept, so nothing is done twice; a
      // session learned here is kept too.
      this.#replace({ ...fromRecord(record), sessionId: record.sessionId ?? entry.sessionId, status: 'queued' });
    }
    return false;
  }

  /** Reads whether another tab started the conversation of `group`; if so, its messages (and the view) go there. */
  async #learnSession(group: string): Promise<void> {
    const mark = await this.#persistence?.get(marksOf(this.#scope), group).catch(() => undefined);
    if (mark?.sessionId == null) return;
    // In memory only: some of these another tab may have sent meanwhile, and a put would bring their records back.
    // The mark stays, so a reload learns it again.
    this.assignSession(group, mark.sessionId, false);
    this.events.emit('session', { group, sessionId: mark.sessionId });
  }

  #patch(id: string, patch: Partial<OutboxEntry>, persist: boolean): void {
    const entry = this.get(id);
    if (!entry) return;
    const next = { ...entry, ...patch };
    this.#replace(next);
    if (persist) this.#save(next);
  }

  #replace(next: OutboxEntry): void {
    this.setState({ entries: this.state.entries.map((e) => (e.id === next.id ? next : e)) });
  }

  /** Forgets an entry; resolves when its record is gone (or could not be deleted). */
  async #remove(id: string): Promise<void> {
    const persistence = this.#persistence;
    if (!this.get(id)) return;
    this.#dropInMemory(id);
    this.#saved.delete(id);
    await persistence?.delete(this.#scope, id).catch(() => undefined);
  }

  #dropInMemory(id: string): void {
    this.setState({ entries: this.state.entries.filter((e) => e.id !== id) });
  }

  /**
   * Asks who the user is once, when first needed (records to claim, a message to keep): opening the widget asks the
   * token provider for nothing.
   */
  #knowOwner(): Promise<void> {
    return (this.#ownerAsked ??= (async () => {
      try {
        this.#owner = await this.#ownerOf?.(true);
      } catch {
        // No token yet: the records are kept without an owner until one is known (#followOwner).
      }
    })());
  }

  #save(entry: OutboxEntry): void {
    const persistence = this.#persistence;
    if (!persistence) return;
    const record = toRecord(this.#scope, entry);
    // The owner known from a token at hand: saved at once. Only behind a provider not yet asked does it wait for it.
    const put = () => persistence.put({ ...record, owner: this.#owner });
    // A put that waited for the provider is not made for an entry gone meanwhile: it would land after the delete and
    // bring a sent message back for the next page or tab.
    const late = () => (this.get(entry.id) ? put() : undefined);
    void (this.#owner !== undefined ? put() : this.#knowOwner().then(late)).then(
      () => {
        // Only if it is still the same entry: a discard may have come in between.
        if (this.get(entry.id)) this.#saved.add(entry.id);
      },
      () => this.#saved.delete(entry.id),
    );
  }
}
