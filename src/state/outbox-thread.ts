import type { OutboxEntry, OutboxState } from './outbox-types.js';
import type { PendingUpload, ThreadItem } from './thread-item.js';

/** The outbox at a glance, for a status line. */
export interface OutboxSummary {
  /** Messages of this conversation still to be stored (waiting or on their way). */
  queued: number;
  /** Messages refused for good, shown with Retry and Discard. */
  failed: number;
  /** One is on its way right now. */
  sending: boolean;
  /** The page is offline: nothing is sent until it is back. */
  offline: boolean;
  /** Online, but tries get no answer at all (the service or the network is down). */
  unreachable: boolean;
  /** The next message has failed at least once (a 5xx, a 429, no answer) and waits for its next try. */
  retrying: boolean;
}

export function summarise(box: OutboxState): OutboxSummary {
  const head = box.entries.find((e) => e.status !== 'failed');
  return {
    queued: box.entries.filter((e) => e.status !== 'failed').length,
    failed: box.entries.filter((e) => e.status === 'failed').length,
    sending: box.entries.some((e) => e.status === 'sending'),
    offline: !box.online,
    unreachable: box.unreachable,
    retrying: !!head && head.status === 'queued' && head.attempts > 0,
  };
}

/** An outbox entry as a thread item: ours, `sending` (maybe `waiting`) or `failed`, keyed by its client id. */
export function outboxItem(entry: OutboxEntry, me: number | null, offline: boolean): ThreadItem {
  return {
    key: `c:${entry.id}`,
    own: true,
    delivery: entry.status === 'failed' ? 'failed' : 'sending',
    waiting: entry.status === 'queued' && (offline || entry.attempts > 0),
    error: entry.status === 'failed' ? entry.error : undefined,
    uploads: entry.uploads.length ? [...entry.uploads] : undefined,
    message: {
      id: -entry.seq,
      chat_session_id: entry.sessionId ?? 0,
      client_message_id: entry.id,
      sender: { id: me ?? 0, kind: 'user', name: 'You', avatar_url: null },
      content: entry.text,
      content_format: 'text',
      media: [],
      reactions: [],
      sources: [],
      reply_to_message_id: null,
      created_at: entry.createdAt,
      edited_at: null,
      deleted: false,
    },
  };
}

export interface ThreadParts {
  /** The server's messages of the session shown, in id order. */
  stored: readonly ThreadItem[];
  /** The outbox entries of the conversation shown. */
  entries: readonly OutboxEntry[];
  /** Ours stored but not returned (bot turns), until history has them: stale ones are removed here. */
  echo: Map<string, ThreadItem>;
  /** Files cancelled from messages that went without them: recorded here, shown under the stored message. */
  leftOut: Map<string, PendingUpload[]>;
  sessionId: number | null;
  me: number | null;
  offline: boolean;
}

/**
 * The thread: the stored messages, each of ours not stored yet where it belongs, and, on a stored message whose
 * files are still going (or failed), their state. An entry the history already shows (a send whose answer was
 * lost) appears once, as stored.
 */
export function composeThread(p: ThreadParts): ThreadItem[] {
  const storedKeys = new Set(p.stored.map((i) => i.key));
  const pending: PendingPlace[] = [];
  const overlays = new Map<string, ThreadItem>();
  for (const entry of p.entries) {
    const local = outboxItem(entry, p.me, p.offline);
    if (!storedKeys.has(local.key)) pending.push({ item: local, after: entry.after });
    else if (entry.uploads.some((u) => u.state !== 'done' && u.state !== 'cancelled')) overlays.set(local.key, local);
    if (entry.uploads.some((u) => u.state === 'cancelled')) p.leftOut.set(local.key, entry.uploads.filter((u) => u.state === 'cancelled'));
  }
  for (const [key, item] of p.echo) {
    if (storedKeys.has(key) || item.message.chat_session_id !== p.sessionId) p.echo.delete(key);
    else if (!pending.some((x) => x.item.key === key)) pending.push({ item, after: Infinity });
  }
  const stored =
    overlays.size || p.leftOut.size
      ? p.stored.map((i) => {
          const local = overlays.get(i.key);
          if (local) return { ...i, delivery: local.delivery, waiting: local.waiting, error: local.error, uploads: local.uploads };
          const cancelled = p.leftOut.get(i.key);
          return cancelled ? { ...i, uploads: cancelled } : i;
        })
      : p.stored;
  return placePending(stored, pending);
}

/** One of ours the API has not stored yet, and the id of the newest stored message when it was written. */
export interface PendingPlace {
  item: ThreadItem;
  after: number;
}

/**
 * The thread: stored messages in id order, with ours not stored yet among them. A failed message stays where it
 * was written (after the message that was newest then), so the messages sent after it do not bury it; the ones
 * still going out come last, in the order they will be stored.
 */
export function placePending(stored: readonly ThreadItem[], pending: readonly PendingPlace[]): ThreadItem[] {
  const failed = pending.filter((p) => p.item.delivery === 'failed');
  if (!failed.length) return [...stored, ...pending.map((p) => p.item)];
  failed.sort((a, b) => a.after - b.after);
  const items: ThreadItem[] = [];
  let next = 0;
  for (const item of stored) {
    while (next < failed.length && failed[next]!.after < item.message.id) items.push(failed[next++]!.item);
    items.push(item);
  }
  while (next < failed.length) items.push(failed[next++]!.item);
  for (const p of pending) if (p.item.delivery !== 'failed') items.push(p.item);
  return items;
}
