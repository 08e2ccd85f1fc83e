import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base, tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  base,
  controls,
  css`
    :host {
      display: block;
      /* The icon buttons sit on the field, whose colour the usual hover tint would match. */
      --_hover: color-mix(in srgb, var(--_text) 8%, transparent);
    }
    [hidden] {
      display: none !important;
    }
    [part=composer] {
      position: relative;
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.25);
      background: var(--kesk-composer-background, var(--_surface));
    }
    .small {
      inline-size: 24px;
      block-size: 24px;
    }
    .small svg {
      inline-size: 16px;
      block-size: 16px;
    }
    .field {
      display: flex;
      align-items: flex-end;
      gap: 2px;
      padding: 3px;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) + 4px);
      background: var(--kesk-composer-field-background, var(--_surface-2));
    }
    .field:has(textarea:focus) {
      border-color: var(--_focus);
      box-shadow: 0 0 0 2px var(--_focus);
    }
    /* The rounded field shows the focus (above); a square outline inside it would only add noise. */
    textarea:focus-visible {
      outline: none;
    }
    textarea {
      flex: 1;
      min-inline-size: 0;
      box-sizing: border-box;
      min-block-size: 40px;
      max-block-size: var(--kesk-composer-max-height, 160px);
      margin: 0;
      padding: calc(var(--_space) * 1.125) calc(var(--_space) * 1.25);
      border: 0;
      background: transparent;
      color: inherit;
      font: inherit;
      line-height: 1.4;
      resize: none;
      overflow-y: auto;
    }
    textarea::placeholder {
      color: var(--_text-muted);
    }
    .send {
      background: var(--_brand);
      color: var(--_on-brand);
    }
    .send:hover {
      background: color-mix(in srgb, var(--_brand) 85%, black);
      color: var(--_on-brand);
    }
    .send:disabled {
      background: transparent;
      color: var(--_text-muted);
      opacity: 0.55;
      cursor: default;
    }
    .send svg:dir(rtl) {
      transform: scaleX(-1);
    }
    .edit-bar {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      padding-inline-start: var(--_space);
      border-inline-start: 3px solid var(--_brand);
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .edit-bar svg {
      inline-size: 16px;
      block-size: 16px;
      color: var(--_brand);
    }
    .link {
      padding: 2px calc(var(--_space) * 0.5);
      border: 0;
      background: none;
      color: var(--_brand);
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    .attachments {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .attachment {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      max-inline-size: 100%;
      padding-block: calc(var(--_space) * 0.5);
      padding-inline: calc(var(--_space) * 0.5) 2px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface);
      font-size: 0.8125em;
    }
    .attachment img,
    .attachment > svg {
      flex: none;
      inline-size: 28px;
      block-size: 28px;
      border-radius: 4px;
      object-fit: cover;
      color: var(--_text-muted);
    }
    .name {
      max-inline-size: 14em;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .size {
      color: var(--_text-muted);
      white-space: nowrap;
    }
    .meta {
      display: flex;
      align-items: baseline;
      gap: var(--_space);
    }
    .meta:not(:has(:not([hidden]))) {
      display: none;
    }
    [part=error] {
      margin: 0;
      color: var(--_danger);
      font-size: 0.875em;
    }
    [part=counter] {
      margin-inline-start: auto;
      color: var(--_text-muted);
      font-size: 0.8125em;
      font-variant-numeric: tabular-nums;
    }
    [part=counter].over {
      color: var(--_danger);
      font-weight: 600;
    }
    .drop {
      position: absolute;
      inset: 4px;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_space) * 0.75);
      border: 2px dashed var(--_brand);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_brand) 10%, var(--_surface));
      color: var(--_brand);
      font-weight: 600;
      pointer-events: none;
    }
  `,
];
