// Keyboard reading of the thread, as in Microsoft's WebChat and Slack: the log is one tab stop, the arrow keys move
// between messages, and only the message you are on has its links and buttons in the tab order — so Tab from the
// log reaches that message's React, Edit or Retry, and the next Tab the composer, however long the conversation.

/** What can take focus inside a message. */
const CONTROLS = 'a[href], button, audio[controls], video[controls], input, textarea, select';

/** The keys that move between messages, and what they do. */
export type Step = 'previous' | 'next' | 'first' | 'last';

export const STEPS: Record<string, Step> = { ArrowUp: 'previous', ArrowDown: 'next', Home: 'first', End: 'last' };

/** The message (its row's `<article>`) a row holds. */
export const articleOf = (row: Element | undefined): HTMLElement | null => row?.querySelector<HTMLElement>('article') ?? null;

export class MessageFocus {
  /** The key of the message the reader is on; the newest one when none (or when it left the window). */
  #active: string | null = null;
  readonly #rows: () => HTMLElement[];
  /** Told when the reader moves to another message (its row then renders its actions). */
  readonly #moved: () => void;

  constructor(rows: () => HTMLElement[], moved: () => void = () => {}) {
    this.#rows = rows;
    this.#moved = moved;
  }

  /** The active message among the rows about to render (by key, oldest first): the reader's, else the newest. */
  activeAmong(keys: readonly string[]): string | undefined {
    return this.#active !== null && keys.includes(this.#active) ? this.#active : keys.at(-1);
  }

  /** The active message's row among those rendered. */
  #activeRow(rows: HTMLElement[]): HTMLElement | undefined {
    return rows.find((r) => r.dataset.key === this.#active) ?? rows.at(-1);
  }

  /** Puts the active message's controls in the tab order and every other message's out of it. */
  sync(): void {
    const rows = this.#rows();
    const active = this.#activeRow(rows);
    for (const row of rows) {
      const index = row === active ? 0 : -1;
      for (const control of row.querySelectorAll<HTMLElement>(CONTROLS)) if (control.tabIndex !== index) control.tabIndex = index;
    }
  }

  /** Focus entered a message (by keys, a click or a tap): it becomes the active one. */
  entered(target: Element): void {
    const row = target.closest<HTMLElement>('[data-key]');
    if (!row || row.dataset.key === this.#active) return;
    this.#active = row.dataset.key!;
    this.sync();
    this.#moved();
  }

  /**
   * The row a step leads to from `from` (the log itself, a message, or a control in one), or `edge` when it leads
   * past the rendered rows (the thread then grows its window and tries again).
   */
  target(from: Element, step: Step): HTMLElement | 'edge-start' | 'edge-end' | undefined {
    const rows = this.#rows();
    if (!rows.length) return undefined;
    const row = from.closest<HTMLElement>('[data-key]');
    const index = row ? rows.indexOf(row) : -1;
    if (step === 'first') return rows[0];
    if (step === 'last') return rows.at(-1);
    // From the log itself, either arrow starts at the active message.
    if (index < 0) return this.#activeRow(rows);
    const next = index + (step === 'previous' ? -1 : 1);
    if (next < 0) return 'edge-start';
    if (next >= rows.length) return 'edge-end';
    return rows[next];
  }
}
