// The CDN build's src/i18n/table-imports.ts (scripts/cdn-bundle.js): every language, English too, is a term table
// beside the widget file (kesk-chat.en.<hash>.js, kesk-chat.ar.<hash>.js, …), named and checked by the boot's list
// of files (src/loader/cdn-files.ts). Fetched without holding back the host page's `load` (src/loader/quiet-import.ts).
import { cdnImport } from '../loader/cdn-files.js';
import type { Lang } from './languages.js';
import type { TermTables } from './term-tables.js';

/** The tries so far, by language. */
const tries = new Map<Lang, number>();

/**
 * How to import the tables of `lang`. A module that failed to load stays failed at its address (Firefox keeps a
 * network error, every engine an HTTP error), so each retry asks at an address of its own.
 */
export function tableImport(lang: Lang): () => Promise<{ tables: TermTables }> {
  return () => {
    const n = tries.get(lang) ?? 0;
    tries.set(lang, n + 1);
    return cdnImport(lang, import.meta.url, n ? `?retry=${n}` : '');
  };
}
