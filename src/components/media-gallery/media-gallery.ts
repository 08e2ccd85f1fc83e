import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators/state.js';
import type { ChatApiError } from '../../api/errors.js';
import type { ChatMediaResponse } from '../../api/types.gen.js';
import { dateFormat } from '../../i18n/formats.js';
import { cleanFileName, displayFileName, downloadFileName } from '../../api/file-name.js';
import { safeFileHref } from '../../markdown/safe-url.js';
import { formatBytes } from '../../api/upload-limits.js';
import { ChatMember } from '../../controllers/chat-member.js';
import { closeIcon, downloadIcon, trashIcon } from './media-gallery.icons.js';
import { styles } from './media-gallery.styles.js';
import { terms as english } from './media-gallery.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { renderPreview, renderTile } from './media-templates.js';

/**
 * @summary The photos and files of the current conversation: a grid, a viewer, and deleting your own.
 *
 * Loads the `media` store for the conversation store's current session (again whenever the session changes or
 * the panel switches to this view). Opening an item fetches its details (`getChatMedia`) and shows it in a
 * modal `<dialog>`: focus moves into it, Escape closes it, and focus returns to the tile. Deleting asks first.
 *
 * @csspart base - The wrapper.
 * @csspart gallery - The `<ul>` grid of items.
 * @csspart media-item - One `<li>`.
 * @csspart open-button - The tile's button that opens the viewer.
 * @csspart thumbnail - An image's lazy thumbnail.
 * @csspart icon - The icon of audio, video and documents.
 * @csspart name - The file name on a tile.
 * @csspart size - The file size on a tile.
 * @csspart viewer - The `<dialog>` showing one item.
 * @csspart viewer-title - Its heading (the file name).
 * @csspart viewer-media - The image, player or icon.
 * @csspart viewer-details - Size and date.
 * @csspart close-button - Closes the viewer.
 * @csspart download - The download link.
 * @csspart delete-button - Deletes the item (asks first).
 * @csspart confirm - The confirmation step.
 * @csspart confirm-button - Confirms the deletion.
 * @csspart cancel-button - Keeps the item.
 * @csspart error - An error message (`role="alert"`).
 * @csspart status - Loading text and announcements (`role="status"`).
 * @csspart empty - The empty state.
 * @csspart retry-button - Loads again after an error.
 * @csspart load-more - Loads the next page.
 *
 * @cssprop --kesk-media-gallery-tile - The smallest width of a tile (default 96px).
 * @cssprop --kesk-media-gallery-backdrop - The viewer's backdrop (default: translucent black).
 */
export class KeskMediaGallery extends LitElement {
  readonly #l10n = new LocaleController(this, 'media-gallery', english);
  static override styles = styles;

  readonly #chat = new ChatMember(this, { stores: ['media', 'conversation', 'ui'], view: 'media' });

  /** The item shown in the viewer. */
  @state() private viewingId: number | null = null;
  @state() private confirming = false;
  @state() private busy = false;
  @state() private viewerError = '';
  /** Said politely to screen readers (a deletion). */
  @state() private announcement = '';

  /** Errors shown in the viewer rather than as a failure of the grid. */
  readonly #handled = new WeakSet<Error>();
  #opener: HTMLElement | null = null;
  /**
   * The item the viewer was shown for, until it closes. The close event comes a task after the dialog closed: a
   * render in between (the item's details arriving) must not show it again.
   */
  #shown: number | null = null;
  /** Where the deleted item was, to put focus on its neighbour. */
  #removedAt: number | null = null;

