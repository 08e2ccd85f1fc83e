import { nothing, render, type ReactiveElement, type TemplateResult } from 'lit';
import { ChatApiError } from '../../api/errors.js';
import { KeskErrorEvent } from '../../events/events.js';
import type { ThreadItem } from '../../state/thread-item.js';
import { renderRow, rowClass, type LeanRow, type MessageHost } from './message-view.js';
import { renderKeepingFocus } from './row-focus.js';
import type { Row } from './rows.js';

/** The articles a lean row's actions were rendered into (a marker comment at their end, from then on). */
const withActions = new WeakSet<Element>();

/**
 * A lean row's actions (`LeanRow`), rendered into its article (whose template has no child binding: Lit leaves
 * its children be) from the first time it has any: not a marker comment in every row. The article stays the same.
 */
function placeActions(host: ReactiveElement, row: HTMLElement, actions: TemplateResult | typeof nothing | undefined): void {
  const article = row.lastElementChild!;
  if (actions === undefined || (actions === nothing && !withActions.has(article))) return;
  withActions.add(article);
  render(actions, article as HTMLElement, { host });
}

/**
 * Renders the window's `rows` into the log's `content`, one element per message, and returns those elements by key,
 * in order. A message keeps its element from render to render (`els`, the last call's result), so history arriving
 * above or the window moving adds and removes rows but moves none: focus and loaded images stay put. A row that
 * fails to render is a notice (its item goes into `unrendered`), and `host` fires `kesk-error` once for it. `last`
 * is the thread's last row; `linkedKey` the message a link opened the thread at.
 */
export function renderRowElements(
  host: ReactiveElement,
  content: HTMLElement,
  rows: readonly Row[],
  view: MessageHost,
  els: ReadonlyMap<string, HTMLElement>,
  unrendered: WeakSet<ThreadItem>,
  last: Row | undefined,
  linkedKey: string | null,
): Map<string, HTMLElement> {
  const shown = new Map<string, HTMLElement>();
  for (const row of rows) {
    const key = row.item.key;
    let el = els.get(key) ?? document.createElement('div');
    const notice = { ...row, item: { ...row.item, unreadable: true } };
    try {
      const target = el;
      const lean: LeanRow = {};
      renderKeepingFocus(host.renderRoot as ShadowRoot, target, () => {
        render(renderRow(unrendered.has(row.item) ? notice : row, view, lean), target, { host });
        placeActions(host, target, lean.actions);
      });
    } catch (error) {
      // The last resort: a message that fails to render (data no check foresaw) is a notice, in a fresh element
      // (Lit's parts in the old one may be half updated), reported once; every other message renders as usual.
      el.remove();
      el = document.createElement('div');
      render(renderRow(notice, view), el, { host });
      unrendered.add(row.item);
      host.dispatchEvent(new KeskErrorEvent(new ChatApiError({ source: 'client', code: 'render_failed', message: `A message could not be shown. ${error}` })));
    }
    el.className = rowClass(row, row === last);
    if (key === linkedKey) el.classList.add('linked');
    el.dataset.key = key;
    shown.set(key, el);
  }
  for (const [key, el] of els) if (!shown.has(key)) el.remove();
  for (const key of view.texts.keys()) if (!shown.has(key)) view.texts.delete(key);
  // In order: only a row out of place moves (a message that took its stored place among the others).
  let next = content.firstElementChild;
  for (const el of shown.values()) {
    if (el === next) next = el.nextElementSibling;
    else content.insertBefore(el, next);
  }
  return shown;
}
