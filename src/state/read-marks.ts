import type { ChatApi } from './chat-api.js';

/**
 * How far the reader has read the session shown, and telling the API (`markChatMessagesAsRead`): once per newer
 * message seen, never for one the server already counts as read, and again after a mark that failed.
 */
export class ReadMarks {
  readonly #api: ChatApi;
  /** The newest message known to be read, here or on the server. */
  #readUpTo = 0;

  constructor(api: ChatApi) {
    this.#api = api;
  }

  /** Another session is shown. */
  clear(): void {
    this.#readUpTo = 0;
  }

  /** The server's word (the session's list entry): read up to `messageId`. */
  readOnServer(messageId: number | null): void {
    this.#readUpTo = Math.max(this.#readUpTo, messageId ?? 0);
  }

  /**
   * Marks `sessionId` read up to `messageId`, unless it is already (then nothing is asked). `marked` runs before
   * the API is asked, so the unread count goes to zero without waiting. A failure is thrown, and the next mark is
   * sent whatever it covers.
   */
  async mark(sessionId: number, messageId: number, marked: () => void): Promise<void> {
    if (messageId <= this.#readUpTo) return;
    this.#readUpTo = messageId;
    marked();
    try {
      await this.#api.markChatMessagesAsRead(sessionId, { last_read_message_id: messageId });
    } catch (error) {
      this.#readUpTo = 0;
      throw error;
    }
  }
}
