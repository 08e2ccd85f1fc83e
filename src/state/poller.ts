import { SYSTEM_CLOCK, type Clock } from './clock.js';

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
  readonly #poll: (kind: PollKind) => Promise<boolean>;
  readonly #clock: Clock;
  #timer: unknown;
  #open = false;
  #visible = true;
  #online = true;
  #running = false;
  /** A round is in flight: `now` does not start another. */
  #polling = false;
  #awaitingUntil = 0;
  #lastChange: number;

  /** `poll` does one round and resolves whether anything changed. */
  constructor(poll: (kind: PollKind) => Promise<boolean>, cadence: Partial<PollerCadence> = {}, clock: Clock = SYSTEM_CLOCK) {
    this.#poll = poll;
    this.cadence = { ...DEFAULT_CADENCE, ...cadence };
    this.#clock = clock;
    this.#lastChange = clock.now();
  }

  start(): void {
    this.#running = true;
    this.#schedule();
  }

  stop(): void {
    this.#running = false;
    this.#clock.clearTimeout(this.#timer);
  }

  setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    if (open) this.#lastChange = this.#clock.now();
    this.#schedule(open ? 0 : undefined);
  }

  setVisible(visible: boolean): void {
    if (visible === this.#visible) return;
    this.#visible = visible;
    this.#schedule(visible ? 0 : undefined);
  }

  setOnline(online: boolean): void {
    if (online === this.#online) return;
    this.#online = online;
    this.#schedule(online ? 0 : undefined);
  }

  /** A reply is expected (a message went to a person or bot): poll fast for a while, starting now-ish. */
  expectReply(): void {
    this.#awaitingUntil = this.#clock.now() + this.cadence.awaitTimeoutMs;
    this.#schedule(this.cadence.awaitingMs);
  }

  /** The reply came: back to the normal cadence. */
  replyArrived(): void {
    this.#awaitingUntil = 0;
    this.#lastChange = this.#clock.now();
  }

  get awaiting(): boolean {
    return this.#awaitingUntil > this.#clock.now();
  }

  /** Milliseconds to the next poll in the current state, or undefined when nothing should poll. */
  nextDelay(): { kind: PollKind; ms: number } | undefined {
    if (!this.#visible || !this.#online) return undefined;
    if (!this.#open) return { kind: 'unread', ms: this.cadence.closedMs };
    if (this.awaiting) return { kind: 'thread', ms: this.cadence.awaitingMs };
    const quiet = this.#clock.now() - this.#lastChange > this.cadence.idleAfterMs;
    return { kind: 'thread', ms: quiet ? this.cadence.idleMs : this.cadence.openMs };
  }

  /** Polls at once (the caller knows something may have changed). */
  async now(kind: PollKind = this.#open ? 'thread' : 'unread'): Promise<void> {
    if (this.#polling) return;
    this.#polling = true;
    this.#clock.clearTimeout(this.#timer);
    try {
      const changed = await this.#poll(kind);
      if (changed) this.#lastChange = this.#clock.now();
    } catch {
      // A failed poll is retried at the next tick; the store reports errors itself.
    } finally {
      this.#polling = false;
      this.#schedule();
    }
  }

  /**
   * Sets the timer for the next poll in the current state: after the cadence's delay, or `ms` if sooner; `0` polls
   * at once. Nothing while stopped, hidden or offline.
   */
  #schedule(ms?: number): void {
    if (!this.#running) return;
    this.#clock.clearTimeout(this.#timer);
    const next = this.nextDelay();
    if (!next) return;
    if (ms === 0) {
      void this.now(next.kind);
      return;
    }
    this.#timer = this.#clock.setTimeout(() => void this.now(next.kind), Math.min(ms ?? next.ms, next.ms));
  }
}
