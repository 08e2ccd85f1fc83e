import type { ChatMessage } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import { mergeMessages } from './merge-messages.js';
import type { ThreadItem } from './thread-item.js';

/**
 * The server's messages of the session shown, in id order, a page at a time: the newest page when a session opens,
 * the page before the oldest message on demand, and the newest page again at each poll, read only if it changed
 * (ETag: an unchanged conversation costs a 304 with no body). Messages of another session than the one shown are
 * left out, so an answer that comes after the user moved on changes nothing. Edits, deletions and reactions
 * change a message here as the API answers them.
 */
export class History {
  /** In id order. */
  items: readonly ThreadItem[] = [];
  /** Older messages exist on the server. */
  hasMore = false;
  readonly #api: ChatApi;
  readonly #pageSize: number;
  readonly #shown: () => number | null;
  readonly #isOwn: (message: ChatMessage) => boolean;
  #etag: string | undefined;
  /**
   * The oldest message of the run read page by page back from the newest: the next older page is the one before it.
   * A message put in alone (a link to one further back than the pages a link loads) stays above a gap that the
   * older pages fill in as they come, instead of becoming the point older pages load from (which hid the gap's
   * messages for good).
   */
  #floor: number | undefined;

  /** `shown`: the session the conversation shows now; `isOwn`: whether a message is the user's. */
  constructor(api: ChatApi, pageSize: number, shown: () => number | null, isOwn: (message: ChatMessage) => boolean) {
    this.#api = api;
    this.#pageSize = pageSize;
    this.#shown = shown;
    this.#isOwn = isOwn;
  }

  /** Forgets the messages: another conversation is shown (or the one shown just started: the next poll reads it whole). */
  clear(): void {
    this.items = [];
    this.hasMore = false;
    this.#etag = undefined;
    this.#floor = undefined;
  }

  /**
   * Puts messages from the API in: each replaces ours with its `client_message_id` or its own earlier copy, or
   * joins. Returns the ones from others that are new.
   */
  merge(messages: readonly ChatMessage[]): ChatMessage[] {
    const { items, arrived } = mergeMessages(this.items, messages, this.#shown(), this.#isOwn);
    this.items = items;
    return arrived;
  }

  /** Loads the newest page of `sessionId`, or the page before the message `before`. */
  async open(sessionId: number, before?: number): Promise<void> {
    const page = await this.#api.getChatMessageHistory(sessionId, { limit: this.#pageSize, before_message_id: before });
    this.merge(page.messages);
    this.hasMore = page.has_more;
    if (this.#shown() === sessionId) this.#lower(page.messages);
  }

  /** The message before which older ones can be loaded; undefined when none are left (or nothing is shown). */
  get oldest(): number | undefined {
    return this.#shown() !== null && this.hasMore ? this.#floor : undefined;
  }

  /** A page read back from the newest reaches down to its first message. */
  #lower(page: readonly ChatMessage[]): void {
    if (page.length) this.#floor = Math.min(this.#floor ?? Infinity, ...page.map((m) => m.id));
  }

  /** Loads the page before the oldest message. */
  async older(): Promise<void> {
    const before = this.oldest;
    if (before !== undefined) await this.open(this.#shown()!, before);
  }

  /** Reads the newest page if it changed since the last read: the new messages from others, or null if unchanged. */
  async poll(): Promise<ChatMessage[] | null> {
    const sessionId = this.#shown();
    if (sessionId === null) return null;
    const result = await this.#api.getChatMessageHistoryIfChanged(sessionId, { limit: this.#pageSize }, this.#etag);
    if (!result.changed || this.#shown() !== sessionId) return null;
    this.#etag = result.etag ?? undefined;
    const arrived = this.merge(result.data.messages);
    // Whether older ones exist is news only while the newest page is all that is loaded.
    if (this.items.length <= result.data.messages.length) this.hasMore = result.data.has_more;
    this.#lower(result.data.messages);
    return arrived;
  }

  /** Changes the text of a message of the session shown. */
  async edit(messageId: number, content: string): Promise<void> {
    this.merge([await this.#api.editChatMessage(this.#shown()!, messageId, { content })]);
  }

  /** Deletes a message of the session shown: it stays in its place, as deleted. */
  async remove(messageId: number): Promise<void> {
    this.merge([await this.#api.deleteChatMessage(this.#shown()!, messageId)]);
  }

  /** Adds the emoji as the user's reaction to a message, or removes it if they already reacted with it. */
  async toggleReaction(messageId: number, emoji: string): Promise<void> {
    const message = this.items.find((i) => i.message.id === messageId)?.message;
    if (!message) return;
    const sessionId = this.#shown()!;
    const mine = message.reactions.some((r) => r.emoji === emoji && r.reacted_by_me);
    const { reactions } = mine
      ? await this.#api.removeChatReaction(sessionId, messageId, { emoji })
      : await this.#api.addChatReaction(sessionId, messageId, { emoji });
    this.items = this.items.map((i) => (i.message.id === messageId ? { ...i, message: { ...i.message, reactions } } : i));
  }
}