  get #dialog() {
    return this.renderRoot?.querySelector('dialog');
  }

  protected override willUpdate(): void {
    const chat = this.#chat.chat;
    const due = this.#chat.loadDue();
    const sessionId = chat?.conversation.state.sessionId ?? null;
    if (chat && sessionId !== null && (due || sessionId !== chat.media.state.sessionId)) {
      this.#chat.loaded();
      this.viewingId = null;
      void chat.media.load(sessionId);
    }
  }

  protected override updated(): void {
    const dialog = this.#dialog;
    // Leaving the view removes the gallery while an update may still be due: a detached dialog cannot be shown.
    if (!dialog || !this.isConnected) return;
    if (this.viewingId !== null && this.viewingId !== this.#shown && !dialog.open && dialog.childElementCount) {
      dialog.showModal();
      this.#shown = this.viewingId;
    } else if (this.viewingId === null && dialog.open) dialog.close();
  }

  /** Where files may load from: the API's base URL. */
  get #apiBase(): string {
    return this.#chat.chat?.api.baseUrl ?? '';
  }

  /** Items of the current session (none before the first message). */
  get #items(): ChatMediaResponse[] {
    const chat = this.#chat.chat;
    const sessionId = chat?.conversation.state.sessionId ?? null;
    return sessionId !== null && chat?.media.state.sessionId === sessionId ? chat.media.state.items : [];
  }

  protected override render(): TemplateResult {
    const m = this.#chat.chat?.media.state;
    const items = this.#items;
    const hasSession = (this.#chat.chat?.conversation.state.sessionId ?? null) !== null;
    const loading = hasSession && !!m?.loading;
    const listError = hasSession && m?.error && !this.#handled.has(m.error) ? m.error : null;
    const viewing = this.viewingId === null ? undefined : m?.open?.id === this.viewingId ? m.open : items.find((i) => i.id === this.viewingId);
    return html`<div part="base">
      ${items.length
        ? html`<ul part="gallery" aria-label=${this.#l10n.terms.galleryLabel}>
            ${items.map(
              (item) => html`<li part="media-item" data-id=${item.id}>
                <button part="open-button" type="button" aria-haspopup="dialog" @click=${(e: Event) => this.#open(item, e.currentTarget as HTMLElement)}>
                  ${renderTile(item, this.#l10n.terms, this.#apiBase)}
                </button>
              </li>`,
            )}
          </ul>`
        : !loading && !listError
          ? html`<div part="empty" tabindex="-1"><p class="empty-title">${this.#l10n.terms.empty}</p><p>${this.#l10n.terms.emptyHint}</p></div>`
          : nothing}
      <p part="status" role="status">${loading ? (items.length ? this.#l10n.terms.loadingMore : this.#l10n.terms.loading) : this.announcement}</p>
      ${listError
        ? html`<div class="failure">
            <p part="error" role="alert">${this.#l10n.terms.loadFailed} ${listError.message}</p>
            <button part="retry-button" type="button" @click=${this.#retry}>${this.#l10n.terms.retry}</button>
          </div>`
        : nothing}
      ${m?.hasMore && hasSession && !listError
        ? html`<button part="load-more" type="button" @click=${this.#loadMore}>${this.#l10n.terms.loadMore}</button>`
        : nothing}
      <dialog part="viewer" aria-labelledby="viewer-title" @close=${this.#onClose} @cancel=${this.#onCancel} @keydown=${this.#onDialogKey}>
        ${viewing ? this.#renderViewer(viewing) : nothing}
      </dialog>
    </div>`;
  }

  #renderViewer(item: ChatMediaResponse): TemplateResult {
    const url = safeFileHref(item.url);
    const name = displayFileName(item.filename, 60);
    // The reader, as the conversation knows them; unknown, every item may be deleted (the API lets any participant).
    const me = this.#chat.chat?.conversation.state.me ?? null;
    const date = new Date(item.created_at);
    const when = dateFormat(this.#l10n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    return html`<div class="viewer-head">
        <h2 id="viewer-title" part="viewer-title" dir="auto" title=${cleanFileName(item.filename)}>${name}</h2>
        <button part="close-button" class="icon-button" type="button" aria-label=${this.#l10n.terms.close} @click=${this.#close}>${closeIcon}</button>
      </div>
      <div part="viewer-media">${renderPreview(item, this.#l10n.terms, this.#apiBase)}</div>
      <p part="viewer-details">
        ${this.#l10n.terms.kinds[item.media_type]} · ${formatBytes(item.size_bytes)} ·
        <time datetime=${item.created_at}>${when}</time>
      </p>
      ${this.viewerError ? html`<p part="error" role="alert">${this.viewerError}</p>` : nothing}
      ${this.confirming
        ? html`<div part="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${this.#l10n.terms.confirmDelete(name)}</p>
            <div class="actions">
              <button part="confirm-button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#delete(item)}>${trashIcon}${this.#l10n.terms.confirm}</button>
              <button part="cancel-button" type="button" @click=${this.#cancelDelete}>${this.#l10n.terms.cancel}</button>
            </div>
          </div>`
        : html`<div class="actions">
            ${url
              ? html`<a part="download" href=${url} download=${downloadFileName(item.filename)} target="_blank" rel="noopener noreferrer">${downloadIcon}${this.#l10n.terms.download}</a>`
              : nothing}
            ${me === null || item.uploaded_by === me
              ? html`<button part="delete-button" type="button" @click=${this.#askDelete}>${trashIcon}${this.#l10n.terms.delete}</button>`
              : nothing}
          </div>`}`;
  }

  async #open(item: ChatMediaResponse, opener: HTMLElement): Promise<void> {
    const media = this.#chat.chat?.media;
    if (!media) return;
    this.#opener = opener;
    this.viewingId = item.id;
    // Shown anew, even the item just closed whose close event is still to come.
    this.#shown = null;
    this.requestUpdate();
    this.confirming = false;
    this.viewerError = '';
    this.announcement = '';
    await this.#focusPart('close-button');
    await media.show(item.id);
    if (this.viewingId !== item.id) {
      if (media.state.open?.id === item.id) media.close();
      return;
    }
    const error = media.state.error;
    if (media.state.open?.id !== item.id && error) this.#showError(error, this.#l10n.terms.openFailed);
  }

  /** After the coming render, focus moves to the control of that part. */
  async #focusPart(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }

  #showError(error: ChatApiError, say: (reason: string) => string): void {
    this.#handled.add(error);
    this.viewerError = say(error.message);
  }

  #close = (): void => {
    this.#dialog?.close();
  };

  /** Every way of closing (Escape, the button, a deletion) ends here. */
  #onClose = async (): Promise<void> => {
    // The close event arrives a task later: the viewer may already show another item.
    if (this.#dialog?.open) return;
    this.viewingId = this.#shown = null;
    this.confirming = false;
    this.viewerError = '';
    if (this.#chat.chat?.media.state.open) this.#chat.chat.media.close();
    await this.updateComplete;
    const at = this.#removedAt;
    this.#removedAt = null;
    if (at === null) {
      if (this.#opener?.isConnected) this.#opener.focus();
      return;
    }
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="open-button"]')];
    (buttons[Math.min(at, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part~="empty"], [part~="load-more"]'))?.focus();
  };

  /** Escape inside the confirmation step only leaves the step. */
  #onCancel = (event: Event): void => {
    if (!this.confirming) return;
    event.preventDefault();
    this.#cancelDelete();
  };

  /**
   * Escape belongs to the viewer: the panel around must not close too. In the confirmation step it only leaves
   * the step (handled here, as a dialog's cancel event cannot always be prevented).
   */
  #onDialogKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.#onCancel(event);
  };

  #askDelete = async (): Promise<void> => {
    this.confirming = true;
    this.viewerError = '';
    await this.#focusPart('cancel-button');
  };

  #cancelDelete = async (): Promise<void> => {
    this.confirming = false;
    await this.#focusPart('delete-button');
  };

  async #delete(item: ChatMediaResponse): Promise<void> {
    const media = this.#chat.chat?.media;
    if (!media || this.busy) return;
    const at = media.state.items.findIndex((i) => i.id === item.id);
    this.busy = true;
    try {
      await media.remove(item.id);
      this.announcement = this.#l10n.terms.deleted(displayFileName(item.filename, 60));
      this.#removedAt = Math.max(at, 0);
      this.#close();
    } catch (error) {
      this.confirming = false;
      this.#showError(error as ChatApiError, this.#l10n.terms.deleteFailed);
      await this.#focusPart('delete-button');
    } finally {
      this.busy = false;
    }
  }

  #retry = (): void => {
    const media = this.#chat.chat?.media;
    const sessionId = this.#chat.chat?.conversation.state.sessionId ?? null;
    if (!media || sessionId === null) return;
    if (media.state.items.length) void media.loadMore();
    else void media.load(sessionId);
  };

  #loadMore = async (): Promise<void> => {
    const media = this.#chat.chat?.media;
    if (!media) return;
    const shown = media.state.items.length;
    const hadFocus = this.shadowRoot?.activeElement?.matches('[part~="load-more"]');
    await media.loadMore();
    await this.updateComplete;
    // Keyboard users continue at the first item that arrived.
    if (hadFocus) this.renderRoot.querySelectorAll<HTMLElement>('[part~="open-button"]')[shown]?.focus();
  };
}
