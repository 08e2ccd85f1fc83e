// The CDN build (scripts/cdn-bundle.js) puts this module in place of every element's `*.terms.ts`: the widget file
// holds no language. English is a term table of its own (kesk-chat.en.js, from src/i18n/locales/en.ts), loaded like
// the others, so that a page downloads one language only; the elements take every string from the loaded tables
// (LocaleController) and their `terms` (the English they would hold) is undefined.
//
// The top-level await holds back every module that imports this one, and so every element's definition: no element
// renders before the tables of the language it starts in are there. The loader fetches that table in parallel with
// the widget (src/loader/loader.ts), so the wait costs no round trip.
import { loadEnglishFrom, loadLocale, resolveLang, type Lang } from './locale.js';

loadEnglishFrom(() => import('./locales/en.js'));

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

// Until a table has arrived (offline, a flaky network), the elements wait and the loader's launcher stays; from the
// second try on English is asked for too, and whichever comes first is shown (the element then switches to its own
// language once that table is there).
const langs = startLanguages();
for (let attempt = 0; ; attempt++) {
  const results = await Promise.allSettled((attempt ? [...langs, 'en' as const] : langs).map(loadLocale));
  if (results.some((result) => result.status === 'fulfilled')) break;
  await retryDelay();
}
