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
import type { KeskBotSuggestionsJsxProps, KeskChatJsxProps, KeskComposerJsxProps, KeskLauncherJsxProps, KeskMediaGalleryJsxProps, KeskSessionListJsxProps, KeskThreadJsxProps } from './jsx.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'kesk-bot-suggestions': SolidJSX.HTMLAttributes<KeskBotSuggestions> & KeskBotSuggestionsJsxProps;
      'kesk-chat': Omit<SolidJSX.HTMLAttributes<KeskChat>, 'close' | 'open' | 'send' | 'toggle'> & KeskChatJsxProps;
      'kesk-composer': Omit<SolidJSX.HTMLAttributes<KeskComposer>, 'focus'> & KeskComposerJsxProps;
      'kesk-launcher': SolidJSX.HTMLAttributes<KeskLauncher> & KeskLauncherJsxProps;
      'kesk-media-gallery': SolidJSX.HTMLAttributes<KeskMediaGallery> & KeskMediaGalleryJsxProps;
      'kesk-session-list': SolidJSX.HTMLAttributes<KeskSessionList> & KeskSessionListJsxProps;
      'kesk-thread': Omit<SolidJSX.HTMLAttributes<KeskThread>, 'scrollToBottom'> & KeskThreadJsxProps;
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
