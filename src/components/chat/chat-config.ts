import type { TokenProvider } from '../../api/index.js';
import type { ChatContextValue } from '../../context/chat-context.js';
import type { ChatContextOptions } from '../../page/create-chat-context.js';
import type { ChatMode, UserType } from '../../state/conversation-store.js';
import type { PollerCadence } from '../../state/poller.js';

/** `<kesk-chat>`'s configuration that its chat context is built from. */
export interface ChatConfig {
  apiBase: string;
  token: string;
  tokenProvider?: TokenProvider;
  mode: ChatMode;
  userType?: UserType;
  vendorLocationId?: number;
  botUsername?: string;
  recipientId?: number;
  sessionId?: number;
  messageId?: number;
  cadence?: Partial<PollerCadence>;
}

/** What changes it for another conversation: a new context is built when this key changes (the token does not). */
export function contextKey(c: ChatConfig): string {
  return JSON.stringify([c.apiBase, c.mode, c.userType, c.vendorLocationId, c.botUsername, c.recipientId, c.cadence]);
}

/** The options of `createChatContext` (an attribute removed is `null`: it counts as not set). */
export function contextOptions(c: ChatConfig): ChatContextOptions {
  return {
    apiBase: c.apiBase,
    token: c.tokenProvider ?? c.token,
    mode: c.mode,
    userType: c.userType ?? undefined,
    vendorLocationId: c.vendorLocationId ?? undefined,
    botUsername: c.botUsername ?? undefined,
    recipientId: c.recipientId ?? undefined,
    sessionId: c.sessionId || undefined,
    messageId: c.messageId || undefined,
    cadence: c.cadence,
  };
}

/** What a change of configuration does to the context built already: a new token, another session, a link. */
export function updateContext(chat: ChatContextValue, c: ChatConfig, changed: { has(key: keyof ChatConfig): boolean }): void {
  if (changed.has('token') || changed.has('tokenProvider')) chat.api.setToken(c.tokenProvider ?? c.token);
  const conversation = chat.conversation;
  const linkTo = changed.has('messageId') || changed.has('sessionId') ? c.messageId : undefined;
  const session = c.sessionId || conversation.state.sessionId;
  if (linkTo && session) void conversation.openMessage(session, linkTo);
  else if (changed.has('sessionId') && c.sessionId && c.sessionId !== conversation.state.sessionId) void conversation.openSession(c.sessionId);
}
