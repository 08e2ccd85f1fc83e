import { invalidInput } from '../api/errors.js';
import { newClientMessageId } from '../api/client-message-id.js';
import type { BotSuggestion, ChatMessage, ChatSessionListItem } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import { checkedApi } from './checked-api.js';
import { Bot } from './bot.js';
import { canContinue, type ConversationConfig } from './conversation-config.js';
import { initialState, type ConversationEvents, type ConversationState } from './conversation-state.js';
import { History } from './history.js';
import { checkMessage } from './message-checks.js';
import { isOwn } from './me.js';
import { asChatApiError } from './retry-policy.js';
import { Poller, type PollKind } from './poller.js';
import { ReadMarks } from './read-marks.js';
import { Remembered } from './remembered.js';
import { ShownSession } from './shown-session.js';
import { ConversationOutbox, type DeliveryHooks } from './conversation-outbox.js';
import { Store } from './store.js';

export type { OutboxSummary } from './outbox-thread.js';
export type { ChatMode, ConversationConfig, UserType } from './conversation-config.js';
export type { ConversationEvents, ConversationState } from './conversation-state.js';

const keyOf = (id: string) => `c:${id}`;
const idOf = (key: string) => key.slice(2);

/**
 * One conversation: its messages (the server's, and ours still on their way), sending with optimistic echo,
 * polling for replies, reactions and edits, and who the user is (`state.me`). Plain TypeScript: the elements render
 * `state` and call the intent methods. It composes units with one job each, and says which session is shown:
 * - `ConversationOutbox`: ours on their way (an `Outbox`: queued, persisted, retried, in order; `delivery.ts` knows
 *   which operations carry a message in each mode);
 * - `History`: the server's messages of the session shown, a page at a time;
 * - `ReadMarks`: telling the API what the reader has seen;
 * - `Bot`: a bot's status, its suggestions, restart and hand-over;
 * - `ShownSession`: which session is shown and changing it (resuming, opening, a deep link, leaving), its list entry;
 * - `me.ts`: which messages are the user's; the `Poller`: when to ask for news.
 */
export class ConversationStore extends Store<ConversationState, ConversationEvents> {
  readonly config: Readonly<ConversationConfig>;
  readonly #api: ChatApi;
  readonly #poller: Poller;
  readonly #outbox: ConversationOutbox;
  readonly #history: History;
  readonly #readMarks: ReadMarks;
  readonly #bot: Bot;
  readonly #shown: ShownSession;
  /** `init` ran, or sending started the outbox without it. */
  #initialised = false;

