// The shape of every element's strings, by element: what each language module exports as `tables`. The one place
// in i18n/ that names the elements' term files (types only, so no element's code comes with it); the elements'
// English (their `*.terms.ts`) is the model each translation must match.
import type { terms as botSuggestions } from '../components/bot-suggestions/bot-suggestions.terms.js';
import type { terms as chat } from '../components/chat/chat.terms.js';
import type { terms as composer } from '../components/composer/composer.terms.js';
import type { terms as launcher } from '../components/launcher/launcher.terms.js';
import type { terms as mediaGallery } from '../components/media-gallery/media-gallery.terms.js';
import type { terms as sessionList } from '../components/session-list/session-list.terms.js';
import type { terms as thread } from '../components/thread/thread.terms.js';

/** The term tables of every element, by element: what each locale module exports as `tables`. */
export interface TermTables {
  'bot-suggestions': typeof botSuggestions;
  chat: typeof chat;
  composer: typeof composer;
  launcher: typeof launcher;
  'media-gallery': typeof mediaGallery;
  'session-list': typeof sessionList;
  thread: typeof thread;
}
export type ElementName = keyof TermTables;
