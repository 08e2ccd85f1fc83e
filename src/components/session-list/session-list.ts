import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators/state.js';
import type { ChatApiError } from '../../api/errors.js';
import type { ChatSessionListItem } from '../../api/types.gen.js';
import { ChatMember } from '../../controllers/chat-member.js';
import { textDirection } from '../../markdown/direction.js';
import { pencilIcon, plusIcon } from './session-list.icons.js';
import { relativeTime } from './relative-time.js';
import { styles } from './session-list.styles.js';
import { terms as english } from './session-list.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { lastMessagePreview, sessionTitle } from './session-preview.js';

/**
 * @summary The user's past conversations: resume one, start a new one, rename one.
 *
 * A `<ul>` of `<li>`, each holding an "open" button and a "rename" button. Not a `listbox`: an option may not
 * contain other controls, so a listbox would hide the rename action and force a roving focus that screen
 * readers announce poorly in browse mode; a list of buttons is announced as "list, 20 items", every entry is
 * reachable by Tab, by the screen reader's list and button commands, and by the arrow keys.
 *
 * Reads the `sessions` store (loaded on connect, and again whenever the panel switches to this view), marks the
 * conversation store's current session with `aria-current`, and switches the panel back to the thread.
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - The row holding the new-conversation button.
 * @csspart new-button - Starts a new conversation.
 * @csspart session-list - The `<ul>` of sessions.
 * @csspart session - One `<li>`.
 * @csspart open-button - The button that resumes a session (`aria-current="true"` on the current one).
 * @csspart avatar - The session's initial.
 * @csspart session-title - The title.
 * @csspart last-message - The last message, one line of plain text.
 * @csspart unread - The unread count badge.
 * @csspart time - The relative time of the last activity.
 * @csspart rename-button - Opens the inline rename field.
 * @csspart rename-form - The inline rename form.
 * @csspart rename-input - Its text field.
 * @csspart save-button - Saves the new title.
 * @csspart cancel-button - Keeps the old title.
 * @csspart error - An error message (`role="alert"`).
 * @csspart status - Loading text (`role="status"`).
 * @csspart empty - The empty state.
 * @csspart retry-button - Loads again after an error.
 * @csspart load-more - Loads older sessions.
 *
 * @cssprop --kesk-session-list-current - Background of the current session (default: a tint of `--kesk-brand`).
 * @cssprop --kesk-session-list-hover - Background of a hovered session (default `--kesk-surface-2`).
 * @cssprop --kesk-session-list-badge - Background of the unread badge (default `--kesk-brand`).
 */
export class KeskSessionList extends LitElement {
  readonly #l10n = new LocaleController(this, 'session-list', english);
  static override styles = styles;

  readonly #chat = new ChatMember(this, { stores: ['sessions', 'conversation', 'ui'], view: 'sessions' });

  /** The session whose title is being edited. */
  @state() private editingId: number | null = null;
  /** A problem with the typed title (empty). */
  @state() private fieldError = '';
  /** The last rename the API refused. */
  @state() private renameError: { id: number; error: ChatApiError } | null = null;

  /** The conversation's session when the list last looked: one that starts while the list is open is fetched in. */
  #sessionId: number | null | undefined;
  #lastLoad: 'refresh' | 'more' = 'refresh';
  #clock: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Keeps "5 min. ago" true while the list stays on screen.
    this.#clock = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  protected override willUpdate(): void {
    const chat = this.#chat.chat;
    // A conversation whose first message was still on its way when the list loaded has started since: it belongs
    // at the top of the list, which the loaded page cannot know of.
    const sessionId = chat?.conversation.state.sessionId ?? null;
    if (sessionId !== this.#sessionId) {
      if (this.#sessionId !== undefined && sessionId !== null && !this.#chat.state('sessions')?.sessions.some((s) => s.id === sessionId)) this.#chat.loadAgain();
      this.#sessionId = sessionId;
    }
    if (chat && this.#chat.loadDue()) {
      this.#chat.loaded();
      this.#lastLoad = 'refresh';
      void chat.sessions.refresh();
    }
  }

