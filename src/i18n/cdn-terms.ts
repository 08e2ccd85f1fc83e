// The CDN build (scripts/cdn-bundle.js) puts this module in place of every element's `*.terms.ts`: the widget file
// holds no language. Every language, English too, is a term table of its own beside the widget (kesk-chat.en.js
// from src/i18n/locales/en.ts, kesk-chat.ar.js, …: src/i18n/cdn-table-imports.ts), so that a page downloads one language
// only; the elements take every string from the loaded tables (LocaleController) and their `terms` (the English
// they would hold) is undefined.
//
// No element is defined before the tables of the language it starts in are there, so none ever renders a string of
// another language: the build turns each element's `customElements.define` into `defineWhenReady` below. This is not
// a top-level await, on purpose: a module waiting at its top level holds back the `load` event of a page that loads
// it with `<script type="module">` in Firefox and WebKit, and WebKit's module loader mishandles top-level await
// (bug 242740; here, a frame that went away as the awaited table arrived stopped the whole page: see
// test/build/cdn-host-page.test.ts). The module finishes at once; a page script that needs the elements awaits
// `customElements.whenDefined`. The loader fetches the start table in parallel with the widget
// (src/loader/loader.ts), so the wait costs no round trip.
import { loadLocale, resolveLang, type Lang } from './locale.js';

/** The English an element would hold: none in this build (see above). */
export const terms = undefined;

/**
 * The languages the widget starts in: those of the `<kesk-chat>` roots already in the page and of the loader's
 * stand-in launcher (which carries the loader's `data-lang`), else the page's own. (An element inside a root with a
 * `lang` of its own starts in the root's and switches once its table is there.)
 */
function startLanguages(): Lang[] {
  const langs = new Set([...document.querySelectorAll('kesk-chat, [data-kesk-chat-facade]')].map(resolveLang));
  return langs.size ? [...langs] : [resolveLang(document.body ?? document.documentElement)];
}

/** Resolves after a few seconds, or sooner when the browser is back online. */
function retryDelay(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, 3000);
    addEventListener('online', done);
  });
}

/**
 * Resolves once a table of a start language is there. Until then (offline, a flaky network) the elements wait and
 * the loader's launcher stays; from the second try on English is asked for too, and whichever comes first is shown
 * (the element then switches to its own language once that table is there).
 */
const ready = (async () => {
  const langs = startLanguages();
  for (let attempt = 0; ; attempt++) {
    const results = await Promise.allSettled((attempt ? [...langs, 'en' as const] : langs).map(loadLocale));
    if (results.some((result) => result.status === 'fulfilled')) return;
    await retryDelay();
  }
})();

/**
 * `customElements.define(tag, element)` once the start tables are there (guarded: another copy of the widget may
 * have defined the tag meanwhile). In definition order, as the define files ask: `<kesk-chat>` first.
 */
export function defineWhenReady(tag: string, element: CustomElementConstructor): void {
  void ready.then(() => customElements.get(tag) || customElements.define(tag, element));
}
