// What the snippet builder produces from a vendor's choices: the one-tag snippet (the CDN loader with data-*
// attributes) and the npm snippet for each framework. Plain functions of the choices, so tests can read them.

export type Mode = 'assistant' | 'vendor' | 'bot' | 'direct';
export type Framework = 'html' | 'react' | 'vue' | 'svelte';

export interface Choices {
  /** URL of kesk-chat-loader.js (dist/cdn of the published package on an npm CDN, or your own copy). */
  loaderUrl: string;
  apiBase: string;
  token: string;
  mode: Mode;
  /** The vendor location, bot username or recipient id that the mode needs (unused in assistant mode). */
  target: string;
  theme: 'light' | 'dark' | 'auto';
  /** The brand colour (`--kesk-brand`), as #rrggbb; empty for the widget's own. */
  accent: string;
  position: 'bottom-end' | 'bottom-start';
  /** A language code; empty to follow the page's `lang`. */
  lang: string;
  heading: string;
}

/** The widget's own brand colour: an accent equal to it adds no style rule. */
export const DEFAULT_ACCENT = '#0b6e4f';

/** The attribute that carries each mode's target. */
export const TARGET_ATTRIBUTE: Record<Mode, string | undefined> = {
  assistant: undefined,
  vendor: 'vendor-location-id',
  bot: 'bot-username',
  direct: 'recipient-id',
};

/** `<kesk-chat>`'s attributes for the choices, in a stable order, defaults left out. */
export function attributes(c: Choices): Array<[string, string]> {
  const list: Array<[string, string]> = [
    ['api-base', c.apiBase],
    ['token', c.token],
    ['mode', c.mode],
  ];
  const target = TARGET_ATTRIBUTE[c.mode];
  if (target && c.target) list.push([target, c.target]);
  if (c.theme !== 'light') list.push(['theme', c.theme]);
  if (c.position !== 'bottom-end') list.push(['position', c.position]);
  if (c.lang) list.push(['lang', c.lang]);
  if (c.heading.trim()) list.push(['heading', c.heading.trim()]);
  return list;
}

/** Black or white, whichever reads better on the accent (WCAG relative luminance). */
export function onAccent(hex: string): string {
  const channel = (i: number) => {
    const s = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (1.05 / (l + 0.05)) >= ((l + 0.05) / 0.05) ? '#ffffff' : '#000000';
}

/** The custom properties for the accent, or none when it is the widget's own. */
export function accentStyle(c: Choices): Array<[string, string]> {
  const accent = c.accent.toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(accent) || accent === DEFAULT_ACCENT) return [];
  return [
    ['--kesk-brand', accent],
    ['--kesk-on-brand', onAccent(accent)],
  ];
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet to paste before `</body>`: the loader tag, and a style rule when the accent is not the default. */
export function oneTagSnippet(c: Choices): string {
  const data = attributes(c).map(([name, value]) => `data-${name}="${escape(value)}"`);
  const lines: string[] = [];
  const style = accentStyle(c);
  if (style.length) lines.push(`<style>kesk-chat { ${style.map(([p, v]) => `${p}: ${v};`).join(' ')} }</style>`);
  lines.push(`<script src="${escape(c.loaderUrl)}" async`);
  for (let i = 0; i < data.length; i += 3) lines.push(`  ${data.slice(i, i + 3).join(' ')}`);
  lines[lines.length - 1] += '></script>';
  return lines.join('\n');
}

const isNumeric = (name: string) => name === 'vendor-location-id' || name === 'recipient-id';
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The snippet for an app that installs the package (`npm install kesk-chat`). */
export function npmSnippet(c: Choices, framework: Framework): string {
  const attrs = attributes(c);
  const style = accentStyle(c);
  if (framework === 'react') {
    const props = attrs.map(([n, v]) => (isNumeric(n) ? `${camel(n)}={${Number(v)}}` : `${camel(n)}=${JSON.stringify(v)}`));
    if (style.length) props.push(`style={{ ${style.map(([p, v]) => `'${p}': '${v}'`).join(', ')} } as React.CSSProperties}`);
    return [
      "import { KeskChat } from 'kesk-chat/react';",
      '',
      'export function Chat() {',
      `  return <KeskChat\n    ${props.join('\n    ')}\n  />;`,
      '}',
    ].join('\n');
  }
  const styleAttr = style.length ? `style="${style.map(([p, v]) => `${p}: ${v}`).join('; ')}"` : '';
  if (framework === 'vue') {
    const list = attrs.map(([n, v]) => (isNumeric(n) ? `:${n}="${Number(v)}"` : `${n}="${escape(v)}"`));
    if (styleAttr) list.push(styleAttr);
    return [
      '<script setup lang="ts">',
      "import 'kesk-chat/define';",
      "import type {} from 'kesk-chat/vue'; // types for vue-tsc; mark kesk-* tags as custom elements (isCustomElement)",
      '</script>',
      '',
      '<template>',
      `  <kesk-chat\n    ${list.join('\n    ')}\n  ></kesk-chat>`,
      '</template>',
    ].join('\n');
  }
  if (framework === 'svelte') {
    const list = attrs.map(([n, v]) => (isNumeric(n) ? `${n}={${Number(v)}}` : `${n}="${escape(v)}"`));
    if (styleAttr) list.push(styleAttr);
    return [
      '<script lang="ts">',
      "  import 'kesk-chat/define';",
      "  import type {} from 'kesk-chat/svelte'; // types for svelte-check",
      '</script>',
      '',
      `<kesk-chat\n  ${list.join('\n  ')}\n></kesk-chat>`,
    ].join('\n');
  }
  const list = attrs.map(([n, v]) => `${n}="${escape(v)}"`);
  if (styleAttr) list.push(styleAttr);
  return [
    "<script type=\"module\">import 'kesk-chat/define';</script>",
    '',
    `<kesk-chat\n  ${list.join('\n  ')}\n></kesk-chat>`,
  ].join('\n');
}
