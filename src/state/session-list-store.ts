import type { ChatApiError } from '../api/errors.js';
import type { ChatSessionListItem } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import { checkedApi } from './checked-api.js';
import { Store } from './store.js';

export interface SessionListState {
  sessions: ChatSessionListItem[];
  hasMore: boolean;
  loading: boolean;
  error: ChatApiError | null;
}

/**
 * The user's past conversations, newest activity first, paged by the API's `before` cursor. Its `error` event
 * (`on`): the API sent data of the wrong type that the list could do without (its `state.error` stays null).
 */
export class SessionListStore extends Store<SessionListState, { error: ChatApiError }> {
  readonly #api: ChatApi;
  readonly #pageSize: number;
  #next: string | null = null;

  readonly #belongs: (session: ChatSessionListItem) => boolean;

  /**
   * `belongs` keeps the conversations this widget can continue (its mode's chat type and target): opening a bot
   * session in an assistant widget would otherwise send through the wrong operation.
   */
  constructor(api: ChatApi, pageSize = 20, belongs: (session: ChatSessionListItem) => boolean = () => true) {
    super({ sessions: [], hasMore: false, loading: false, error: null });
    // Answers are checked first: a conversation with wrong fields is listed with what is right, and said (`on`).
    this.#api = checkedApi(api, (error) => this.events.emit('error', error));
    this.#pageSize = pageSize;
    this.#belongs = belongs;
  }

  /** Loads the first page again (newest first). */
  async refresh(): Promise<void> {
    this.#next = null;
    await this.#load(true);
  }

  /** Appends the next, older page. */
  async loadMore(): Promise<void> {
    if (!this.state.hasMore || this.state.loading) return;
    await this.#load(false);
  }

  async #load(first: boolean): Promise<void> {
    this.setState({ loading: true, error: null });
    try {
      const known = first ? [] : this.state.sessions;
      const ids = new Set(known.map((s) => s.id));
      const fresh: ChatSessionListItem[] = [];
      let hasMore = false;
      // Conversations of other kinds are filtered out; fetch on (a few pages at most) until a page's worth is found.
      for (let pages = 0; pages < 5; pages++) {
        const page = await this.#api.listChatSessions({ limit: this.#pageSize, before: first && pages === 0 ? undefined : (this.#next ?? undefined) });
        this.#next = page.next_before;
        hasMore = page.has_more;
        fresh.push(...page.sessions.filter((s) => !ids.has(s.id) && this.#belongs(s)));
        if (!hasMore || fresh.length >= this.#pageSize / 2) break;
      }
      this.setState({ sessions: [...known, ...fresh], hasMore, loading: false });
    } catch (error) {
      this.setState({ loading: false, error: error as ChatApiError });
    }
  }

  /** Renames a conversation; the list shows the new title at once and reverts if the API refuses. */
  async rename(sessionId: number, title: string): Promise<void> {
    const before = this.state.sessions;
    this.setState({ sessions: before.map((s) => (s.id === sessionId ? { ...s, title } : s)) });
    try {
      const updated = await this.#api.updateChatSessionMetadata(sessionId, { title });
      this.setState({ sessions: this.state.sessions.map((s) => (s.id === sessionId ? updated : s)) });
    } catch (error) {
      this.setState({ sessions: before, error: error as ChatApiError });
      throw error;
    }
  }
}
