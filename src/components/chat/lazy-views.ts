// The conversations list and the media gallery are opened rarely: their code loads the first time one is shown
// (or placed in the page), not with the widget.
const LOADERS = {
  'kesk-session-list': () => import('../session-list/define.js'),
  'kesk-media-gallery': () => import('../media-gallery/define.js'),
} as const;

export type LazyTag = keyof typeof LOADERS;

export function loadView(tag: LazyTag): Promise<unknown> {
  return customElements.get(tag) ? Promise.resolve() : LOADERS[tag]();
}

/** Loads the lazy elements that a page placed inside `root` itself. */
export function loadPlacedViews(root: ParentNode): void {
  for (const tag of Object.keys(LOADERS) as LazyTag[]) if (root.querySelector(tag)) void loadView(tag);
}