  protected override render(): TemplateResult {
    const s = this.#chat.chat?.sessions.state;
    const sessions = s?.sessions ?? [];
    // A refused rename is shown on its row, not as a failure of the list.
    const listError = s?.error && s.error !== this.renameError?.error ? s.error : null;
    // The reader, as the conversation knows them: their last messages read "You: …", a direct chat is named for the other.
    const me = this.#chat.chat?.conversation.state.me ?? null;
    const locale = this.#l10n.locale;
    return html`<div part="base">
      <div part="toolbar">
        <button part="new-button" type="button" @click=${this.#newConversation}>${plusIcon}${this.#l10n.terms.newConversation}</button>
      </div>
      ${sessions.length
        ? html`<ul part="session-list" aria-label=${this.#l10n.terms.listLabel} @keydown=${this.#onListKey}>
            ${sessions.map((session) => this.#renderSession(session, me, locale))}
          </ul>`
        : !s?.loading && !listError
          ? html`<div part="empty"><p class="empty-title">${this.#l10n.terms.empty}</p><p>${this.#l10n.terms.emptyHint}</p></div>`
          : nothing}
      <p part="status" role="status">${s?.loading ? (sessions.length ? this.#l10n.terms.loadingMore : this.#l10n.terms.loading) : ''}</p>
      ${listError
        ? html`<div class="failure">
            <p part="error" role="alert">${sessions.length && this.#lastLoad === 'more' ? this.#l10n.terms.loadMoreFailed : this.#l10n.terms.loadFailed} ${listError.message}</p>
            <button part="retry-button" type="button" @click=${this.#retry}>${this.#l10n.terms.retry}</button>
          </div>`
        : nothing}
      ${s?.hasMore && !listError
        ? html`<button part="load-more" type="button" @click=${this.#loadMore}>${this.#l10n.terms.loadMore}</button>`
        : nothing}
    </div>`;
  }

  #renderSession(session: ChatSessionListItem, me: number | null, locale: string | undefined): TemplateResult {
    const title = sessionTitle(session, me, this.#l10n.terms);
    const current = this.#chat.chat?.conversation.state.sessionId === session.id;
    const editing = this.editingId === session.id;
    const error = this.renameError?.id === session.id ? this.renameError.error : null;
    const when = session.last_message?.created_at || session.updated_at;
    const unread = session.unread_count;
    return html`<li part="session" data-id=${session.id}>
      ${editing
        ? this.#renderRenameForm(session, title)
        : html`<button
              part="open-button"
              type="button"
              aria-current=${current ? 'true' : nothing}
              @click=${() => this.#open(session.id)}
            >
              <span part="avatar" aria-hidden="true">${[...title][0]?.toUpperCase()}</span>
              <span part="session-title" dir=${textDirection(title) ?? nothing}>${title}</span>
              <span part="last-message" dir="auto">${lastMessagePreview(session, me, this.#l10n.terms)}</span>
              ${unread > 0
                ? html`<span part="unread"><span aria-hidden="true">${unread > 99 ? '99+' : unread}</span><span class="visually-hidden">${this.#l10n.terms.unread(unread)}</span></span>`
                : nothing}
              <time part="time" datetime=${when}>${relativeTime(when, locale)}</time>
            </button>
            <button part="rename-button" class="icon-button" type="button" aria-label=${this.#l10n.terms.rename(title)} @click=${() => this.#startRename(session.id)}>
              ${pencilIcon}
            </button>`}
      ${error ? html`<p part="error" role="alert">${this.#l10n.terms.renameFailed(error.message)}</p>` : nothing}
    </li>`;
  }

  #renderRenameForm(session: ChatSessionListItem, title: string): TemplateResult {
    return html`<form part="rename-form" novalidate @submit=${(e: SubmitEvent) => this.#save(e, session)} @keydown=${this.#onFormKey}>
      <input
        part="rename-input"
        name="title"
        aria-label=${this.#l10n.terms.titleField}
        maxlength="120"
        autocomplete="off"
        .value=${title}
        aria-invalid=${this.fieldError ? 'true' : 'false'}
        aria-describedby=${this.fieldError ? 'field-error' : nothing}
      />
      <button part="save-button" type="submit">${this.#l10n.terms.save}</button>
      <button part="cancel-button" type="button" @click=${this.#cancelRename}>${this.#l10n.terms.cancel}</button>
      ${this.fieldError ? html`<p part="error" id="field-error" role="alert">${this.fieldError}</p>` : nothing}
    </form>`;
  }

  #open(id: number): void {
    const chat = this.#chat.chat;
    if (!chat) return;
    void chat.conversation.openSession(id);
    chat.ui.set({ view: 'thread' });
  }

  #newConversation = (): void => {
    const chat = this.#chat.chat;
    if (!chat) return;
    chat.conversation.newConversation();
    chat.ui.set({ view: 'thread' });
    chat.ui.focusComposer();
  };

  #retry = (): void => {
    if (this.#lastLoad === 'more') void this.#loadMore();
    else void this.#chat.chat?.sessions.refresh();
  };

  #loadMore = async (): Promise<void> => {
    const sessions = this.#chat.chat?.sessions;
    if (!sessions) return;
    const shown = sessions.state.sessions.length;
    const hadFocus = this.shadowRoot?.activeElement?.matches('[part~="load-more"], [part~="retry-button"]');
    this.#lastLoad = 'more';
    await sessions.loadMore();
    await this.updateComplete;
    // Keyboard users continue at the first session that arrived, not back at the top of the page.
    if (hadFocus) this.#openButtons()[shown]?.focus();
  };

  async #startRename(id: number): Promise<void> {
    this.editingId = id;
    this.fieldError = '';
    this.renameError = null;
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('[part~="rename-input"]');
    input?.focus();
    input?.select();
  }

  #cancelRename = (): void => {
    const id = this.editingId;
    this.editingId = null;
    this.fieldError = '';
    if (id !== null) void this.#focusRename(id);
  };

  async #save(event: SubmitEvent, session: ChatSessionListItem): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('title') as HTMLInputElement;
    const title = input.value.trim();
    if (!title) {
      this.fieldError = this.#l10n.terms.titleRequired;
      input.focus();
      return;
    }
    this.editingId = null;
    this.fieldError = '';
    void this.#focusRename(session.id);
    if (title === session.title) return;
    try {
      await this.#chat.chat?.sessions.rename(session.id, title);
    } catch (error) {
      this.renameError = { id: session.id, error: error as ChatApiError };
    }
  }

  #onFormKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // The panel closes on Escape too; here Escape only leaves the field.
    event.preventDefault();
    event.stopPropagation();
    this.#cancelRename();
  };

  /** Arrow keys, Home and End move between the sessions' open buttons. */
  #onListKey = (event: KeyboardEvent): void => {
    const buttons = this.#openButtons();
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined || !buttons[to]) return;
    event.preventDefault();
    buttons[to].focus();
  };

  #openButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="open-button"]')];
  }

  async #focusRename(id: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${id}"] [part~="rename-button"]`)?.focus();
  }
}
