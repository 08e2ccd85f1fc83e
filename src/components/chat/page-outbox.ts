import { indexedDbOutboxPersistence } from '../../state/outbox-idb.js';
import { memoryOutboxPersistence, type OutboxPersistence } from '../../state/outbox-persistence.js';
import type { NetworkSignal, OutboxLock } from '../../state/outbox.js';

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

/** `navigator.onLine` and the window's `online` / `offline` events (the latest event wins over the flag). */
export function pageNetwork(): NetworkSignal | undefined {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return undefined;
  let last: boolean | undefined;
  const track = (event: Event) => {
    last = event.type === 'online';
  };
  window.addEventListener('online', track);
  window.addEventListener('offline', track);
  return {
    get online() {
      return last ?? navigator.onLine !== false;
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
