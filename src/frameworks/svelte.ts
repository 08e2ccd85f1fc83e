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
import type { AttributeValue } from './jsx.js';

/** What a template may set on `<kesk-bot-suggestions>`. */
export interface KeskBotSuggestionsSvelteAttributes extends HTMLAttributes<KeskBotSuggestions> {
  /** Before a chip's text is sent (cancelable; `detail: {text, files: []}`). */
  'onkesk-before-send'?: (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
  /** Handing over or restarting failed (`detail.error`). */
  'onkesk-error'?: (event: GlobalEventHandlersEventMap['kesk-error']) => void;
}

/** What a template may set on `<kesk-chat>`. */
export interface KeskChatSvelteAttributes extends HTMLAttributes<KeskChat> {
  /** The API's base URL. (Attribute of `apiBase`.) */
  'api-base'?: AttributeValue<KeskChat['apiBase']>;
  /** Assistant mode: the kind of user asking (`customer`, `vendor`, `guest`). (Attribute of `userType`.) */
  'user-type'?: AttributeValue<KeskChat['userType']>;
  /** Vendor mode: the store location to chat with. (Attribute of `vendorLocationId`.) */
  'vendor-location-id'?: AttributeValue<KeskChat['vendorLocationId']>;
  /** Bot mode: the bot's username. (Attribute of `botUsername`.) */
  'bot-username'?: AttributeValue<KeskChat['botUsername']>;
  /** Direct mode: the other user's id. (Attribute of `recipientId`.) */
  'recipient-id'?: AttributeValue<KeskChat['recipientId']>;
  /** Resume this session instead of the one remembered for this mode. (Attribute of `sessionId`.) */
  'session-id'?: AttributeValue<KeskChat['sessionId']>;
  /** Open at this message (a deep link, as in a "you have a reply" e-mail): of the session `session-id` (else the one resumed). The panel opens, scrolled to the message, which is outlined; one that is not available says so. (Attribute of `messageId`.) */
  'message-id'?: AttributeValue<KeskChat['messageId']>;
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
  /** The panel opened, by the user (launcher, keyboard) or by `open()`/`toggle()`; not when the `open` attribute or `isOpen` property is set. */
  'onkesk-open'?: (event: GlobalEventHandlersEventMap['kesk-open']) => void;
  /** The panel closed, by the user (launcher, close button, Escape) or by `close()`/`toggle()`; not when the `open` attribute or `isOpen` property is set. */
  'onkesk-close'?: (event: GlobalEventHandlersEventMap['kesk-close']) => void;
  /** The API stored a message the user sent. */
  'onkesk-message-sent'?: (event: GlobalEventHandlersEventMap['kesk-message-sent']) => void;
  /** Messages from the other side arrived. */
  'onkesk-message-received'?: (event: GlobalEventHandlersEventMap['kesk-message-received']) => void;
  /** The unread count changed. */
  'onkesk-unread-change'?: (event: GlobalEventHandlersEventMap['kesk-unread-change']) => void;
  /** Something failed; `detail.error.message` says what. */
  'onkesk-error'?: (event: GlobalEventHandlersEventMap['kesk-error']) => void;
  /** (from the composer and the starter questions) a message is about to go; cancelable. */
  'onkesk-before-send'?: (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
}

/** What a template may set on `<kesk-composer>`. */
export interface KeskComposerSvelteAttributes extends HTMLAttributes<KeskComposer> {
  /** Before a message is sent (cancelable; `detail: {text, files}`). Cancelling keeps it here. */
  'onkesk-before-send'?: (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
  /** A file or message was refused before sending (`detail.error`, its message names the limit). */
  'onkesk-error'?: (event: GlobalEventHandlersEventMap['kesk-error']) => void;
}

/** What a template may set on `<kesk-launcher>`. */
export interface KeskLauncherSvelteAttributes extends HTMLAttributes<KeskLauncher> {
  /** The panel the button opens (its `aria-controls`); set by `<kesk-chat>`. */
  controls?: KeskLauncher['controls'];
}

/** What a template may set on `<kesk-media-gallery>`. */
export interface KeskMediaGallerySvelteAttributes extends HTMLAttributes<KeskMediaGallery> {
}

/** What a template may set on `<kesk-session-list>`. */
export interface KeskSessionListSvelteAttributes extends HTMLAttributes<KeskSessionList> {
}

/** What a template may set on `<kesk-thread>`. */
export interface KeskThreadSvelteAttributes extends HTMLAttributes<KeskThread> {
  /** A message failed to render (it shows as "This message can't be shown"); `detail.error` says why. */
  'onkesk-error'?: (event: GlobalEventHandlersEventMap['kesk-error']) => void;
}

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
