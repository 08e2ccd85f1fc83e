import { ChatApiError, invalidInput } from '../api/errors.js';
import { newClientMessageId } from '../api/client-message-id.js';
import { checkUpload } from '../api/upload-limits.js';
import type { BotConversationSession, BotSuggestion, ChatMessage, ChatSessionListItem } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import { deliver, type DeliveryHost } from './delivery.js';
import { Store } from './store.js';
import { Poller, type PollerCadence, type PollKind } from './poller.js';
import { mergeMessages } from './merge-messages.js';
import { composeThread, outboxItem, summarise, type OutboxSummary } from './outbox-thread.js';
import { Outbox, type NetworkSignal, type OutboxEntry, type OutboxLock } from './outbox.js';
import { asChatApiError, type RetryPolicy } from './retry-policy.js';
import type { OutboxPersistence } from './outbox-persistence.js';
import type { PendingUpload, ThreadItem } from './thread-item.js';
import { Remembered, type KeyValueStorage } from './remembered.js';
import { checkedApi } from './checked-api.js';
import type { Clock } from './clock.js';

export type { OutboxSummary } from './outbox-thread.js';
export type ChatMode = 'assistant' | 'vendor' | 'bot' | 'direct';
export type UserType = 'customer' | 'vendor' | 'guest';

export interface ConversationConfig {
  mode: ChatMode;
  userType?: UserType;
  vendorLocationId?: number;
  botUsername?: string;
  recipientId?: number;
  /** Resume this session instead of the remembered one. */
  sessionId?: number;
  storage?: KeyValueStorage;
  cadence?: Partial<PollerCadence>;
  /** How many messages a page of history holds. */
  pageSize?: number;
  /** Where unsent messages wait across reloads (IndexedDB in a page); in memory only when absent. */
  outbox?: OutboxPersistence;
  /** Online or not (`navigator.onLine` in a page): offline, nothing is sent or polled until it is back. */
  network?: NetworkSignal;
  /** A lock shared with the page's other tabs (Web Locks in a page), so two tabs never send one message at once. */
  lock?: OutboxLock;
  /** The backoff between tries of a message after a transient failure. */
  retry?: Partial<RetryPolicy>;
  /** The clock the polling cadence and the outbox's backoff read: the page's, unless a test moves its own. */
  clock?: Clock;
}

export interface ConversationState {
  sessionId: number | null;
  session: ChatSessionListItem | null;
  items: ThreadItem[];
  /** Older history exists on the server. */
  hasMore: boolean;
  loading: boolean;
  loadingOlder: boolean;
  /** A reply from the assistant, vendor, bot or agent is expected. */
  awaitingReply: boolean;
  unread: number;
  bot: { status: BotConversationSession['status'] | null; suggestions: BotSuggestion[] };
  /** The last error that is not about one message (loading, polling, an action). */
  error: ChatApiError | null;
  outbox: OutboxSummary;
}

export interface ConversationEvents extends Record<string, unknown> {
  change: ConversationState;
  received: ChatMessage[];
  sent: ChatMessage;
  unread: number;
  error: ChatApiError;
}

const ME_KEY = 'kesk-chat:me';
const keyOf = (id: string) => `c:${id}`;
const idOf = (key: string) => key.slice(2);

/**
 * One conversation: its messages (the server's, and ours still in the outbox), sending with optimistic echo,
 * polling for replies, history paging, reactions, edits, read marks and the bot's state. Plain TypeScript: the
 * elements render `state` and call the intent methods. Sending goes through an `Outbox` (queued, persisted,
 * retried, in order); `delivery.ts` knows which operations carry a message in each mode.
 */
