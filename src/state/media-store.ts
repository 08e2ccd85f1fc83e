import type { ChatApiError } from '../api/errors.js';
import type { ChatMediaResponse } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import { checkedApi } from './checked-api.js';
import { Store } from './store.js';

export interface MediaState {
  sessionId: number | null;
  items: ChatMediaResponse[];
  hasMore: boolean;
  loading: boolean;
  /** The item opened in the viewer, fresh from `getChatMedia`. */
  open: ChatMediaResponse | null;
  error: ChatApiError | null;
}

/**
 * A session's media for the gallery: newest first, paged by limit and offset. Its `error` event (`on`): the API
 * sent data of the wrong type that the gallery could do without (its `state.error` stays null).
 */
export class MediaStore extends Store<MediaState, { error: ChatApiError }> {
  readonly #api: ChatApi;
  readonly #pageSize: number;

  constructor(api: ChatApi, pageSize = 24) {
    super({ sessionId: null, items: [], hasMore: false, loading: false, open: null, error: null });
    // Answers are checked first: a file of the wrong shape is left out of the gallery, and said (`on`).
    this.#api = checkedApi(api, (error) => this.events.emit('error', error));
    this.#pageSize = pageSize;
  }

  async load(sessionId: number): Promise<void> {
    this.setState({ sessionId, items: [], hasMore: false, open: null });
    await this.#page(0);
  }

  async loadMore(): Promise<void> {
    if (!this.state.hasMore || this.state.loading) return;
    await this.#page(this.state.items.length);
  }

  async #page(offset: number): Promise<void> {
    const sessionId = this.state.sessionId;
    if (sessionId === null) return;
    this.setState({ loading: true, error: null });
    try {
      // One more than a page tells whether another page exists.
      const page = await this.#api.listChatMedia(sessionId, { limit: this.#pageSize + 1, offset });
      const items = page.slice(0, this.#pageSize);
      const ids = new Set(this.state.items.map((m) => m.id));
      this.setState({ items: [...this.state.items, ...items.filter((m) => !ids.has(m.id))], hasMore: page.length > this.#pageSize, loading: false });
    } catch (error) {
      this.setState({ loading: false, error: error as ChatApiError });
    }
  }

  /** Opens one item with fresh details (`getChatMedia`). */
  async show(mediaId: number): Promise<void> {
    const sessionId = this.state.sessionId;
    if (sessionId === null) return;
    try {
      this.setState({ open: await this.#api.getChatMedia(sessionId, mediaId), error: null });
    } catch (error) {
      this.setState({ error: error as ChatApiError });
    }
  }

  close(): void {
    this.setState({ open: null });
  }

  async remove(mediaId: number): Promise<void> {
    const sessionId = this.state.sessionId;
    if (sessionId === null) return;
    try {
      await this.#api.deleteChatMedia(sessionId, mediaId);
      this.setState({ items: this.state.items.filter((m) => m.id !== mediaId), open: this.state.open?.id === mediaId ? null : this.state.open });
    } catch (error) {
      this.setState({ error: error as ChatApiError });
      throw error;
    }
  }
}
