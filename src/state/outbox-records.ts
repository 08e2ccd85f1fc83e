import { ChatApiError } from '../api/errors.js';
import type { OutboxRecord, StoredError } from './outbox-persistence.js';
import type { OutboxEntry } from './outbox-types.js';
import { isUnknownOutcome } from './retry-policy.js';

// The outbox's entries as its persistence keeps them, and back; and the marks of conversations started.

/** Where the marks of started conversations are kept: beside the scope's records, never loaded as messages. */
export function marksOf(scope: string): string {
  return `${scope}#started`;
}

/** That `id` (a group)'s conversation started as `sessionId`: what another tab reads (`Outbox.started`). */
export type SessionMark = Pick<OutboxRecord, 'scope' | 'id' | 'sessionId' | 'createdAt' | 'uploads'>;

/**
 * A record an older version failed for an error that was not the API's (an answer it could not parse, shown as
 * "SyntaxError …"): its outcome was unknown, not a refusal, and the API most likely stored it. Queued again, the
 * same `client_message_id` makes the next try a replay (or a first store), and the record goes.
 */
export function requeued(record: OutboxRecord): OutboxRecord {
  if (record.status !== 'failed' || !record.error || !isUnknownOutcome(record.error)) return record;
  return { ...record, status: 'queued', error: undefined, uploads: filesAgain(record.uploads) };
}

/** A message's files for another try: the failed ones wait for their turn again. */
export function filesAgain<U extends { state: string; error?: unknown }>(uploads: readonly U[]): U[] {
  return uploads.map((u) => (u.state === 'failed' ? { ...u, state: 'waiting', error: undefined } : u));
}

/** Records of another token that prove no access (and the marks kept for them) are dropped after a week. */
export function heldTooLong(record: { createdAt: string }, now: number): boolean {
  return now - Date.parse(record.createdAt) > 7 * 24 * 3600_000;
}

export function bySeq(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

function storedError(error: ChatApiError | undefined): StoredError | undefined {
  if (!error) return undefined;
  const { source, status, code, message, details, retryAfter } = error;
  return { source, status, code, message, details: details.length ? details : undefined, retryAfter };
}

function chatApiError(stored: StoredError | undefined): ChatApiError | undefined {
  return stored && new ChatApiError(stored);
}

/** An entry as persisted: all but the in-memory backoff (`retryAt`) and upload progress, errors as plain data. */
export function toRecord(scope: string, { retryAt: _retryAt, status, error, uploads, ...entry }: OutboxEntry): OutboxRecord {
  return {
    ...entry,
    scope,
    status: status === 'failed' ? 'failed' : 'queued',
    error: storedError(error),
    uploads: uploads.map(({ loaded: _loaded, total: _total, state, error, ...upload }) => ({
      ...upload,
      state: state === 'uploading' ? 'waiting' : state,
      error: storedError(error),
    })),
  };
}

/** A persisted record as an entry: a kept `Retry-After` is also its next try, files count as uploaded or not yet. */
export function fromRecord({ scope: _scope, owner: _owner, error, uploads, ...record }: OutboxRecord): OutboxEntry {
  return {
    ...record,
    retryAt: record.notBefore,
    error: chatApiError(error),
    uploads: uploads.map((u) => ({ ...u, loaded: u.state === 'done' ? u.file.size : 0, total: u.file.size, error: chatApiError(u.error) })),
  };
}
