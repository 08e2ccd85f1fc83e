// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements' JSDoc
// and run `npm run docs`.
//
// Every element's attributes, properties and events, declared once: the files of each framework
// (jsx.ts, preact.ts, solid.ts, svelte.ts, vue.ts) compose them.
import type { KeskChat } from '../components/chat/chat.js';
import type { KeskLauncher } from '../components/launcher/launcher.js';

/** An attribute's value: the property's type, and a number may also be written as a string of digits. */
export type AttributeValue<T> = Exclude<T, undefined> extends number ? Exclude<T, undefined> | `${number}` : Exclude<T, undefined>;

/**
 * An attribute's value in a framework: `Digits` says whether a number may be a string of digits (true where the
 * framework sets the attribute, false in Solid, which sets a kebab-case attribute as its camelCase property).
 */
type Attribute<T, Digits extends boolean> = Digits extends true ? AttributeValue<T> : Exclude<T, undefined>;

/** The kebab-case attributes of `<kesk-bot-suggestions>` (the others are named as their properties). */
export interface KeskBotSuggestionsAttributes {
}

/** The properties of `<kesk-bot-suggestions>`. */
export interface KeskBotSuggestionsProperties {
}

/** The events of `<kesk-bot-suggestions>`, by name. */
export type KeskBotSuggestionsEvents = {
  /** Before a chip's text is sent (cancelable; `detail: {text, files: []}`). */
  'kesk-before-send': (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
  /** Handing over or restarting failed (`detail.error`). */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
};

/** The events of `<kesk-bot-suggestions>` as `on<event>` handlers. */
export interface KeskBotSuggestionsHandlers {
  /** Before a chip's text is sent (cancelable; `detail: {text, files: []}`). */
  'onkesk-before-send'?: KeskBotSuggestionsEvents['kesk-before-send'];
  /** Handing over or restarting failed (`detail.error`). */
  'onkesk-error'?: KeskBotSuggestionsEvents['kesk-error'];
}

/** The kebab-case attributes of `<kesk-chat>` (the others are named as their properties). */
export interface KeskChatAttributes<Digits extends boolean = true> {
  /** The API's base URL. (Attribute of `apiBase`.) */
  'api-base'?: Attribute<KeskChat['apiBase'], Digits>;
  /** Assistant mode: the kind of user asking (`customer`, `vendor`, `guest`). (Attribute of `userType`.) */
  'user-type'?: Attribute<KeskChat['userType'], Digits>;
  /** Vendor mode: the store location to chat with. (Attribute of `vendorLocationId`.) */
  'vendor-location-id'?: Attribute<KeskChat['vendorLocationId'], Digits>;
  /** Bot mode: the bot's username. (Attribute of `botUsername`.) */
  'bot-username'?: Attribute<KeskChat['botUsername'], Digits>;
  /** Direct mode: the other user's id. (Attribute of `recipientId`.) */
  'recipient-id'?: Attribute<KeskChat['recipientId'], Digits>;
  /** Resume this session instead of the one remembered for this mode. (Attribute of `sessionId`.) */
  'session-id'?: Attribute<KeskChat['sessionId'], Digits>;
  /** Open at this message (a deep link, as in a "you have a reply" e-mail): of the session `session-id` (else the one resumed). The panel opens, scrolled to the message, which is outlined; one that is not available says so. (Attribute of `messageId`.) */
  'message-id'?: Attribute<KeskChat['messageId'], Digits>;
}

/** The properties of `<kesk-chat>`. */
export interface KeskChatProperties {
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

/** The events of `<kesk-chat>`, by name. */
export type KeskChatEvents = {
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

/** The events of `<kesk-chat>` as `on<event>` handlers. */
export interface KeskChatHandlers {
  /** The panel opened, by the user (launcher, keyboard) or by `open()`/`toggle()`; not when the `open` attribute or `isOpen` property is set. */
  'onkesk-open'?: KeskChatEvents['kesk-open'];
  /** The panel closed, by the user (launcher, close button, Escape) or by `close()`/`toggle()`; not when the `open` attribute or `isOpen` property is set. */
  'onkesk-close'?: KeskChatEvents['kesk-close'];
  /** The API stored a message the user sent. */
  'onkesk-message-sent'?: KeskChatEvents['kesk-message-sent'];
  /** Messages from the other side arrived. */
  'onkesk-message-received'?: KeskChatEvents['kesk-message-received'];
  /** The unread count changed. */
  'onkesk-unread-change'?: KeskChatEvents['kesk-unread-change'];
  /** Something failed; `detail.error.message` says what. */
  'onkesk-error'?: KeskChatEvents['kesk-error'];
  /** (from the composer and the starter questions) a message is about to go; cancelable. */
  'onkesk-before-send'?: KeskChatEvents['kesk-before-send'];
}

/** The kebab-case attributes of `<kesk-composer>` (the others are named as their properties). */
export interface KeskComposerAttributes {
}

/** The properties of `<kesk-composer>`. */
export interface KeskComposerProperties {
}

/** The events of `<kesk-composer>`, by name. */
export type KeskComposerEvents = {
  /** Before a message is sent (cancelable; `detail: {text, files}`). Cancelling keeps it here. */
  'kesk-before-send': (event: GlobalEventHandlersEventMap['kesk-before-send']) => void;
  /** A file or message was refused before sending (`detail.error`, its message names the limit). */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
};

/** The events of `<kesk-composer>` as `on<event>` handlers. */
export interface KeskComposerHandlers {
  /** Before a message is sent (cancelable; `detail: {text, files}`). Cancelling keeps it here. */
  'onkesk-before-send'?: KeskComposerEvents['kesk-before-send'];
  /** A file or message was refused before sending (`detail.error`, its message names the limit). */
  'onkesk-error'?: KeskComposerEvents['kesk-error'];
}

/** The kebab-case attributes of `<kesk-launcher>` (the others are named as their properties). */
export interface KeskLauncherAttributes {
}

/** The properties of `<kesk-launcher>`. */
export interface KeskLauncherProperties {
  /** The panel the button opens (its `aria-controls`); set by `<kesk-chat>`. */
  controls?: KeskLauncher['controls'];
}

/** The events of `<kesk-launcher>`, by name. */
export type KeskLauncherEvents = {
};

/** The events of `<kesk-launcher>` as `on<event>` handlers. */
export interface KeskLauncherHandlers {
}

/** The kebab-case attributes of `<kesk-media-gallery>` (the others are named as their properties). */
export interface KeskMediaGalleryAttributes {
}

/** The properties of `<kesk-media-gallery>`. */
export interface KeskMediaGalleryProperties {
}

/** The events of `<kesk-media-gallery>`, by name. */
export type KeskMediaGalleryEvents = {
};

/** The events of `<kesk-media-gallery>` as `on<event>` handlers. */
export interface KeskMediaGalleryHandlers {
}

/** The kebab-case attributes of `<kesk-session-list>` (the others are named as their properties). */
export interface KeskSessionListAttributes {
}

/** The properties of `<kesk-session-list>`. */
export interface KeskSessionListProperties {
}

/** The events of `<kesk-session-list>`, by name. */
export type KeskSessionListEvents = {
};

/** The events of `<kesk-session-list>` as `on<event>` handlers. */
export interface KeskSessionListHandlers {
}

/** The kebab-case attributes of `<kesk-thread>` (the others are named as their properties). */
export interface KeskThreadAttributes {
}

/** The properties of `<kesk-thread>`. */
export interface KeskThreadProperties {
}

/** The events of `<kesk-thread>`, by name. */
export type KeskThreadEvents = {
  /** A message failed to render (it shows as "This message can't be shown"); `detail.error` says why. */
  'kesk-error': (event: GlobalEventHandlersEventMap['kesk-error']) => void;
};

/** The events of `<kesk-thread>` as `on<event>` handlers. */
export interface KeskThreadHandlers {
  /** A message failed to render (it shows as "This message can't be shown"); `detail.error` says why. */
  'onkesk-error'?: KeskThreadEvents['kesk-error'];
}
