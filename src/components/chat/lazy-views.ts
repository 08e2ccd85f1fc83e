// The conversations list and the media gallery are opened rarely: their code loads the first time one is shown
// (or placed in the page), or ahead, on idle time once the panel has opened (prefetchViews), not with the widget.
// A load that failed (offline, a refused file) is remembered, so the panel can say so and offer a retry.
import type { PanelView } from '../../state/ui-store.js';
import { VIEW_IMPORTS } from './view-imports.js';
import { whenIdle } from '../../page/when-idle.js';

export type LazyTag = keyof typeof VIEW_IMPORTS;

/** The element each view of the panel shows, for the views loaded on demand. */
export const VIEW_TAGS: Partial<Record<PanelView, LazyTag>> = { sessions: 'kesk-session-list', media: 'kesk-media-gallery' };

/** The load on its way or done, by tag; a failed one is dropped, so the next call tries again. */
const loads = new Map<LazyTag, Promise<unknown>>();
const failed = new Set<LazyTag>();

export function loadView(tag: LazyTag): Promise<unknown> {
  if (customElements.get(tag)) return Promise.resolve();
  let load = loads.get(tag);
  if (!load) {
    failed.delete(tag);
    load = VIEW_IMPORTS[tag]().catch((error: unknown) => {
      loads.delete(tag);
      failed.add(tag);
      throw error;
    });
    loads.set(tag, load);
  }
  return load;
}

/** Whether the last load of `tag` failed (and none is on its way). */
export const viewFailed = (tag: LazyTag): boolean => failed.has(tag);

/** Loads the lazy elements that a page placed inside `root` itself. */
export function loadPlacedViews(root: ParentNode): void {
  for (const tag of Object.keys(VIEW_IMPORTS) as LazyTag[]) if (root.querySelector(tag)) void loadView(tag).catch(() => undefined);
}

/**
 * Fetches every view ahead when the browser is idle after `after` settles, so a click on one does not wait on the
 * network. Once: later calls (every render of a shown panel) cost nothing.
 */
let prefetched = false;
export function prefetchViews(after: Promise<unknown>): void {
  if (prefetched) return;
  prefetched = true;
  // In Safari, half a second on: not on the frames that show the panel opening.
  void after.then(() =>
    whenIdle(() => {
      for (const tag of Object.keys(VIEW_IMPORTS) as LazyTag[]) void loadView(tag).catch(() => undefined);
    }, 3000, 500),
  );
}
