import type { ChatMessage, ChatSessionListItem } from '../api/types.gen.js';

/** Where the user's id is remembered between visits (tagged with the token's fingerprint, as every remembered value). */
export const ME_KEY = 'kesk-chat:me';

/**
 * Whether `message` is the user's: it carries a `client_message_id` this page wrote (`wrote`), or, except in a
 * direct chat (where both sides are users), a user sent it; in a direct chat only the user's known id (`me`) tells.
 */
export function isOwn(message: ChatMessage, wrote: (clientMessageId: string) => boolean, direct: boolean, me: number | null): boolean {
  if (message.client_message_id && wrote(message.client_message_id)) return true;
  if (message.sender.kind !== 'user') return false;
  return !direct || (me !== null && message.sender.id === me);
}

/** The user's id as their sessions tell it: the one user of a session that is not a direct chat; null if none. */
export function userOfSessions(sessions: readonly ChatSessionListItem[]): number | null {
  for (const s of sessions) {
    const user = s.chat_type === 'direct' ? undefined : s.participants.find((p) => p.kind === 'user');
    if (user) return user.id;
  }
  return null;
}
