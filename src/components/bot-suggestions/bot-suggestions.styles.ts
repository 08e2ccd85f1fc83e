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
      --_chip: var(--kesk-suggestion-color, var(--_brand));
    }
    .base {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5) 0;
    }
    .bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
    }
    .status {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.8125em;
    }
    .dot {
      flex: none;
      inline-size: 8px;
      block-size: 8px;
      border-radius: 50%;
      background: var(--_text-muted);
    }
    .active .dot {
      background: var(--_brand);
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--_brand) 22%, transparent);
    }
    .transferred .dot {
      background: var(--_focus);
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--_focus) 22%, transparent);
    }
    button svg {
      flex: none;
    }
    .restart {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 4px 8px;
      border: 0;
      border-radius: var(--_radius-small);
      background: none;
      color: var(--_text-muted);
      font-size: 0.8125em;
    }
    .restart:hover:not(:disabled) {
      background: color-mix(in srgb, var(--_text) 8%, transparent);
      color: var(--_text);
    }
    .restart:disabled {
      opacity: 0.5;
      cursor: default;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-block-size: 34px;
      padding: 5px 14px;
      border: 1px solid color-mix(in srgb, var(--_chip) 55%, transparent);
      border-radius: 999px;
      background: var(--kesk-suggestion-background, var(--_surface));
      color: var(--_chip);
      font-size: 0.875em;
      font-weight: 500;
      line-height: 1.3;
      text-align: start;
      transition: background-color 0.15s;
    }
    .chip:hover {
      background: color-mix(in srgb, var(--_chip) 10%, var(--kesk-suggestion-background, var(--_surface)));
    }
    .chip[aria-disabled=true] {
      opacity: 0.55;
      cursor: progress;
    }
    .person {
      border-color: var(--_border);
      color: var(--_text);
    }
  `,
];
