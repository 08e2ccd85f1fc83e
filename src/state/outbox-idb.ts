import type { OutboxPersistence, OutboxRecord } from './outbox-persistence.js';

const STORE = 'outbox';

/**
 * A file kept as its bytes, where IndexedDB refuses to store a Blob: WebKit's ephemeral sessions (Safari's Private
 * Browsing, WebKitGTK under automation) fail every put of a `File` ("Error preparing Blob/File data to be stored in
 * object store"), which would lose the whole message, its text too, on a reload.
 */
interface FileBytes {
  bytes: ArrayBuffer;
  name: string;
  type: string;
  lastModified: number;
}

/** A record as loaded: files kept as bytes are files again. */
const withFiles = (record: OutboxRecord): OutboxRecord => ({
  ...record,
  uploads: record.uploads.map((u) => {
    const f = u.file as File | FileBytes;
    return f instanceof Blob ? u : { ...u, file: new File([f.bytes], f.name, f) };
  }),
});

/**
 * The outbox in IndexedDB (database `name`, store `outbox`, keyed by scope and `client_message_id`): text, state
 * and the attached files themselves survive a reload. The factory is handed in (`globalThis.indexedDB` in a
 * page), so this module touches no global. Every write resolves when its transaction has committed.
 */
export function indexedDbOutboxPersistence(factory: IDBFactory, name = 'kesk-chat'): OutboxPersistence {
  let db: Promise<IDBDatabase> | undefined;
  /** Set once this database refused a file and took its bytes: files go as bytes from then on. */
  let refused = false;

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
    load: async (scope) => (await run('readonly', (store) => store.index('scope').getAll(scope) as IDBRequest<OutboxRecord[]>)).map(withFiles),
    get: async (scope, id) => {
      const record = await run('readonly', (store) => store.get([scope, id]) as IDBRequest<OutboxRecord | undefined>);
      return record && withFiles(record);
    },
    put: async (record) => {
      const files = record.uploads.length;
      if (!refused || !files) {
        try {
          return void (await run('readwrite', (store) => store.put(record)));
        } catch (error) {
          if (!files) throw error;
        }
      }
      // The files as bytes. Should this fail too, the files were not the cause (quota, a closed database): it throws.
      const uploads = await Promise.all(
        record.uploads.map(async (u) => {
          const { name, type, lastModified } = u.file;
          return { ...u, file: { bytes: await u.file.arrayBuffer(), name, type, lastModified } satisfies FileBytes as unknown as File };
        }),
      );
      await run('readwrite', (store) => store.put({ ...record, uploads }));
      refused = true;
    },
    delete: async (scope, id) => void (await run('readwrite', (store) => store.delete([scope, id]))),
  };
}
