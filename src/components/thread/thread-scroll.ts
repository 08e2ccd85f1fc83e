import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageWindow } from './message-window.js';

/** A message kept in place on screen: its key, and how far its top is from the top of the view (px). */
export interface Anchor {
  key: string;
  offset: number;
}

/** The log's elements: the scroller, and inside it the room kept above the window, the rows, the room below. */
export interface ScrollParts {
  scroller: HTMLElement;
  above: HTMLElement;
  content: HTMLElement;
  below: HTMLElement;
}

export interface ThreadScrollOptions {
  /** The log's elements, once rendered. */
  parts(): ScrollParts | undefined;
  /** The rendered rows (each `data-key`, with its message as last child), oldest first. */
  rows(): HTMLElement[];
  /** Every item of the conversation, oldest first: the window is a slice of them. */
  items(): readonly { readonly key: string }[];
  /** Which items are rendered; the controller moves it as the reader scrolls. */
  window: MessageWindow;
  /** The reader is near the top of the loaded history. */
  loadOlder(): void;
  /** The view moved (a scroll, or a render placed it): what is on screen may have changed. */
  moved(): void;
}

/** Closer to the bottom than this (in px) counts as "at the bottom": the view follows new messages. */
export const BOTTOM_SLACK = 32;
/** Closer to an end of the rendered messages than this (in px) grows the window there (or loads older history). */
export const EDGE = 480;
/** The height a message is taken to have until some are measured (for the room kept for those not rendered). */
export const ROW_GUESS = 56;

/** Where `reveal` puts the top of the message shown, from the top of the view (px): the message above peeks in. */
export const REVEAL_OFFSET = 48;

const px = (n: number) => `${Math.round(n)}px`;

/**
 * Where a windowed message log is scrolled: it sticks to the bottom while the reader is there (and says when
 * others' messages arrive while they are not), keeps the first visible message in place through renders and
 * layout changes (browsers' own anchoring is off, `overflow-anchor: none`: Safari has none), sizes the room of the
 * messages outside the window, and moves the window as the reader nears its edges. The host renders the rows, then
 * calls `rendered()`; the log's `scroll` event goes to `onScroll`.
 */
