import { langTag, normalise, type Lang } from './languages.js';
import { tableImport } from './table-imports.js';
import type { TermTables } from './term-tables.js';

export { LANGUAGES, langTag, normalise, type Lang } from './languages.js';
export type { ElementName, TermTables } from './term-tables.js';

/** Languages written right to left. */
export const RTL: ReadonlySet<Lang> = new Set<Lang>(['ar']);

/** Whether the page lays `el` out right to left: its nearest `dir` attribute across shadow roots (read without styles). */
export function pageIsRtl(el: Element): boolean {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[dir]');
    const value = found?.getAttribute('dir')?.toLowerCase();
    if (value === 'rtl' || value === 'ltr') return value === 'rtl';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** The supported language `el` is shown in. */
export function resolveLang(el: Element): Lang {
  return normalise(langTag(el));
}

/**
 * The locale for `Intl` dates and times of `el`: the same resolution as its strings, keeping the region
 * (`es-MX` stays `es-MX`, `ja` becomes `en`, so dates never speak another language than the words around them).
 */
export function intlLocale(el: Element): string {
  const tag = langTag(el);
  const lang = normalise(tag);
  if (lang === 'en' && !/^en\b/i.test(tag)) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? lang;
  } catch {
    return lang;
  }
}

const loaded = new Map<Lang, TermTables>();
const pending = new Map<Lang, Promise<TermTables>>();

/** The tables of `lang` if they have arrived (English in the npm package never does: the elements hold it). */
export function tablesOf(lang: Lang): TermTables | undefined {
  return loaded.get(lang);
}

/** A language whose tables have arrived, the first to arrive (undefined before any has). */
export function firstLoaded(): Lang | undefined {
  return loaded.keys().next().value;
}

/**
 * Loads the tables of `lang` once; resolves at once for a language already loaded, and with `undefined` for English
 * where the elements hold it.
 */
export function loadLocale(lang: Lang): Promise<TermTables | undefined> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  const load = tableImport(lang);
  if (!load) return Promise.resolve(undefined);
  let promise = pending.get(lang);
  if (!promise) {
    promise = load().then(
      (module) => {
        loaded.set(lang, module.tables);
        return module.tables;
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
