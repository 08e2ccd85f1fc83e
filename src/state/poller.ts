/**
 * Decides when to ask the API for news, since it has no push. The cadence:
 * - awaiting a reply (after a send to a person or bot): every `awaitingMs` (1.5 s), for up to `awaitTimeoutMs` (60 s);
 * - panel open, recent activity: every `openMs` (4 s); no change for `idleAfterMs` (2 min): every `idleMs` (15 s);
 * - panel closed: only the unread check for the launcher's badge, every `closedMs` (30 s);
 * - tab hidden, or the page offline: nothing at all; when it becomes visible (or online) again: at once.
 * Every poll is a conditional request (ETag), so an unchanged conversation costs a 304 with no body.
 */
export interface PollerCadence {
  awaitingMs: number;
  awaitTimeoutMs: number;
  openMs: number;
  idleMs: number;
  idleAfterMs: number;
  closedMs: number;
}

export const DEFAULT_CADENCE: PollerCadence = {
  awaitingMs: 1500,
  awaitTimeoutMs: 60_000,
  openMs: 4000,
  idleMs: 15_000,
  idleAfterMs: 120_000,
  closedMs: 30_000,
};

export type PollKind = 'thread' | 'unread';

export class Poller {
  readonly cadence: PollerCadence;
  #poll: (kind: PollKind) => Promise<boolean>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #open = false;
  #visible = true;
  #online = true;
  #running = false;
  #busy = false;
  #awaitingUntil = 0;
  #lastChange = Date.now();

  /** `poll` does one round and resolves whether anything changed. */
  constructor(poll: (kind: PollKind) => Promise<boolean>, cadence: Partial<PollerCadence> = {}) {
    this.#poll = poll;
    this.cadence = { ...DEFAULT_CADENCE, ...cadence };
  }

  start(): void {
    this.#running = true;
    this.#schedule();
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
  }

  setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    if (open) this.#lastChange = Date.now();
    this.#reschedule(open ? 0 : undefined);
  }

  setVisible(visible: boolean): void {
    if (visible === this.#visible) return;
    this.#visible = visible;
    this.#reschedule(visible ? 0 : undefined);
  }

  setOnline(online: boolean): void {
    if (online === this.#online) return;
    this.#online = online;
    this.#reschedule(online ? 0 : undefined);
  }

  /** A reply is expected (a message went to a person or bot): poll fast for a while, starting now-ish. */
  expectReply(): void {
    this.#awaitingUntil = Date.now() + this.cadence.awaitTimeoutMs;
    this.#reschedule(this.cadence.awaitingMs);
  }

  /** The reply came: back to the normal cadence. */
  replyArrived(): void {
    this.#awaitingUntil = 0;
    this.#lastChange = Date.now();
  }

  get awaiting(): boolean {
    return this.#awaitingUntil > Date.now();
  }

  /** Milliseconds to the next poll in the current state, or undefined when nothing should poll. */
  nextDelay(): { kind: PollKind; ms: number } | undefined {
    if (!this.#visible || !this.#online) return undefined;
    if (!this.#open) return { kind: 'unread', ms: this.cadence.closedMs };
    if (this.awaiting) return { kind: 'thread', ms: this.cadence.awaitingMs };
    const quiet = Date.now() - this.#lastChange > this.cadence.idleAfterMs;
    return { kind: 'thread', ms: quiet ? this.cadence.idleMs : this.cadence.openMs };
  }

  /** Polls at once (the caller knows something may have changed). */
  async now(kind: PollKind = this.#open ? 'thread' : 'unread'): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    clearTimeout(this.#timer);
    try {
      const changed = await this.#poll(kind);
      if (changed) this.#lastChange = Date.now();
    } catch {
      // A failed poll is retried at the next tick; the store reports errors itself.
    } finally {
      this.#busy = false;
      this.#schedule();
    }
  }

  #reschedule(ms?: number): void {
    if (!this.#running) return;
    clearTimeout(this.#timer);
    const next = this.nextDelay();
    if (!next) return;
    if (ms === 0) {
      void this.now(next.kind);
      return;
    }
    this.#timer = setTimeout(() => void this.now(next.kind), Math.min(ms ?? next.ms, next.ms));
  }

  #schedule(): void {
    this.#reschedule();
  }
}