export class ThreadScroll implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #o: ThreadScrollOptions;
  /** Follow the bottom: the reader is there (or just sent something). */
  #stick = true;
  #unseen = false;
  /** The message to keep in place on screen through the next render. */
  #anchor?: Anchor;
  /** Where the reader is, as of their last scroll or the last render: kept when the layout changes without one. */
  #place?: Anchor;
  /** The average height of a rendered message, for the room kept for those above and below the window. */
  #rowHeight = ROW_GUESS;
  /** Where the view last scrolled itself to the bottom: any other scroll position is the reader's doing. */
  #pinnedAt = -1;
  #windowMoveQueued = false;
  /** Keeps the view at the bottom while pinned (or the reader's message in place), as sizes change. */
  #resize?: ResizeObserver;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, options: ThreadScrollOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The view follows the newest message. */
  get stuck(): boolean {
    return this.#stick;
  }

  /** Others' messages arrived while the reader was up in the history (the "New messages" button shows). */
  get unseen(): boolean {
    return this.#unseen;
  }

  /** The average height of a rendered message (px). */
  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** Scrolls to the newest message and follows new ones from there. */
  toNewest(): void {
    this.#stick = true;
    this.#unseen = false;
    this.#anchor = undefined;
    this.#o.window.reset();
    this.#host.requestUpdate();
  }

  /**
   * Shows the item at `index` near the top of the view (a link to a message), rendering the window around it, and
   * stops following the bottom: the reader reads on from there.
   */
  reveal(index: number): void {
    const key = this.#o.items()[index]?.key;
    if (key === undefined) return;
    this.#stick = false;
    this.#unseen = false;
    this.#o.window.jump(index);
    this.#anchor = { key, offset: REVEAL_OFFSET };
    this.#host.requestUpdate();
  }

  /** Another conversation: start at its bottom. */
  restart(): void {
    this.#stick = true;
    this.#unseen = false;
    this.#anchor = undefined;
  }

  /**
   * Messages arrived after those held: one of the reader's own being sent brings the view down, others' show
   * the "New messages" button when the reader is up in the history.
   */
  arrived(added: readonly { readonly own: boolean; readonly message: { readonly id: number } }[]): void {
    if (added.some((i) => i.own && i.message.id <= 0)) this.#stick = true;
    else if (added.some((i) => !i.own) && !this.#stick && !this.#unseen) {
      this.#unseen = true;
      this.#host.requestUpdate();
    }
  }

  /** The items changed: the window follows them (the newest, while the view sticks to the bottom). */
  follow(items: readonly { readonly key: string }[]): void {
    if (this.#stick) this.#o.window.reset(items);
    else this.#o.window.update(items, false);
  }

  /** Before a render: whatever it changes (the window, rows growing above), the first visible message stays put. */
  hostUpdate(): void {
    this.#anchor ??= this.#findAnchor();
  }

  hostConnected(): void {
    // Moved in the page: the next render observes sizes again.
    if (this.#o.parts()) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  /** After the rows are in the DOM: sizes the room outside the window and puts the view where it belongs. */
  rendered(): void {
    const parts = this.#o.parts();
    if (!parts) return;
    if (!this.#resize) {
      this.#resize = new ResizeObserver(() => (this.#stick ? this.#toBottom() : this.#keep(this.#place)));
      this.#resize.observe(parts.scroller);
      this.#resize.observe(parts.content);
    }
    const { start, end } = this.#o.window;
    const rendered = this.#o.rows().length;
    if (rendered) this.#rowHeight = parts.content.offsetHeight / rendered;
    parts.above.style.blockSize = px(start * this.#rowHeight);
    parts.below.style.blockSize = px((this.#o.items().length - end) * this.#rowHeight);
    const anchor = this.#anchor;
    this.#anchor = undefined;
    if (this.#stick) this.#toBottom();
    else this.#keep(anchor);
    this.#place = this.#findAnchor();
    this.#queueWindowMove();
  }

  /** The log's `scroll` listener. */
  readonly onScroll = (): void => {
    const s = this.#o.parts()?.scroller;
    if (!s) return;
    if (this.#atBottom(s)) {
      if (this.#unseen) {
        this.#unseen = false;
        this.#host.requestUpdate();
      }
      if (!this.#stick) this.toNewest();
    } else if (this.#stick) {
      // Away from the bottom while pinned: the reader scrolled (the position is not where the view put itself),
      // or a message grew before the view followed it.
      if (Math.abs(s.scrollTop - this.#pinnedAt) >= 1) this.#stick = false;
      else this.#toBottom();
    }
    this.#place = this.#findAnchor();
    this.#moveWindow();
    this.#o.moved();
  };

  /**
   * The first message row at least partly on screen, and how far its top is from the top of the view; none while
   * the view is pinned to the bottom.
   */
  #findAnchor(): Anchor | undefined {
    if (this.#stick) return undefined;
    const top = this.#o.parts()?.scroller.getBoundingClientRect().top ?? 0;
    for (const row of this.#o.rows()) {
      const rect = row.getBoundingClientRect();
      // The message itself, not its row: a date separator above it may come or go with older messages.
      if (rect.bottom > top + 1) return { key: row.dataset.key!, offset: row.lastElementChild!.getBoundingClientRect().top - top };
    }
    return undefined;
  }

  /** Scrolls so that the anchor's message is where it was on screen. */
  #keep(anchor: Anchor | undefined): void {
    const scroller = this.#o.parts()?.scroller;
    const row = anchor && this.#o.rows().find((r) => r.dataset.key === anchor.key)?.lastElementChild;
    if (!scroller || !row) return;
    const delta = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - anchor.offset;
    if (Math.abs(delta) >= 1) scroller.scrollTop += delta;
  }

  #toBottom(): void {
    const s = this.#o.parts()?.scroller;
    if (!s) return;
    s.scrollTop = s.scrollHeight;
    // Where the browser clamped it (the bottom), not scrollHeight: onScroll compares the position with this.
    this.#pinnedAt = s.scrollTop;
  }

  #atBottom(s: HTMLElement): boolean {
    return this.#o.window.atEnd && s.scrollHeight - s.scrollTop - s.clientHeight <= BOTTOM_SLACK;
  }

  #queueWindowMove(): void {
    if (this.#windowMoveQueued) return;
    this.#windowMoveQueued = true;
    requestAnimationFrame(() => {
      this.#windowMoveQueued = false;
      this.#moveWindow();
    });
  }

  /**
   * Moves the window to where the reader is: grows it when they near one of its ends, moves it when they landed
   * in the room of messages not rendered (the scroll bar dragged far), and loads older history at the top.
   */
  #moveWindow(): void {
    const parts = this.#o.parts();
    const items = this.#o.items();
    const w = this.#o.window;
    if (!parts || !items.length || !this.#host.isConnected) return;
    const top = parts.scroller.scrollTop;
    const bottom = top + parts.scroller.clientHeight;
    const first = parts.above.offsetHeight;
    const last = first + parts.content.offsetHeight;
    if (this.#stick) {
      // Pinned to the bottom: the window is the newest messages.
    } else if (bottom < first || top > last) {
      const index = Math.min(items.length - 1, Math.max(0, Math.floor(top / this.#rowHeight)));
      w.jump(index);
      this.#anchor = { key: items[index]!.key, offset: index * this.#rowHeight - top };
      this.#host.requestUpdate();
    } else if ((top < first + EDGE && w.up()) || (bottom > last - EDGE && w.down())) this.#host.requestUpdate();
    if (!w.start && top < first + EDGE) this.#o.loadOlder();
  }
}
