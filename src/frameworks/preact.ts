// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements' JSDoc
// and run `npm run docs`.
//
// `<kesk-chat>` and the other elements in Preact's JSX: `import type {} from 'kesk-chat/preact';` once.
import type { HTMLAttributes } from 'preact';
import type { KeskBotSuggestions } from '../components/bot-suggestions/bot-suggestions.js';
import type { KeskChat } from '../components/chat/chat.js';
import type { KeskComposer } from '../components/composer/composer.js';
import type { KeskLauncher } from '../components/launcher/launcher.js';
import type { KeskMediaGallery } from '../components/media-gallery/media-gallery.js';
import type { KeskSessionList } from '../components/session-list/session-list.js';
import type { KeskThread } from '../components/thread/thread.js';
import type { KeskBotSuggestionsJsxProps, KeskChatJsxProps, KeskComposerJsxProps, KeskLauncherJsxProps, KeskMediaGalleryJsxProps, KeskSessionListJsxProps, KeskThreadJsxProps } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'kesk-bot-suggestions': HTMLAttributes<KeskBotSuggestions> & KeskBotSuggestionsJsxProps;
      'kesk-chat': Omit<HTMLAttributes<KeskChat>, 'close' | 'open' | 'send' | 'toggle'> & KeskChatJsxProps;
      'kesk-composer': Omit<HTMLAttributes<KeskComposer>, 'focus'> & KeskComposerJsxProps;
      'kesk-launcher': HTMLAttributes<KeskLauncher> & KeskLauncherJsxProps;
      'kesk-media-gallery': HTMLAttributes<KeskMediaGallery> & KeskMediaGalleryJsxProps;
      'kesk-session-list': HTMLAttributes<KeskSessionList> & KeskSessionListJsxProps;
      'kesk-thread': Omit<HTMLAttributes<KeskThread>, 'scrollToBottom'> & KeskThreadJsxProps;
    }
  }
}
