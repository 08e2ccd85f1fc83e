import { langTag, normalise, type Lang } from '../i18n/languages.js';
import { OPEN_CHAT } from '../i18n/open-chat.js';

// The launcher the loader draws before the widget has loaded: plain DOM in a shadow root, with the look of
// <kesk-launcher> (same size, colours, shadow and corner), so that swapping in the real one does not move a pixel.
// No Lit here: this file ships in the loader, whose budget is 5 KB gzip.

const DARK = '--_b:var(--kesk-brand,#5fd3a5);--_o:var(--kesk-on-brand,#08231a);--_s:var(--kesk-surface,#18191c);--_f:var(--kesk-focus,#8ab4f8);--_h:var(--kesk-shadow,0 12px 32px rgb(0 0 0/.5))';

const CSS =
  ':host{--_b:var(--kesk-brand,#0b6e4f);--_o:var(--kesk-on-brand,#fff);--_s:var(--kesk-surface,#fff);--_f:var(--kesk-focus,#1a5fb4);--_h:var(--kesk-shadow,0 12px 32px rgb(0 0 0/.18));' +
  '--_e:calc(var(--kesk-offset,20px) + max(env(safe-area-inset-left,0px),env(safe-area-inset-right,0px)));position:fixed;z-index:var(--kesk-z-index,2147483000);inset-block-end:calc(var(--kesk-offset,20px) + env(safe-area-inset-bottom,0px));inset-inline-end:var(--_e)}' +
  ':host([position=bottom-start]){inset-inline-end:auto;inset-inline-start:var(--_e)}' +
  `:host([theme=dark]){${DARK}}@media (prefers-color-scheme:dark){:host([theme=auto]){${DARK}}}` +
  'button{display:grid;place-items:center;width:56px;height:56px;padding:0;border:0;border-radius:50%;' +
  'background:var(--_b);color:var(--_o);box-shadow:var(--_h);cursor:pointer;transition:transform .16s;-webkit-tap-highlight-color:transparent}' +
  'button:hover{transform:scale(1.06)}button:active{transform:scale(.96)}' +
  'button:focus-visible{outline:3px solid var(--_f);outline-offset:2px;box-shadow:var(--_h),0 0 0 3px var(--_s)}' +
  '@media (prefers-reduced-motion:reduce){button{transition:none}}';

const ICON_PATH = 'M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.4-2.3c.9.2 1.9.4 3 .4 5.5 0 10-3.9 10-8.7S17.5 3 12 3Z';
const SVG = 'http://www.w3.org/2000/svg';

/** Elements with attributes, built node by node. */
function make<E extends Element>(el: E, attributes: Record<string, string>, ...children: Node[]): E {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

export interface Facade {
  /** The element in the page (a `<div>` holding the shadow root). */
  host: HTMLElement;
  /** The named button inside it. */
  button: HTMLButtonElement;
}

/** The tokens the stand-in reads: what a page may set on `kesk-chat` for the launcher. */
const TOKENS = ['brand', 'on-brand', 'surface', 'focus', 'shadow', 'offset', 'z-index'];

/**
 * The page's own `--kesk-*` values for `<kesk-chat>` (rules such as `kesk-chat { --kesk-brand: … }`), read off a
 * hidden `<kesk-chat>` that leaves the page at once, before the widget's code could upgrade it.
 */
function pageTokens(host: HTMLElement, theme: string | null): void {
  if (customElements.get('kesk-chat')) return;
  const probe = document.createElement('kesk-chat');
  if (theme) probe.setAttribute('theme', theme);
  probe.hidden = true;
  document.body.append(probe);
  const style = getComputedStyle(probe);
  for (const token of TOKENS) {
    const value = style.getPropertyValue(`--kesk-${token}`).trim();
    if (value) host.style.setProperty(`--kesk-${token}`, value);
  }
  probe.remove();
}

/**
 * The language the widget will speak, resolved as its elements resolve theirs (src/i18n/languages.ts): `data-lang`, else
 * the nearest `lang` above the body, else the browser's; one the widget does not speak is English.
 */
export function widgetLang(lang: string | null): Lang {
  return normalise(lang || langTag(document.body ?? document.documentElement));
}

/**
 * Draws the launcher button at the page's bottom corner; `position`, `theme` and `lang` take the widget's values. A
 * `lang` (the loader's `data-lang`) is set on the stand-in too: its name is in that language, and the widget reads
 * it to know which term table to wait for (src/i18n/cdn-terms.ts).
 */
export function drawFacade(position: string | null, theme: string | null, lang: string | null = null): Facade {
  const host = document.createElement('div');
  host.setAttribute('data-kesk-chat-facade', '');
  if (lang) host.setAttribute('lang', lang);
  if (position) host.setAttribute('position', position);
  if (theme) host.setAttribute('theme', theme);
  pageTokens(host, theme);
  const root = host.attachShadow({ mode: 'open' });
  // No innerHTML and no <style> where the browser has constructable stylesheets: a page with Trusted Types or a
  // style-src without 'unsafe-inline' refuses both.
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else root.append(make(document.createElement('style'), {}, document.createTextNode(CSS)));
  const path = make(document.createElementNS(SVG, 'path'), { fill: 'currentColor', d: ICON_PATH });
  const icon = make(document.createElementNS(SVG, 'svg'), { viewBox: '0 0 24 24', width: '28', height: '28', 'aria-hidden': 'true' }, path);
  const button = make(document.createElement('button'), { part: 'launcher', type: 'button', 'aria-label': OPEN_CHAT[widgetLang(lang)], 'aria-expanded': 'false' }, icon);
  root.append(button);
  document.body.append(host);
  return { host, button };
}
