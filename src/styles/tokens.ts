import { css } from 'lit';

/**
 * The public design tokens every element reads. Hosts set `--kesk-*` on `kesk-chat` (or any ancestor); inside,
 * elements use private `--_*` copies with these fallbacks (a token read in one rule only is read there, fallback
 * and all). Dark values apply under `[theme="dark"]` on the root, or `prefers-color-scheme: dark` with `theme="auto"`.
 */
export const tokens = css`
  :host {
    --_brand: var(--kesk-brand, #0b6e4f);
    --_on-brand: var(--kesk-on-brand, #fff);
    --_surface: var(--kesk-surface, #fff);
    --_surface-2: var(--kesk-surface-2, #f1efea);
    --_text: var(--kesk-text, #1d1d1f);
    --_text-muted: var(--kesk-text-muted, #5c5c63);
    --_border: var(--kesk-border, #d9d4cb);
    --_danger: var(--kesk-danger, #b3261e);
    --_on-danger: var(--kesk-on-danger, #fff);
    --_focus: var(--kesk-focus, #1a5fb4);
    --_radius: var(--kesk-radius, 16px);
    --_radius-small: calc(var(--_radius) / 2);
    --_space: var(--kesk-space, 8px);
    --_shadow: var(--kesk-shadow, 0 12px 32px rgb(0 0 0 / 0.18));
    font-family: var(--kesk-font, system-ui, sans-serif);
    font-size: var(--kesk-font-size, 15px);
    color: var(--_text);
  }
`;

/** The dark values of the public tokens: set on the root by `theme="dark"`, or `theme="auto"` in a dark OS. */
const darkValues = css`
  color-scheme: dark;
  --kesk-brand: #5fd3a5;
  --kesk-on-brand: #08231a;
  --kesk-surface: #18191c;
  --kesk-surface-2: #26282c;
  --kesk-text: #ececef;
  --kesk-text-muted: #a9a9b3;
  --kesk-border: #3b3d43;
  --kesk-danger: #ffb4ab;
  --kesk-on-danger: #690005;
  --kesk-focus: #8ab4f8;
  --kesk-shadow: 0 12px 32px rgb(0 0 0 / 0.5);
`;

/**
 * Dark mode for the root element. It sets the `--kesk-*` tokens on `kesk-chat` itself, so a page that wants its own
 * dark palette sets them on `kesk-chat[theme=dark]` (outer rules win over these).
 */
export const darkTokens = css`
  :host([theme=dark]) {
    ${darkValues}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme=auto]) {
      ${darkValues}
    }
  }
`;

/** Visible focus for every interactive node, and hidden-but-announced text. */
export const base = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Zero, not the usual 0.01ms: a tiny duration on every element (whose transition-property is "all") would start
     a transition on every change of style. Nothing here waits for transitionend. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
