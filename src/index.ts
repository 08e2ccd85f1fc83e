// The package's entry: the typed API client, the stores, the context, the events and the element classes.
// Importing it registers nothing; import `kesk-chat/define` (src/define.ts) to register every element.
export * from './api/index.js';
export * from './state/index.js';
export * from './events/events.js';
export { chatContext, type ChatContextValue } from './context/chat-context.js';
export { StoreController } from './controllers/store-controller.js';
export { createChatContext, type ChatContextOptions } from './page/create-chat-context.js';
export { pageLock, pageNetwork, pageOutbox, pageStorage } from './page/page-adapters.js';
export { KeskChat } from './components/chat/chat.js';
export { KeskLauncher } from './components/launcher/launcher.js';
export { KeskThread } from './components/thread/thread.js';
export { KeskComposer } from './components/composer/composer.js';
export { KeskBotSuggestions } from './components/bot-suggestions/bot-suggestions.js';
export { KeskSessionList } from './components/session-list/session-list.js';
export { KeskMediaGallery } from './components/media-gallery/media-gallery.js';
