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

/** Vue reads a custom element's template types from `$props` and `$emit` (they do not exist on the element). */
type VueCustomElement<Element extends HTMLElement, Props, Events extends Record<string, (event: never) => void>> = new () => Element & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<Events>;
};

/** The props of `<kesk-bot-suggestions>`: its properties. */
export interface KeskBotSuggestionsVueProps {
}

/** The events of `<kesk-bot-suggestions>`. */
export type KeskBotSuggestionsVueEvents = {
  /** Before a chip's text is sent (cancelable; `detail: {text, files: []}`). */
  'kesk-before-send': (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
  /** Handing over or restarting failed (`detail.error`). */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
};

/** The props of `<kesk-chat>`: its properties. */
export interface KeskChatVueProps {
  /** The API's base URL. */
  apiBase?: KeskChat['apiBase'];
  /** The user's bearer token. Changing it keeps the conversation and uses the new token from the next request. */
  token?: KeskChat['token'];
  /** Supplies tokens instead of `token`; asked again with `{refresh: true}` after a 401. */
  tokenProvider?: KeskChat['tokenProvider'];
  /** Who the user talks to: the store's AI `assistant`, a `vendor` location, a `bot`, or another user (`direct`). */
  mode?: KeskChat['mode'];
  /** Assistant mode: the kind of user asking (`customer`, `vendor`, `guest`). */
  userType?: KeskChat['userType'];
  /** Vendor mode: the store location to chat with. */
  vendorLocationId?: KeskChat['vendorLocationId'];
  /** Bot mode: the bot's username. */
  botUsername?: KeskChat['botUsername'];
  /** Direct mode: the other user's id. */
  recipientId?: KeskChat['recipientId'];
  /** Resume this session instead of the one remembered for this mode. */
  sessionId?: KeskChat['sessionId'];
  /** Open at this message (a deep link, as in a "you have a reply" e-mail): of the session `session-id` (else the one resumed). The panel opens, scrolled to the message, which is outlined; one that is not available says so. */
  messageId?: KeskChat['messageId'];
  /** Whether the floating panel is open (attribute `open`; in JavaScript `isOpen`, since `open()` is the method). */
  isOpen?: KeskChat['isOpen'];
  /** The panel sits in the page, without a launcher. */
  inline?: KeskChat['inline'];
  /** The floating widget's corner. */
  position?: KeskChat['position'];
  /** Colours: `light`, `dark`, or `auto` (follows the operating system). */
  theme?: KeskChat['theme'];
  /** The header's title; by default it names the other side. */
  heading?: KeskChat['heading'];
  /** Starter questions shown before the first message (assistant mode has three by default). */
  starters?: KeskChat['starters'];
  /** Overrides the polling cadence (see `PollerCadence`); mostly for tests. */
  cadence?: KeskChat['cadence'];
}

/** The events of `<kesk-chat>`. */
export type KeskChatVueEvents = {
  /** The panel opened, by the user (launcher, keyboard) or by `open()`/`toggle()`; not when the `open` attribute or `isOpen` property is set. */
  'kesk-open': (event: GlobalEventHandlersEventMap['kesk-open']) => void;
  /** The panel closed, by the user (launcher, close button, Escape) or by `close()`/`toggle()`; not when the `open` attribute or `isOpen` property is set. */
  'kesk-close': (event: GlobalEventHandlersEventMap['kesk-close']) => void;
  /** The API stored a message the user sent. */
  'kesk-message-sent': (event: GlobalEventHandlersEventMap['kesk-message-sent']) => void;
  /** Messages from the other side arrived. */
  'kesk-message-received': (event: GlobalEventHandlersEventMap['kesk-message-received']) => void;
  /** The unread count changed. */
  'kesk-unread-change': (event: GlobalEventHandlersEventMap['kesk-unread-change']) => void;
  /** Something failed; `detail.error.message` says what. */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
  /** (from the composer and the starter questions) a message is about to go; cancelable. */
  'kesk-before-send': (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
};

/** The props of `<kesk-composer>`: its properties. */
export interface KeskComposerVueProps {
}

/** The events of `<kesk-composer>`. */
export type KeskComposerVueEvents = {
  /** Before a message is sent (cancelable; `detail: {text, files}`). Cancelling keeps it here. */
  'kesk-before-send': (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
  /** A file or message was refused before sending (`detail.error`, its message names the limit). */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
};

/** The props of `<kesk-launcher>`: its properties. */
export interface KeskLauncherVueProps {
  /** The panel the button opens (its `aria-controls`); set by `<kesk-chat>`. */
  controls?: KeskLauncher['controls'];
}

/** The events of `<kesk-launcher>`. */
export type KeskLauncherVueEvents = {
};

/** The props of `<kesk-media-gallery>`: its properties. */
export interface KeskMediaGalleryVueProps {
}

/** The events of `<kesk-media-gallery>`. */
export type KeskMediaGalleryVueEvents = {
};

/** The props of `<kesk-session-list>`: its properties. */
export interface KeskSessionListVueProps {
}

/** The events of `<kesk-session-list>`. */
export type KeskSessionListVueEvents = {
};

/** The props of `<kesk-thread>`: its properties. */
export interface KeskThreadVueProps {
}

/** The events of `<kesk-thread>`. */
export type KeskThreadVueEvents = {
  /** A message failed to render (it shows as "This message can't be shown"); `detail.error` says why. */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
};

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
