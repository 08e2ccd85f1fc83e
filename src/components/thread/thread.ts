import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { chatContext, type ChatContextValue } from '../../context/chat-context.js';
import { StoreController } from '../../controllers/store-controller.js';
import type { ConversationState } from '../../state/conversation-store.js';
import type { ThreadItem } from '../../state/thread-item.js';
import type { UiState } from '../../state/ui-store.js';
import { renderRow, type MessageHost } from './message-view.js';
import { langOf, toRows, type Row } from './rows.js';
import { icons } from './thread.icons.js';
import { styles } from './thread.styles.js';
import { terms } from './thread.terms.js';

interface Pin {
  index: number;
  block: 'start' | 'end';
}

/** Closer to the bottom than this (in px) counts as "at the bottom": the view follows new messages. */
const BOTTOM_SLACK = 32;
/** Closer to the top than this (in px) loads the page of history before. */
const TOP_SLACK = 240;

/** A scroll this soon after the reader's wheel, touch or key press is theirs. */
const INPUT_WINDOW_MS = 400;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

const ignore = () => {};

/**
 * @summary The conversation: messages grouped by sender and time under date separators, markdown answers with
 * their sources, media, reactions, edit and delete, delivery states with retry, and history on scroll up.
 *
 * Only the messages near the screen are in the DOM (a 10,000-message thread renders a few screens), through
 * `@lit-labs/virtualizer`. The view stays at the bottom while the reader is there; otherwise arriving messages
 * show a "New messages" button. Loading older history keeps the first visible message where it was. Messages
 * are marked read when the newest one is on screen, the panel is open and the page visible. Needs the chat
 * context of `<kesk-chat>` (or one provided by hand).
 *
 * @slot empty - Shown while the conversation has no messages (a greeting, for instance).
 *
 * @csspart thread - The whole view.
 * @csspart log - The scrolling list (`role="log"`).
 * @csspart message - A message (`<article>`, named "Sender, time"); also `own` or `other`.
 * @csspart own - Your messages (with `message`).
 * @csspart other - Everyone else's messages (with `message`).
 * @csspart bubble - The message's bubble.
 * @csspart avatar - The sender's picture or initials, on the first message of a group.
 * @csspart name - The sender's name, on the first message of a group.
 * @csspart time - When it was sent.
 * @csspart date-separator - "Today", "Yesterday" or a date, above the first message of a day.
 * @csspart system-notice - A notice from the system, such as a hand-over to a person.
 * @csspart sources - The numbered sources of an assistant's answer.
 * @csspart media - An inline image, audio or video (with `image`, `audio` or `video`).
 * @csspart attachment - A file chip with name and size, that downloads.
 * @csspart upload - A file of yours still uploading: name, progress and Cancel.
 * @csspart progress - The upload's progress bar.
 * @csspart cancel-upload - The button that cancels an upload.
 * @csspart reactions - The reaction chips under a message.
 * @csspart reaction - One chip: emoji and count, pressed when it is yours.
 * @csspart reaction-picker - The emoji to react with.
 * @csspart message-actions - React, Edit and Delete, shown on hover and focus.
 * @csspart confirm - "Delete this message?" inside the bubble.
 * @csspart confirm-delete - Its Delete button.
 * @csspart confirm-cancel - Its Cancel button.
 * @csspart failed - Why a message of yours was not sent, with Retry and Discard.
 * @csspart retry-button - Sends the failed message again.
 * @csspart discard-button - Drops the failed message.
 * @csspart new-messages - The "New messages" button, when messages arrive while you read older ones.
 * @csspart typing - The typing (or thinking) indicator while a reply is awaited.
 * @csspart status - "Loading…" messages.
 *
 * @cssprop --kesk-thread-background - Behind the messages (default: the surface colour).
 * @cssprop --kesk-thread-own-background - Your bubbles (default: the brand colour).
 * @cssprop --kesk-thread-own-color - Text in your bubbles (default: the on-brand colour).
 * @cssprop --kesk-thread-other-background - Others' bubbles (default: the second surface colour).
 * @cssprop --kesk-thread-other-color - Text in others' bubbles (default: the text colour).
 * @cssprop --kesk-thread-avatar-size - The avatars' size (default 28px).
 */
