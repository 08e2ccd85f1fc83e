import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators/state.js';
import { ChatApiError } from '../../api/errors.js';
import { ACCEPTED_EXTENSIONS, checkUpload, formatBytes } from '../../api/upload-limits.js';
import { cleanFileName, displayFileName } from '../../api/file-name.js';
import type { ChatContextValue } from '../../context/chat-context.js';
import { ChatMember } from '../../controllers/chat-member.js';
import { KeskBeforeSendEvent, KeskErrorEvent } from '../../events/events.js';
import type { UiStore } from '../../state/ui-store.js';
import { addFiles, carriesFiles, MAX_FILES } from './composer-files.js';
import { icons } from './composer.icons.js';
import { styles } from './composer.styles.js';
import { terms as english } from './composer.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';

/** The API's limit on a message's length, and from where the counter shows. */
const MAX_LENGTH = 4000;
const COUNTER_FROM = 3500;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * @summary Where the user writes: a textarea that grows with its text, attachments (button, drag and drop,
 * paste) checked against the API's limits before any upload, and edit mode for a message already sent.
 *
 * Enter sends, Shift+Enter breaks the line, and nothing sends while an input method is composing. In an empty
 * composer ArrowUp edits your last message; Escape leaves edit mode. Needs the chat context of `<kesk-chat>`.
 *
 * @fires kesk-before-send - Before a message is sent (cancelable; `detail: {text, files}`). Cancelling keeps it here.
 * @fires kesk-error - A file or message was refused before sending (`detail.error`, its message names the limit).
 *
 * @csspart composer - The whole composer (it shows the drop state with `.dragging`).
 * @csspart edit-bar - "Editing message · Cancel", in edit mode.
 * @csspart edit-cancel - The Cancel button of the edit bar.
 * @csspart attachments - The list of chosen files.
 * @csspart attachment - One chosen file: preview or icon, name, size, remove button.
 * @csspart attachment-remove - The button that removes a chosen file.
 * @csspart field - The rounded box around the buttons and the textarea.
 * @csspart attach-button - Opens the file picker (hidden where files cannot be sent).
 * @csspart input - The textarea.
 * @csspart send-button - Sends (Saves in edit mode); disabled while empty.
 * @csspart error - Why the last message or file was refused (`role="alert"`).
 * @csspart counter - Characters used, near the limit.
 * @csspart drop-zone - The overlay shown while files are dragged over the composer.
 *
 * @cssprop --kesk-composer-background - Background behind the field (default: the surface colour).
 * @cssprop --kesk-composer-field-background - The field's background (default: the second surface colour).
 * @cssprop --kesk-composer-max-height - How tall the textarea grows before it scrolls (default 160px).
 */
export class KeskComposer extends LitElement {
  readonly #l10n = new LocaleController(this, 'composer', english);
  static override styles = styles;

  readonly #chat = new ChatMember(this, { stores: ['conversation', 'ui'] });

  @state() private text = '';
  @state() private files: File[] = [];
  @state() private error = '';
  @state() private dragging = false;
  @state() private busy = false;

  #focusFrom?: UiStore;
  #offFocus?: () => void;
  #composing = false;
  #dragDepth = 0;
  #editingId: number | null = null;
  #draft?: { text: string; files: File[] };
  #caretToEnd = false;
  #previews = new Map<File, string>();

