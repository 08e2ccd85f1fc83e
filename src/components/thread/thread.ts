import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators/state.js';
import { ChatMember } from '../../controllers/chat-member.js';
import type { ThreadItem } from '../../state/thread-item.js';
import type { LinkedMessage } from '../../state/message-link.js';
import type { MessageHost, RenderedText } from './message-view.js';
import { articleOf, MessageFocus, STEPS, type Step } from './message-focus.js';
import { renderRowElements } from './row-elements.js';
import { MessageWindow } from './message-window.js';
import { ThreadAnnouncer } from './thread-announcer.js';
import { ThreadScroll } from './thread-scroll.js';
import { ReadWhenSeen } from './thread-read-marks.js';
import { toRows, type Row } from './rows.js';
import { icons } from './thread.icons.js';
import { styles } from './thread.styles.js';
import { linkStyles } from './thread-link.styles.js';
import { terms as english } from './thread.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';

const ignore = () => {};

/**
 * @summary The conversation: messages grouped by sender and time under date separators, markdown answers with
 * their sources, media, reactions, edit and delete, delivery states with retry, and history on scroll up.
 *
 * Only a window of the messages is in the DOM (at most 150; a 10,000-message thread renders a few screens): it
 * grows as the reader nears either end and drops messages at the far end, with the room of the others kept so
 * the scroll bar spans the whole history. The view stays at the bottom while the reader is there; otherwise
 * arriving messages show a "New messages" button. Growing the window, or loading older history, keeps the first
 * visible message where it was on screen. Messages
 * are marked read when the newest one is on screen, the panel is open and the page visible. Needs the chat
 * context of `<kesk-chat>` (or one provided by hand).
 *
 * A link to a message (`<kesk-chat message-id>`, `ConversationStore.openMessage`) opens the thread at it: scrolled
 * to near the top, outlined, and the current message for the arrow keys; one that is not available gets a notice.
 *
 * Keyboard: the log is one tab stop; the arrow keys move between messages (Home and End to the first and the
 * newest), Enter goes into a message, and only the current message's links and buttons are in the tab order.
 * Screen readers hear each arriving message, and each send that failed, once, through a polite live region of
 * its own: the log is `aria-live="off"`, since its window adds old messages back as the reader scrolls.
 *
 * @slot empty - Shown while the conversation has no messages (a greeting, for instance).
 *
 * @csspart thread - The whole view.
 * @csspart log - The scrolling list (`role="log"`, one tab stop; the arrow keys move between messages).
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
 * @csspart show-all - "Show more", under the part shown of a message too long to show at once: the next part.
 * @csspart download-message - "Download the whole message", beside it: the text as a file.
 * @csspart unreadable - In the place of a message the API sent with a field of the wrong type (with `system-notice`).
 * @csspart typing - The typing (or thinking) indicator while a reply is awaited.
 * @csspart status - "Loading…" messages.
 * @csspart link-notice - Why the message a link (`message-id`) asked for is not shown, with a Dismiss button.
 *
 * @fires kesk-error - A message failed to render (it shows as "This message can't be shown"); `detail.error` says why.
 *
 * @cssprop --kesk-thread-background - Behind the messages (default: the surface colour).
 * @cssprop --kesk-thread-own-background - Your bubbles (default: the brand colour).
 * @cssprop --kesk-thread-own-color - Text in your bubbles (default: the on-brand colour).
 * @cssprop --kesk-thread-other-background - Others' bubbles (default: the second surface colour).
 * @cssprop --kesk-thread-other-color - Text in others' bubbles (default: the text colour).
 * @cssprop --kesk-thread-avatar-size - The avatars' size (default 28px).
 * @cssprop --kesk-thread-linked-color - The outline of the message a link opened the thread at (default: the brand colour).
 * @cssprop --kesk-md-gap - The space between paragraphs, lists and blocks in a message (default .5em).
 * @cssprop --kesk-md-code-background - Behind code in a message (default: the text colour at 10%).
 * @cssprop --kesk-md-link-color - Links in a message (default: the message's text colour).
 */
export class KeskThread extends LitElement {
  readonly #l10n = new LocaleController(this, 'thread', english);
  static override styles = [styles, linkStyles];

