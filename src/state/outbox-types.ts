import type { ChatApiError } from '../api/errors.js';
import type { Clock } from './clock.js';
import type { OutboxPersistence } from './outbox-persistence.js';
import type { RetryPolicy } from './retry-policy.js';
import type { PendingUpload } from './thread-item.js';

/** `queued`: waiting for its turn, the network or a retry; `sending`: on its way now; `failed`: refused, see `error`. */
export type OutboxStatus = 'queued' | 'sending' | 'failed';

/** A message in the outbox. Replaced, never changed in place, so renderers can compare by identity. */
export interface OutboxEntry {
  /** The `client_message_id`: every try sends this one, so the API stores the message once. */
  readonly id: string;
  readonly seq: number;
  readonly sessionId: number | null;
  readonly group: string | null;
  readonly text: string;
  readonly suggestionId?: string;
  readonly started: boolean;
  readonly textDelivered: boolean;
  readonly createdAt: string;
  readonly after: number;
  /** Tries that failed so far. */
  readonly attempts: number;
  readonly status: OutboxStatus;
  /** Why the last try failed (a transient reason while queued, the final one when failed). */
  readonly error?: ChatApiError;
  /** When the next try is due (epoch ms), while the entry waits after a transient failure. */
  readonly retryAt?: number;
  /** The server's `Retry-After` (epoch ms): kept by "retry now", by the network coming back and across a reload. */
  readonly notBefore?: number;
  readonly uploads: readonly PendingUpload[];
}

/** What a caller gives to queue a message; the outbox adds order, tries and state. */
export type NewOutboxEntry = Pick<OutboxEntry, 'id' | 'sessionId' | 'group' | 'text' | 'suggestionId' | 'after' | 'uploads'>;

/** Whether the page is online: `navigator.onLine` and its `online`/`offline` events, in a page. */
export interface NetworkSignal {
  readonly online: boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

/** Runs `work` holding the lock `name`, shared with the page's other tabs (the Web Locks API, in a page). */
export type OutboxLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

export interface OutboxOptions {
  /** Which conversation's outbox this is (mode and target): the key of its persisted records and of the lock. */
  scope: string;
  /** Sends one entry (every call it needs); throws a `ChatApiError` when it fails. Must honour `signal`. */
  deliver: (entry: OutboxEntry, signal: AbortSignal) => Promise<void>;
  persistence?: OutboxPersistence;
  /** Who the page's user is, as a fingerprint of the token (see `OutboxRecord.owner`). */
  owner?: (ask: boolean) => Promise<string | undefined>;
  network?: NetworkSignal;
  lock?: OutboxLock;
  policy?: Partial<RetryPolicy>;
  /** For tests: the jitter's dice and the clock. */
  random?: () => number;
  clock?: Clock;
}

export interface OutboxState {
  /** In queue order. */
  entries: readonly OutboxEntry[];
  online: boolean;
  /** The last try got no answer at all (network error or timeout), and nothing has got through since. */
  unreachable: boolean;
  /** The persisted entries have been read. */
  ready: boolean;
}

export interface OutboxEvents extends Record<string, unknown> {
  change: OutboxState;
  /** An entry was refused for good (a non-transient error). */
  failed: OutboxEntry;
  /** Another tab sent or discarded an entry this one had loaded. */
  gone: OutboxEntry;
  /** The messages of `group` learned, from another tab's record, the session their conversation started as. */
  session: { group: string; sessionId: number };
}
