import type { ChatSessionListItem } from '../api/types.gen.js';
import type { Bot } from './bot.js';
import type { ChatApi } from './chat-api.js';
import { scopeOf, type ConversationConfig } from './conversation-config.js';
import type { ConversationOutbox } from './conversation-outbox.js';
import type { ConversationState } from './conversation-state.js';
import type { History } from './history.js';
import { ME_KEY, userOfSessions } from './me.js';
import { reachMessage, type LinkStatus } from './message-link.js';
import type { Poller } from './poller.js';
import type { ReadMarks } from './read-marks.js';
import type { Remembered } from './remembered.js';
import { asChatApiError } from './retry-policy.js';

/** The units whose view of "the session shown" changes when another is shown. */
export interface ShownParts {
  api: ChatApi;
  history: History;
  outbox: ConversationOutbox;
  readMarks: ReadMarks;
  bot: Bot;
  poller: Pick<Poller, 'start'>;
  remembered: Remembered;
}

/** What showing a session needs of the conversation: its state, and the steps that stay its own. */
export interface ShownView {
  state(): ConversationState;
  setState(patch: Partial<ConversationState>): void;
  /** Rebuilds the thread from the history and the outbox. */
  composeThread(): void;
  /** An id read for the user (remembered, or from their sessions). */
  knowMe(me: number | null): void;
  setUnread(count: number): void;
  report(error: unknown): void;
}

/**
 * Which session a conversation shows, and changing it: resuming one when the widget starts (the configured one,
 * the one remembered for this mode and target, or the bot conversation in progress; with a deep link into it, and
 * messages typed meanwhile), opening another, opening a linked message, leaving for a new conversation, following
 * a conversation not started yet to the session its first message created, and reading the session's list entry
 * (only when the list changed: its ETag). The thread's units are emptied for the session that comes next; what
 * is queued for others keeps going.
 */
export class ShownSession {
  readonly #config: Readonly<ConversationConfig>;
  readonly #api: ChatApi;
  readonly #history: History;
  readonly #outbox: ConversationOutbox;
  readonly #readMarks: ReadMarks;
  readonly #bot: Bot;
  readonly #poller: ShownParts['poller'];
  readonly #remembered: Remembered;
  readonly #view: ShownView;
  #listEtag: string | undefined;

