import type { ChatApiError } from '../../api/errors.js';
import type { ChatContextValue } from '../../context/chat-context.js';
import { KeskErrorEvent, KeskMessageReceivedEvent, KeskMessageSentEvent, KeskUnreadChangeEvent } from '../../events/events.js';

/**
 * Turns the stores' events into the public DOM events, dispatched on `host`: sent, received, unread and every
 * error (the conversation's, and the session list's and gallery's as they fail). Returns the unsubscriber.
 */
export function bridgeEvents(host: HTMLElement, chat: ChatContextValue): () => void {
  const { conversation, sessions, media } = chat;
  const errorsOf = <S extends { error: ChatApiError | null }>(store: { subscribe(l: (s: S) => void): () => void; state: S }) => {
    let last = store.state.error;
    return store.subscribe((state) => {
      if (state.error && state.error !== last) host.dispatchEvent(new KeskErrorEvent(state.error));
      last = state.error;
    });
  };
  const off = [
    conversation.on('sent', (message) => host.dispatchEvent(new KeskMessageSentEvent(message))),
    conversation.on('received', (messages) => host.dispatchEvent(new KeskMessageReceivedEvent(messages))),
    conversation.on('unread', (count) => host.dispatchEvent(new KeskUnreadChangeEvent(count))),
    conversation.on('error', (error) => host.dispatchEvent(new KeskErrorEvent(error))),
    errorsOf(sessions),
    errorsOf(media),
    // What the list and the gallery could do without (a conversation or a file of the wrong shape).
    sessions.on('error', (error) => host.dispatchEvent(new KeskErrorEvent(error))),
    media.on('error', (error) => host.dispatchEvent(new KeskErrorEvent(error))),
  ];
  return () => off.forEach((unsubscribe) => unsubscribe());
}
