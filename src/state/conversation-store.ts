import { ChatApiError } from '../api/errors.js';
import { newClientMessageId } from '../api/client-message-id.js';
import { checkUpload } from '../api/upload-limits.js';
import type { BotConversationSession, BotSuggestion, ChatMessage, ChatSessionListItem } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import { Store } from './store.js';
import { Poller, type PollerCadence, type PollKind } from './poller.js';
import { mergeMessages } from './merge-messages.js';
import type { PendingUpload, ThreadItem } from './thread-item.js';

export type ChatMode = 'assistant' | 'vendor' | 'bot' | 'direct';
export type UserType = 'customer' | 'vendor' | 'guest';

/** Where the store remembers which session to resume: `localStorage` in a page. Never holds the token. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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
}

export interface ConversationEvents extends Record<string, unknown> {
  change: ConversationState;
  received: ChatMessage[];
  sent: ChatMessage;
  unread: number;
  error: ChatApiError;
}

interface Job {
  key: string;
  clientMessageId: string;
  text: string;
  suggestionId?: string;
  /** The session-starting call already stored the text; only the attachments remain. */
  textDelivered?: boolean;
  controllers: Map<string, AbortController>;
}

const ME_KEY = 'kesk-chat:me';

function asError(error: unknown): ChatApiError {
  if (error instanceof ChatApiError) return error;
  return new ChatApiError({ source: 'client', code: 'unexpected', message: String(error), cause: error });
}

/**
 * One conversation: its messages (the server's and ours still in the outbox), sending with optimistic echo,
 * polling for replies, history paging, reactions, edits, read marks and the bot's state. Plain TypeScript: the
 * elements render `state` and call the intent methods.
 */
