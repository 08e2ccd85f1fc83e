import { render, type ReactiveElement } from 'lit';
import { ChatApiError } from '../../api/errors.js';
import { KeskErrorEvent } from '../../events/events.js';
import type { ThreadItem } from '../../state/thread-item.js';
import { renderRow, rowClass, type MessageHost, type RenderedText } from './message-view.js';
import { renderKeepingFocus } from './row-focus.js';
import type { Row } from './rows.js';

/**
 * The rendered rows' elements by message key, in order. Each row renders into an element of its own, so history
 * arriving above or the window moving adds and removes rows but moves none: focus and loaded images stay put.
 */
export class RowElements {
  #els = new Map<string, HTMLElement>();
  /** The items whose row failed to render: shown as a notice until the item changes. */
  readonly #unrendered = new WeakSet<ThreadItem>();
  /** The rendered messages' texts (see `MessageHost.texts`). */
  readonly texts = new Map<string, RenderedText>();

  /** The element: Lit's event listeners in the rows are called on it, and render failures fire from it. */
  readonly host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.host = host;
  }

  /** The rendered message rows, oldest first. */
  all(): HTMLElement[] {
    return [...this.#els.values()];
  }

  get(key: string): HTMLElement | undefined {
    return this.#els.get(key);
  }

  /** Renders `rows` (the window's) into `content`, keeping each message's element; `last` is the thread's last row. */
  render(content: HTMLElement, rows: readonly Row[], view: MessageHost, last: Row | undefined, linkedKey: string | null): void {
    const root = this.host.renderRoot as ShadowRoot;
    const shown = new Map<string, HTMLElement>();
    for (const row of rows) {
      const key = row.item.key;
      let el = this.#els.get(key) ?? document.createElement('div');
      const notice = { ...row, item: { ...row.item, unreadable: true } };
      try {
        const target = el;
        renderKeepingFocus(root, target, () => render(renderRow(this.#unrendered.has(row.item) ? notice : row, view), target, { host: this.host }));
      } catch (error) {
        // The last resort: a message that fails to render (data no check foresaw) is a notice, in a fresh element
        // (Lit's parts in the old one may be half updated), reported once; every other message renders as usual.
        el.remove();
        el = document.createElement('div');
        render(renderRow(notice, view), el, { host: this.host });
        this.#unrendered.add(row.item);
        this.host.dispatchEvent(new KeskErrorEvent(new ChatApiError({ source: 'client', code: 'render_failed', message: `A message could not be shown. ${error}` })));
      }
      el.className = rowClass(row, row === last);
      if (key === linkedKey) el.classList.add('linked');
      el.dataset.key = key;
      shown.set(key, el);
    }
    for (const [key, el] of this.#els) if (!shown.has(key)) el.remove();
    for (const key of this.texts.keys()) if (!shown.has(key)) this.texts.delete(key);
    this.#els = shown;
    // In order: only a row out of place moves (a message that took its stored place among the others).
    let next = content.firstElementChild;
    for (const el of shown.values()) {
      if (el === next) next = el.nextElementSibling;
      else content.insertBefore(el, next);
    }
  }
}
