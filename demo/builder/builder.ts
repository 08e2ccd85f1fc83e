// The snippet builder (demo/builder.html): a form for the vendor's choices, the widget live beside it (made anew
// from the form whenever a field changes) and the snippets to copy. The targets (stores, bots, people) come from
// the emulator's world (`GET /__emulator/world`), or from the demo's own list when that cannot be read.
import '../../src/define.ts';
import type { KeskChat } from '../../src/index.ts';
import { STORES } from '../frameworks/stores.js';
import { accentStyle, npmSnippet, oneTagSnippet, DEFAULT_ACCENT, TARGET_ATTRIBUTE, type Choices, type Framework, type Mode } from './snippet.js';

interface World {
  users: Array<{ id: number; name: string; token?: string }>;
  vendor_locations: Array<{ id: number; name: string; city?: string }>;
  bots: Array<{ username: string; participant: { name: string }; description?: string }>;
}

export interface BuilderOptions {
  /** The API the preview talks to and the snippets name (default: this origin's /v1). */
  apiBase?: string;
  /** The loader URL the one-tag snippet names. */
  loaderUrl?: string;
  /** The token the preview signs in with (default: the emulator's demo shopper). */
  token?: string;
}

/** The published package's CDN files, on an npm CDN by path (`npm pack` ships dist/cdn). */
export const DEFAULT_LOADER_URL = 'https://cdn.jsdelivr.net/npm/kesk-chat@0.1/dist/cdn/kesk-chat-loader.js';

/** The demo's own world, for when the emulator's cannot be fetched. */
const FALLBACK_WORLD: World = {
  users: [],
  vendor_locations: STORES.map((s) => ({ id: s.id, name: `Northwind Outfitters — ${s.name}`, city: s.city })),
  bots: [
    { username: 'shopbot', participant: { name: 'ShopBot' } },
    { username: 'fitbot', participant: { name: 'FitBot' } },
  ],
};

