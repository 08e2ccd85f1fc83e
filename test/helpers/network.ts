// What a test needs to take the network away: a `navigator.onLine` it controls, and a cable it can pull (requests
// then fail as fetch fails on a dead network, without reaching the emulator).
import type { NetworkSignal, OutboxLock } from '../../src/state/outbox.js';

export function fakeNetwork(initial = true): NetworkSignal & { set(online: boolean): void } {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    get online() {
      return online;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      online = value;
      listeners.forEach((l) => l(value));
    },
  };
}

export function cable() {
  let plugged = true;
  return {
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      plugged ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    unplug() {
      plugged = false;
    },
    plug() {
      plugged = true;
    },
  };
}

/** A lock two stores (two "tabs") share, as the Web Locks API would between tabs: one holder at a time, in order. */
export function sharedLock(): OutboxLock {
  let tail: Promise<unknown> = Promise.resolve();
  return (_name, work) => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
