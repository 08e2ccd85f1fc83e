import { css } from 'lit';

export const styles = css`
  :host {
    --_offset: var(--kesk-offset, 20px);
    /* Clear of a phone's home indicator and, in landscape, of its notch (on either side: the larger inset). */
    --_edge: calc(var(--_offset) + max(env(safe-area-inset-left), env(safe-area-inset-right)));
    position: fixed;
    z-index: var(--kesk-z-index, 2147483000);
    inset-block-end: calc(var(--_offset) + env(safe-area-inset-bottom));
    inset-inline-end: var(--_edge);
    line-height: 1.45;
  }
  :host([position=bottom-start]) {
    inset-inline: var(--_edge) auto;
  }
  :host([inline]) {
    position: relative;
    z-index: auto;
    inset: auto;
    display: block;
    block-size: 600px;
  }
  :host(:state(composed)) {
    position: static;
    display: contents;
  }
  [hidden] {
    display: none !important;
  }

  /* Above the launcher: 72px is its 56px and a 16px gap. */
  .panel {
    position: fixed;
    inset-block-end: calc(var(--_offset) + env(safe-area-inset-bottom) + 72px);
    inset-inline-end: var(--_offset);
    inline-size: min(var(--kesk-panel-width, 380px), 100vw - 2 * var(--_offset));
    block-size: min(var(--kesk-panel-height, 600px), 100dvh - 2 * var(--_offset) - 72px);
    display: flex;
    flex-direction: column;
    overflow: hidden;
    box-sizing: border-box;
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow), 0 0 0 1px color-mix(in srgb, var(--_border) 60%, transparent);
    transform-origin: 100% 100%;
    opacity: 0;
    transform: translateY(12px) scale(0.97);
    visibility: hidden;
    transition:
      opacity 160ms ease-in,
      transform 160ms ease-in,
      visibility 0s linear 160ms;
  }
  :host([position=bottom-start]) .panel {
    inset-inline: var(--_offset) auto;
    transform-origin: 0 100%;
  }
  /* transform-origin has no logical form: on a right-to-left page the corners swap. */
  :host(:dir(rtl)) .panel {
    transform-origin: 0 100%;
  }
  :host(:dir(rtl)[position=bottom-start]) .panel {
    transform-origin: 100% 100%;
  }
  /* A right-to-left panel (Arabic) on a left-to-right page still opens above the launcher, in the host's corner
     (on wider screens: phones show the panel full screen). */
  @media (min-width: 640px) {
    :host(:dir(ltr)) .panel[dir=rtl] {
      inset-inline: var(--_offset) auto;
    }
    :host(:dir(ltr)[position=bottom-start]) .panel[dir=rtl] {
      inset-inline: auto var(--_offset);
    }
  }
  /* The panel takes focus only on touch screens (opening there must not raise the keyboard): no ring to show. */
  .panel:focus {
    outline: none;
  }
  :host([open]) .panel {
    opacity: 1;
    transform: none;
    visibility: visible;
    transition:
      opacity 200ms ease-out,
      transform 240ms cubic-bezier(0.2, 0.9, 0.3, 1.1),
      visibility 0s;
  }
  :host([inline]) .panel {
    position: static;
    inline-size: 100%;
    block-size: 100%;
    opacity: 1;
    transform: none;
    visibility: visible;
    transition: none;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.08), 0 0 0 1px var(--_border);
  }
  @media (prefers-reduced-motion: reduce) {
    .panel,
    :host([open]) .panel {
      transform: none;
      transition: none;
    }
  }
  /* Phones: the open panel takes the whole screen, and its header has the close button. The on-screen keyboard
     shrinks only the visual viewport: the panel follows it (--_vv-*, KeyboardInsetController), so the composer
     stays above the keyboard. */
  @media (max-width: 639.98px) {
    :host(:not([inline])) .panel {
      inset-inline: 0;
      inset-block: var(--_vv-top, 0px) auto;
      inline-size: 100%;
      block-size: var(--_vv-height, 100%);
      border-radius: 0;
    }
    /* Notches and home indicators (with viewport-fit=cover): the header and composer stay clear of them. The
       insets are physical (a notch is on the left or the right of the screen whatever the language), so the
       header's own start and end paddings swap sides in right-to-left (the panel's language, or the page's). */
    :host(:not([inline])) .header {
      padding-block-start: max(var(--_space) * 1.5, env(safe-area-inset-top));
      padding-left: max(var(--_space) * 1.75, env(safe-area-inset-left));
      padding-right: max(var(--_space), env(safe-area-inset-right));
    }
    :host(:not([inline])) .header:dir(rtl) {
      padding-left: max(var(--_space), env(safe-area-inset-left));
      padding-right: max(var(--_space) * 1.75, env(safe-area-inset-right));
    }
    :host(:not([inline])) .body {
      /* With the keyboard overlaying the page (navigator.virtualKeyboard.overlaysContent), its height. */
      padding-block-end: max(env(safe-area-inset-bottom), var(--_keyboard, 0px));
      padding-left: env(safe-area-inset-left);
      padding-right: env(safe-area-inset-right);
    }
    :host([open]:not([inline])) kesk-launcher {
      visibility: hidden;
    }
  }

  /* Header */
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.25);
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 1.75) var(--_space);
    background: var(--_brand);
    color: var(--_on-brand);
    flex: none;
  }
  .header :focus-visible {
    outline-color: var(--_on-brand);
    outline-offset: -3px;
  }
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_on-brand) 16%, transparent);
  }
  .titles {
    flex: 1;
    min-inline-size: 0;
  }
  /* Titles and statuses run long in some languages ("Asistente de la tienda", the offline notice): two lines each
     before an ellipsis, rather than one. */
  h2,
  .status span:last-child {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0;
    font-size: 1.07em;
    font-weight: 650;
    line-height: 1.25;
  }
  .status {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin: 2px 0 0;
    font-size: 0.84em;
    opacity: 0.92;
  }
  .dot {
    flex: none;
    /* Level with the first line when the status wraps. */
    align-self: flex-start;
    margin-block-start: calc((1lh - 8px) / 2);
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_on-brand) 45%, transparent);
  }
  .dot.on {
    background: #2fbf71;
    box-shadow: 0 0 0 2px var(--_on-brand);
  }
  /* On the brand colour: squarer, in the header's colour. */
  .icon-button {
    inline-size: 38px;
    block-size: 38px;
    border-radius: 10px;
    color: inherit;
  }
  .icon-button:hover {
    background: color-mix(in srgb, var(--_on-brand) 14%, transparent);
    color: inherit;
  }
  .back:dir(rtl) svg {
    transform: scaleX(-1);
  }

  /* Body and views */
  .body,
  .view,
  kesk-thread {
    flex: 1;
    min-block-size: 0;
  }
  .body,
  .view {
    display: flex;
    flex-direction: column;
  }
  .view-failed {
    align-items: center;
    justify-content: center;
    gap: 8px;
    padding: 16px;
    text-align: center;
  }
  .view-failed p {
    margin: 0;
  }
  .body {
    background: var(--_surface);
  }
  kesk-composer,
  kesk-bot-suggestions {
    flex: none;
  }

  /* Messages waiting in the outbox */
  .outbox-status {
    flex: none;
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 4px 10px;
    padding: 6px 14px;
    border-block-start: 1px solid var(--_border);
    background: var(--_surface-2);
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .text-button {
    font-weight: 600;
    padding: 2px 4px;
    border: none;
    background: none;
    color: var(--_brand);
    text-decoration: underline;
  }

  /* Before the first message */
  .empty {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    justify-content: safe center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2.25) calc(var(--_space) * 1.5);
  }
  .greeting {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 2.25);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .avatar.large {
    inline-size: 44px;
    block-size: 44px;
    margin-block-end: calc(var(--_space) * 0.5);
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .hello {
    margin: 0;
    font-size: 1.2em;
    font-weight: 650;
  }
  .intro {
    margin: 0;
    color: var(--_text-muted);
  }
  .starters {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: var(--_space);
  }
  .starters button {
    text-align: start;
    padding: var(--_space) calc(var(--_space) * 1.75);
    border-radius: 18px;
    border: 1px solid color-mix(in srgb, var(--_brand) 55%, var(--_border));
    background: var(--_surface);
    color: var(--_brand);
    transition: background-color 120ms;
  }
  .starters button:hover {
    background: color-mix(in srgb, var(--_brand) 9%, var(--_surface));
  }
`;