export class KeskThread extends LitElement {
  static override styles = styles;

  @consume({ context: chatContext, subscribe: true })
  @state()
  private chat?: ChatContextValue;

  /** The key of the message whose reaction picker is open. */
  @state() private pickerFor: string | null = null;
  /** The key of the message asking whether to delete it. */
  @state() private confirmFor: string | null = null;
  @state() private unseen = false;

  @query('.scroller') private scroller?: VirtualizerHostElement;

  readonly #conversation = new StoreController<ConversationState>(this);
  readonly #ui = new StoreController<UiState>(this);
  #items: readonly ThreadItem[] = [];
  #rows: Row[] = [];
  #sessionId: number | null | undefined;
  /** Follow the bottom: the reader is there (or just sent something). */
  #stick = true;
  /** The virtualizer is pinned to the last message. */
  #pinnedToEnd = false;
  /**
   * A pin for the next render only: a layout config with a pin re-pins on every render it is passed to.
   * `pin: null` unpins (the layout's `pin` setter takes null; its type only says it is optional).
   */
  #layout: { pin?: Pin | null } = {};
  #anchor?: { key: string; offset: number };
  #lastVisible = -1;
  #inputAt = 0;
  #markQueued = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onPageVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onPageVisibility);
  }

  /** Scrolls to the newest message and follows new ones from there. */
  scrollToBottom(): void {
    this.#stick = true;
    this.unseen = false;
    this.#pin({ index: this.#rows.length - 1, block: 'end' });
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#conversation.attach(this.chat?.conversation);
    this.#ui.attach(this.chat?.ui);
    const s = this.#conversation.state;
    const items = s?.items ?? [];
    if (items !== this.#items) this.#itemsChanged(items, s?.sessionId ?? null);
  }

  #itemsChanged(next: readonly ThreadItem[], sessionId: number | null): void {
    const old = this.#items;
    if (sessionId !== this.#sessionId) {
      this.#sessionId = sessionId;
      this.#stick = true;
      this.unseen = false;
      this.pickerFor = this.confirmFor = null;
    } else if (old.length && next.length) {
      const oldFirst = old[0]!.key;
      if (next[0]!.key !== oldFirst && !this.#stick) {
        // Older history went in above: keep the first visible message where it is on screen.
        const anchor = this.#findAnchor();
        const index = anchor ? next.findIndex((i) => i.key === anchor.key) : -1;
        if (anchor && index >= 0) {
          this.#anchor = anchor;
          this.#pin({ index, block: 'start' });
        }
      }
      // What arrived after the messages we had (not the older page): our own new message brings the view down,
      // others' show the "New messages" button when the reader is up in the history.
      const known = new Set(old.map((i) => i.key));
      const added = next.slice(Math.max(0, next.findIndex((i) => i.key === oldFirst))).filter((i) => !known.has(i.key));
      if (added.some((i) => i.own && i.message.id <= 0)) this.#stick = true;
      else if (added.some((i) => !i.own) && !this.#stick) this.unseen = true;
    }
    this.#items = next;
    this.#rows = toRows(next);
    if (this.#stick && next.length) this.#pin({ index: next.length - 1, block: 'end' });
  }

  #pin(pin: Pin | null): void {
    this.#layout = { pin };
    this.#pinnedToEnd = pin?.block === 'end';
  }

  /** The first message row at least partly on screen, and how far its top is from the top of the view. */
  #findAnchor(): { key: string; offset: number } | undefined {
    const scroller = this.scroller;
    if (!scroller) return undefined;
    const top = scroller.getBoundingClientRect().top;
    let found: { key: string; offset: number } | undefined;
    for (const row of scroller.querySelectorAll<HTMLElement>(':scope > .row')) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom > top + 1 && (!found || rect.top - top < found.offset)) found = { key: row.dataset.key!, offset: rect.top - top };
    }
    return found;
  }

  async #restoreAnchor(anchor: { key: string; offset: number }): Promise<void> {
    await this.scroller?.[virtualizerRef]?.layoutComplete.catch(ignore);
    // The pin put the anchor at the top; unpin, then scroll it back to where the reader had it.
    this.#pin(null);
    this.requestUpdate();
    await this.updateComplete;
    await new Promise(requestAnimationFrame);
    const scroller = this.scroller;
    const row = this.#rowElement(anchor.key);
    if (!scroller || !row) return;
    const delta = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - anchor.offset;
    if (Math.abs(delta) >= 1) scroller.scrollTop += delta;
  }

  #rowElement(key: string): HTMLElement | undefined {
    return [...(this.scroller?.querySelectorAll<HTMLElement>(':scope > .row') ?? [])].find((r) => r.dataset.key === key);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#layout = {};
    if (this.#anchor) {
      const anchor = this.#anchor;
      this.#anchor = undefined;
      void this.#restoreAnchor(anchor);
    }
    this.#markReadIfSeen();
  }

  #atBottom(): boolean {
    const s = this.scroller;
    return !s || s.scrollHeight - s.scrollTop - s.clientHeight <= BOTTOM_SLACK;
  }

  #onScroll = (): void => {
    if (this.#atBottom()) {
      this.unseen = false;
      if (!this.#stick) this.scrollToBottom();
    } else if (this.#stick && (!this.#pinnedToEnd || performance.now() - this.#inputAt < INPUT_WINDOW_MS)) {
      // While pinned, the layout scrolls by itself as rows are measured (through positions short of the bottom);
      // only a scroll right after the reader's wheel, touch or key is theirs. Other scrolls unpin the layout and
      // tell us through `unpinned`.
      this.#stick = false;
      if (this.#pinnedToEnd) {
        this.#pin(null);
        this.requestUpdate();
      }
    }
    if (this.scroller && this.scroller.scrollTop < TOP_SLACK) this.#loadOlder();
  };

  /** The reader is scrolling by hand (wheel, touch, keys, the scrollbar). */
  #onInput = (e: Event): void => {
    if (e.type === 'keydown' && !SCROLL_KEYS.has((e as KeyboardEvent).key)) return;
    if (e.type === 'pointerdown' && e.target !== this.scroller) return;
    this.#inputAt = performance.now();
  };

  #passiveInput = { handleEvent: this.#onInput, passive: true };

  /** A scroll the layout did not make unpinned it: the reader's, or the browser clamping a shorter list. */
  #onUnpinned = (): void => {
    this.#pinnedToEnd = false;
    this.#stick = this.#atBottom();
    if (!this.#stick) return;
    this.unseen = false;
    if (performance.now() - this.#inputAt > INPUT_WINDOW_MS) this.scrollToBottom();
  };

  #onRange = (e: Event): void => {
    if ((e as Event & { first: number }).first === 0) this.#loadOlder();
  };

  #onVisibility = (e: Event): void => {
    this.#lastVisible = (e as Event & { last: number }).last;
    this.#markReadIfSeen();
  };

  #onPageVisibility = (): void => this.#markReadIfSeen();

  #loadOlder(): void {
    const s = this.#conversation.state;
    if (s && s.hasMore && !s.loading && !s.loadingOlder && s.items.length) this.chat!.conversation.loadOlder().catch(ignore);
  }

  /** Marks the conversation read, a frame from now, if the newest message is on screen for someone to see. */
  #markReadIfSeen(): void {
    if (this.#markQueued) return;
    this.#markQueued = true;
    requestAnimationFrame(() => {
      this.#markQueued = false;
      const conversation = this.chat?.conversation;
      if (!conversation || !this.#ui.state?.open || document.visibilityState !== 'visible' || !this.isConnected) return;
      if (!this.#rows.length || this.#lastVisible < this.#rows.length - 1) return;
      conversation.markRead().catch(ignore);
    });
  }

  /** What the message templates call: the intents behind every button in a message. */
  readonly #actions: Omit<MessageHost, 'locale' | 'now' | 'pickerFor' | 'confirmFor' | 'editingId'> = {
    toggleReaction: (item, emoji) => {
      const fromPicker = this.pickerFor === item.key;
      this.pickerFor = null;
      this.chat?.conversation.toggleReaction(item.message.id, emoji).catch(ignore);
      if (fromPicker) this.#focusIn(item.key, '.react');
    },
    togglePicker: (item) => {
      const open = this.pickerFor !== item.key;
      this.pickerFor = open ? item.key : null;
      this.confirmFor = null;
      this.#focusIn(item.key, open ? '.pick' : '.react');
    },
    edit: (item) => {
      this.chat?.ui.set({ editingMessageId: item.message.id });
      this.chat?.ui.focusComposer();
    },
    askDelete: (item) => {
      const was = this.confirmFor;
      this.confirmFor = item?.key ?? null;
      this.pickerFor = null;
      if (item) this.#focusIn(item.key, '.cancel');
      else if (was) this.#focusIn(was, '.actions .icon-button:last-child');
    },
    confirmDelete: (item) => {
      this.confirmFor = null;
      this.chat?.conversation.remove(item.message.id).catch(ignore);
      this.scroller?.focus({ preventScroll: true });
    },
    retry: (item) => this.chat?.conversation.retry(item.key),
    discard: (item) => {
      this.chat?.conversation.discard(item.key);
      this.scroller?.focus({ preventScroll: true });
    },
    cancelUpload: (item, upload) => this.chat?.conversation.cancelUpload(item.key, upload.key),
  };

  #focusIn(key: string, selector: string): void {
    void this.updateComplete.then(() => this.#rowElement(key)?.querySelector<HTMLElement>(selector)?.focus());
  }

  #onKeydown = (e: KeyboardEvent): void => {
    this.#onInput(e);
    if (e.key !== 'Escape' || !(this.pickerFor || this.confirmFor)) return;
    e.stopPropagation();
    if (this.pickerFor) this.#actions.togglePicker(this.#items.find((i) => i.key === this.pickerFor)!);
    else this.#actions.askDelete(null);
  };

  #onJump = (): void => {
    this.scrollToBottom();
    this.scroller?.focus({ preventScroll: true });
  };

  protected override render() {
    const s = this.#conversation.state;
    const empty = !this.#rows.length;
    const thinking = this.chat?.conversation.config.mode === 'assistant';
    const host: MessageHost = {
      ...this.#actions,
      locale: langOf(this),
      now: new Date(),
      pickerFor: this.pickerFor,
      confirmFor: this.confirmFor,
      editingId: this.#ui.state?.editingMessageId ?? null,
    };
    return html`<div part="thread" class="thread">
      <div class="viewport">
        <div part="log" class="scroller" role="log" aria-live="polite" aria-label=${terms.log} aria-busy=${s?.loading ? 'true' : 'false'}
          tabindex="0" @scroll=${this.#onScroll} @keydown=${this.#onKeydown} @wheel=${this.#passiveInput} @touchmove=${this.#passiveInput}
          @pointerdown=${this.#onInput} @rangeChanged=${this.#onRange}
          @visibilityChanged=${this.#onVisibility} @unpinned=${this.#onUnpinned}>
          ${virtualize({
            items: this.#rows,
            keyFunction: (row: Row) => row.item.key,
            renderItem: (row: Row, index: number) => renderRow(row, host, index === this.#rows.length - 1),
            layout: this.#layout as { pin?: Pin },
            scroller: true,
          })}
        </div>
        ${empty && !s?.loading ? html`<div class="empty"><slot name="empty"></slot></div>` : nothing}
        ${s?.loading && empty ? html`<div part="status" class="status" role="status">${terms.loading}</div>` : nothing}
        ${s?.loadingOlder ? html`<div part="status" class="status older" role="status">${terms.loadingOlder}</div>` : nothing}
        ${this.unseen
          ? html`<button part="new-messages" class="jump" type="button" @click=${this.#onJump}>${terms.newMessages} ${icons.down}</button>`
          : nothing}
      </div>
      ${s?.awaitingReply
        ? html`<div part="typing" class="typing" role="status">
            <span class="dots" aria-hidden="true"><i></i><i></i><i></i></span>${thinking ? terms.thinking : terms.typing}
          </div>`
        : nothing}
    </div>`;
  }
}
