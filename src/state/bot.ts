import { ChatApiError } from '../api/errors.js';
import type { BotConversationSession, BotSuggestion, ChatMessage } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import type { ConversationTarget } from './conversation-config.js';
import { asChatApiError } from './retry-policy.js';
import { Store } from './store.js';
import type { ThreadItem } from './thread-item.js';

export interface BotState {
  /** Active (the bot answers), transferred (a person does), ended; null when not known (or no bot). */
  status: BotConversationSession['status'] | null;
  /** Replies to offer as chips, for the bot's latest message. */
  suggestions: BotSuggestion[];
}

/**
 * The bot's side of a bot conversation (`bot` mode with a `botUsername`; otherwise it asks nothing): its status,
 * the suggestions for its latest message (asked once per message, while it is active), restarting it and handing
 * it over to a person. What goes wrong is given to `report`; restart and hand-over throw, for the caller to say so.
 */
export class Bot extends Store<BotState> {
  readonly #api: ChatApi;
  /** The bot's username, in a bot conversation. */
  readonly #name: string | undefined;
  readonly #items: () => readonly ThreadItem[];
  readonly #report: (error: unknown) => void;
  /** The bot message whose suggestions were asked for last. */
  #suggestedFor = 0;

  /** `items`: the thread, whose latest bot message the suggestions answer. */
  constructor(api: ChatApi, target: ConversationTarget, items: () => readonly ThreadItem[], report: (error: unknown) => void) {
    super({ status: null, suggestions: [] });
    this.#api = api;
    this.#name = target.mode === 'bot' ? target.botUsername : undefined;
    this.#items = items;
    this.#report = report;
  }

  /** A new status; the suggestions were for the turn before it. */
  set(status: BotState['status']): void {
    this.setState({ status, suggestions: [] });
  }

  /** Another session is shown: the suggestions for its bot message are asked afresh. */
  clearSuggested(): void {
    this.#suggestedFor = 0;
  }

  /** The session of the bot conversation in progress (not ended), whose status this takes; undefined if none. */
  async inProgress(): Promise<number | undefined> {
    if (!this.#name) return undefined;
    try {
      const conversation = await this.#api.getBotConversationStatus(this.#name);
      if (conversation.status === 'ended') return undefined;
      this.set(conversation.status);
      return conversation.chat_session_id;
    } catch (error) {
      // 404: the user never talked to this bot.
      if (!(error instanceof ChatApiError && error.status === 404)) this.#report(error);
      return undefined;
    }
  }

  /** Reads the status when it is not known yet (a bot session opened from the list). Throws what the API throws. */
  async learnStatus(): Promise<void> {
    if (this.#name && this.state.status === null) this.set((await this.#api.getBotConversationStatus(this.#name)).status);
  }

  /** Whether the bot answers the next message; a status not known yet (another tab started the conversation) is read. */
  async active(): Promise<boolean> {
    if (this.state.status === null) await this.refreshStatus();
    return this.state.status === 'active';
  }

  /**
   * Reads the status again: the bot may hand over or end the conversation by itself ("a person, please", "bye").
   * When that fails the status stays as it was until the next turn reads it; only an answer of the wrong shape is
   * reported.
   */
  async refreshStatus(): Promise<void> {
    if (!this.#name) return;
    try {
      const { status } = await this.#api.getBotConversationStatus(this.#name);
      if (status !== this.state.status) this.set(status);
    } catch (error) {
      if (asChatApiError(error).code === 'invalid_response') this.#report(error);
    }
  }

  /** Asks for the suggestions that answer the bot's latest message, unless they were asked for already. */
  async suggest(): Promise<void> {
    const latest = this.#items().findLast((i) => i.message.sender.kind === 'bot')?.message;
    if (!this.#name || this.state.status !== 'active' || !latest || latest.id === this.#suggestedFor) return;
    this.#suggestedFor = latest.id;
    try {
      const { suggestions } = await this.#api.getBotSuggestions(this.#name, latest.content.slice(0, 200));
      this.setState({ suggestions });
    } catch (error) {
      this.#suggestedFor = 0;
      this.#report(error);
    }
  }

  /** Starts the bot conversation over; resolves the bot's first message (undefined without a bot). */
  async restart(): Promise<ChatMessage | undefined> {
    if (!this.#name) return undefined;
    const { message } = await this.#api.restartBotConversation(this.#name);
    this.set('active');
    this.#suggestedFor = 0;
    return message;
  }

  /** Hands the conversation over to a person; resolves the notice for the thread (undefined without a bot). */
  async handOver(reason: string): Promise<ChatMessage | undefined> {
    if (!this.#name) return undefined;
    const { message } = await this.#api.transferBotToHuman(this.#name, { reason });
    this.set('transferred');
    return message;
  }
}
