// What the CDN widget shows a shopper, for tests of its languages: every string it renders, and the English among
// them that a page of another language must never see.
import { terms as botSuggestions } from '../../src/components/bot-suggestions/bot-suggestions.terms.js';
import { terms as chat } from '../../src/components/chat/chat.terms.js';
import { terms as composer } from '../../src/components/composer/composer.terms.js';
import { terms as launcher } from '../../src/components/launcher/launcher.terms.js';
import { terms as thread } from '../../src/components/thread/thread.terms.js';
import { tables as ar } from '../../src/i18n/locales/ar.js';
import { tables as de } from '../../src/i18n/locales/de.js';
import { tables as es } from '../../src/i18n/locales/es.js';
import { tables as fr } from '../../src/i18n/locales/fr.js';

/** Every string of a term table (the functions' results aside). */
function strings(...tables: unknown[]): Set<string> {
  const out = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') out.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  tables.forEach(collect);
  return out;
}

/** The English strings of the elements a conversation shows. */
export const ENGLISH = [...strings(botSuggestions, chat, composer, launcher, thread)];
const OTHERS = { ar, de, es, fr };

/** What a user reads or hears of `root`: its text and accessible names, through shadow roots. */
export function visible(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push(node.textContent!.trim());
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-roledescription']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** The English strings among `texts` that `lang` does not say the same way (“Message” is French too). */
export function englishIn(texts: string[], lang: keyof typeof OTHERS): string[] {
  const own = strings(OTHERS[lang]);
  return ENGLISH.filter((term) => texts.includes(term) && !own.has(term));
}

/** The term tables a page fetched from the CDN folder, in order (`en`, `ar`, …). */
export function tablesOf(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .map((p) => p.replace(/\.[\w-]{8}\.js$/, '.js')) // the name without its content hash
    // a language's code (2 or 3 letters), not another part (kesk-chat.views.js)
    .filter((p) => /\/dist\/cdn\/kesk-chat\.[a-z]{2,3}(-[a-z0-9]+)?\.js$/.test(p))
    .map((p) => p.split('.').at(-2)!);
}
