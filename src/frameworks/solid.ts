// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements' JSDoc
// and run `npm run docs`.
//
// `<kesk-chat>` and the other elements in Solid's JSX: `import type {} from 'kesk-chat/solid';` once. Events
// as `on:kesk-open` (Solid's CustomEvents) or `onkesk-open`.
import type { JSX as SolidJSX } from 'solid-js';
import type { KeskBotSuggestions } from '../components/bot-suggestions/bot-suggestions.js';
import type { KeskChat } from '../components/chat/chat.js';
import type { KeskComposer } from '../components/composer/composer.js';
import type { KeskLauncher } from '../components/launcher/launcher.js';
import type { KeskMediaGallery } from '../components/media-gallery/media-gallery.js';
import type { KeskSessionList } from '../components/session-list/session-list.js';
import type { KeskThread } from '../components/thread/thread.js';
import type { KeskBotSuggestionsAttributes, KeskBotSuggestionsProperties, KeskBotSuggestionsHandlers, KeskChatAttributes, KeskChatProperties, KeskChatHandlers, KeskComposerAttributes, KeskComposerProperties, KeskComposerHandlers, KeskLauncherAttributes, KeskLauncherProperties, KeskLauncherHandlers, KeskMediaGalleryAttributes, KeskMediaGalleryProperties, KeskMediaGalleryHandlers, KeskSessionListAttributes, KeskSessionListProperties, KeskSessionListHandlers, KeskThreadAttributes, KeskThreadProperties, KeskThreadHandlers } from './members.js';

/** `<kesk-bot-suggestions>` in Solid's JSX. */
export interface KeskBotSuggestionsSolidProps extends KeskBotSuggestionsAttributes, KeskBotSuggestionsProperties, KeskBotSuggestionsHandlers {}

/** `<kesk-chat>` in Solid's JSX. */
export interface KeskChatSolidProps extends KeskChatAttributes<false>, KeskChatProperties, KeskChatHandlers {}

/** `<kesk-composer>` in Solid's JSX. */
export interface KeskComposerSolidProps extends KeskComposerAttributes, KeskComposerProperties, KeskComposerHandlers {}

/** `<kesk-launcher>` in Solid's JSX. */
export interface KeskLauncherSolidProps extends KeskLauncherAttributes, KeskLauncherProperties, KeskLauncherHandlers {}

/** `<kesk-media-gallery>` in Solid's JSX. */
export interface KeskMediaGallerySolidProps extends KeskMediaGalleryAttributes, KeskMediaGalleryProperties, KeskMediaGalleryHandlers {}

/** `<kesk-session-list>` in Solid's JSX. */
export interface KeskSessionListSolidProps extends KeskSessionListAttributes, KeskSessionListProperties, KeskSessionListHandlers {}

/** `<kesk-thread>` in Solid's JSX. */
export interface KeskThreadSolidProps extends KeskThreadAttributes, KeskThreadProperties, KeskThreadHandlers {}

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'kesk-bot-suggestions': SolidJSX.HTMLAttributes<KeskBotSuggestions> & KeskBotSuggestionsSolidProps;
      'kesk-chat': Omit<SolidJSX.HTMLAttributes<KeskChat>, 'close' | 'open' | 'send' | 'toggle'> & KeskChatSolidProps;
      'kesk-composer': Omit<SolidJSX.HTMLAttributes<KeskComposer>, 'focus'> & KeskComposerSolidProps;
      'kesk-launcher': SolidJSX.HTMLAttributes<KeskLauncher> & KeskLauncherSolidProps;
      'kesk-media-gallery': SolidJSX.HTMLAttributes<KeskMediaGallery> & KeskMediaGallerySolidProps;
      'kesk-session-list': SolidJSX.HTMLAttributes<KeskSessionList> & KeskSessionListSolidProps;
      'kesk-thread': Omit<SolidJSX.HTMLAttributes<KeskThread>, 'scrollToBottom'> & KeskThreadSolidProps;
    }
    interface CustomEvents {
      'kesk-before-send': GlobalEventHandlersEventMap['kesk-before-send'];
      'kesk-error': GlobalEventHandlersEventMap['kesk-error'];
      'kesk-open': GlobalEventHandlersEventMap['kesk-open'];
      'kesk-close': GlobalEventHandlersEventMap['kesk-close'];
      'kesk-message-sent': GlobalEventHandlersEventMap['kesk-message-sent'];
      'kesk-message-received': GlobalEventHandlersEventMap['kesk-message-received'];
      'kesk-unread-change': GlobalEventHandlersEventMap['kesk-unread-change'];
    }
  }
}
