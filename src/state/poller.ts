import { SYSTEM_CLOCK, type Clock } from './clock.js';

/**
 * Decides when to ask the API for news, since it has no push. A reply is worth seeing soon after it is stored, and
 * "soon" grows with how long it took: a bot answers in about a second, a person in seconds to minutes. So the wait
 * between polls grows with the time since the last activity, instead of being fixed:
 * - after a send (a reply is expected): the quick ramp, waits of 1, 1, 1.5, 2, 2.5, 2.5 × `awaitingMs` (polls at
 *   1, 2, 3.5, 5.5, 8 and 10.5 s), where a bot's or a quick person's reply lands;
 * - then each wait is `growth` (a quarter) of the time since the send, up to `idleMs` (15 s): a reply after `t` is
 *   seen at most `growth × t` later (about half that in the median), 13 polls in the first minute;
 * - news (a reply, or anything new in the thread) and opening the panel are activity: the next wait is `openMs`
 *   (6 s) and grows from there at the same rate. News never slows a ramp that is under way;
 * - panel closed: only the unread check for the launcher's badge, every `closedMs` (30 s);
 * - tab hidden, or the page offline: nothing at all; when it becomes visible (or online) again: at once.
 * Every poll is a conditional request (ETag), so an unchanged conversation costs a 304 with no body.
 */
export interface PollerCadence {
  /** The first wait after a send; the quick ramp is 1, 1, 1.5, 2, 2.5, 2.5 times this. */
  awaitingMs: number;
  /** The first wait after news or opening the panel. */
  openMs: number;
  /** After the ramp, each wait is this share of the time since the last activity. */
  growth: number;
  /** The longest wait while the panel is open. */
  idleMs: number;
  /** The unread check's period while the panel is closed. */
  closedMs: number;
}

export const DEFAULT_CADENCE: PollerCadence = {
  awaitingMs: 1000,
  openMs: 6000,
  growth: 0.25,
  idleMs: 15_000,
  closedMs: 30_000,
};

/** The quick ramp after a send, as times since the send in units of `awaitingMs` (waits of 1, 1, 1.5, 2, 2.5, 2.5). */
export const REPLY_RAMP = [1, 2, 3.5, 5.5, 8, 10.5];

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
  /** A reply is expected: the ramp counts from `#since`, the send. */
  #awaiting = false;
  /** Where the waits grow from: the last activity, set back so that the first wait after it is `openMs`. */
  #since: number;

  /** `poll` does one round and resolves whether anything changed. */
  constructor(poll: (kind: PollKind) => Promise<boolean>, cadence: Partial<PollerCadence> = {}, clock: Clock = SYSTEM_CLOCK) {
    this.#poll = poll;
    this.cadence = { ...DEFAULT_CADENCE, ...cadence };
    this.#clock = clock;
    this.#since = this.#activeSince();
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
    if (open) this.#activity();
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

  /** A reply is expected (a message went to a person or bot): the quick ramp from now. */
  expectReply(): void {
    this.#awaiting = true;
    this.#since = this.#clock.now();
    this.#schedule();
  }

  /** The reply came: the waits start again from `openMs`. */
  replyArrived(): void {
    this.#awaiting = false;
    this.#since = this.#activeSince();
    this.#schedule();
  }

  get awaiting(): boolean {
    return this.#awaiting;
  }

  /** Milliseconds to the next poll in the current state, or undefined when nothing should poll. */
  nextDelay(): { kind: PollKind; ms: number } | undefined {
    if (!this.#visible || !this.#online) return undefined;
    if (!this.#open) return { kind: 'unread', ms: this.cadence.closedMs };
    const { awaitingMs, growth, idleMs } = this.cadence;
    const elapsed = this.#clock.now() - this.#since;
    if (this.#awaiting) {
      const due = REPLY_RAMP.find((step) => step * awaitingMs > elapsed);
      if (due !== undefined) return { kind: 'thread', ms: due * awaitingMs - elapsed };
    }
    return { kind: 'thread', ms: Math.floor(Math.min(idleMs, Math.max(awaitingMs, growth * elapsed))) };
  }

  /** Polls at once (the caller knows something may have changed). */
  async now(kind: PollKind = this.#open ? 'thread' : 'unread'): Promise<void> {
    if (this.#polling) return;
    this.#polling = true;
    this.#clock.clearTimeout(this.#timer);
    try {
      if (await this.#poll(kind)) this.#activity();
    } catch {
      // A failed poll is retried at the next tick; the store reports errors itself.
    } finally {
      this.#polling = false;
      this.#schedule();
    }
  }

  /** Where the waits grow from if activity happened now: set back so that the first wait is `openMs`. */
  #activeSince(): number {
    return this.#clock.now() - this.cadence.openMs / this.cadence.growth;
  }

  /** Activity makes the waits short again; it never makes them longer than they are (a ramp under way stays). */
  #activity(): void {
    this.#since = Math.max(this.#since, this.#activeSince());
  }

  /**
   * Sets the timer for the next poll in the current state: after the cadence's delay, or `ms` if sooner; `0` polls
   * at once. Nothing while stopped, hidden or offline.
   */
  #schedule(ms?: number): void {
    if (!this.#running || this.#polling) return;
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
