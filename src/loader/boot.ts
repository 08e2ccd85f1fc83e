// The CDN build's boot (scripts/cdn-bundle.js names it `kesk-chat.<hash>.js`, and copies it to `kesk-chat.js` for a
// page's own `<script type="module">`): the small file the loader fetches with its integrity. It holds the name and
// integrity of every other file of the build (src/loader/cdn-files.ts), fetches what the first open needs at once —
// the widget and the term table of the start language — each checked, then runs the widget.
import type { CdnImport } from './cdn-files.js';
import { normalise } from '../i18n/languages.js';
import { quietImport } from './quiet-import.js';

/** Filled in by the build: every file (name → [file, integrity]). */
declare const KESK_FILES: Record<string, [string, string]>;

const folder = new URL('.', import.meta.url).href;

/** Fetches the file `name` by a link with its integrity (src/loader/quiet-import.ts), then imports it. */
const load: CdnImport = <T>(name: string, query = '') => {
  const [file, integrity] = KESK_FILES[name];
  const url = folder + file + query;
  return quietImport<T>(url, integrity).catch(() => {
    throw new Error(`kesk-chat: ${url} did not load (offline?) or failed its integrity check`);
  });
};
(window.__keskChatFiles ??= {})[folder] = load;

// The start language's table, as src/i18n/cdn-terms.ts will ask for it (that of the loader's stand-in launcher,
// which carries `data-lang`, or of a <kesk-chat> in the page, else the page's own; the elements resolve each root's
// and ask again when it is another). A table that fails is asked for again by the widget, which waits for one.
const root = document.querySelector('[data-kesk-chat-facade][lang], kesk-chat[lang]') ?? document.documentElement;
const lang = normalise(root.getAttribute('lang') || navigator.language || 'en');
const table = load<{ notLoaded?: string }>(lang).catch(() => undefined);

// The widget, fetched and checked (it imports no other file of the build statically). A module that failed to load
// stays failed at its address (in every engine), so a try after a failure asks for the widget at an address of its own.
let tries = 0;
const attempt = (): Promise<unknown> => {
  const query = tries++ ? `?retry=${tries - 1}` : '';
  const tried = load('widget', query);
  // Refused or offline: the console says which file, and the loader's stand-in launcher (if the page has one) says
  // the chat could not load, in its language (its description and tooltip: the start table's `notLoaded`, so a table
  // that could not load either leaves it unsaid). The next click tries again: `ready` then starts a new try.
  tried.catch(async (error: unknown) => {
    ready = again;
    console.error(error);
    const said = (await table)?.notLoaded;
    if (said) document.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button')?.setAttribute('title', said);
  });
  return tried;
};
/** Awaited after a failed try (the loader reads `ready` again on its next try: an export is a live binding). */
const again: PromiseLike<unknown> = { then: (ok, fail) => (ready = attempt()).then(ok, fail) };
/** Resolves once the widget has run (its elements define themselves once their term tables are there). */
export let ready: PromiseLike<unknown> = attempt();

// The first `Intl` object of a page loads ICU's data (25 to 70 ms in Chromium); the widget's first rows make one for
// their times. Made here, in the next task, once the files above are on their way: the wait for them is idle time,
// and the widget's own formatter then takes a ms or two (bench/README.md, the cold open).
setTimeout(Intl.DateTimeFormat);