  readonly #chat = new ChatMember(this, { stores: ['conversation', 'ui'] });

  /** The key of the message whose reaction picker is open. */
  @state() private pickerFor: string | null = null;
  /** The key of the message asking whether to delete it. */
  @state() private confirmFor: string | null = null;
  /** How many more steps of each long message are shown, by key. */
  @state() private expanded: ReadonlyMap<string, number> = new Map();

  readonly #window = new MessageWindow();
  readonly #focus = new MessageFocus(() => this.#rowElements(), () => this.requestUpdate());
  /** The row under the pointer, or last tapped: it renders its actions (see `MessageHost.actionsFor`). */
  #pointed: string | null = null;
  readonly #scroll = new ThreadScroll(this, {
    parts: () => {
      const [scroller, above, content, below] = ['.scroller', '.above', '.content', '.below'].map((s) => this.#find(s));
      return scroller && above && content && below ? { scroller, above, content, below } : undefined;
    },
    rows: () => this.#rowElements(),
    items: () => this.#items,
    window: this.#window,
    loadOlder: () => this.#loadOlder(),
    moved: () => this.#readMarks.check(),
  });
  readonly #readMarks = new ReadWhenSeen(this, {
    open: () => !!this.#chat.state('ui')?.open,
    newestOnScreen: () => {
      const last = this.#window.atEnd ? this.#rowElements().at(-1) : undefined;
      return !!last && last.getBoundingClientRect().top < this.#scroller!.getBoundingClientRect().bottom;
    },
    markRead: () => void this.#chat.chat?.conversation.markRead().catch(ignore),
  });
  readonly #announcer = new ThreadAnnouncer(this, () => this.#find('.announcer'), () => this.#l10n.terms);
  /** The rendered rows' elements by message key, in order (see `renderRowElements`). */
  #rowEls = new Map<string, HTMLElement>();
  /** The items whose row failed to render: shown as a notice until the item changes. */
  readonly #unrendered = new WeakSet<ThreadItem>();
  /** The rendered messages' texts (see `MessageHost.texts`). */
  readonly #texts = new Map<string, RenderedText>();
  #items: readonly ThreadItem[] = [];
  #rows: Row[] = [];
  #sessionId: number | null | undefined;
  #linked: LinkedMessage | null = null;
  /** The message a link opened the thread at: outlined, and the keyboard's current message once rendered. */
  #linkedKey: string | null = null;
  #focusLinked = false;

  // The log and its parts, once rendered.
  get #scroller() {
    return this.#find('.scroller');
  }
  #find(selector: string): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>(selector);
  }

  /** Scrolls to the newest message and follows new ones from there. */
  scrollToBottom(): void {
    this.#scroll.toNewest();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#announcer.listen(this.#chat.chat?.conversation);
    const s = this.#chat.state('conversation');
    const items = s?.items ?? [];
    if (items !== this.#items) this.#itemsChanged(items, s?.sessionId ?? null);
    if ((s?.linked ?? null) !== this.#linked) this.#linkChanged(s?.linked ?? null);
  }

  #itemsChanged(next: readonly ThreadItem[], sessionId: number | null): void {
    const old = this.#items;
    if (sessionId !== this.#sessionId) {
      this.#sessionId = sessionId;
      this.pickerFor = this.confirmFor = null;
      this.#scroll.restart();
    } else if (old.length && next.length) {
      // What arrived after the messages we had (not the older page).
      const oldFirst = old[0]!.key;
      const known = new Set(old.map((i) => i.key));
      this.#scroll.arrived(next.slice(Math.max(0, next.findIndex((i) => i.key === oldFirst))).filter((i) => !known.has(i.key)));
      this.#announcer.failures(old, next);
    }
    this.#items = next;
    this.#rows = toRows(next);
    this.#scroll.follow(next);
  }

  /** A link to a message (`message-id`): once the message is in the thread, scrolls to it; or says why it is not. */
  #linkChanged(linked: LinkedMessage | null): void {
    this.#linked = linked;
    const index = linked?.key ? this.#items.findIndex((i) => i.key === linked.key) : -1;
    this.#linkedKey = index < 0 ? null : linked!.key!;
    if (index < 0) return;
    this.#scroll.reveal(index);
    this.#focusLinked = true;
  }

  /** The rendered message rows, oldest first. */
  #rowElements(): HTMLElement[] {
    return [...this.#rowEls.values()];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#renderRows();
    this.#scroll.rendered();
    const linked = this.#focusLinked && this.#linkedKey ? this.#rowEls.get(this.#linkedKey) : undefined;
    if (linked) {
      // Arrow keys in the log start from the linked message.
      this.#focusLinked = false;
      this.#focus.entered(linked);
    }
    this.#focus.sync();
    this.#readMarks.check();
  }

  #loadOlder(): void {
    const s = this.#chat.state('conversation');
    if (s && s.hasMore && !s.loading && !s.loadingOlder && s.items.length) this.#chat.chat!.conversation.loadOlder().catch(ignore);
  }

  /** What the message templates call: the intents behind every button in a message. */
  readonly #actions: Omit<MessageHost, 'locale' | 'terms' | 'apiBase' | 'now' | 'pickerFor' | 'confirmFor' | 'editingId' | 'expanded' | 'texts' | 'actionsFor'> = {
    expand: (item) => {
      this.expanded = new Map(this.expanded).set(item.key, (this.expanded.get(item.key) ?? 0) + 1);
      // Focus stays on "Show more" (or goes to what follows once it is gone), and the reader hears how far it got.
      void this.updateComplete.then(() => {
        const text = this.#texts.get(item.key);
        const row = this.#rowEls.get(item.key);
        if (!text || !row) return;
        (row.querySelector<HTMLElement>('.more button') ?? articleOf(row))?.focus();
        this.#announcer.say(this.#l10n.terms.shown(Math.ceil((text.end / text.content.length) * 100)));
      });
    },
    download: (item) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([item.message.content], { type: 'text/plain' }));
      link.download = 'message.txt';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    },
    toggleReaction: (item, emoji) => {
      const fromPicker = this.pickerFor === item.key;
      this.pickerFor = null;
      this.#chat.chat?.conversation.toggleReaction(item.message.id, emoji).catch(ignore);
      if (fromPicker) this.#focusIn(item.key, '.react');
    },
    togglePicker: (item) => {
      const open = this.pickerFor !== item.key;
      this.pickerFor = open ? item.key : null;
      this.confirmFor = null;
      this.#focusIn(item.key, open ? '.pick' : '.react');
    },
    edit: (item) => {
      this.#chat.chat?.ui.set({ editingMessageId: item.message.id });
      this.#chat.chat?.ui.focusComposer();
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
      this.#chat.chat?.conversation.remove(item.message.id).catch(ignore);
      this.#scroller?.focus({ preventScroll: true });
    },
    retry: (item) => this.#chat.chat?.conversation.retry(item.key),
    discard: (item) => {
      this.#chat.chat?.conversation.discard(item.key);
      this.#scroller?.focus({ preventScroll: true });
    },
    cancelUpload: (item, upload) => this.#chat.chat?.conversation.cancelUpload(item.key, upload.key),
  };

  #focusIn(key: string, selector: string): void {
    void this.updateComplete.then(() => this.#rowEls.get(key)?.querySelector<HTMLElement>(selector)?.focus());
  }

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && (this.pickerFor || this.confirmFor)) {
      e.stopPropagation();
      if (this.pickerFor) this.#actions.togglePicker(this.#items.find((i) => i.key === this.pickerFor)!);
      else this.#actions.askDelete(null);
      return;
    }
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target.localName === 'article') {
      // Enter on a message goes into it: its first link or button.
      e.preventDefault();
      target.parentElement?.querySelector<HTMLElement>('a[href], button')?.focus();
      return;
    }
    const step = STEPS[e.key];
    // Players and fields keep their own arrow keys.
    if (!step || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || target.matches('audio, video, input, textarea, select')) return;
    e.preventDefault();
    void this.#step(target, step);
  };

  /** Moves the keyboard to the previous, next, first or last message, growing the window at its ends. */
  async #step(from: HTMLElement, step: Step, again = true): Promise<void> {
    if (step === 'last' && !this.#window.atEnd) {
      this.scrollToBottom();
      await this.updateComplete;
    }
    const to = this.#focus.target(from, step);
    if (to === 'edge-start' || to === 'edge-end') {
      const grew = to === 'edge-start' ? this.#window.up() : this.#window.down();
      if (!grew) {
        if (to === 'edge-start') this.#loadOlder();
        return;
      }
      this.requestUpdate();
      await this.updateComplete;
      if (again) await this.#step(from, step, false);
      return;
    }
    articleOf(to)?.focus();
  }

  #onFocusin = (e: FocusEvent): void => this.#focus.entered(e.target as Element);

  /** A pointer over a message (or a tap on it) brings its actions into being. */
  #onPointerover = (e: PointerEvent): void => {
    const key = (e.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key ?? null;
    if (key === null || key === this.#pointed) return;
    this.#pointed = key;
    this.requestUpdate();
  };

  #onJump = (): void => {
    this.scrollToBottom();
    this.#scroller?.focus({ preventScroll: true });
  };

  /** Renders the window's rows into the log, keeping each message's element (see `renderRowElements`). */
  #renderRows(): void {
    const windowRows = this.#rows.slice(this.#window.start, this.#window.end);
    // Actions render on the message the reader is on, the one pointed at and the one whose picker is open.
    const active = this.#focus.activeAmong(windowRows.map((r) => r.item.key));
    const host: MessageHost = {
      ...this.#actions,
      locale: this.#l10n.locale,
      terms: this.#l10n.terms,
      apiBase: this.#chat.chat?.api.baseUrl ?? '',
      now: new Date(),
      pickerFor: this.pickerFor,
      confirmFor: this.confirmFor,
      editingId: this.#chat.state('ui')?.editingMessageId ?? null,
      expanded: this.expanded,
      texts: this.#texts,
      actionsFor: (key) => key === active || key === this.#pointed || key === this.pickerFor,
    };
    this.#rowEls = renderRowElements(this, this.#find('.content')!, windowRows, host, this.#rowEls, this.#unrendered, this.#rows.at(-1), this.#linkedKey);
  }

  protected override render() {
    const s = this.#chat.state('conversation');
    const empty = !this.#rows.length;
    const thinking = this.#chat.chat?.conversation.config.mode === 'assistant';
    const linkStatus = s?.linked?.status;
    // No white space between the tags (flex boxes, and blocks in the log, where it would not show: every run of it
    // is a text node), and one binding for the empty slot or the first load's status, which never show together.
    return html`<div part="thread" class="thread"><div class="viewport"><div part="log" class="scroller" role="log" aria-live="off"
          aria-label=${this.#l10n.terms.log} aria-busy=${s?.loading ? 'true' : 'false'} tabindex="0" @scroll=${this.#scroll.onScroll}
          @keydown=${this.#onKeydown} @focusin=${this.#onFocusin} @pointerover=${this.#onPointerover}
          ><div class="above"></div><div class="content"></div><div class="below"></div></div
        ><div class="announcer visually-hidden" aria-live="polite"></div>${linkStatus === 'unavailable' || linkStatus === 'failed'
          ? html`<div part="link-notice" class="link-notice" role="alert">
              <p>${linkStatus === 'failed' ? this.#l10n.terms.linkFailed : this.#l10n.terms.linkUnavailable}</p>
              <button class="text-button" type="button" @click=${() => this.#chat.chat?.conversation.clearLink()}>${this.#l10n.terms.dismiss}</button>
            </div>`
          : nothing}${!empty
          ? nothing
          : s?.loading
            ? html`<div part="status" class="status" role="status">${this.#l10n.terms.loading}</div>`
            : html`<div class="empty"><slot name="empty"></slot></div>`}${s?.loadingOlder
          ? html`<div part="status" class="status older" role="status">${this.#l10n.terms.loadingOlder}</div>`
          : nothing}${this.#scroll.unseen
          ? html`<button part="new-messages" class="jump" type="button" @click=${this.#onJump}>${this.#l10n.terms.newMessages} ${icons.down}</button>`
          : nothing}</div
      >${s?.awaitingReply
        ? html`<div part="typing" class="typing" role="status">
            <span class="dots" aria-hidden="true"><i></i><i></i><i></i></span>${thinking ? this.#l10n.terms.thinking : this.#l10n.terms.typing}
          </div>`
        : nothing}</div>`;
  }
}