  constructor(api: ChatApi, config: ConversationConfig) {
    super(initialState(config));
    // Every answer is checked before it enters the state; each problem is reported as an `error` (a `kesk-error`).
    this.#api = checkedApi(api, (error) => this.events.emit('error', error));
    this.config = config;
    const remembered = new Remembered(config.storage, () => api.tokenFingerprint({ ask: false }));
    this.#history = new History(this.#api, config.pageSize ?? 50, () => this.state.sessionId, (message) => this.#isOwn(message));
    this.#readMarks = new ReadMarks(this.#api);
    this.#bot = new Bot(this.#api, config, () => this.state.items, (error) => this.#report(error));
    this.#bot.subscribe((bot) => this.setState({ bot }));
    this.#poller = new Poller((kind) => this.#poll(kind), config.cadence, config.clock);
    this.#outbox = new ConversationOutbox(this.#api, config, this.#deliveryHooks());
    this.#outbox.subscribe((box) => {
      this.#poller.setOnline(box.online);
      this.#composeThread();
    });
    this.#shown = new ShownSession(
      config,
      { api: this.#api, history: this.#history, outbox: this.#outbox, readMarks: this.#readMarks, bot: this.#bot, poller: this.#poller, remembered },
      {
        state: () => this.state,
        setState: (patch) => this.setState(patch),
        composeThread: () => this.#composeThread(),
        knowMe: (me) => this.#knowMe(me),
        setUnread: (count) => this.#setUnread(count),
        report: (error) => this.#report(error),
      },
    );
    this.#outbox.on('failed', (entry) => this.events.emit('error', entry.error!));
    // Another tab sent it: the thread learns of it from the history.
    this.#outbox.on('gone', () => void this.#poller.now('thread'));
    // Another tab started the conversation these messages were waiting for: show it, and theirs go into it.
    this.#outbox.on('session', ({ group, sessionId }) => {
      if (this.#shown.moveToStarted(sessionId, group, null)) void this.#poller.now('thread');
    });
  }

  /** Whether a session from the list is one this conversation can continue: its chat type and target. */
  canContinue(session: ChatSessionListItem): boolean {
    return canContinue(this.config, session);
  }

  /**
   * Finds the session to resume and loads its latest messages (see `SessionOpening.resume`). Creates nothing: a
   * session starts only with the user's first message.
   */
  async init(): Promise<void> {
    this.#initialised = true;
    await this.#shown.resume();
  }

  /** Stops polling and sending. Queued messages stay in the outbox's persistence for the next page. */
  dispose(): void {
    this.#poller.stop();
    this.#outbox.dispose();
  }

  /** The panel is open (fast polling, read marks) or closed (only the unread check). */
  setOpen(open: boolean): void {
    this.#poller.setOpen(open);
  }

  /** The page is visible; hidden pages poll nothing. */
  setVisible(visible: boolean): void {
    this.#poller.setVisible(visible);
  }

  /** Shows another session of this user (from the session list). Messages queued for others keep going. */
  openSession(id: number): Promise<void> {
    return this.#shown.open(id);
  }

  /** Shows the message `messageId` of the session `sessionId` (a deep link): see `ShownSession.openMessage`. */
  openMessage(sessionId: number, messageId: number): Promise<void> {
    return this.#shown.openMessage(sessionId, messageId);
  }

  /** The reader dismissed what `state.linked` says (a notice that the linked message is not available). */
  clearLink(): void {
    this.setState({ linked: null });
  }

  /** Leaves the current session; the next message starts a new one. */
  newConversation(): void {
    this.#shown.leave();
  }

  // Sending

  /**
   * Sends a message with optional attachments. The message shows at once (`sending`) and joins the outbox, which
   * sends it in order, keeps it across a reload and tries again after transient failures (it shows as waiting
   * meanwhile); it becomes `sent`, or `failed` with the reason and Retry / Discard. Attachments are checked
   * against the API's limits first: a refused file throws here, before anything is queued, so the composer keeps
   * the text and shows why. Returns the thread item's key.
   */
  send(text: string, files: File[] = [], options: { suggestionId?: string } = {}): string {
    const content = checkMessage(text, files, this.config.mode === 'bot' && this.state.bot.status === 'active');
    const id = newClientMessageId();
    this.setState({ error: null });
    const after = this.#history.items.at(-1)?.message.id ?? 0;
    this.#outbox.queue({ id, sessionId: this.state.sessionId, text: content, suggestionId: options.suggestionId, after }, files);
    // A host that never calls init() still gets its messages sent (without the session to resume).
    if (!this.#initialised) {
      setTimeout(() => {
        if (this.#initialised) return;
        this.#initialised = true;
        void this.#outbox.load().then(() => this.#outbox.start());
      }, 0);
    }
    return keyOf(id);
  }

  /** Sends a failed message again, with the same `client_message_id`: the API stores it at most once. */
  retry(key: string): void {
    this.#outbox.retry(idOf(key));
  }

  /** Tries the waiting messages now rather than at the end of their backoff. */
  retryNow(): void {
    this.#outbox.retryNow();
  }

  /** Drops a failed message from the thread and the outbox. */
  discard(key: string): void {
    const entry = this.#outbox.get(idOf(key));
    if (entry?.status === 'failed') this.#outbox.discard(entry.id);
  }

  /** Cancels one attachment's upload; the message goes without that file (or fails, if nothing is left of it). */
  cancelUpload(itemKey: string, uploadKey: string): void {
    this.#outbox.cancelUpload(idOf(itemKey), uploadKey);
  }

  /** What delivering an entry changes here: the session it started, the messages it stored, the bot's turn. */
  #deliveryHooks(): DeliveryHooks {
    return {
      botActive: () => this.#bot.active(),
      started: (sessionId, group, { session, bot }) => {
        if (bot) this.#bot.set(bot.status);
        this.#shown.moveToStarted(sessionId, group, session ?? null);
      },
      stored: (messages, own) => {
        if (own) this.#learnMe(own);
        this.#merge(messages);
        if (own) this.events.emit('sent', own);
      },
      echo: (entry) => this.#outbox.storedNotReturned(entry, this.state) && this.#composeThread(),
      thinking: (on) => this.setState({ awaitingReply: on }),
      replyExpected: () => this.#expectReply(),
      botTurn: async () => {
        await this.#poller.now('thread');
        await this.#bot.refreshStatus();
        await this.#bot.suggest();
      },
    };
  }

  // The thread

  /** Rebuilds `items` from the stored messages and the outbox entries of the conversation shown. */
  #composeThread(): void {
    const { sessionId, me } = this.state;
    this.setState({ ...this.#outbox.thread(this.#history.items, sessionId, me), hasMore: this.#history.hasMore });
  }

  #expectReply(): void {
    if (this.config.mode === 'assistant') return;
    this.setState({ awaitingReply: true });
    this.#poller.expectReply();
  }

  // Actions on messages

  async edit(messageId: number, content: string): Promise<void> {
    const text = content.trim();
    if (!text) throw invalidInput('A message cannot be empty. Delete it instead.');
    await this.#reportFailureOf(() => this.#history.edit(messageId, text));
    this.#composeThread();
  }

  async remove(messageId: number): Promise<void> {
    await this.#reportFailureOf(() => this.#history.remove(messageId));
    this.#composeThread();
  }

  /** Adds the emoji as the user's reaction, or removes it if they already reacted with it. */
  async toggleReaction(messageId: number, emoji: string): Promise<void> {
    await this.#reportFailureOf(() => this.#history.toggleReaction(messageId, emoji));
    this.#composeThread();
  }

  /** Loads the page of history before the oldest message shown. */
  async loadOlder(): Promise<void> {
    if (this.state.loadingOlder || this.#history.oldest === undefined) return;
    this.setState({ loadingOlder: true });
    try {
      await this.#history.older();
      this.#composeThread();
    } catch (error) {
      this.#report(error);
    } finally {
      this.setState({ loadingOlder: false });
    }
  }

  /** Marks everything shown as read (the reader has seen the newest message). */
  async markRead(): Promise<void> {
    const sessionId = this.state.sessionId;
    const newest = this.state.items.findLast((i) => i.message.id > 0 && !i.own);
    if (sessionId === null || !newest) return;
    await this.#readMarks.mark(sessionId, newest.message.id, () => this.#setUnread(0)).catch((error) => this.#report(error));
  }

  // Bots

  /** Sends a suggestion chip: its text shows as the user's message, its id tells the bot which one. */
  chooseSuggestion(suggestion: BotSuggestion): string {
    if (suggestion.id === 'human') {
      void this.handOver('Asked for a person');
      return '';
    }
    return this.send(suggestion.text, [], { suggestionId: suggestion.id });
  }

  async restartBot(): Promise<void> {
    await this.#reportFailureOf(async () => {
      const message = await this.#bot.restart();
      if (!message) return;
      this.#merge([message]);
      await this.#poller.now('thread');
      await this.#bot.suggest();
    });
  }

  /** Hands the bot conversation over to a human agent; the notice shows in the thread and an agent replies. */
  async handOver(reason = 'Asked for a person'): Promise<void> {
    await this.#reportFailureOf(async () => {
      const message = await this.#bot.handOver(reason);
      if (!message) return;
      this.#merge([message]);
      this.#expectReply();
    });
  }

  // Polling

  async #poll(kind: PollKind): Promise<boolean> {
    // While a session opens, its first read is on its way: a poll would ask the same (or, refused, ask again).
    if (this.state.sessionId === null || this.state.loading) return false;
    if (kind === 'unread') return this.#shown.refresh();
    const arrived = await this.#history.poll();
    if (!arrived) return false;
    this.#announce(arrived);
    if (arrived.length) await this.#bot.suggest();
    return true;
  }

  /** Puts messages from the API into the thread, and tells of those from others that were not there before. */
  #merge(messages: ChatMessage[]): void {
    this.#announce(this.#history.merge(messages));
  }

  /** Shows the thread after a merge, and tells of the messages from others that `arrived` (a reply, if one was awaited). */
  #announce(arrived: ChatMessage[]): void {
    this.#composeThread();
    if (!arrived.length) return;
    if (this.state.awaitingReply && this.config.mode !== 'assistant') {
      this.#poller.replyArrived();
      this.setState({ awaitingReply: false });
    }
    this.events.emit('received', arrived);
  }

  #isOwn(message: ChatMessage): boolean {
    return isOwn(message, (id) => this.#outbox.wrote(id), this.config.mode === 'direct', this.state.me);
  }

  /** A message of ours the API stored: its sender is the user, for sure (remembered for the next visit). */
  #learnMe({ sender, client_message_id }: ChatMessage): void {
    if (sender.kind !== 'user' || sender.id === this.state.me || !client_message_id || !this.#outbox.wrote(client_message_id)) return;
    this.setState({ me: sender.id });
    this.#shown.rememberMe(sender.id);
  }

  /** An id read for the user (remembered, or from their sessions): taken unless one is known. */
  #knowMe(me: number | null): void {
    if (this.state.me === null && me && me > 0 && Number.isFinite(me)) this.setState({ me });
  }

  #setUnread(count: number): void {
    if (count === this.state.unread) return;
    this.setState({ unread: count });
    this.events.emit('unread', count);
  }

  /** Runs an action the user asked for: a failure is reported (`state.error`, an `error` event) and thrown. */
  async #reportFailureOf(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.#report(error);
      throw error;
    }
  }

  /** An error that is not about one message: kept in `state.error` and told as an `error` event. */
  #report(error: unknown): void {
    const e = asChatApiError(error);
    this.setState({ error: e });
    this.events.emit('error', e);
  }
}
