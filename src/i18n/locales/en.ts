import { terms as botSuggestions } from '../../components/bot-suggestions/bot-suggestions.terms.js';
import { terms as chat } from '../../components/chat/chat.terms.js';
import { terms as composer } from '../../components/composer/composer.terms.js';
import { terms as launcher } from '../../components/launcher/launcher.terms.js';
import { terms as mediaGallery } from '../../components/media-gallery/media-gallery.terms.js';
import { terms as sessionList } from '../../components/session-list/session-list.terms.js';
import { terms as thread } from '../../components/thread/thread.terms.js';
import type { TermTables } from '../term-tables.js';

/**
 * English: the elements' own tables (each element's `*.terms.ts`) gathered as one term table. The npm package never
 * loads it (there each element holds its English); the CDN build ships it as kesk-chat.en.js, loaded like any other
 * language, so that the widget file carries no language and a page downloads one only.
 */
export const tables: TermTables = {
  'bot-suggestions': botSuggestions,
  chat,
  composer,
  launcher,
  'media-gallery': mediaGallery,
  'session-list': sessionList,
  thread,
};

/** What the loader's stand-in says when the CDN widget could not load (src/loader/boot.ts). */
export { NOT_LOADED_EN as notLoaded } from '../open-chat.js';
