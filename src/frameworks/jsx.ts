// Generated from custom-elements.json by scripts/gen-framework-types.js. Do not edit: change the elements' JSDoc
// and run `npm run docs`.
//
// Framework-neutral JSX props for every element: attributes (kebab-case), properties (camelCase) and
// `on<event>` handlers (`onkesk-open`), which Preact, Solid and React 19 attach as listeners of that event.
// kesk-chat/preact and kesk-chat/solid add them to their IntrinsicElements; for another JSX, extend
// `KeskIntrinsicElements` in yours.
import type { KeskBotSuggestionsAttributes, KeskBotSuggestionsProperties, KeskBotSuggestionsHandlers, KeskChatAttributes, KeskChatProperties, KeskChatHandlers, KeskComposerAttributes, KeskComposerProperties, KeskComposerHandlers, KeskLauncherAttributes, KeskLauncherProperties, KeskLauncherHandlers, KeskMediaGalleryAttributes, KeskMediaGalleryProperties, KeskMediaGalleryHandlers, KeskSessionListAttributes, KeskSessionListProperties, KeskSessionListHandlers, KeskThreadAttributes, KeskThreadProperties, KeskThreadHandlers } from './members.js';

export type { AttributeValue } from './members.js';

/** `<kesk-bot-suggestions>` in JSX. */
export interface KeskBotSuggestionsJsxProps extends KeskBotSuggestionsAttributes, KeskBotSuggestionsProperties, KeskBotSuggestionsHandlers {}

/** `<kesk-chat>` in JSX. */
export interface KeskChatJsxProps extends KeskChatAttributes, KeskChatProperties, KeskChatHandlers {}

/** `<kesk-composer>` in JSX. */
export interface KeskComposerJsxProps extends KeskComposerAttributes, KeskComposerProperties, KeskComposerHandlers {}

/** `<kesk-launcher>` in JSX. */
export interface KeskLauncherJsxProps extends KeskLauncherAttributes, KeskLauncherProperties, KeskLauncherHandlers {}

/** `<kesk-media-gallery>` in JSX. */
export interface KeskMediaGalleryJsxProps extends KeskMediaGalleryAttributes, KeskMediaGalleryProperties, KeskMediaGalleryHandlers {}

/** `<kesk-session-list>` in JSX. */
export interface KeskSessionListJsxProps extends KeskSessionListAttributes, KeskSessionListProperties, KeskSessionListHandlers {}

/** `<kesk-thread>` in JSX. */
export interface KeskThreadJsxProps extends KeskThreadAttributes, KeskThreadProperties, KeskThreadHandlers {}

/** Every element of the widget, by tag. */
export interface KeskIntrinsicElements {
  'kesk-bot-suggestions': KeskBotSuggestionsJsxProps;
  'kesk-chat': KeskChatJsxProps;
  'kesk-composer': KeskComposerJsxProps;
  'kesk-launcher': KeskLauncherJsxProps;
  'kesk-media-gallery': KeskMediaGalleryJsxProps;
  'kesk-session-list': KeskSessionListJsxProps;
  'kesk-thread': KeskThreadJsxProps;
}
