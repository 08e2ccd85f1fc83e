import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { ChatApi } from '../state/chat-api.js';
import type { ConversationStore } from '../state/conversation-store.js';
import type { MediaStore } from '../state/media-store.js';
import type { SessionListStore } from '../state/session-list-store.js';
import type { UiStore } from '../state/ui-store.js';

/** What `<kesk-chat>` provides to every element inside it. */
export interface ChatContextValue {
  api: ChatApi;
  conversation: ConversationStore;
  sessions: SessionListStore;
  media: MediaStore;
  ui: UiStore;
}

/**
 * Keyed by a global symbol, not a module-local one, so that two bundled copies of the widget on one page
 * (the CDN build beside the npm build) still find each other's provider.
 */
export const chatContext = createContext<ChatContextValue>(Symbol.for('kesk-chat/context@1'));

/**
 * Subscribes `host` to the chat context of the `<kesk-chat>` (or other provider) around it; `set` receives each
 * value. What `@consume({ context: chatContext, subscribe: true })` does, without shipping the decorator.
 */
export function consumeChat(host: ReactiveElement, set: (chat: ChatContextValue) => void) {
  return new ContextConsumer(host, { context: chatContext, subscribe: true, callback: set });
}
