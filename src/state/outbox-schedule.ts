import type { ChatApiError } from '../api/errors.js';
import type { Clock } from './clock.js';
import type { OutboxEntry } from './outbox-types.js';
import { retryDelay, type RetryPolicy } from './retry-policy.js';

// When the outbox tries an entry again, and how its send loop waits for that moment (or for anything to change).

/** When a transient failure is tried again: after a backoff (`retryAt`), never before a server's `Retry-After`. */
export function retryTimes(attempts: number, error: ChatApiError, policy: RetryPolicy, random: () => number, now: number): Pick<OutboxEntry, 'retryAt' | 'notBefore'> {
  const retryAt = now + retryDelay(attempts, error, policy, random);
  const notBefore = error.retryAfter === undefined ? undefined : now + Math.min(error.retryAfter * 1000, policy.maxRetryAfterMs);
  return { retryAt, notBefore };
}

/** The backoff is ours to cut short; a server's `Retry-After` is not. */
export function cutBackoff(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.retryAt === undefined) return entry;
  const notBefore = entry.notBefore !== undefined && entry.notBefore > now ? entry.notBefore : undefined;
  return notBefore === entry.retryAt ? entry : { ...entry, retryAt: notBefore };
}

/** The send loop's one wait: until a time, or until woken (a new entry, the network, a retry, disposal). */
export class Alarm {
  readonly #clock: Clock;
  #wake: (() => void) | undefined;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Resolves after `ms`, or when woken; without `ms`, only when woken. */
  sleep(ms?: number): Promise<void> {
    return new Promise((resolve) => {
      let timer: unknown;
      const done = () => {
        if (timer !== undefined) this.#clock.clearTimeout(timer);
        if (this.#wake === done) this.#wake = undefined;
        resolve();
      };
      this.#wake = done;
      if (ms !== undefined) timer = this.#clock.setTimeout(done, ms);
    });
  }

  /** Ends the current sleep, if any. */
  wake(): void {
    this.#wake?.();
  }
}
