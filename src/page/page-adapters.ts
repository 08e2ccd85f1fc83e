// What ties the state layer to a real page: the remembered session in localStorage, unsent messages in IndexedDB,
// the network from navigator.onLine, a Web Lock between tabs. Package API (src/index.ts); each is replaceable.
import { indexedDbOutboxPersistence } from '../state/outbox-idb.js';
import { memoryOutboxPersistence, type OutboxPersistence } from '../state/outbox-persistence.js';
import type { NetworkSignal, OutboxLock } from '../state/outbox.js';
import type { KeyValueStorage } from '../state/remembered.js';

/**
 * The outbox's persistence in a page: IndexedDB (text, state and the files themselves), or memory where the page
 * may not use it (some sandboxed frames): messages still go out, but a reload then forgets the unsent ones.
 */
export function pageOutbox(): OutboxPersistence {
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch {
    factory = undefined;
  }
  return factory ? indexedDbOutboxPersistence(factory) : memoryOutboxPersistence();
}

/**
 * The page's last `online` / `offline` event (it wins over `navigator.onLine`, which some browsers leave stale).
 * One pair of listeners for the page, added on the first `pageNetwork()`: a widget rebuilt a hundred times
 * (a changed attribute builds a new context) adds none after the first.
 */
let lastNetworkEvent: boolean | undefined;
let trackingNetwork = false;
const trackNetwork = (event: Event) => {
  lastNetworkEvent = event.type === 'online';
};

/** `navigator.onLine` and the window's `online` / `offline` events (the latest event wins over the flag). */
export function pageNetwork(): NetworkSignal | undefined {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return undefined;
  if (!trackingNetwork) {
    trackingNetwork = true;
    window.addEventListener('online', trackNetwork);
    window.addEventListener('offline', trackNetwork);
  }
  return {
    get online() {
      return lastNetworkEvent ?? navigator.onLine !== false;
    },
    subscribe(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}

/** The Web Locks API, shared by the page's tabs (secure contexts only; elsewhere each send checks the record first). */
export function pageLock(): OutboxLock | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.request) return undefined;
  return (name, work) => locks.request(name, () => work());
}

/**
 * `localStorage` where the page may use it, with every call guarded: sandboxed frames and some privacy modes
 * throw on access, and a full quota throws on write. Falls back to memory.
 */
export function pageStorage(): KeyValueStorage {
  const memory = new Map<string, string>();
  let local: Storage | undefined;
  try {
    local = globalThis.localStorage;
  } catch {
    local = undefined;
  }
  return {
    getItem(key) {
      try {
        return local ? local.getItem(key) : (memory.get(key) ?? null);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    setItem(key, value) {
      memory.set(key, value);
      try {
        local?.setItem(key, value);
      } catch {
        // Quota or privacy mode: memory keeps it for this page.
      }
    },
    removeItem(key) {
      memory.delete(key);
      try {
        local?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
