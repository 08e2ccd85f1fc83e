// React wrappers for the widget's elements, through @lit/react: typed props (every public property of the element)
// and typed event props (`onOpen`, `onMessageSent`, …). Importing this module registers every element.
//
//   import { KeskChat } from 'kesk-chat/react';
//   <KeskChat apiBase="/v1" token={token} inline onMessageSent={(e) => console.log(e.detail.message)} />
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KeskChat as KeskChatElement } from '../components/chat/chat.js';
import { KeskThread as KeskThreadElement } from '../components/thread/thread.js';
import { KeskComposer as KeskComposerElement } from '../components/composer/composer.js';
import { KeskLauncher as KeskLauncherElement } from '../components/launcher/launcher.js';
import { KeskBotSuggestions as KeskBotSuggestionsElement } from '../components/bot-suggestions/bot-suggestions.js';
import { KeskSessionList as KeskSessionListElement } from '../components/session-list/session-list.js';
import { KeskMediaGallery as KeskMediaGalleryElement } from '../components/media-gallery/media-gallery.js';
import type {
  KeskBeforeSendEvent,
  KeskCloseEvent,
  KeskErrorEvent,
  KeskMessageReceivedEvent,
  KeskMessageSentEvent,
  KeskOpenEvent,
  KeskUnreadChangeEvent,
} from '../events/events.js';
import '../define.js';
import '../components/session-list/define.js';
import '../components/media-gallery/define.js';

const onError = 'kesk-error' as EventName<KeskErrorEvent>;
const onBeforeSend = 'kesk-before-send' as EventName<KeskBeforeSendEvent>;

/** `<kesk-chat>`: the whole widget. Props are the element's properties; events arrive as `on…` props. */
export const KeskChat = createComponent({
  react: React,
  tagName: 'kesk-chat',
  elementClass: KeskChatElement,
  displayName: 'KeskChat',
  events: {
    onOpen: 'kesk-open' as EventName<KeskOpenEvent>,
    onClose: 'kesk-close' as EventName<KeskCloseEvent>,
    onMessageSent: 'kesk-message-sent' as EventName<KeskMessageSentEvent>,
    onMessageReceived: 'kesk-message-received' as EventName<KeskMessageReceivedEvent>,
    onUnreadChange: 'kesk-unread-change' as EventName<KeskUnreadChangeEvent>,
    onError,
    onBeforeSend,
  },
});

/** `<kesk-thread>`, to compose inside `<KeskChat>`. */
export const KeskThread = createComponent({
  react: React,
  tagName: 'kesk-thread',
  elementClass: KeskThreadElement,
  displayName: 'KeskThread',
});

/** `<kesk-composer>`, to compose inside `<KeskChat>`. */
export const KeskComposer = createComponent({
  react: React,
  tagName: 'kesk-composer',
  elementClass: KeskComposerElement,
  displayName: 'KeskComposer',
  events: { onBeforeSend, onError },
});

/** `<kesk-launcher>`, to compose inside `<KeskChat>`. */
export const KeskLauncher = createComponent({
  react: React,
  tagName: 'kesk-launcher',
  elementClass: KeskLauncherElement,
  displayName: 'KeskLauncher',
});

/** `<kesk-bot-suggestions>`, to compose inside `<KeskChat>`. */
export const KeskBotSuggestions = createComponent({
  react: React,
  tagName: 'kesk-bot-suggestions',
  elementClass: KeskBotSuggestionsElement,
  displayName: 'KeskBotSuggestions',
  events: { onBeforeSend, onError },
});

/** `<kesk-session-list>`, to compose inside `<KeskChat>`. */
export const KeskSessionList = createComponent({
  react: React,
  tagName: 'kesk-session-list',
  elementClass: KeskSessionListElement,
  displayName: 'KeskSessionList',
});

/** `<kesk-media-gallery>`, to compose inside `<KeskChat>`. */
export const KeskMediaGallery = createComponent({
  react: React,
  tagName: 'kesk-media-gallery',
  elementClass: KeskMediaGalleryElement,
  displayName: 'KeskMediaGallery',
});
