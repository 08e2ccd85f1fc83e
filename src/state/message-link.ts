import type { ChatApi } from './chat-api.js';
import type { History } from './history.js';
import { asChatApiError } from './retry-policy.js';

/**
 * Where a link to one message stands (`message-id`, as in a "you have a reply" e-mail):
 * - `finding`: its conversation or the message itself is loading;
 * - `found`: it is in the thread (`key`), which scrolls to it and highlights it;
 * - `deleted`: it is in the thread, as deleted;
 * - `unavailable`: the API knows no such message in a conversation of this user (removed, or another account's);
 * - `failed`: it could not be loaded (offline, a server error): the error is reported as usual.
 */
export type LinkStatus = 'finding' | 'found' | 'deleted' | 'unavailable' | 'failed';

export interface LinkedMessage {
  sessionId: number | null;
  messageId: number;
  status: LinkStatus;
  /** The thread item's key, once `found` or `deleted`. */
  key?: string;
}

/**
 * How many older pages a link may load to reach its message, so that it shows in its place among the messages
 * around it (50 each by default: 1,000 messages). A message further back is put in alone, above the pages loaded;
 * older pages still load from those pages (History's floor), and fill the gap up to it.
 */
export const LINK_MAX_PAGES = 20;

/**
 * Puts the message `messageId` of the session `history` shows among its items: at once when a loaded page holds it,
 * else after `getSpecificChatMessage` says it exists (and is this user's), by loading the pages before the oldest
 * until it is in. Throws what is not an answer about the message (a network failure).
 */
export async function reachMessage(api: ChatApi, history: History, sessionId: number, messageId: number): Promise<Pick<LinkedMessage, 'status' | 'key'>> {
  const inItems = () => history.items.find((i) => i.message.id === messageId);
  if (!inItems()) {
    let message;
    try {
      message = await api.getSpecificChatMessage(sessionId, messageId);
    } catch (error) {
      const status = asChatApiError(error).status;
      if (status === 403 || status === 404) return { status: 'unavailable' };
      throw error;
    }
    if (message.chat_session_id !== sessionId) return { status: 'unavailable' };
    for (let pages = 0; !inItems() && pages < LINK_MAX_PAGES; pages++) {
      const oldest = history.oldest;
      if (oldest === undefined || oldest < messageId) break;
      await history.older();
    }
    if (!inItems()) history.merge([message]);
  }
  const item = inItems();
  if (!item) return { status: 'unavailable' };
  return { status: item.message.deleted ? 'deleted' : 'found', key: item.key };
}
