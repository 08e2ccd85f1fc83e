export { ConversationStore } from './conversation-store.js';
export type { ChatMode, ConversationConfig, ConversationEvents, ConversationState, KeyValueStorage, UserType } from './conversation-store.js';
export { SessionListStore, type SessionListState } from './session-list-store.js';
export { MediaStore, type MediaState } from './media-store.js';
export { UiStore, type PanelView, type UiState } from './ui-store.js';
export { Poller, DEFAULT_CADENCE, type PollerCadence } from './poller.js';
export { Store } from './store.js';
export type { ThreadItem, PendingUpload, Delivery } from './thread-item.js';
export type { ChatApi } from './chat-api.js';
