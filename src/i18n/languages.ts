// Which language applies where: plain functions with no term table and no import, so the loader's stand-in
// (src/loader/facade.ts) resolves the page's language exactly as the elements do, without carrying the rest of the
// i18n code.

/**
 * The languages the widget speaks. In the npm package the elements hold English and the others load on first use;
 * in the CDN build English is a term table of its own too (src/i18n/cdn-terms.ts).
 */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The raw language tag that applies to `el`: its nearest `lang` attribute across shadow roots, else the browser's. */
export function langTag(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  // Where there is an element there is a navigator (a browser, or a DOM emulation that has one).
  return navigator.language || 'en';
}

/** `es-MX` → `es`; a language the widget does not speak → `en`. */
export function normalise(tag: string): Lang {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGUAGES.includes(base) ? base : 'en';
}
