// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements' JSDoc
// and run `npm run docs`.
//
// The elements for Vue's template type checker (vue-tsc, Volar): properties as props (bind `:vendor-location-id`
// or `:vendorLocationId`), kesk-* events as `@kesk-…` listeners with their event classes, methods through a
// template ref. `import type {} from 'kesk-chat/vue';` once.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { KeskBotSuggestions } from '../components/bot-suggestions/bot-suggestions.js';
import type { KeskChat } from '../components/chat/chat.js';
import type { KeskComposer } from '../components/composer/composer.js';
import type { KeskLauncher } from '../components/launcher/launcher.js';
import type { KeskMediaGallery } from '../components/media-gallery/media-gallery.js';
import type { KeskSessionList } from '../components/session-list/session-list.js';
import type { KeskThread } from '../components/thread/thread.js';
import type { KeskBotSuggestionsProperties, KeskBotSuggestionsEvents, KeskChatProperties, KeskChatEvents, KeskComposerProperties, KeskComposerEvents, KeskLauncherProperties, KeskLauncherEvents, KeskMediaGalleryProperties, KeskMediaGalleryEvents, KeskSessionListProperties, KeskSessionListEvents, KeskThreadProperties, KeskThreadEvents } from './members.js';

/** Vue reads a custom element's template types from `$props` and `$emit` (they do not exist on the element). */
type VueCustomElement<Element extends HTMLElement, Props, Events extends Record<string, (event: never) => void>> = new () => Element & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<Events>;
};

/** The props of `<kesk-bot-suggestions>`: its properties. */
export type KeskBotSuggestionsVueProps = KeskBotSuggestionsProperties;
/** The events of `<kesk-bot-suggestions>`. */
export type KeskBotSuggestionsVueEvents = KeskBotSuggestionsEvents;

/** The props of `<kesk-chat>`: its properties. */
export type KeskChatVueProps = KeskChatProperties;
/** The events of `<kesk-chat>`. */
export type KeskChatVueEvents = KeskChatEvents;

/** The props of `<kesk-composer>`: its properties. */
export type KeskComposerVueProps = KeskComposerProperties;
/** The events of `<kesk-composer>`. */
export type KeskComposerVueEvents = KeskComposerEvents;

/** The props of `<kesk-launcher>`: its properties. */
export type KeskLauncherVueProps = KeskLauncherProperties;
/** The events of `<kesk-launcher>`. */
export type KeskLauncherVueEvents = KeskLauncherEvents;

/** The props of `<kesk-media-gallery>`: its properties. */
export type KeskMediaGalleryVueProps = KeskMediaGalleryProperties;
/** The events of `<kesk-media-gallery>`. */
export type KeskMediaGalleryVueEvents = KeskMediaGalleryEvents;

/** The props of `<kesk-session-list>`: its properties. */
export type KeskSessionListVueProps = KeskSessionListProperties;
/** The events of `<kesk-session-list>`. */
export type KeskSessionListVueEvents = KeskSessionListEvents;

/** The props of `<kesk-thread>`: its properties. */
export type KeskThreadVueProps = KeskThreadProperties;
/** The events of `<kesk-thread>`. */
export type KeskThreadVueEvents = KeskThreadEvents;

declare module 'vue' {
  interface GlobalComponents {
    'kesk-bot-suggestions': VueCustomElement<KeskBotSuggestions, KeskBotSuggestionsVueProps, KeskBotSuggestionsVueEvents>;
    'kesk-chat': VueCustomElement<KeskChat, KeskChatVueProps, KeskChatVueEvents>;
    'kesk-composer': VueCustomElement<KeskComposer, KeskComposerVueProps, KeskComposerVueEvents>;
    'kesk-launcher': VueCustomElement<KeskLauncher, KeskLauncherVueProps, KeskLauncherVueEvents>;
    'kesk-media-gallery': VueCustomElement<KeskMediaGallery, KeskMediaGalleryVueProps, KeskMediaGalleryVueEvents>;
    'kesk-session-list': VueCustomElement<KeskSessionList, KeskSessionListVueProps, KeskSessionListVueEvents>;
    'kesk-thread': VueCustomElement<KeskThread, KeskThreadVueProps, KeskThreadVueEvents>;
  }
}