const MODES: Array<[Mode, string]> = [
  ['assistant', 'The store’s AI assistant'],
  ['vendor', 'A store (vendor location)'],
  ['bot', 'A bot'],
  ['direct', 'Another person (direct chat)'],
];
const TARGET_LABEL: Record<Mode, string> = { assistant: '', vendor: 'Store', bot: 'Bot', direct: 'Recipient' };
const LANGUAGES: Array<[string, string]> = [
  ['', 'The page’s language'],
  ['en', 'English'],
  ['es', 'Español'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['ar', 'العربية'],
];
const FRAMEWORKS: Array<[Framework, string]> = [
  ['html', 'HTML, with a bundler'],
  ['react', 'React'],
  ['vue', 'Vue'],
  ['svelte', 'Svelte'],
];

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const radios = (name: string, items: Array<[string, string]>, checked: string) =>
  items.map(([value, label]) => `<label><input type="radio" name="${name}" value="${value}"${value === checked ? ' checked' : ''}> ${label}</label>`).join('');
const optionList = (items: Array<[string, string]>, selected = '') =>
  items.map(([value, label]) => `<option value="${esc(value)}"${value === selected ? ' selected' : ''}>${esc(label)}</option>`).join('');

async function fetchWorld(apiBase: string): Promise<World | undefined> {
  try {
    const res = await fetch(new URL('/__emulator/world', apiBase));
    if (!res.ok) return undefined;
    return (await res.json()) as World;
  } catch {
    return undefined;
  }
}

function formHtml(o: Required<BuilderOptions>): string {
  return `
  <form class="builder-form" novalidate>
    <fieldset>
      <legend>Who the shopper talks to</legend>
      <div class="choices">${radios('mode', MODES, 'vendor')}</div>
      <label class="field" id="target-field"><span id="target-label">Store</span><select name="target"></select></label>
    </fieldset>
    <fieldset>
      <legend>Look</legend>
      <div class="field"><span id="theme-label">Theme</span><div class="choices" role="radiogroup" aria-labelledby="theme-label">${radios('theme', [['light', 'Light'], ['dark', 'Dark'], ['auto', 'Follow the system']], 'light')}</div></div>
      <label class="field">Accent colour <input type="color" name="accent" value="${DEFAULT_ACCENT}"></label>
      <div class="field"><span id="position-label">Corner</span><div class="choices" role="radiogroup" aria-labelledby="position-label">${radios('position', [['bottom-end', 'Bottom end (right)'], ['bottom-start', 'Bottom start (left)']], 'bottom-end')}</div></div>
      <label class="field">Language <select name="lang">${optionList(LANGUAGES)}</select></label>
      <label class="field">Heading <input type="text" name="heading" placeholder="By default, the other side’s name" autocomplete="off"></label>
    </fieldset>
    <fieldset>
      <legend>Connection</legend>
      <label class="field">API base URL <input type="url" name="apiBase" value="${esc(o.apiBase)}" autocomplete="off" aria-describedby="api-hint"></label>
      <p class="hint" id="api-hint">Waiting for API access? <code>npx kesk-chat-emulator --port 8787</code> serves the emulator, open to other origins, at <code>http://127.0.0.1:8787/v1</code>.</p>
      <label class="field">User’s token <input type="text" name="token" value="${esc(o.token)}" autocomplete="off" aria-describedby="token-hint"></label>
      <p class="hint" id="token-hint">Your page puts the signed-in user’s token here; the emulator’s demo users have fixed ones.</p>
      <label class="field">Loader URL <input type="url" name="loaderUrl" value="${esc(o.loaderUrl)}" autocomplete="off"></label>
    </fieldset>
  </form>`;
}

/** Renders the builder into `root` and returns what a test needs to drive it. */
export async function mountBuilder(root: HTMLElement, options: BuilderOptions = {}) {
  const o: Required<BuilderOptions> = {
    apiBase: options.apiBase ?? `${location.origin}/v1`,
    loaderUrl: options.loaderUrl ?? DEFAULT_LOADER_URL,
    token: options.token ?? 'demo-shopper',
  };
  root.classList.add('builder');
  root.innerHTML = `
    ${formHtml(o)}
    <section class="builder-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Live preview</h2>
      <p class="hint" id="world-note" role="status"></p>
      <div class="builder-stage" data-stage></div>
    </section>
    <section class="builder-snippets" aria-labelledby="snippets-title">
      <h2 id="snippets-title">Your snippet</h2>
      <h3 id="one-tag-title">One tag, from the CDN</h3>
      <p class="hint">Paste it before <code>&lt;/body&gt;</code>: no build, the widget loads when the shopper reaches for it.</p>
      <textarea readonly rows="7" spellcheck="false" aria-labelledby="one-tag-title" data-snippet="one-tag"></textarea>
      <button type="button" class="button" data-copy="one-tag">Copy the one-tag snippet</button>
      <p role="status" class="copy-status" data-copy-status="one-tag"></p>
      <h3 id="npm-title">From npm, in your framework</h3>
      <p class="hint"><code>npm install kesk-chat</code>, then:</p>
      <label class="field">Framework <select data-framework>${optionList(FRAMEWORKS)}</select></label>
      <textarea readonly rows="14" spellcheck="false" aria-labelledby="npm-title" data-snippet="npm"></textarea>
      <button type="button" class="button" data-copy="npm">Copy the npm snippet</button>
      <p role="status" class="copy-status" data-copy-status="npm"></p>
    </section>`;

  const form = root.querySelector('form')!;
  const stage = root.querySelector<HTMLElement>('[data-stage]')!;
  const targetSelect = form.elements.namedItem('target') as HTMLSelectElement;
  const targetField = root.querySelector<HTMLElement>('#target-field')!;
  const targetLabel = root.querySelector<HTMLElement>('#target-label')!;
  const framework = root.querySelector<HTMLSelectElement>('[data-framework]')!;
  const oneTag = root.querySelector<HTMLTextAreaElement>('[data-snippet="one-tag"]')!;
  const npm = root.querySelector<HTMLTextAreaElement>('[data-snippet="npm"]')!;
  // A status line under each copy button, where the eye is (and read out by screen readers).
  const statusOf = (which: string) => root.querySelector<HTMLElement>(`[data-copy-status="${which}"]`)!;

  const fetched = await fetchWorld(o.apiBase);
  const world = fetched ?? FALLBACK_WORLD;
  root.querySelector('#world-note')!.textContent = fetched
    ? 'Stores, bots and people come from the emulator’s world.'
    : 'The emulator’s world could not be read: the stores and bots are the demo’s own list.';

  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | RadioNodeList).value;
  const choices = (): Choices => ({
    loaderUrl: value('loaderUrl'),
    apiBase: value('apiBase'),
    token: value('token'),
    mode: value('mode') as Mode,
    target: targetSelect.value,
    theme: value('theme') as Choices['theme'],
    accent: value('accent'),
    position: value('position') as Choices['position'],
    lang: value('lang'),
    heading: value('heading'),
  });

  let shownMode: Mode | undefined;
  /** The target select holds what the mode can talk to; the assistant needs none. */
  const syncTargets = (mode: Mode, token: string) => {
    if (mode === shownMode) return;
    shownMode = mode;
    targetField.hidden = mode === 'assistant';
    targetLabel.textContent = TARGET_LABEL[mode];
    const items: Array<[string, string]> =
      mode === 'vendor'
        ? world.vendor_locations.map((l) => [String(l.id), l.city ? `${l.name} (${l.city})` : l.name])
        : mode === 'bot'
          ? world.bots.map((b) => [b.username, `${b.participant.name} (${b.username})`])
          : mode === 'direct'
            ? world.users.filter((u) => u.token !== token).map((u) => [String(u.id), u.name])
            : [];
    targetSelect.innerHTML = optionList(items);
  };

  let chat: KeskChat | undefined;
  const render = () => {
    syncTargets(value('mode') as Mode, value('token'));
    const next = choices();
    oneTag.value = oneTagSnippet(next);
    npm.value = npmSnippet(next, framework.value as Framework);
    // A new element for every change: a new mode or target is a new conversation, as on a page that loads anew.
    chat?.remove();
    chat = document.createElement('kesk-chat');
    chat.setAttribute('api-base', next.apiBase);
    chat.setAttribute('token', next.token);
    chat.setAttribute('mode', next.mode);
    const target = TARGET_ATTRIBUTE[next.mode];
    if (target && next.target) chat.setAttribute(target, next.target);
    chat.setAttribute('theme', next.theme);
    chat.setAttribute('position', next.position);
    if (next.lang) chat.setAttribute('lang', next.lang);
    if (next.heading.trim()) chat.setAttribute('heading', next.heading.trim());
    for (const [property, colour] of accentStyle(next)) chat.style.setProperty(property, colour);
    chat.setAttribute('open', '');
    stage.append(chat);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    // Typing in a text field re-renders once the typing pauses; a pick re-renders at once.
    const typing = event.target instanceof HTMLInputElement && (event.target.type === 'text' || event.target.type === 'url');
    if (typing) timer = setTimeout(render, 300);
    else render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  framework.addEventListener('input', () => (npm.value = npmSnippet(choices(), framework.value as Framework)));

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const which = button.dataset.copy === 'npm' ? npm : oneTag;
      const what = button.dataset.copy === 'npm' ? 'npm snippet' : 'one-tag snippet';
      const status = statusOf(button.dataset.copy!);
      try {
        await navigator.clipboard.writeText(which.value);
        status.textContent = `Copied the ${what}.`;
      } catch {
        // No clipboard access (an insecure origin, a denied permission): select it for the user's own copy.
        which.focus();
        which.select();
        status.textContent = `Could not copy the ${what} here: it is selected, press Ctrl+C (⌘C on a Mac).`;
      }
    });
  }

  render();
  return { form, stage, oneTag, npm, framework, status: statusOf('one-tag'), npmStatus: statusOf('npm'), chat: () => chat, render };
}
