// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements' JSDoc
// and run `npm run docs`.
//
// The elements for Svelte's type checker (svelte-check, the editor): attributes, properties (Svelte sets a
// property when the element has one) and kesk-* events as `onkesk-…` handlers. `import type {} from
// 'kesk-chat/svelte';` once.
import type { HTMLAttributes } from 'svelte/elements';
import type { KeskBotSuggestions } from '../components/bot-suggestions/bot-suggestions.js';
import type { KeskChat } from '../components/chat/chat.js';
import type { KeskComposer } from '../components/composer/composer.js';
import type { KeskLauncher } from '../components/launcher/launcher.js';
import type { KeskMediaGallery } from '../components/media-gallery/media-gallery.js';
import type { KeskSessionList } from '../components/session-list/session-list.js';
import type { KeskThread } from '../components/thread/thread.js';
import type { KeskBotSuggestionsAttributes, KeskBotSuggestionsProperties, KeskBotSuggestionsHandlers, KeskChatAttributes, KeskChatProperties, KeskChatHandlers, KeskComposerAttributes, KeskComposerProperties, KeskComposerHandlers, KeskLauncherAttributes, KeskLauncherProperties, KeskLauncherHandlers, KeskMediaGalleryAttributes, KeskMediaGalleryProperties, KeskMediaGalleryHandlers, KeskSessionListAttributes, KeskSessionListProperties, KeskSessionListHandlers, KeskThreadAttributes, KeskThreadProperties, KeskThreadHandlers } from './members.js';

/** What a template may set on `<kesk-bot-suggestions>`. */
export interface KeskBotSuggestionsSvelteAttributes extends HTMLAttributes<KeskBotSuggestions>, KeskBotSuggestionsAttributes, KeskBotSuggestionsProperties, KeskBotSuggestionsHandlers {}

/** What a template may set on `<kesk-chat>`. */
export interface KeskChatSvelteAttributes extends HTMLAttributes<KeskChat>, KeskChatAttributes, KeskChatProperties, KeskChatHandlers {}

/** What a template may set on `<kesk-composer>`. */
export interface KeskComposerSvelteAttributes extends HTMLAttributes<KeskComposer>, KeskComposerAttributes, KeskComposerProperties, KeskComposerHandlers {}

/** What a template may set on `<kesk-launcher>`. */
export interface KeskLauncherSvelteAttributes extends HTMLAttributes<KeskLauncher>, KeskLauncherAttributes, KeskLauncherProperties, KeskLauncherHandlers {}

/** What a template may set on `<kesk-media-gallery>`. */
export interface KeskMediaGallerySvelteAttributes extends HTMLAttributes<KeskMediaGallery>, KeskMediaGalleryAttributes, KeskMediaGalleryProperties, KeskMediaGalleryHandlers {}

/** What a template may set on `<kesk-session-list>`. */
export interface KeskSessionListSvelteAttributes extends HTMLAttributes<KeskSessionList>, KeskSessionListAttributes, KeskSessionListProperties, KeskSessionListHandlers {}

/** What a template may set on `<kesk-thread>`. */
export interface KeskThreadSvelteAttributes extends HTMLAttributes<KeskThread>, KeskThreadAttributes, KeskThreadProperties, KeskThreadHandlers {}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'kesk-bot-suggestions': KeskBotSuggestionsSvelteAttributes;
    'kesk-chat': KeskChatSvelteAttributes;
    'kesk-composer': KeskComposerSvelteAttributes;
    'kesk-launcher': KeskLauncherSvelteAttributes;
    'kesk-media-gallery': KeskMediaGallerySvelteAttributes;
    'kesk-session-list': KeskSessionListSvelteAttributes;
    'kesk-thread': KeskThreadSvelteAttributes;
  }
}
