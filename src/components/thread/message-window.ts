/** How many of the newest messages a thread renders at first, and after a jump to the bottom. */
export const WINDOW_INITIAL = 40;
/** How many messages the window grows by when the reader nears one of its ends. */
export const WINDOW_STEP = 40;
/** The most messages in the DOM at once: past this the window drops messages from its far end. */
export const WINDOW_MAX = 150;

interface Keyed {
  readonly key: string;
}

/**
 * Which slice of a thread's items is in the DOM: `[start, end)`. Pure bookkeeping, no DOM: the thread moves the
 * window as the reader scrolls and as the store's items change, and keeps the view still around it.
 */
export class MessageWindow {
  start = 0;
  end = 0;
  #items: readonly Keyed[] = [];

  /** The window holds the newest item (new ones join it). */
  get atEnd(): boolean {
    return this.end >= this.#items.length;
  }

  /** Back to the newest `WINDOW_INITIAL` items. */
  reset(items: readonly Keyed[] = this.#items): void {
    this.#items = items;
    this.end = items.length;
    this.start = Math.max(0, this.end - WINDOW_INITIAL);
  }

  /**
   * Follows a new list of items: the window keeps the same messages (older ones going in above shift it, not
   * them). When it held the newest item it takes the new ones after it, dropping from the top when `follow`
   * (the reader is at the bottom), else from the bottom.
   */
  update(items: readonly Keyed[], follow: boolean): void {
    const old = this.#items;
    const n = items.length;
    const at = (key: string | undefined) => (key === undefined ? -1 : items.findIndex((i) => i.key === key));
    let start = at(old[this.start]?.key);
    if (start < 0) start = Math.min(this.start, n);
    let end = this.end >= old.length ? n : at(old[this.end - 1]?.key) + 1;
    if (end <= start) end = Math.min(n, start + Math.max(this.end - this.start, WINDOW_INITIAL));
    this.#items = items;
    this.start = start;
    this.end = end;
    if (follow) {
      this.end = n;
      this.start = Math.max(0, Math.min(start, n - WINDOW_INITIAL), n - WINDOW_MAX);
    } else this.end = Math.min(end, start + WINDOW_MAX);
  }

  /** Takes in up to `WINDOW_STEP` older held items; drops from the bottom past `WINDOW_MAX`. */
  up(): boolean {
    if (!this.start) return false;
    this.start = Math.max(0, this.start - WINDOW_STEP);
    this.end = Math.min(this.end, this.start + WINDOW_MAX);
    return true;
  }

  /** Takes in up to `WINDOW_STEP` newer items; drops from the top past `WINDOW_MAX`. */
  down(): boolean {
    if (this.atEnd) return false;
    this.end = Math.min(this.#items.length, this.end + WINDOW_STEP);
    this.start = Math.max(this.start, this.end - WINDOW_MAX);
    return true;
  }

  /** Moves the window to the items around `index` (the reader dragged the scrollbar far away). */
  jump(index: number): void {
    this.start = Math.max(0, Math.min(index - 10, this.#items.length - WINDOW_INITIAL));
    this.end = Math.min(this.#items.length, this.start + WINDOW_INITIAL);
  }
}
