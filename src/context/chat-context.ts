import { ContextConsumer, createContext, type ContextCallback } from '@lit/context';
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

/**
 * Provides the chat context to the elements inside `host` (the protocol of @lit/context, as its ContextProvider
 * speaks it for one value); returns the function that sets the value and hands it to every subscriber. `host`
 * calls `announce` as it connects: a provider above it (a page's own) then hands over the consumers inside it.
 */
export function provideChat(host: HTMLElement): { set(chat: ChatContextValue): void; announce(): void } {
  let value: ChatContextValue | undefined;
  const subscribers = new Map<ContextCallback<ChatContextValue | undefined>, () => void>();
  host.addEventListener('context-request', (event) => {
    // Not for another context, nor the host's own request.
    if (event.context !== chatContext || (event.contextTarget ?? event.composedPath()[0]) === host) return;
    event.stopPropagation();
    const { callback } = event as { callback: ContextCallback<ChatContextValue | undefined> };
    if (!event.subscribe) return callback(value);
    const dispose = subscribers.get(callback) ?? (() => subscribers.delete(callback));
    subscribers.set(callback, dispose);
    callback(value, dispose);
  });
  return {
    set(chat) {
      value = chat;
      subscribers.forEach((dispose, callback) => callback(chat, dispose));
    },
    announce() {
      host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: chatContext, contextTarget: host }));
    },
  };
}
