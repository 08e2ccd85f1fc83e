import { css } from 'lit';

/** The thread's frame: the scrolling log, the empty slot, the status and "New messages" chips, the typing dots. */
export const view = css`
  :host {
    --_avatar: var(--kesk-thread-avatar-size, 28px);
    background: var(--kesk-thread-background, var(--_surface));
  }
  :host,
  .thread,
  .viewport {
    display: flex;
    flex-direction: column;
    position: relative;
  }
  :host,
  .thread,
  .viewport,
  .scroller {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .scroller {
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The thread keeps the reader's place itself, the same in every browser. */
    overflow-anchor: none;
  }
  .scroller:focus-visible {
    outline-offset: -3px;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
  }
  .empty ::slotted(*) {
    pointer-events: auto;
  }
  .status {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline: 0;
    margin-inline: auto;
    inline-size: fit-content;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_text-muted);
    font-size: 0.8em;
  }
  .jump {
    position: absolute;
    inset-block-end: 12px;
    inset-inline: 0;
    margin-inline: auto;
    inline-size: fit-content;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.75);
    border: 0;
    border-radius: 999px;
    background: var(--_brand);
    color: var(--_on-brand);
    font-size: 0.85em;
    font-weight: 600;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.2);
  }
  .typing {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: 2px calc(var(--_space) * 2) var(--_space);
    color: var(--_text-muted);
    font-size: 0.8em;
  }
  .dots {
    display: inline-flex;
    gap: 3px;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: var(--kesk-thread-other-background, var(--_surface-2));
  }
  .dots i {
    inline-size: 6px;
    block-size: 6px;
    border-radius: 50%;
    background: var(--_text-muted);
    animation: kesk-blink 1.2s infinite ease-in-out;
  }
  .dots i:nth-child(2) {
    animation-delay: 0.2s;
  }
  .dots i:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes kesk-blink {
    0%,
    80%,
    100% {
      opacity: 0.3;
    }
    40% {
      opacity: 1;
    }
  }
`;
