import type { ChatMessage } from '../api/types.gen.js';
import { isUnreadable } from './checked-api.js';
import { keyOf, type ThreadItem } from './thread-item.js';

/**
 * Puts server messages of `sessionId` into the thread: a message replaces the entry with its key (our optimistic
 * copy, by `client_message_id`) or id, or joins as new. Returns the new items (server messages in id order, ours
 * not yet stored at the end, in the order they were written) and the messages from others that were not there.
 */
export function mergeMessages(
  current: readonly ThreadItem[],
  messages: readonly ChatMessage[],
  sessionId: number | null,
  isOwn: (message: ChatMessage) => boolean,
): { items: ThreadItem[]; arrived: ChatMessage[] } {
  const items = [...current];
  const index = new Map(items.map((item, i) => [item.key, i]));
  const byId = new Map(items.map((item, i) => [item.message.id, i]));
  const arrived: ChatMessage[] = [];
  for (const message of messages) {
    if (message.chat_session_id !== sessionId) continue;
    const key = keyOf(message);
    const at = index.get(key) ?? byId.get(message.id);
    const own = isOwn(message);
    const unreadable = isUnreadable(message);
    if (at !== undefined) {
      items[at] = { ...items[at]!, message, own: items[at]!.own || own, delivery: 'sent', error: undefined, unreadable };
    } else {
      items.push({ key, message, own, delivery: 'sent', unreadable });
      index.set(key, items.length - 1);
      if (!own) arrived.push(message);
    }
  }
  const stored = items.filter((i) => i.message.id > 0).sort((a, b) => a.message.id - b.message.id);
  const pending = items.filter((i) => i.message.id <= 0);
  return { items: [...stored, ...pending], arrived };
}
