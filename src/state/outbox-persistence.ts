import type { ChatMedia } from '../api/types.gen.js';
import type { ErrorSource, FieldError } from '../api/errors.js';

/** Why the last try failed, as kept across a reload (the error's fields, without its stack or cause). */
export interface StoredError {
  source: ErrorSource;
  status: number;
  code: string;
  message: string;
  details?: FieldError[];
  retryAfter?: number;
}

/** An attachment of a queued message. The file itself is kept (IndexedDB stores `File`s as they are). */
export interface StoredUpload {
  key: string;
  file: File;
  state: 'waiting' | 'done' | 'failed' | 'cancelled';
  /** Once uploaded: the API's media, so a resumed send does not upload it again. */
  media?: ChatMedia;
  error?: StoredError;
}

/**
 * One message in the outbox, as persisted: everything needed to send it after a reload, exactly once (its
 * `client_message_id` is the key). Never a token.
 */
export interface OutboxRecord {
  /** The conversation it belongs to: the mode and its target (`vendor:501`), so widgets on one page keep apart. */
  scope: string;
  /** The `client_message_id`. */
  id: string;
  /**
   * Whose it is: a one-way fingerprint of the token it was written under (never the token). A page with another
   * token neither shows nor sends it, unless it proves access to the message's session (the same user, renewed).
   */
  owner?: string;
  /** Its place in the queue (increasing). */
  seq: number;
  /** The session it goes to; null while it waits for the message that starts one. */
  sessionId: number | null;
  /** The messages written into one not yet started session share this (the first one's id). */
  group: string | null;
  text: string;
  suggestionId?: string;
  /** This message's call created the session, storing its text (the assistant may still owe the answer). */
  started: boolean;
  /** The text is stored (and, for the assistant, answered); only attachments may remain. */
  textDelivered: boolean;
  createdAt: string;
  /** The newest stored message of the session when it was written: a failed message stays where it was typed. */
  after: number;
  attempts: number;
  /** Not before this time (epoch ms), as the server's `Retry-After` asked. */
  notBefore?: number;
  status: 'queued' | 'failed';
  error?: StoredError;
  uploads: StoredUpload[];
}

/**
 * Where the outbox keeps its messages between page loads. `put` and `delete` are called on every change of a
 * message's state (not on upload progress), so they should be cheap. Implementations may fail (quota, privacy
 * modes): the outbox then goes on in memory.
 */
export interface OutboxPersistence {
  load(scope: string): Promise<OutboxRecord[]>;
  get(scope: string, id: string): Promise<OutboxRecord | undefined>;
  put(record: OutboxRecord): Promise<void>;
  delete(scope: string, id: string): Promise<void>;
}

/** Keeps records in memory: for tests, and where a page may not use IndexedDB. Share one to simulate a reload. */
export function memoryOutboxPersistence(): OutboxPersistence {
  const records = new Map<string, OutboxRecord>();
  const key = (scope: string, id: string) => `${scope}\u0000${id}`;
  // Copies, as a real store would hand back: nobody holds a live reference (files are immutable, kept as they are).
  const copy = (r: OutboxRecord): OutboxRecord => ({ ...r, uploads: r.uploads.map((u) => ({ ...u })) });
  return {
    load: async (scope) => [...records.values()].filter((r) => r.scope === scope).map(copy),
    get: async (scope, id) => {
      const record = records.get(key(scope, id));
      return record && copy(record);
    },
    put: async (record) => void records.set(key(record.scope, record.id), copy(record)),
    delete: async (scope, id) => void records.delete(key(scope, id)),
  };
}