export class ConversationStore extends Store<ConversationState, ConversationEvents> {
  readonly config: Readonly<ConversationConfig>;
  readonly #api: ChatApi;
  readonly #poller: Poller;
  #jobs: Job[] = [];
  #draining = false;
  #etag: string | undefined;
  #listEtag: string | undefined;
  #me: number | null;
  #ownIds = new Set<string>();
  #lastReadId = 0;
  #suggestionsFor = 0;
  #localId = -1;

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
    });
    this.#api = api;
    this.config = config;
    const me = Number(config.storage?.getItem(ME_KEY));
    this.#me = Number.isFinite(me) && me > 0 ? me : null;
    this.#poller = new Poller((kind) => this.#poll(kind), config.cadence);
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


  get #storageKey(): string {
    const c = this.config;
    const target = { assistant: c.userType ?? 'customer', vendor: c.vendorLocationId, bot: c.botUsername, direct: c.recipientId }[c.mode];
    return `kesk-chat:session:${c.mode}:${target ?? ''}`;
  }

  /**
   * Finds the session to resume (the configured one, the remembered one, or the bot conversation in progress)
   * and loads its latest messages. Creates nothing: a session starts only with the user's first message.
   */
  async init(): Promise<void> {
    let id = this.config.sessionId ?? (Number(this.config.storage?.getItem(this.#storageKey)) || undefined);
    if (this.config.mode === 'bot' && this.config.botUsername && id === undefined) {
      try {
        const conversation = await this.#api.getBotConversationStatus(this.config.botUsername);
        if (conversation.status !== 'ended') {
          id = conversation.chat_session_id;
          this.setState({ bot: { status: conversation.status, suggestions: [] } });
        }
      } catch (error) {
        if (!(error instanceof ChatApiError && error.status === 404)) this.#fail(error);
      }
    }
    this.#poller.start();
    if (id !== undefined) await this.openSession(id);
  }

  dispose(): void {
    this.#poller.stop();
    for (const job of this.#jobs) for (const c of job.controllers.values()) c.abort();
  }

  /** The panel is open (fast polling, read marks) or closed (only the unread check). */
  setOpen(open: boolean): void {
    this.#poller.setOpen(open);
  }

  /** The page is visible; hidden pages poll nothing. */
  setVisible(visible: boolean): void {
    this.#poller.setVisible(visible);
  }

  /** Shows another session of this user (from the session list). */
  async openSession(id: number): Promise<void> {
    this.#etag = undefined;
    this.#lastReadId = 0;
    this.#suggestionsFor = 0;
    this.#jobs = this.#jobs.filter((job) => this.#item(job.key)?.message.chat_session_id === id);
    this.setState({ sessionId: id, session: null, items: [], hasMore: false, loading: true, error: null, awaitingReply: false });
    try {
      const page = await this.#api.getChatMessageHistory(id, { limit: this.#pageSize });
      this.#merge(page.messages, false);
      this.setState({ hasMore: page.has_more, loading: false });
      this.config.storage?.setItem(this.#storageKey, String(id));
      await this.#refreshSession();
      await this.#refreshSuggestions();
    } catch (error) {
      this.setState({ loading: false });
      const e = asError(error);
      // A remembered session that is gone or belongs to another user: forget it and start afresh.
      if (e.status === 403 || e.status === 404) {
        this.config.storage?.removeItem(this.#storageKey);
        this.setState({ sessionId: null });
      }
      this.#fail(e);
    }
  }

  /** Leaves the current session; the next message starts a new one. */
  newConversation(): void {
    this.config.storage?.removeItem(this.#storageKey);
    this.#etag = undefined;
    this.setState({ sessionId: null, session: null, items: [], hasMore: false, awaitingReply: false, unread: 0, bot: { status: null, suggestions: [] } });
  }

  get #pageSize(): number {
    return this.config.pageSize ?? 50;
  }

  // Sending

  /**
   * Sends a message with optional attachments. The message shows at once (`sending`), then becomes `sent` or
   * `failed` with the reason, and stays visible with retry and discard until delivered. Attachments are checked
   * against the API's limits first: a refused file throws here, before anything is queued, so the composer keeps
   * the text and shows why.
   */
  send(text: string, files: File[] = [], options: { suggestionId?: string } = {}): string {
    const content = text.trim();
    if (!content && files.length === 0) {
      throw new ChatApiError({ source: 'client', status: 422, code: 'validation_failed', message: 'Write a message or attach a file.' });
    }
    if (content.length > 4000) {
      throw new ChatApiError({ source: 'client', status: 422, code: 'validation_failed', message: `Messages can be at most 4000 characters; this one has ${content.length}.` });
    }
    if (files.length > 10) {
      throw new ChatApiError({ source: 'client', status: 422, code: 'validation_failed', message: 'At most 10 files can go with one message.' });
    }
    if (files.length && this.config.mode === 'bot' && this.state.bot.status === 'active') {
      throw new ChatApiError({ source: 'client', status: 422, code: 'validation_failed', message: 'The bot cannot read files. Ask for a person to send them.' });
    }
    files.forEach((file) => checkUpload(file));

    const clientMessageId = newClientMessageId();
    this.#ownIds.add(clientMessageId);
    const key = `c:${clientMessageId}`;
    const uploads: PendingUpload[] = files.map((file, i) => ({ key: `${key}:${i}`, file, loaded: 0, total: file.size, state: 'waiting' }));
    const item: ThreadItem = {
      key,
      own: true,
      delivery: 'sending',
      uploads: uploads.length ? uploads : undefined,
      message: {
        id: this.#localId--,
        chat_session_id: this.state.sessionId ?? 0,
        client_message_id: clientMessageId,
        sender: { id: this.#me ?? 0, kind: 'user', name: 'You', avatar_url: null },
        content,
        content_format: 'text',
        media: [],
        reactions: [],
        sources: [],
        reply_to_message_id: null,
        created_at: new Date().toISOString(),
        edited_at: null,
        deleted: false,
      },
    };
    this.setState({ items: [...this.state.items, item], error: null });
    this.#jobs.push({ key, clientMessageId, text: content, suggestionId: options.suggestionId, controllers: new Map() });
    void this.#drain();
    return key;
  }

  /** Sends a failed message again, with the same `client_message_id`: the API stores it at most once. */
  retry(key: string): void {
    const item = this.#item(key);
    if (!item || item.delivery !== 'failed') return;
    this.#patchItem(key, { delivery: 'sending', error: undefined });
    if (!this.#jobs.some((j) => j.key === key)) {
      const cmid = item.message.client_message_id!;
      this.#jobs.push({ key, clientMessageId: cmid, text: item.message.content, controllers: new Map() });
    }
    void this.#drain();
  }

  /** Drops a failed message from the thread (and the outbox). */
  discard(key: string): void {
    const job = this.#jobs.find((j) => j.key === key);
    job?.controllers.forEach((c) => c.abort());
    this.#jobs = this.#jobs.filter((j) => j.key !== key);
    this.setState({ items: this.state.items.filter((i) => i.key !== key || i.delivery === 'sent') });
  }

  /** Cancels one attachment's upload; the message then fails with retry (without that file) and discard. */
  cancelUpload(itemKey: string, uploadKey: string): void {
    const job = this.#jobs.find((j) => j.key === itemKey);
    job?.controllers.get(uploadKey)?.abort();
    const item = this.#item(itemKey);
    if (item?.uploads) {
      this.#patchItem(itemKey, { uploads: item.uploads.map((u) => (u.key === uploadKey && u.state !== 'done' ? { ...u, state: 'cancelled' } : u)) });
    }
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      while (this.#jobs.length) {
        const job = this.#jobs[0]!;
        const item = this.#item(job.key);
        if (item && item.delivery === 'sending') {
          try {
            await this.#deliver(job);
          } catch (error) {
            const e = asError(error);
            this.#patchItem(job.key, { delivery: 'failed', error: e });
            this.events.emit('error', e);
          }
        }
        this.#jobs = this.#jobs.filter((j) => j !== job);
      }
    } finally {
      this.#draining = false;
    }
  }

  async #deliver(job: Job): Promise<void> {
    const api = this.#api;
    const { mode } = this.config;
    if (this.state.sessionId === null) {
      await this.#start(job);
      if (!this.#item(job.key)?.uploads?.length) return;
    }
    const sessionId = this.state.sessionId!;
    const mediaIds = await this.#uploadAll(job, sessionId);
    const content = job.textDelivered ? '' : job.text;
    if (mode === 'assistant' && !mediaIds.length) {
      this.setState({ awaitingReply: true });
      try {
        const answer = await api.sendRagQuery(sessionId, { query: content, client_message_id: job.clientMessageId });
        this.#reconcile(job.key, answer.query_message);
        this.#merge([answer.message], true);
      } finally {
        this.setState({ awaitingReply: false });
      }
      return;
    }
    if (mode === 'bot' && this.state.bot.status === 'active' && !mediaIds.length) {
      this.setState({ awaitingReply: true });
      try {
        const reply = await api.sendBotMessage(this.config.botUsername!, {
          message: content,
          suggestion_id: job.suggestionId ?? null,
          client_message_id: job.clientMessageId,
        });
        this.#patchItem(job.key, { delivery: 'sent' });
        this.#merge([reply], true);
        await this.#poller.now('thread');
        await this.#refreshBotStatus();
        await this.#refreshSuggestions();
      } finally {
        this.setState({ awaitingReply: false });
      }
      return;
    }
    const sent = await api.sendChatMessage(sessionId, {
      content,
      client_message_id: job.textDelivered ? `${job.clientMessageId}:media` : job.clientMessageId,
      media_ids: mediaIds.length ? mediaIds : undefined,
    });
    if (job.textDelivered) this.#merge([sent], false);
    else this.#reconcile(job.key, sent);
    this.#expectReply();
  }

  /** The first message creates the session, the way each mode's operation does it. */
  async #start(job: Job): Promise<void> {
    const api = this.#api;
    const c = this.config;
    const hasFiles = !!this.#item(job.key)?.uploads?.length;
    const message = job.text || this.#item(job.key)!.uploads!.map((u) => u.file.name).join(', ');
    let session: ChatSessionListItem | null = null;
    let first: ChatMessage | null = null;
    if (c.mode === 'bot') {
      const conversation = await api.startBotConversation(c.botUsername!, { message, client_message_id: job.clientMessageId });
      this.setState({ sessionId: conversation.chat_session_id, bot: { status: conversation.status, suggestions: [] } });
      this.#patchItem(job.key, { delivery: 'sent' });
      await this.#poller.now('thread');
      await this.#refreshSuggestions();
    } else {
      const started =
        c.mode === 'direct'
          ? await api.startDirectChat({ recipient_user_id: c.recipientId!, message, client_message_id: job.clientMessageId })
          : c.mode === 'vendor'
            ? await api.startChat({ chat_type: 'vendor', vendor_location_id: c.vendorLocationId!, message, client_message_id: job.clientMessageId })
            : await api.startChat({ chat_type: 'rag', user_type: c.userType ?? 'customer', message, client_message_id: job.clientMessageId });
      session = started.session;
      first = started.message;
      this.setState({ sessionId: session.id, session });
    }
    this.config.storage?.setItem(this.#storageKey, String(this.state.sessionId));
    job.textDelivered = true;
    if (first) {
      this.#learnMe(first);
      if (c.mode === 'assistant') {
        // The first question is answered like every other one; its client_message_id keeps it stored once.
        this.setState({ awaitingReply: true });
        try {
          const answer = await api.sendRagQuery(session!.id, { query: message, client_message_id: job.clientMessageId });
          this.#reconcile(job.key, answer.query_message);
          this.#merge([answer.message], true);
        } finally {
          this.setState({ awaitingReply: false });
        }
      } else {
        this.#reconcile(job.key, first);
        this.#expectReply();
      }
    }
    if (hasFiles) this.#patchItem(job.key, { delivery: 'sending' });
  }

  async #uploadAll(job: Job, sessionId: number): Promise<number[]> {
    const ids: number[] = [];
    const uploads = this.#item(job.key)?.uploads ?? [];
    for (const upload of uploads) {
      if (upload.state === 'cancelled') continue;
      if (upload.state === 'done' && upload.media) {
        ids.push(upload.media.id);
        continue;
      }
      const controller = new AbortController();
      job.controllers.set(upload.key, controller);
      this.#patchUpload(job.key, upload.key, { state: 'uploading', error: undefined });
      try {
        const media = await this.#api.uploadChatMedia(sessionId, upload.file, {
          signal: controller.signal,
          onProgress: (p) => this.#patchUpload(job.key, upload.key, { loaded: p.loaded, total: p.total }),
        });
        this.#patchUpload(job.key, upload.key, { state: 'done', media, loaded: upload.file.size, total: upload.file.size });
        ids.push(media.id);
      } catch (error) {
        const e = asError(error);
        if (e.source === 'aborted') {
          this.#patchUpload(job.key, upload.key, { state: 'cancelled' });
          continue;
        }
        this.#patchUpload(job.key, upload.key, { state: 'failed', error: e });
        throw e;
      } finally {
        job.controllers.delete(upload.key);
      }
    }
    if (uploads.length && ids.length === 0 && !job.text) {
      throw new ChatApiError({ source: 'client', code: 'cancelled', message: 'Every attachment was cancelled.' });
    }
    return ids;
  }

  #expectReply(): void {
    if (this.config.mode === 'assistant') return;
    this.setState({ awaitingReply: true });
    this.#poller.expectReply();
  }

  // Actions on messages

  async edit(messageId: number, content: string): Promise<void> {
    const text = content.trim();
    if (!text) throw new ChatApiError({ source: 'client', status: 422, code: 'validation_failed', message: 'A message cannot be empty. Delete it instead.' });
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
      const current = this.state.items.find((i) => i.message.id === messageId);
      if (current) this.#patchItem(current.key, { message: { ...current.message, reactions: result.reactions } });
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
      this.setState({ bot: { status: 'active', suggestions: [] } });
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
      this.setState({ bot: { status: 'transferred', suggestions: [] } });
      this.#merge([message], true);
      this.#expectReply();
    });
  }

  /** The bot may hand over or end the conversation by itself ("a person, please", "bye"): re-read its status. */
  async #refreshBotStatus(): Promise<void> {
    try {
      const { status } = await this.#api.getBotConversationStatus(this.config.botUsername!);
      if (status !== this.state.bot.status) this.setState({ bot: { status, suggestions: [] } });
    } catch {
      // The message was delivered; the status stays as it was until the next turn re-reads it.
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
    if (this.state.items.length <= result.data.messages.length) this.setState({ hasMore: result.data.has_more });
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
        this.setState({ bot: { status: conversation.status, suggestions: [] } });
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
    const { items, arrived } = mergeMessages(this.state.items, messages, this.state.sessionId, (m) => this.#isOwn(m));
    this.setState({ items });
    if (arrived.length && announce) {
      if (this.state.awaitingReply && this.config.mode !== 'assistant') {
        this.#poller.replyArrived();
        this.setState({ awaitingReply: false });
      }
      this.events.emit('received', arrived);
    }
    return arrived;
  }

  #reconcile(key: string, message: ChatMessage): void {
    this.#learnMe(message);
    const item = this.#item(key);
    if (item && item.uploads?.some((u) => u.state !== 'done')) {
      // Attachments still to go: keep the local entry, show the stored text beside it.
      this.#merge([message], false);
      return;
    }
    if (item) {
      const items = this.state.items.filter((i) => i.key !== key);
      this.setState({ items });
    }
    this.#merge([message], false);
    this.events.emit('sent', message);
  }

  #learnMe(message: ChatMessage): void {
    if (message.sender.kind !== 'user' || this.#me === message.sender.id) return;
    if (!message.client_message_id || !this.#ownIds.has(message.client_message_id)) return;
    this.#me = message.sender.id;
    this.config.storage?.setItem(ME_KEY, String(this.#me));
  }

  #isOwn(message: ChatMessage): boolean {
    if (message.client_message_id && this.#ownIds.has(message.client_message_id)) return true;
    if (message.sender.kind !== 'user') return false;
    // In a direct chat both sides are users: only a known id says which one is us.
    if (this.config.mode === 'direct') return this.#me !== null && message.sender.id === this.#me;
    return true;
  }

  #item(key: string): ThreadItem | undefined {
    return this.state.items.find((i) => i.key === key);
  }

  #patchItem(key: string, patch: Partial<ThreadItem>): void {
    this.setState({ items: this.state.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) });
  }

  #patchUpload(key: string, uploadKey: string, patch: Partial<PendingUpload>): void {
    const item = this.#item(key);
    if (!item?.uploads) return;
    this.#patchItem(key, { uploads: item.uploads.map((u) => (u.key === uploadKey ? { ...u, ...patch } : u)) });
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
    const e = asError(error);
    this.setState({ error: e });
    this.events.emit('error', e);
  }
}
