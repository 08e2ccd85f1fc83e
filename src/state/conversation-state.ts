import type { ChatApiError } from '../api/errors.js';
import type { ChatMessage, ChatSessionListItem } from '../api/types.gen.js';
import type { BotState } from './bot.js';
import type { ConversationConfig } from './conversation-config.js';
import type { LinkedMessage } from './message-link.js';
import { summarise, type OutboxSummary } from './outbox-thread.js';
import type { ThreadItem } from './thread-item.js';

/** What a conversation shows: the elements render it. */
export interface ConversationState {
  sessionId: number | null;
  session: ChatSessionListItem | null;
  /**
   * The user's own id, once known: from a message of theirs the API stored (remembered for the next visit), or
   * from a conversation that is not a direct chat (its one user is the reader). Null until then.
   */
  me: number | null;
  items: ThreadItem[];
  /** Older history exists on the server. */
  hasMore: boolean;
  loading: boolean;
  loadingOlder: boolean;
  /** A reply from the assistant, vendor, bot or agent is expected. */
  awaitingReply: boolean;
  unread: number;
  bot: BotState;
  /** The last error that is not about one message (loading, polling, an action). */
  error: ChatApiError | null;
  outbox: OutboxSummary;
  /** The message a link asked to show (`openMessage`, `message-id`), and where that stands; null when none. */
  linked: LinkedMessage | null;
}

export interface ConversationEvents extends Record<string, unknown> {
  change: ConversationState;
  received: ChatMessage[];
  sent: ChatMessage;
  unread: number;
  error: ChatApiError;
}

/** A conversation before anything is loaded: no session, nothing in the thread. */
export function initialState(config: ConversationConfig): ConversationState {
  return {
    sessionId: null,
    session: null,
    me: null,
    items: [],
    hasMore: false,
    loading: false,
    loadingOlder: false,
    awaitingReply: false,
    unread: 0,
    bot: { status: null, suggestions: [] },
    error: null,
    outbox: summarise({ entries: [], online: config.network?.online ?? true, unreachable: false, ready: true }),
    linked: null,
  };
}
