import { css } from 'lit';

/**
 * Compact styles for rendered markdown in a chat bubble; add them to the `styles` of the element that renders it.
 * They select `part` attributes, so they touch nothing else in that shadow root. Colours are inherited and tints
 * mixed from `currentColor`, so the same rules suit light and dark bubbles, mine and theirs. Links keep the
 * browser's underline; headings its bold.
 *
 * @cssprop --kesk-md-gap - Space between blocks (default 0.5em).
 * @cssprop --kesk-md-code-background - Background of code (default: the text colour at 10%).
 * @cssprop --kesk-md-link-color - Link colour (default: inherited).
 * @cssprop --kesk-font-mono - Monospace font family.
 */
export const markdownStyles = css`
  [part^=md-]:is(p, h3, h4, h5, h6, ul, ol, blockquote, pre, hr, div) {
    margin: 0 0 var(--kesk-md-gap, .5em);
  }
  [part^=md-]:last-child {
    margin-block-end: 0;
  }
  /* Blocks inside a list item, the last one too, sit closer. */
  [part=md-li] > [part] {
    margin-block: .25em;
  }
  [part~=md-heading] {
    font-size: 1em;
    line-height: 1.3;
  }
  [part~=md-h1] {
    font-size: 1.2em;
  }
  [part~=md-h2] {
    font-size: 1.1em;
  }
  [part=md-ul],
  [part=md-ol] {
    padding-inline-start: 1.5em;
  }
  [part=md-quote] {
    padding-inline-start: .75em;
    border-inline-start: 3px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  [part=md-code],
  [part=md-pre] {
    font-family: var(--kesk-font-mono, ui-monospace, Menlo, Consolas, monospace);
    font-size: .875em;
    background: var(--kesk-md-code-background, color-mix(in srgb, currentColor 10%, transparent));
    border-radius: 4px;
  }
  [part=md-code] {
    padding: .1em .3em;
  }
  [part=md-pre] {
    padding: .5em .75em;
    overflow-x: auto;
    line-height: 1.45;
    tab-size: 4;
  }
  [part=md-code-block] {
    font: inherit;
  }
  [part~=md-link] {
    color: var(--kesk-md-link-color, inherit);
    text-underline-offset: .15em;
  }
  [part=md-code],
  [part~=md-link] {
    overflow-wrap: anywhere;
  }
  [part=md-hr] {
    border: 0;
    border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  [part=md-table-wrap] {
    overflow-x: auto;
  }
  [part=md-table] {
    border-collapse: collapse;
    font-size: .9em;
  }
  [part=md-th],
  [part=md-td] {
    padding: .25em .5em;
    border: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    text-align: start;
  }
  [data-align=center] {
    text-align: center;
  }
  [data-align=end] {
    text-align: end;
  }
`;
