import type { ChatApiError } from '../api/errors.js';
import type { ChatMessage } from '../api/types.gen.js';

// Every public event is a small Event subclass with a typed detail; all bubble and cross shadow roots.
const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** The panel opened. */
export class KeskOpenEvent extends Event {
  constructor() {
    super('kesk-open', init());
  }
}

/** The panel closed. */
export class KeskCloseEvent extends Event {
  constructor() {
    super('kesk-close', init());
  }
}

export interface BeforeSendDetail {
  text: string;
  files: File[];
}

/** A message is about to be sent. Cancelable: `preventDefault()` keeps it in the composer, unsent. */
export class KeskBeforeSendEvent extends Event {
  readonly detail: BeforeSendDetail;
  constructor(detail: BeforeSendDetail) {
    super('kesk-before-send', init(true));
    this.detail = detail;
  }
}

/** The API stored a message the user sent. */
export class KeskMessageSentEvent extends Event {
  readonly detail: { message: ChatMessage };
  constructor(message: ChatMessage) {
    super('kesk-message-sent', init());
    this.detail = { message };
  }
}

/** Messages from the other side arrived (assistant, vendor, bot, agent, the other user, system). */
export class KeskMessageReceivedEvent extends Event {
  readonly detail: { messages: ChatMessage[] };
  constructor(messages: ChatMessage[]) {
    super('kesk-message-received', init());
    this.detail = { messages };
  }
}

/** The number of unread messages changed. */
export class KeskUnreadChangeEvent extends Event {
  readonly detail: { count: number };
  constructor(count: number) {
    super('kesk-unread-change', init());
    this.detail = { count };
  }
}

/** Something failed; `detail.error` says what, in a sentence fit to show. */
export class KeskErrorEvent extends Event {
  readonly detail: { error: ChatApiError };
  constructor(error: ChatApiError) {
    super('kesk-error', init());
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kesk-open': KeskOpenEvent;
    'kesk-close': KeskCloseEvent;
    'kesk-before-send': KeskBeforeSendEvent;
    'kesk-message-sent': KeskMessageSentEvent;
    'kesk-message-received': KeskMessageReceivedEvent;
    'kesk-unread-change': KeskUnreadChangeEvent;
    'kesk-error': KeskErrorEvent;
  }
}
