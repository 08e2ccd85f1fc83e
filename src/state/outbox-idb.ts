import type { OutboxPersistence, OutboxRecord } from './outbox-persistence.js';

const STORE = 'outbox';

/**
 * The outbox in IndexedDB (database `name`, store `outbox`, keyed by scope and `client_message_id`): text, state
 * and the attached files themselves survive a reload. The factory is handed in (`globalThis.indexedDB` in a
 * page), so this module touches no global. Every write resolves when its transaction has committed.
 */
export function indexedDbOutboxPersistence(factory: IDBFactory, name = 'kesk-chat'): OutboxPersistence {
  let db: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(STORE, { keyPath: ['scope', 'id'] }).createIndex('scope', 'scope');
      };
      request.onsuccess = () => {
        const opened = request.result;
        // Another tab upgrading the database: let go, and open again on the next call.
        opened.onversionchange = () => {
          opened.close();
          db = undefined;
        };
        resolve(opened);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('The outbox database is blocked by another tab.'));
    }).catch((error: unknown) => {
      db = undefined;
      throw error;
    }));

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const database = await open();
    return new Promise<T>((resolve, reject) => {
      const tx = database.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error);
      tx.onabort = () => reject(tx.error ?? new Error('The outbox transaction was aborted.'));
    });
  }

  return {
    load: (scope) => run('readonly', (store) => store.index('scope').getAll(scope) as IDBRequest<OutboxRecord[]>),
    get: (scope, id) => run('readonly', (store) => store.get([scope, id]) as IDBRequest<OutboxRecord | undefined>),
    put: async (record) => void (await run('readwrite', (store) => store.put(record))),
    delete: async (scope, id) => void (await run('readwrite', (store) => store.delete([scope, id]))),
  };
}
