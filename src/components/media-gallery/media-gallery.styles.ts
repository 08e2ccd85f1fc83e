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
      display: block;
      background: var(--_surface);
    }
    [part=base] {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 1.5);
    }
    a {
      color: inherit;
    }
    [part=gallery] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(var(--kesk-media-gallery-tile, 96px), 1fr));
      gap: var(--_space);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part=open-button] {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 4px;
      inline-size: 100%;
      aspect-ratio: 1;
      padding: var(--_space);
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface-2);
    }
    [part=open-button]:hover {
      border-color: var(--_brand);
    }
    [part=open-button]:has([part=thumbnail]) {
      padding: 0;
    }
    [part=thumbnail] {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    [part=icon],
    .file-icon {
      color: var(--_brand);
      line-height: 0;
    }
    [part=name] {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      max-inline-size: 100%;
      overflow: hidden;
      font-size: 0.8em;
      overflow-wrap: anywhere;
      text-align: center;
    }
    [part=size] {
      color: var(--_text-muted);
      font-size: 0.75em;
    }
    [part=delete-button] {
      color: var(--_danger);
    }
    [part=confirm-button] {
      border-color: var(--_danger);
      background: var(--_danger);
      color: var(--_on-danger);
    }
    [part=viewer] {
      inline-size: min(92vw, 720px);
      max-block-size: 92vh;
      padding: 0;
      border: 0;
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: var(--_shadow);
    }
    [part=viewer]::backdrop {
      background: var(--kesk-media-gallery-backdrop, rgb(0 0 0 / 0.72));
    }
    .viewer-head {
      display: flex;
      align-items: center;
      gap: var(--_space);
      padding: var(--_space);
      padding-inline-start: calc(var(--_space) * 2);
    }
    [part=viewer-title] {
      flex: 1;
      margin: 0;
      font-size: 1em;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    [part=close-button] {
      color: inherit;
    }
    [part=viewer-media] {
      display: grid;
      place-items: center;
      min-block-size: 120px;
      padding: var(--_space);
      background: var(--_surface-2);
    }
    [part=viewer-media] img,
    [part=viewer-media] video {
      max-inline-size: 100%;
      max-block-size: 65vh;
      object-fit: contain;
    }
    [part=viewer-media] audio {
      inline-size: 100%;
    }
    [part=viewer-details],
    [part=viewer] [part=error],
    [part=confirm] p {
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 2) 0;
    }
    [part=viewer-details] {
      color: var(--_text-muted);
      font-size: 0.9em;
    }
    [part=viewer] .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2) calc(var(--_space) * 2);
    }
  `,
];
