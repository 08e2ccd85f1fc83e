import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base, tokens } from '../../styles/tokens.js';
import { viewStates } from '../../styles/view-states.js';

export const styles = [
  tokens,
  base,
  controls,
  viewStates,
  css`
    :host {
      --_hover: var(--kesk-session-list-hover, var(--_surface-2));
      display: block;
      background: var(--_surface);
    }
    [part=base] {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding-block: var(--_space);
    }
    [part=toolbar] {
      padding-inline: calc(var(--_space) * 1.5);
    }
    [part=new-button] {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space);
      inline-size: 100%;
      min-block-size: 44px;
      border: 0;
      border-radius: 999px;
      background: var(--_brand);
      color: var(--_on-brand);
      font-weight: 600;
    }
    [part=new-button]:hover {
      filter: brightness(1.08);
    }
    [part=session-list] {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part=session] {
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      padding-inline: calc(var(--_space) / 2);
    }
    [part=open-button] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas:
        'avatar title time'
        'avatar last unread';
      column-gap: calc(var(--_space) * 1.5);
      row-gap: 2px;
      align-items: center;
      min-inline-size: 0;
      padding: var(--_space);
      border: 0;
      border-inline-start: 3px solid transparent;
      border-radius: var(--_radius-small);
      background: none;
      text-align: start;
    }
    [part=open-button]:hover {
      background: var(--_hover);
    }
    [part=open-button][aria-current=true] {
      border-inline-start-color: var(--_brand);
      background: var(--kesk-session-list-current, color-mix(in srgb, var(--_brand) 12%, var(--_surface)));
    }
    [part=avatar] {
      grid-area: avatar;
      display: grid;
      place-items: center;
      inline-size: 40px;
      block-size: 40px;
      border-radius: 50%;
      background: color-mix(in srgb, var(--_brand) 16%, var(--_surface));
      color: var(--_brand);
      font-weight: 700;
    }
    [part=session-title],
    [part=last-message] {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    /* A title is laid out in its own direction (dir from its first letter), so a Latin name in an Arabic list is cut
       at its end; it still sits where the list's text starts (physical sides: a title's own start is the other). */
    [part=session-title] {
      grid-area: title;
      text-align: left;
      font-weight: 600;
    }
    [part=base]:dir(rtl) [part=session-title] {
      text-align: right;
    }
    [part=last-message] {
      grid-area: last;
      color: var(--_text-muted);
      font-size: 0.9em;
    }
    [part=open-button]:has([part=unread]) [part=last-message] {
      color: var(--_text);
      font-weight: 500;
    }
    [part=time] {
      grid-area: time;
      color: var(--_text-muted);
      font-size: 0.8em;
      white-space: nowrap;
    }
    [part=unread] {
      grid-area: unread;
      justify-self: end;
      min-inline-size: 1.5em;
      padding-inline: 0.45em;
      border-radius: 999px;
      background: var(--kesk-session-list-badge, var(--_brand));
      color: var(--_on-brand);
      font-size: 0.75em;
      font-weight: 700;
      line-height: 1.6;
      text-align: center;
    }
    [part=rename-form] {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      padding: var(--_space);
    }
    [part=rename-input] {
      font: inherit;
      color: inherit;
      flex: 1 1 6em;
      min-inline-size: 0;
      min-block-size: 40px;
      padding-inline: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface);
    }
    [part=rename-input][aria-invalid=true] {
      border-color: var(--_danger);
    }
    [part=save-button] {
      border-color: var(--_brand);
      background: var(--_brand);
      color: var(--_on-brand);
    }
    [part=error] {
      grid-column: 1 / -1;
      padding-inline: var(--_space);
      font-size: 0.9em;
    }
    [part=rename-form] [part=error] {
      flex-basis: 100%;
      padding: 0;
    }
    .failure {
      padding-inline: calc(var(--_space) * 2);
    }
  `,
];
