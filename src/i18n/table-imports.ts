// Where the term tables come from. In the npm package (and from sources) the elements hold English, and every other
// language is a module of its own, one explicit import each so that every bundler splits it into its own chunk.
// The CDN build puts src/i18n/cdn-table-imports.ts in this module's place (scripts/cdn-bundle.js): there every language,
// English too, is a file beside the widget.
import type { Lang } from './languages.js';
import type { TermTables } from './term-tables.js';

/** How to import the tables of `lang`; `undefined` for English, which the elements hold. */
export function tableImport(lang: Lang): (() => Promise<{ tables: TermTables }>) | undefined {
  switch (lang) {
    case 'es':
      return () => import('./locales/es.js');
    case 'de':
      return () => import('./locales/de.js');
    case 'fr':
      return () => import('./locales/fr.js');
    case 'ar':
      return () => import('./locales/ar.js');
  }
  return undefined;
}
