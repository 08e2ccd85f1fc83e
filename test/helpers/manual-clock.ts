// A clock whose time moves only when a test says (the state layer's `Clock`), so backoffs and polling cadences are
// checked on exact times instead of real sleeps.
import type { Clock } from '../../src/state/clock.js';

/** Lets the work a timer started run out: promise callbacks and zero-delay tasks, a few rounds deep. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 8; i++) await new Promise((r) => setTimeout(r, 0));
}

export interface ManualClock extends Clock {
  /**
   * Lets the work under way settle, then moves time forward by `ms`, firing each timer due on the way at its own
   * time, in time order (a timer a fired one sets is fired too if it falls due within `ms`), settling after each.
   */
  advance(ms: number): Promise<void>;
  /** Timers set and not yet fired or cleared. */
  readonly pending: number;
}

export function manualClock(start = 1_700_000_000_000, settle: () => Promise<void> = flush): ManualClock {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + Math.max(0, ms), fn });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    get pending() {
      return timers.size;
    },
    async advance(ms) {
      const end = now + ms;
      // Work already under way (a round that will set the next timer) first.
      await settle();
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}
