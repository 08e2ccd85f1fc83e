import type { ChatSessionListItem } from '../api/types.gen.js';
import type { Clock } from './clock.js';
import type { NetworkSignal, OutboxLock } from './outbox-types.js';
import type { OutboxPersistence } from './outbox-persistence.js';
import type { PollerCadence } from './poller.js';
import type { KeyValueStorage } from './remembered.js';
import type { RetryPolicy } from './retry-policy.js';

export type ChatMode = 'assistant' | 'vendor' | 'bot' | 'direct';
export type UserType = 'customer' | 'vendor' | 'guest';

/** Who a conversation is with: its mode and the target of that mode. */
export interface ConversationTarget {
  mode: ChatMode;
  userType?: UserType;
  vendorLocationId?: number;
  botUsername?: string;
  recipientId?: number;
}

export interface ConversationConfig extends ConversationTarget {
  /** Resume this session instead of the remembered one. */
  sessionId?: number;
  /** Open at this message of the session resumed (a deep link): see `ConversationStore.openMessage`. */
  messageId?: number;
  storage?: KeyValueStorage;
  cadence?: Partial<PollerCadence>;
  /** How many messages a page of history holds. */
  pageSize?: number;
  /** Where unsent messages wait across reloads (IndexedDB in a page); in memory only when absent. */
  outbox?: OutboxPersistence;
  /** Online or not (`navigator.onLine` in a page): offline, nothing is sent or polled until it is back. */
  network?: NetworkSignal;
  /** A lock shared with the page's other tabs (Web Locks in a page), so two tabs never send one message at once. */
  lock?: OutboxLock;
  /** The backoff between tries of a message after a transient failure. */
  retry?: Partial<RetryPolicy>;
  /** The clock the polling cadence and the outbox's backoff read: the page's, unless a test moves its own. */
  clock?: Clock;
}

/** The mode and its target (`vendor:501`): the key of the conversation's remembered session and of its outbox. */
export function scopeOf(c: ConversationTarget): string {
  const target = { assistant: c.userType ?? 'customer', vendor: c.vendorLocationId, bot: c.botUsername, direct: c.recipientId }[c.mode];
  return `${c.mode}:${target ?? ''}`;
}

/** Whether a session from the list is one a conversation with `c` can continue: its chat type and target. */
export function canContinue(c: ConversationTarget, session: ChatSessionListItem): boolean {
  switch (c.mode) {
    case 'assistant':
      return session.chat_type === 'rag';
    case 'vendor':
      return session.chat_type === 'vendor' && (c.vendorLocationId === undefined || session.vendor_location_id === c.vendorLocationId);
    case 'bot':
      return session.chat_type === 'bot' && (!c.botUsername || session.bot_username === c.botUsername);
    case 'direct':
      return session.chat_type === 'direct' && (c.recipientId === undefined || session.participants.some((p) => p.id === c.recipientId));
  }
}
