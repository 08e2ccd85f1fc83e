// Builds the context that <kesk-chat> provides (a real client against the emulator and real stores), for tests
// of a single element composed by hand.
import { ContextProvider } from '@lit/context';
import { createChatClient } from '../../src/api/index.js';
import { chatContext, type ChatContextValue } from '../../src/context/chat-context.js';
import { ConversationStore, MediaStore, SessionListStore, UiStore, type ConversationConfig } from '../../src/state/index.js';

export const API_BASE = `${location.origin}/v1`;

export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** A context value for `token`, with fast polling so tests see replies quickly. */
export function createTestContext(token: string, config: Partial<ConversationConfig> = {}): ChatContextValue {
  const api = createChatClient({ baseUrl: API_BASE, token });
  const conversation = new ConversationStore(api, {
    mode: 'assistant',
    storage: memoryStorage(),
    cadence: { awaitingMs: 150, openMs: 300, closedMs: 300 },
    ...config,
  });
  return { api, conversation, sessions: new SessionListStore(api), media: new MediaStore(api), ui: new UiStore() };
}

/** Makes `host` provide `value` to every element inside it, as <kesk-chat> does. */
export function provide(host: HTMLElement, value: ChatContextValue): ContextProvider<typeof chatContext> {
  return new ContextProvider(host, { context: chatContext, initialValue: value });
}