  get #input() {
    return this.renderRoot?.querySelector('textarea');
  }
  get #picker() {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[type=file]');
  }

  /** Focuses the textarea. */
  override focus(options?: FocusOptions): void {
    if (this.#input) this.#input.focus(options);
    else void this.updateComplete.then(() => this.#input?.focus(options));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listenForFocus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#offFocus?.();
    this.#offFocus = this.#focusFrom = undefined;
    this.#previews.forEach((url) => URL.revokeObjectURL(url));
    this.#previews.clear();
  }

  protected override willUpdate(): void {
    this.#listenForFocus();
    this.#followEditMode();
  }

  protected override updated(): void {
    const input = this.#input;
    if (!input) return;
    // The text as the state has it, checked against the field itself (what the user typed may differ from the last render).
    if (input.value !== this.text) input.value = this.text;
    // Grow with the text; CSS caps the height, after which the textarea scrolls. Measured before the next frame
    // draws (the frame the text shows on): measured here, it would lay out the whole panel in the middle of a render
    // that other elements go on changing, and the frame would lay it out again.
    requestAnimationFrame(() => {
      input.style.blockSize = 'auto';
      input.style.blockSize = `${input.scrollHeight}px`;
    });
    if (this.#caretToEnd) {
      this.#caretToEnd = false;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }

  #listenForFocus(): void {
    const ui = this.#chat.chat?.ui;
    if (!this.isConnected || ui === this.#focusFrom) return;
    this.#offFocus?.();
    this.#focusFrom = ui;
    this.#offFocus = ui?.onFocusComposer(() => this.focus());
  }

  /** Loads the message being edited (keeping the draft aside), or restores the draft when editing ends. */
  #followEditMode(): void {
    const chat = this.#chat.chat;
    const id = chat?.ui.state.editingMessageId ?? null;
    if (id === this.#editingId) return;
    if (id !== null) {
      const item = chat!.conversation.state.items.find((i) => i.message.id === id);
      if (!item) {
        queueMicrotask(() => chat!.ui.set({ editingMessageId: null }));
        return;
      }
      if (this.#editingId === null) this.#draft = { text: this.text, files: this.files };
      this.text = item.message.content;
      this.files = [];
      this.#caretToEnd = true;
    } else {
      this.text = this.#draft?.text ?? '';
      this.files = this.#draft?.files ?? [];
      this.#draft = undefined;
    }
    this.#editingId = id;
    this.error = '';
  }

  /** Files can go with a message, except to a bot (it cannot read them) and while editing. */
  get #canAttach(): boolean {
    const conversation = this.#chat.chat?.conversation;
    if (!conversation || this.#editingId !== null) return false;
    const status = conversation.state.bot.status;
    return conversation.config.mode !== 'bot' || (status !== 'active' && status !== null);
  }

  // Sending

  async #submit(): Promise<void> {
    const chat = this.#chat.chat;
    if (!chat || this.busy) return;
    if (this.#editingId !== null) return this.#saveEdit(chat, this.#editingId);
    const text = this.text.trim();
    const files = [...this.files];
    if (!text && !files.length) return;
    if (!this.dispatchEvent(new KeskBeforeSendEvent({ text, files }))) return;
    try {
      chat.conversation.send(text, files);
    } catch (error) {
      this.#refuse(error);
      return;
    }
    this.text = '';
    this.#setFiles([]);
    this.error = '';
    this.#input?.focus();
  }

  async #saveEdit(chat: ChatContextValue, id: number): Promise<void> {
    const item = chat.conversation.state.items.find((i) => i.message.id === id);
    if (item?.message.content === this.text.trim()) return this.#cancelEdit();
    this.busy = true;
    try {
      await chat.conversation.edit(id, this.text);
    } catch (error) {
      this.error = messageOf(error);
      return;
    } finally {
      this.busy = false;
    }
    chat.ui.set({ editingMessageId: null });
    this.#input?.focus();
  }

  #cancelEdit(): void {
    this.#chat.chat?.ui.set({ editingMessageId: null });
    this.#input?.focus();
  }

  /** Shows why something was refused, and tells the page. */
  #refuse(error: unknown, append = false): void {
    const message = messageOf(error);
    this.error = append && this.error ? `${this.error} ${message}` : message;
    if (error instanceof ChatApiError) this.dispatchEvent(new KeskErrorEvent(error));
  }

  // Attachments

  #add(list: Iterable<File> | null | undefined): void {
    const added = [...(list ?? [])];
    if (!added.length) return;
    if (this.#editingId !== null || !this.#canAttach) {
      this.error = this.#editingId !== null ? this.#l10n.terms.noFilesWhileEditing : this.#l10n.terms.noFilesForBot;
      return;
    }
    const { files, refused, tooMany } = addFiles(this.files, added);
    this.#setFiles(files);
    this.error = '';
    refused.forEach(({ error }) => this.#refuse(error, true));
    if (tooMany) this.error = `${this.error} ${this.#l10n.terms.tooManyFiles(MAX_FILES)}`.trim();
  }

  #setFiles(files: File[]): void {
    for (const [file, url] of this.#previews) {
      if (files.includes(file)) continue;
      URL.revokeObjectURL(url);
      this.#previews.delete(file);
    }
    this.files = files;
  }

  #remove(file: File): void {
    this.#setFiles(this.files.filter((f) => f !== file));
    this.#input?.focus();
  }

  #preview(file: File): string {
    let url = this.#previews.get(file);
    if (!url) this.#previews.set(file, (url = URL.createObjectURL(file)));
    return url;
  }

  // Events

  #onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.error = '';
  }

  #onKeydown(event: KeyboardEvent): void {
    // An input method (Japanese, Chinese, Korean, …) uses Enter to commit its text: never send then.
    if (event.isComposing || event.keyCode === 229 || this.#composing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      void this.#submit();
    } else if (event.key === 'Escape' && this.#editingId !== null) {
      event.preventDefault();
      event.stopPropagation();
      this.#cancelEdit();
    } else if (event.key === 'ArrowUp' && !this.text && !this.files.length && this.#editingId === null && this.#chat.chat) {
      const last = this.#chat.chat.conversation.state.items.findLast(
        (i) => i.own && i.delivery === 'sent' && i.message.id > 0 && !i.message.deleted && i.message.content,
      );
      if (!last) return;
      event.preventDefault();
      this.#chat.chat.ui.set({ editingMessageId: last.message.id });
    }
  }

  #onPaste(event: ClipboardEvent): void {
    const data = event.clipboardData;
    if (!data?.files.length) return;
    // A copied image may come with its text (from a document): keep the text, add the files.
    if (!data.types.includes('text/plain')) event.preventDefault();
    this.#add(data.files);
  }

  #onDrag(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.type === 'dragenter') this.#dragDepth++;
    if (event.type === 'dragleave') this.#dragDepth--;
    if (event.type === 'dragover' && event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    if (event.type === 'drop') {
      this.#dragDepth = 0;
      this.#add(event.dataTransfer?.files);
      this.#input?.focus();
    }
    this.dragging = this.#dragDepth > 0;
  }

  #onPick(event: Event): void {
    const picker = event.target as HTMLInputElement;
    this.#add(picker.files);
    picker.value = '';
    this.#input?.focus();
  }

  // Rendering

  protected override render() {
    const mode = this.#chat.chat?.conversation.config.mode ?? 'assistant';
    const editing = this.#editingId !== null;
    const length = this.text.trim().length;
    const counted = length >= COUNTER_FROM;
    const empty = !length && !this.files.length;
    const onDrag = (e: DragEvent) => this.#onDrag(e);
    // No white space between the tags (a grid and flex boxes, where it would not show: every run of it is a text
    // node); the error's text goes in as `.textContent`, without the marker comment of a child binding.
    return html`<div part="composer" class=${this.dragging ? 'dragging' : ''} @dragenter=${onDrag} @dragover=${onDrag} @dragleave=${onDrag} @drop=${onDrag}
      >${editing ? this.renderEditBar() : nothing}${this.files.length ? this.renderAttachments() : nothing}<div part="field" class="field">${this.#canAttach
        ? html`<button part="attach-button" class="icon-button" type="button" aria-label=${this.#l10n.terms.attach} title=${this.#l10n.terms.attach}
            @click=${() => this.#picker?.click()}>${icons.attach}</button>`
        : nothing}<textarea
          part="input"
          rows="1"
          enterkeyhint=${editing ? 'done' : 'send'}
          placeholder=${this.#l10n.terms.placeholder(mode)}
          aria-label=${editing ? this.#l10n.terms.editInputLabel : this.#l10n.terms.inputLabel}
          aria-describedby=${counted ? 'counter' : nothing}
          aria-invalid=${length > MAX_LENGTH ? 'true' : 'false'}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @paste=${this.#onPaste}
          @compositionstart=${() => (this.#composing = true)}
          @compositionend=${() => (this.#composing = false)}
        ></textarea
        ><button
          part="send-button"
          class="icon-button send"
          type="button"
          aria-label=${editing ? this.#l10n.terms.save : this.#l10n.terms.send}
          title=${editing ? this.#l10n.terms.save : this.#l10n.terms.send}
          ?disabled=${empty || this.busy}
          @click=${() => void this.#submit()}
        >${icons.send}</button></div
      ><div class="meta"><p part="error" role="alert" ?hidden=${!this.error} .textContent=${this.error}></p>${counted
          ? html`<span part="counter" id="counter" class=${length > MAX_LENGTH ? 'over' : ''}>
              <span aria-hidden="true">${this.#l10n.terms.counter(length, MAX_LENGTH)}</span>
              <span class="visually-hidden">${this.#l10n.terms.counterLabel(length, MAX_LENGTH)}</span>
            </span>`
          : nothing}</div
      ><input type="file" multiple hidden accept=${ACCEPTED_EXTENSIONS.join(',')} @change=${this.#onPick} />${this.dragging
        ? html`<div part="drop-zone" class="drop" aria-hidden="true">${icons.attach} ${this.#l10n.terms.drop}</div>`
        : nothing}</div>`;
  }

  protected renderEditBar() {
    return html`<div part="edit-bar" class="edit-bar">
      ${icons.edit}<span>${this.#l10n.terms.editing}</span><span aria-hidden="true">·</span>
      <button part="edit-cancel" class="link" type="button" aria-label=${this.#l10n.terms.cancelEditLabel} @click=${this.#cancelEdit}>${this.#l10n.terms.cancelEdit}</button>
    </div>`;
  }

  protected renderAttachments() {
    return html`<ul part="attachments" class="attachments" aria-label=${this.#l10n.terms.attachments}>
      ${this.files.map(
        (file) => html`<li part="attachment" class="attachment">
          ${checkUpload(file).mediaType === 'image' ? html`<img src=${this.#preview(file)} alt="" />` : icons.file}
          <span class="name" dir="auto" title=${cleanFileName(file.name)}>${displayFileName(file.name)}</span>
          <span class="size">${formatBytes(file.size)}</span>
          <button part="attachment-remove" class="icon-button small" type="button" aria-label=${this.#l10n.terms.remove(displayFileName(file.name))} title=${this.#l10n.terms.remove(displayFileName(file.name))} @click=${() => this.#remove(file)}>
            ${icons.close}
          </button>
        </li>`,
      )}
    </ul>`;
  }
}
