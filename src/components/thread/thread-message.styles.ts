import { css } from 'lit';

/** A row of the log: date separators, notices, a message's grid (name, avatar, bubble, actions below). */
export const rows = css`
  .row {
    padding: 2px calc(var(--_space) * 1.5) 0;
  }
  .row.group-start {
    padding-block-start: calc(var(--_space) * 1.25);
  }
  .row.last {
    padding-block-end: calc(var(--_space) * 1.25);
  }
  .date {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.25);
    margin-block: calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
    color: var(--_text-muted);
    font-size: 0.75em;
    font-weight: 600;
  }
  .date::before,
  .date::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }
  .notice {
    inline-size: fit-content;
    max-inline-size: 85%;
    margin: calc(var(--_space) * 0.5) auto;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: var(--_surface-2);
    color: var(--_text-muted);
    font-size: 0.8em;
    text-align: center;
  }
  .notice time {
    margin-inline-start: calc(var(--_space) * 0.5);
  }
  /*
   * A message is a grid with no wrappers: the name above the bubble, the avatar and the actions beside it, and under
   * it what belongs to it (why a send failed, the reactions, the picker). A row renders only the parts it shows; the
   * last column keeps a bubble to at most about 85% of the thread.
   */
  .message {
    display: grid;
    grid-template-columns: var(--_avatar) minmax(0, max-content) auto minmax(15%, 1fr);
    column-gap: var(--_space);
    align-items: center;
  }
  .message.own {
    grid-template-columns: minmax(15%, 1fr) auto minmax(0, max-content);
  }
  .message > * {
    grid-column: 2 / -1;
    justify-self: start;
    max-inline-size: 100%;
  }
  .own > * {
    grid-column: 1 / -1;
    justify-self: end;
  }
  .message > .name {
    grid-row: 1;
  }
  .message > .avatar {
    grid-area: 2 / 1;
    align-self: start;
  }
  .message > .bubble {
    grid-area: 2 / 2;
    max-inline-size: 38em;
  }
  .own > .bubble {
    grid-column: 3;
  }
  .message > .actions {
    grid-area: 2 / 3;
  }
  .own > .actions {
    grid-column: 2;
  }
  .message > .failed {
    grid-row: 3;
  }
  .message > .reactions {
    grid-row: 4;
  }
  .message > .picker {
    grid-row: 5;
  }
  .avatar {
    flex: none;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    display: grid;
    place-items: center;
    object-fit: cover;
    background: hsl(var(--_hue, 200) 45% 32%);
    color: #fff;
    font-size: calc(var(--_avatar) * 0.4);
    font-weight: 600;
  }
  /* The initials, from the attribute: the avatar is decorative (aria-hidden), and this is one text node less. */
  .avatar[data-initials]::before {
    content: attr(data-initials);
  }
  .name {
    padding-inline: calc(var(--_space) * 0.5);
    margin-block-end: 2px;
    color: var(--_text-muted);
    font-size: 0.78em;
    font-weight: 600;
  }
`;

/** The bubble: its colours and corners, the text, the time and delivery mark, an answer's sources. */
export const bubble = css`
  .bubble {
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.875) calc(var(--_space) * 1.5) calc(var(--_space) * 0.625);
    border-radius: var(--_radius);
    background: var(--kesk-thread-other-background, var(--_surface-2));
    color: var(--kesk-thread-other-color, var(--_text));
    overflow-wrap: anywhere;
    line-height: 1.4;
    /* What follows the text (edited, the time, the delivery) is one line of inline boxes at its end. */
    text-align: end;
  }
  .row:not(.group-start) .other .bubble {
    border-start-start-radius: var(--_radius-small);
  }
  .row:not(.group-end) .other .bubble {
    border-end-start-radius: var(--_radius-small);
  }
  .own .bubble {
    background: var(--kesk-thread-own-background, var(--_brand));
    color: var(--kesk-thread-own-color, var(--_on-brand));
  }
  .row:not(.group-start) .own .bubble {
    border-start-end-radius: var(--_radius-small);
  }
  .row:not(.group-end) .own .bubble {
    border-end-end-radius: var(--_radius-small);
  }
  .own .bubble a {
    color: inherit;
  }
  /* On the brand colour the usual focus blue would not show: rings inside your bubbles take its text colour. */
  .own .bubble :focus-visible {
    outline-color: var(--kesk-thread-own-color, var(--_on-brand));
  }
  .bubble.tombstone {
    background: transparent;
    color: var(--_text-muted);
    border: 1px dashed var(--_border);
    font-style: italic;
  }
  .bubble.editing {
    box-shadow: 0 0 0 2px var(--_surface), 0 0 0 4px var(--_focus);
  }
  [data-delivery=failed] .bubble {
    box-shadow: 0 0 0 2px var(--_danger);
  }
  .text > :first-child {
    margin-block-start: 0;
  }
  .text > :last-child {
    margin-block-end: 0;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: var(--_space);
  }
  .bubble > * {
    text-align: start;
  }
  .bubble > time,
  .bubble > .edited,
  .bubble > .delivery {
    color: var(--_text-muted);
    font-size: 0.7em;
  }
  .bubble > .edited + .edited,
  .bubble > .edited + time,
  .bubble > time + .delivery {
    margin-inline-start: calc(var(--_space) * 0.5);
  }
  .own .bubble > :is(time, .edited, .delivery),
  .tombstone > :is(time, .edited) {
    color: inherit;
  }
  /* The delivery mark, drawn in CSS (no icon nodes in every message of yours): a tick once sent, a clock before. */
  .delivery {
    display: inline-block;
    position: relative;
    inline-size: 14px;
    block-size: 14px;
    vertical-align: middle;
  }
  .delivery::before {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  .delivery.sent::before {
    inset-inline-start: 4.5px;
    inset-block-start: 1.5px;
    inline-size: 5px;
    block-size: 9px;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .delivery.sending::before {
    inset: 1.5px;
    border: 1.5px solid currentColor;
    border-radius: 50%;
    background:
      linear-gradient(currentColor 0 0) no-repeat 50% 2px / 1.5px 4px,
      linear-gradient(currentColor 0 0) no-repeat calc(50% + 1.5px) 50% / 3.5px 1.5px;
  }
  .sources {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .sources-title {
    color: var(--_text-muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .sources ol {
    margin: 2px 0 0;
    padding-inline-start: 1.5em;
  }
  .sources a {
    color: var(--_brand);
  }
`;

/** Inside a bubble: images, players, file chips and uploads with their progress. */
export const media = css`
  .media {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin-block: calc(var(--_space) * 0.5);
  }
  .image {
    display: block;
    border-radius: var(--_radius-small);
  }
  .image img {
    display: block;
    inline-size: min(240px, 100%);
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_radius-small);
    background: var(--_surface-2);
  }
  video {
    display: block;
    inline-size: min(280px, 100%);
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius-small);
    background: #000;
  }
  audio {
    display: block;
    inline-size: min(260px, 100%);
  }
  .file,
  .upload {
    display: flex;
    align-items: center;
    gap: var(--_space);
    inline-size: min(260px, 100%);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    text-decoration: none;
  }
  .file svg,
  .upload svg {
    flex: none;
    color: var(--_brand);
  }
  .file-text,
  .upload-text {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-inline-size: 0;
  }
  .file-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
    font-size: 0.9em;
  }
  .file-size {
    color: var(--_text-muted);
    font-size: 0.78em;
  }
  progress {
    inline-size: 100%;
    block-size: 6px;
    accent-color: var(--_brand);
  }
`;