export class ConversationStore extends Store<ConversationState, ConversationEvents> {
  readonly config: Readonly<ConversationConfig>;
  readonly #api: ChatApi;
  readonly #poller: Poller;
  readonly #outbox: Outbox;
  /** The server's messages of the current session, in id order. */
  #stored: ThreadItem[] = [];
  /** Ours that the API stored without returning them (bot turns), shown as sent until history has them. */
  #echo = new Map<string, ThreadItem>();
  /** Files the user cancelled from a message that went without them: still listed as cancelled under it. */
  #leftOut = new Map<string, PendingUpload[]>();
  /** While the view is a conversation not started yet: the group its queued messages share. */
  #pendingGroup: string | null = null;
  readonly #uploads = new Map<string, AbortController>();
  #etag: string | undefined;
  #listEtag: string | undefined;
  #me: number | null = null;
  readonly #remembered: Remembered;
  #ownIds = new Set<string>();
  #lastReadId = 0;
  #suggestionsFor = 0;
  #initialised = false;

  constructor(api: ChatApi, config: ConversationConfig) {
    super({
      sessionId: null,
      session: null,
      items: [],
      hasMore: false,
      loading: false,
      loadingOlder: false,
      awaitingReply: false,
      unread: 0,
      bot: { status: null, suggestions: [] },
      error: null,
      outbox: { queued: 0, failed: 0, sending: false, offline: config.network ? !config.network.online : false, unreachable: false, retrying: false },
    });
    // Every answer is checked before it enters the state; each problem is reported as an `error` (a `kesk-error`).
    this.#api = checkedApi(api, (error) => this.events.emit('error', error));
    this.config = config;
    this.#remembered = new Remembered(config.storage, () => api.tokenFingerprint({ ask: false }));
    this.#poller = new Poller((kind) => this.#poll(kind), config.cadence, config.clock);
    const host = this.#deliveryHost();
    this.#outbox = new Outbox({
      scope: this.#scope,
      deliver: (entry, signal) => deliver(host, entry, signal),
      persistence: config.outbox,
      owner: (ask) => api.tokenFingerprint({ ask }),
      network: config.network,
      lock: config.lock,
      policy: config.retry,
      clock: config.clock,
    });
    this.#outbox.subscribe((box) => {
      this.#poller.setOnline(box.online);
      this.#compose();
    });
    this.#outbox.on('failed', (entry) => this.events.emit('error', entry.error!));
    // Another tab sent it: the thread learns of it from the history.
    this.#outbox.on('gone', () => void this.#poller.now('thread'));
    // Another tab started the conversation these messages were waiting for: show it, and theirs go into it.
    this.#outbox.on('session', ({ group, sessionId }) => {
      if (this.#enterStarted(sessionId, group, null)) void this.#poller.now('thread');
    });
  }

  /** Whether a session from the list is one this conversation can continue: its chat type and target. */
  canContinue(session: ChatSessionListItem): boolean {
    const c = this.config;
    switch (c.mode) {
      case 'assistant':
        return session.chat_type === 'rag';
      case 'vendor':
        return session.chat_type === 'vendor' && (c.vendorLocationId === undefined || session.vendor_location_id === c.vendorLocationId);
      case 'bot':
        return session.chat_type === 'bot' && (!c.botUsername || session.bot_username === c.botUsername);
      case 'direct':
        return session.chat_type === 'direct' && (c.recipientId === undefined || session.participants.some((p) => p.id === c.recipientId));
    }
  }

  on<K extends keyof ConversationEvents>(type: K, listener: (payload: ConversationEvents[K]) => void): () => void {
    return this.events.on(type, listener);
  }

  /** The conversation's mode and target (`vendor:501`): the key of the remembered session and of the outbox. */
  get #scope(): string {
    const c = this.config;
    const target = { assistant: c.userType ?? 'customer', vendor: c.vendorLocationId, bot: c.botUsername, direct: c.recipientId }[c.mode];
    return `${c.mode}:${target ?? ''}`;
  }

  get #storageKey(): string {
    return `kesk-chat:session:${this.#scope}`;
  }

  /**
   * Restores the outbox (messages written before a reload go out again, in order), finds the session to resume
   * (the configured one, the remembered one, the bot conversation in progress, or the not yet started one the
   * outbox holds messages for) and loads its latest messages. Creates nothing: a session starts only with the
   * user's first message.
   */
  async init(): Promise<void> {
    this.#initialised = true;
    const me = Number(await this.#remembered.get(ME_KEY));
    if (Number.isFinite(me) && me > 0) this.#me ??= me;
    await this.#outbox.load();
    for (const entry of this.#outbox.state.entries) this.#ownIds.add(entry.id);
    void this.#adoptHeld();
    let id = this.config.sessionId ?? (Number(await this.#remembered.get(this.#storageKey)) || undefined);
    if (this.config.mode === 'bot' && this.config.botUsername && id === undefined) {
      try {
        const conversation = await this.#api.getBotConversationStatus(this.config.botUsername);
        if (conversation.status !== 'ended') {
          id = conversation.chat_session_id;
          this.#setBot(conversation.status);
        }
      } catch (error) {
        if (!(error instanceof ChatApiError && error.status === 404)) this.#fail(error);
      }
    }
    if (id === undefined) {
      const waiting = this.#outbox.state.entries.findLast((e) => e.sessionId === null);
      if (waiting) {
        this.#pendingGroup = waiting.group ?? waiting.id;
        this.#compose();
      }
    }
    // Messages typed while the widget was still finding its session belong to the conversation it then shows.
    const early = id === undefined ? null : this.#pendingGroup;
    this.#poller.start();
    if (!early) this.#outbox.start();
    if (id === undefined) return;
    await this.openSession(id);
    if (!early) return;
    if (this.state.sessionId === id) this.#outbox.assignSession(early, id);
    else this.#pendingGroup = early; // The session was gone: they start a new one.
    this.#compose();
    this.#outbox.start();
  }

  /**
   * Messages queued under another token wait for proof that they are this user's: a session the user can read is
   * theirs (the API refuses anyone else), so its messages go; the others stay held and are never shown.
   */
  async #adoptHeld(): Promise<void> {
    for (const sessionId of this.#outbox.heldSessions.slice(0, 5)) {
      try {
        await this.#api.getChatMessageHistory(sessionId, { limit: 1 });
      } catch {
        continue;
      }
      this.#outbox.adopt(sessionId);
      for (const entry of this.#outbox.state.entries) this.#ownIds.add(entry.id);
    }
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
  async openSession(id: number): Promise<void> {
    this.#lastReadId = 0;
    this.#suggestionsFor = 0;
    this.#show({ sessionId: id, loading: true, error: null });
    try {
      const page = await this.#api.getChatMessageHistory(id, { limit: this.#pageSize });
      this.#merge(page.messages, false);
      this.setState({ hasMore: page.has_more, loading: false });
      this.#remembered.set(this.#storageKey, String(id));
      await this.#refreshSession();
      await this.#refreshSuggestions();
    } catch (error) {
      this.setState({ loading: false });
      const e = asChatApiError(error);
      // A remembered session that is gone or belongs to another user: forget it and start afresh.
      if (e.status === 403 || e.status === 404) {
        this.#remembered.remove(this.#storageKey);
        this.setState({ sessionId: null });
        this.#compose();
      }
      this.#fail(e);
    }
  }

  /** Leaves the current session; the next message starts a new one. */
  newConversation(): void {
    this.#remembered.remove(this.#storageKey);
    this.#show({ sessionId: null, unread: 0, bot: { status: null, suggestions: [] } });
  }

  /** Empties the thread for another conversation (`patch` says which), dropping what belonged to the one shown. */
  #show(patch: Partial<ConversationState>): void {
    this.#etag = undefined;
    this.#stored = [];
    this.#echo.clear();
    this.#leftOut.clear();
    this.#pendingGroup = null;
    this.setState({ session: null, hasMore: false, awaitingReply: false, ...patch });
    this.#compose();
  }

  get #pageSize(): number {
    return this.config.pageSize ?? 50;
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
    const content = text.trim();
    if (!content && files.length === 0) {
      throw invalidInput('Write a message or attach a file.');
    }
    if (content.length > 4000) {
      throw invalidInput(`Messages can be at most 4000 characters; this one has ${content.length}.`);
    }
    if (files.length > 10) {
      throw invalidInput('At most 10 files can go with one message.');
    }
    if (files.length && this.config.mode === 'bot' && this.state.bot.status === 'active') {
      throw invalidInput('The bot cannot read files. Ask for a person to send them.');
    }
    files.forEach((file) => checkUpload(file));

    const id = newClientMessageId();
    this.#ownIds.add(id);
    const key = keyOf(id);
    const sessionId = this.state.sessionId;
    const uploads: PendingUpload[] = files.map((file, i) => ({ key: `${key}:${i}`, file, loaded: 0, total: file.size, state: 'waiting' }));
    this.setState({ error: null });
    this.#outbox.add({
      id,
      sessionId,
      // Messages written before the session exists wait for the first one to create it, then go to that session.
      group: sessionId === null ? (this.#pendingGroup ??= id) : null,
      text: content,
      suggestionId: options.suggestionId,
      after: this.#stored.at(-1)?.message.id ?? 0,
      uploads,
    });
    // A host that never calls init() still gets its messages sent (without the session to resume).
    if (!this.#initialised) {
      setTimeout(() => {
        if (this.#initialised) return;
        this.#initialised = true;
        void this.#outbox.load().then(() => this.#outbox.start());
      }, 0);
    }
    return key;
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
    const entry = this.#outbox.get(idOf(itemKey));
    if (!entry) return;
    const uploads = entry.uploads.map((u) => (u.key === uploadKey && u.state !== 'done' ? { ...u, state: 'cancelled' as const } : u));
    this.#outbox.update(entry.id, { uploads });
    this.#uploads.get(uploadKey)?.abort();
  }

  #deliveryHost(): DeliveryHost {
    const store = this;
    return {
      api: this.#api,
      target: this.config,
      get outbox(): Outbox {
        return store.#outbox;
      },
      uploads: this.#uploads,
      botActive: async () => {
        // A bot conversation another tab started: its status is read before the first message goes.
        if (this.state.bot.status === null && this.config.botUsername) await this.#refreshBotStatus();
        return this.state.bot.status === 'active';
      },
      started: (sessionId, group, { session, bot }) => {
        if (bot) this.#setBot(bot.status);
        this.#enterStarted(sessionId, group, session ?? null);
      },
      stored: (messages, own) => {
        if (own) this.#learnMe(own);
        this.#merge(messages, true);
        if (own) this.events.emit('sent', own);
      },
      echo: (entry) => {
        if (entry.sessionId !== this.state.sessionId) return;
        this.#echo.set(keyOf(entry.id), { ...outboxItem(entry, this.#me, false), delivery: 'sent', waiting: false, uploads: undefined });
        this.#compose();
      },
      thinking: (on) => this.setState({ awaitingReply: on }),
      replyExpected: () => this.#expectReply(),
      botTurn: async () => {
        await this.#poller.now('thread');
        await this.#refreshBotStatus();
        await this.#refreshSuggestions();
      },
    };
  }

  /**
   * The conversation of `group` started as `sessionId`. Only a view still showing that (new) conversation moves to
   * the session; the user may have gone elsewhere. Says whether it moved.
   */
  #enterStarted(sessionId: number, group: string | null, session: ChatSessionListItem | null): boolean {
    if (group === null || group !== this.#pendingGroup) return false;
    this.#pendingGroup = null;
    this.#etag = undefined;
    this.setState({ sessionId, session });
    this.#remembered.set(this.#storageKey, String(sessionId));
    this.#compose();
    return true;
  }

  // The thread

  /** Rebuilds `items` from the stored messages and the outbox entries of the conversation shown. */
  #compose(): void {
    const box = this.#outbox.state;
    const { sessionId } = this.state;
    const inView = (e: OutboxEntry) =>
      sessionId !== null ? e.sessionId === sessionId : this.#pendingGroup !== null && e.group === this.#pendingGroup;
    const items = composeThread({
      stored: this.#stored,
      entries: box.entries.filter(inView),
      echo: this.#echo,
      leftOut: this.#leftOut,
      sessionId,
      me: this.#me,
      offline: !box.online,
    });
    this.setState({ items, outbox: summarise(box) });
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
    await this.#act(async () => {
      this.#merge([await this.#api.editChatMessage(this.state.sessionId!, messageId, { content: text })], false);
    });
  }

  async remove(messageId: number): Promise<void> {
    await this.#act(async () => {
      this.#merge([await this.#api.deleteChatMessage(this.state.sessionId!, messageId)], false);
    });
  }

  /** Adds the emoji as the user's reaction, or removes it if they already reacted with it. */
  async toggleReaction(messageId: number, emoji: string): Promise<void> {
    const item = this.state.items.find((i) => i.message.id === messageId);
    if (!item) return;
    const mine = item.message.reactions.some((r) => r.emoji === emoji && r.reacted_by_me);
    const sessionId = this.state.sessionId!;
    await this.#act(async () => {
      const result = mine
        ? await this.#api.removeChatReaction(sessionId, messageId, { emoji })
        : await this.#api.addChatReaction(sessionId, messageId, { emoji });
      this.#patchStored(messageId, (m) => ({ ...m, reactions: result.reactions }));
    });
  }

  /** Loads the page of history before the oldest message shown. */
  async loadOlder(): Promise<void> {
    const { sessionId, hasMore, loadingOlder } = this.state;
    const oldest = this.state.items.find((i) => i.message.id > 0);
    if (sessionId === null || !hasMore || loadingOlder || !oldest) return;
    this.setState({ loadingOlder: true });
    try {
      const page = await this.#api.getChatMessageHistory(sessionId, { limit: this.#pageSize, before_message_id: oldest.message.id });
      this.#merge(page.messages, false);
      this.setState({ hasMore: page.has_more });
    } catch (error) {
      this.#fail(error);
    } finally {
      this.setState({ loadingOlder: false });
    }
  }

  /** Marks everything shown as read (the reader has seen the newest message). */
  async markRead(): Promise<void> {
    const sessionId = this.state.sessionId;
    const newest = this.state.items.findLast((i) => i.message.id > 0 && !i.own);
    if (sessionId === null || !newest || newest.message.id <= this.#lastReadId) return;
    this.#lastReadId = newest.message.id;
    this.#setUnread(0);
    try {
      await this.#api.markChatMessagesAsRead(sessionId, { last_read_message_id: newest.message.id });
    } catch (error) {
      this.#lastReadId = 0;
      this.#fail(error);
    }
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
    const bot = this.config.botUsername;
    if (!bot) return;
    await this.#act(async () => {
      const { message } = await this.#api.restartBotConversation(bot);
      this.#setBot('active');
      this.#suggestionsFor = 0;
      this.#merge([message], true);
      await this.#poller.now('thread');
      await this.#refreshSuggestions();
    });
  }

  /** Hands the bot conversation over to a human agent; the notice shows in the thread and an agent replies. */
  async handOver(reason = 'Asked for a person'): Promise<void> {
    const bot = this.config.botUsername;
    if (!bot) return;
    await this.#act(async () => {
      const { message } = await this.#api.transferBotToHuman(bot, { reason });
      this.#setBot('transferred');
      this.#merge([message], true);
      this.#expectReply();
    });
  }

  /** The bot may hand over or end the conversation by itself ("a person, please", "bye"): re-read its status. */
  async #refreshBotStatus(): Promise<void> {
    try {
      const { status } = await this.#api.getBotConversationStatus(this.config.botUsername!);
      if (status !== this.state.bot.status) this.#setBot(status);
    } catch (error) {
      // The message was delivered; the status stays as it was until the next turn re-reads it. A status of the
      // wrong shape is reported, though.
      if (asChatApiError(error).code === 'invalid_response') this.#fail(error);
    }
  }

  async #refreshSuggestions(): Promise<void> {
    const bot = this.config.botUsername;
    if (this.config.mode !== 'bot' || !bot || this.state.bot.status !== 'active') return;
    const last = this.state.items.findLast((i) => i.message.sender.kind === 'bot');
    if (!last || last.message.id === this.#suggestionsFor) return;
    this.#suggestionsFor = last.message.id;
    try {
      const { suggestions } = await this.#api.getBotSuggestions(bot, last.message.content.slice(0, 200));
      this.setState({ bot: { ...this.state.bot, suggestions } });
    } catch (error) {
      this.#suggestionsFor = 0;
      this.#fail(error);
    }
  }

  // Polling

  async #poll(kind: PollKind): Promise<boolean> {
    const sessionId = this.state.sessionId;
    if (sessionId === null) return false;
    if (kind === 'unread') return this.#refreshSession();
    const result = await this.#api.getChatMessageHistoryIfChanged(sessionId, { limit: this.#pageSize }, this.#etag);
    if (!result.changed || this.state.sessionId !== sessionId) return false;
    this.#etag = result.etag ?? undefined;
    const arrived = this.#merge(result.data.messages, true);
    if (this.#stored.length <= result.data.messages.length) this.setState({ hasMore: result.data.has_more });
    if (arrived.length) await this.#refreshSuggestions();
    return true;
  }

  /** Reads the session's list entry: title, participants, unread count. */
  async #refreshSession(): Promise<boolean> {
    const sessionId = this.state.sessionId;
    if (sessionId === null) return false;
    try {
      const result = await this.#api.listChatSessionsIfChanged({ limit: 50 }, this.#listEtag);
      if (!result.changed) return false;
      this.#listEtag = result.etag ?? undefined;
      const session = result.data.sessions.find((s) => s.id === sessionId);
      if (!session) return true;
      this.#lastReadId = Math.max(this.#lastReadId, session.last_read_message_id ?? 0);
      this.setState({ session });
      this.#setUnread(session.unread_count);
      if (session.chat_type === 'bot' && this.config.mode === 'bot' && this.state.bot.status === null && this.config.botUsername) {
        const conversation = await this.#api.getBotConversationStatus(this.config.botUsername);
        this.#setBot(conversation.status);
      }
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  // Merging

  /** Puts server messages into the thread; resolves the ones from others that were not there before. */
  #merge(messages: ChatMessage[], announce: boolean): ChatMessage[] {
    const { items, arrived } = mergeMessages(this.#stored, messages, this.state.sessionId, (m) => this.#isOwn(m));
    this.#stored = items;
    this.#compose();
    if (arrived.length && announce) {
      if (this.state.awaitingReply && this.config.mode !== 'assistant') {
        this.#poller.replyArrived();
        this.setState({ awaitingReply: false });
      }
      this.events.emit('received', arrived);
    }
    return arrived;
  }

  #learnMe(message: ChatMessage): void {
    if (message.sender.kind !== 'user' || this.#me === message.sender.id) return;
    if (!message.client_message_id || !this.#ownIds.has(message.client_message_id)) return;
    this.#me = message.sender.id;
    this.#remembered.set(ME_KEY, String(this.#me));
  }

  #isOwn(message: ChatMessage): boolean {
    if (message.client_message_id && this.#ownIds.has(message.client_message_id)) return true;
    if (message.sender.kind !== 'user') return false;
    // In a direct chat both sides are users: only a known id says which one is us.
    if (this.config.mode === 'direct') return this.#me !== null && message.sender.id === this.#me;
    return true;
  }

  #patchStored(messageId: number, patch: (message: ChatMessage) => ChatMessage): void {
    this.#stored = this.#stored.map((i) => (i.message.id === messageId ? { ...i, message: patch(i.message) } : i));
    this.#compose();
  }

  /** A new bot status; the suggestions were for the turn before it. */
  #setBot(status: ConversationState['bot']['status']): void {
    this.setState({ bot: { status, suggestions: [] } });
  }

  #setUnread(count: number): void {
    if (count === this.state.unread) return;
    this.setState({ unread: count });
    this.events.emit('unread', count);
  }

  async #act(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.#fail(error);
      throw error;
    }
  }

  #fail(error: unknown): void {
    const e = asChatApiError(error);
    this.setState({ error: e });
    this.events.emit('error', e);
  }
}
