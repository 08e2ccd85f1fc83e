import type { ChatApiError } from '../api/errors.js';
import type { ChatMedia, ChatMessage } from '../api/types.gen.js';

/** Where a message the user wrote stands: on its way, stored by the API, or refused (with the reason). */
export type Delivery = 'sending' | 'sent' | 'failed';

/** A file being attached to an outgoing message. */
export interface PendingUpload {
  key: string;
  file: File;
  loaded: number;
  total: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed' | 'cancelled';
  media?: ChatMedia;
  error?: ChatApiError;
}

/** One entry of the thread: a message from the API, or one of ours still in the outbox. */
export interface ThreadItem {
  /** Stable across the optimistic copy and the server's copy: `c:<client_message_id>` or `m:<id>`. */
  key: string;
  message: ChatMessage;
  own: boolean;
  delivery: Delivery;
  /** Sending, but waiting: offline, or for the next try after a transient failure (see the conversation's `outbox`). */
  waiting?: boolean;
  error?: ChatApiError;
  uploads?: PendingUpload[];
  /** The API sent this message with a field of the wrong type: `message` is a placeholder, shown as a notice. */
  unreadable?: boolean;
}

export function keyOf(message: ChatMessage): string {
  return message.client_message_id ? `c:${message.client_message_id}` : `m:${message.id}`;
}
