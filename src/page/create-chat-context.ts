import { createChatClient, DEFAULT_BASE_URL, type TokenProvider } from '../api/index.js';
import type { ChatContextValue } from '../context/chat-context.js';
import { ConversationStore, type ConversationConfig } from '../state/conversation-store.js';
import type { KeyValueStorage } from '../state/remembered.js';
import { MediaStore } from '../state/media-store.js';
import { SessionListStore } from '../state/session-list-store.js';
import { UiStore } from '../state/ui-store.js';
import { firstRequestFetch } from './first-request.js';
import { pageLock, pageNetwork, pageOutbox, pageStorage } from './page-adapters.js';

export interface ChatContextOptions extends Omit<ConversationConfig, 'storage'> {
  /** The API's base URL; default `https://business.apis.kesk.app/v1`. */
  apiBase?: string;
  token?: string | TokenProvider;
  /** Milliseconds before a request is abandoned (and the outbox tries again); default 15000. */
  timeout?: number;
  /**
   * Where the remembered session lives; default `localStorage` (or memory where a page may not use it). The
   * outbox (`outbox`, `network`, `lock`) defaults to IndexedDB, `navigator.onLine` and the Web Locks API.
   */
  storage?: KeyValueStorage;
}

/**
 * Everything `<kesk-chat>` provides to its elements: one client and the four stores. Exported so a page can
 * provide the context itself (`new ContextProvider(host, { context: chatContext, initialValue })`) and place the
 * elements anywhere; it then calls `conversation.init()`, `setOpen(true)` and `dispose()` as `<kesk-chat>` does.
 */
export function createChatContext(options: ChatContextOptions): ChatContextValue {
  const { apiBase, token, storage, timeout, ...config } = options;
  // Through the first request, if the CDN widget started it as its code ran (src/page/first-request.ts).
  const api = createChatClient({ baseUrl: apiBase || DEFAULT_BASE_URL, token, timeout, fetch: firstRequestFetch() });
  // Unsent messages in IndexedDB, the network from navigator.onLine, a Web Lock between tabs: each replaceable.
  const conversation = new ConversationStore(api, {
    ...config,
    storage: storage ?? pageStorage(),
    outbox: config.outbox ?? pageOutbox(),
    network: config.network ?? pageNetwork(),
    lock: config.lock ?? pageLock(),
  });
  return {
    api,
    conversation,
    sessions: new SessionListStore(api, 20, (session) => conversation.canContinue(session)),
    media: new MediaStore(api),
    ui: new UiStore(),
  };
}
