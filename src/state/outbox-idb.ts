import type { OutboxPersistence, OutboxRecord, StoredUpload } from './outbox-persistence.js';

const STORE = 'outbox';

/**
 * A file kept as its bytes, where IndexedDB refuses to store a Blob: WebKit's ephemeral sessions (Safari's Private
 * Browsing, WebKitGTK under automation) fail every put of a `File` ("Error preparing Blob/File data to be stored in
 * object store"), which would lose the whole message, text included, on a reload.
 */
interface FileBytes {
  kind: 'kesk-file-bytes';
  name: string;
  type: string;
  lastModified: number;
  bytes: ArrayBuffer;
}

const isFileBytes = (value: unknown): value is FileBytes => (value as FileBytes | undefined)?.kind === 'kesk-file-bytes';

/** The record with its files as bytes (each file read once: a message's state is put again on every change). */
async function withBytes(record: OutboxRecord, cache: WeakMap<File, Promise<FileBytes>>): Promise<OutboxRecord> {
  const bytes = (file: File) => {
    let read = cache.get(file);
    if (!read) {
      read = file.arrayBuffer().then((buffer) => ({ kind: 'kesk-file-bytes', name: file.name, type: file.type, lastModified: file.lastModified, bytes: buffer }));
      cache.set(file, read);
    }
    return read;
  };
  const uploads = await Promise.all(record.uploads.map(async (u) => ({ ...u, file: (await bytes(u.file)) as unknown as File })));
  return { ...record, uploads };
}

/** A record as loaded: files kept as bytes become files again. */
function withFiles(record: OutboxRecord): OutboxRecord {
  if (!record.uploads.some((u) => isFileBytes(u.file))) return record;
  const file = (u: StoredUpload): File => {
    const f: unknown = u.file;
    return isFileBytes(f) ? new File([f.bytes], f.name, { type: f.type, lastModified: f.lastModified }) : u.file;
  };
  return { ...record, uploads: record.uploads.map((u) => ({ ...u, file: file(u) })) };
}

/**
 * The outbox in IndexedDB (database `name`, store `outbox`, keyed by scope and `client_message_id`): text, state
 * and the attached files themselves survive a reload. The factory is handed in (`globalThis.indexedDB` in a
 * page), so this module touches no global. Every write resolves when its transaction has committed.
 */
export function indexedDbOutboxPersistence(factory: IDBFactory, name = 'kesk-chat'): OutboxPersistence {
  let db: Promise<IDBDatabase> | undefined;
  /** Set once this database has refused a file and taken its bytes: files go as bytes from then on. */
  let blobsRefused = false;
  const bytesOf = new WeakMap<File, Promise<FileBytes>>();

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
      if (!record.uploads.length || !blobsRefused) {
        try {
          await run('readwrite', (store) => store.put(record));
          return;
        } catch (error) {
          if (!record.uploads.length) throw error;
        }
      }
      // The files as bytes; if that fails too, the error is not the files' (quota, a closed database).
      const stored = await withBytes(record, bytesOf);
      await run('readwrite', (store) => store.put(stored));
      blobsRefused = true;
    },
    delete: async (scope, id) => void (await run('readwrite', (store) => store.delete([scope, id]))),
  };
}