  constructor(config: Readonly<ConversationConfig>, parts: ShownParts, view: ShownView) {
    this.#config = config;
    ({ api: this.#api, history: this.#history, outbox: this.#outbox, readMarks: this.#readMarks, bot: this.#bot, poller: this.#poller, remembered: this.#remembered } = parts);
    this.#view = view;
  }

  /** Where the session to resume is remembered: one per mode and target. */
  get key(): string {
    return `kesk-chat:session:${scopeOf(this.#config)}`;
  }

  remember(id: number): void {
    this.#remembered.set(this.key, String(id));
  }

  forget(): void {
    this.#remembered.remove(this.key);
  }

  /** The user's id is known for sure: remembered for the next visit (under this token). */
  rememberMe(id: number): void {
    this.#remembered.set(ME_KEY, String(id));
  }

  /**
   * Restores the outbox (messages written before a reload go out again, in order), finds the session to resume
   * (or the not yet started one the outbox holds messages for), loads its latest messages, then the linked
   * message (`config.messageId`), if any. Creates nothing.
   */
  async resume(): Promise<void> {
    const outbox = this.#outbox;
    const view = this.#view;
    const { sessionId, messageId } = this.#config;
    view.knowMe(Number(await this.#remembered.get(ME_KEY)) || null);
    await outbox.restore();
    const id = sessionId ?? (Number(await this.#remembered.get(this.key)) || (await this.#bot.inProgress()));
    if (id === undefined && outbox.resumeUnstarted()) view.composeThread();
    // Messages typed while the widget was still finding its session belong to the conversation it then shows.
    const early = id === undefined ? null : outbox.unstartedGroup;
    this.#poller.start();
    if (!early) outbox.start();
    if (id === undefined) {
      if (messageId !== undefined) view.setState({ linked: { sessionId: null, messageId, status: 'unavailable' } });
      return;
    }
    await this.open(id);
    const opened = view.state().sessionId === id;
    if (messageId !== undefined) {
      if (opened) await this.openMessage(id, messageId);
      else view.setState({ linked: { sessionId: id, messageId, status: 'unavailable' } }); // its session is not there
    }
    if (!early) return;
    if (opened) outbox.assignSession(early, id);
    else outbox.unstartedGroup = early; // The session was gone: they start a new one.
    view.composeThread();
    outbox.start();
  }

  /** Shows session `id`. One that is gone or another user's is forgotten, and none is shown. */
  async open(id: number): Promise<void> {
    const view = this.#view;
    this.#readMarks.clear();
    this.#bot.clearSuggested();
    this.reset({ sessionId: id, loading: true, error: null });
    try {
      await this.#history.open(id);
      view.composeThread();
      view.setState({ loading: false });
      this.remember(id);
      await this.refresh();
      await this.#bot.suggest();
    } catch (error) {
      view.setState({ loading: false });
      const e = asChatApiError(error);
      // A remembered session that is gone or belongs to another user: forget it and start afresh.
      if (e.status === 403 || e.status === 404) {
        this.forget();
        view.setState({ sessionId: null });
        view.composeThread();
      }
      view.report(e);
    }
  }

  /**
   * Shows the message `messageId` of the session `sessionId` (a deep link): opens the session if another is shown,
   * and fetches the message when no loaded page holds it, with the pages back to it (`reachMessage`). `linked`
   * says where it stands; a link overtaken by another session (the user went elsewhere) says nothing more.
   */
  async openMessage(sessionId: number, messageId: number): Promise<void> {
    const view = this.#view;
    const shown = () => view.state().sessionId === sessionId;
    const link = (status: LinkStatus, key?: string) => view.setState({ linked: { sessionId, messageId, status, key } });
    if (!shown()) await this.open(sessionId);
    // The session is gone, or not this user's: open reported it and shows none.
    if (!shown()) return link('unavailable');
    link('finding');
    try {
      const { status, key } = await reachMessage(this.#api, this.#history, sessionId, messageId);
      view.composeThread();
      if (shown()) link(status, key);
    } catch (error) {
      if (shown()) link('failed');
      view.report(error);
    }
  }

  /** Leaves the current session; the next message starts a new one. */
  leave(): void {
    this.forget();
    this.#bot.set(null);
    this.reset({ sessionId: null, unread: 0 });
  }

  /** Empties the thread for another conversation (`patch` says which), dropping what belonged to the one shown. */
  reset(patch: Partial<ConversationState>): void {
    this.#history.clear();
    this.#outbox.clearView();
    this.#view.setState({ session: null, hasMore: false, awaitingReply: false, linked: null, ...patch });
    this.#view.composeThread();
  }

  /**
   * The conversation of `group` started as `sessionId`. Only a view still showing that (new) conversation moves to
   * the session; the user may have gone elsewhere. Says whether it moved.
   */
  moveToStarted(sessionId: number, group: string | null, session: ChatSessionListItem | null): boolean {
    if (group === null || group !== this.#outbox.unstartedGroup) return false;
    this.#outbox.unstartedGroup = null;
    this.#history.clear();
    this.#view.setState({ sessionId, session });
    this.remember(sessionId);
    this.#view.composeThread();
    return true;
  }

  /** Reads the session's list entry (title, participants, unread count), if the list changed. Says whether it did. */
  async refresh(): Promise<boolean> {
    const view = this.#view;
    const sessionId = view.state().sessionId;
    if (sessionId === null) return false;
    try {
      const result = await this.#api.listChatSessionsIfChanged({ limit: 50 }, this.#listEtag);
      if (!result.changed) return false;
      this.#listEtag = result.etag ?? undefined;
      view.knowMe(userOfSessions(result.data.sessions));
      const session = result.data.sessions.find((s) => s.id === sessionId);
      if (!session) return true;
      this.#readMarks.readOnServer(session.last_read_message_id);
      view.setState({ session });
      view.setUnread(session.unread_count);
      if (session.chat_type === 'bot') await this.#bot.learnStatus();
      return true;
    } catch (error) {
      view.report(error);
      return false;
    }
  }
}
