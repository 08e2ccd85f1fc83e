import { svg } from 'lit';
import { glyph } from '../../icons/icon.js';

export const chatIcon = glyph('M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.4-2.3c.9.2 1.9.4 3 .4 5.5 0 10-3.9 10-8.7S17.5 3 12 3Z', 28);
export const closeIcon = svg`<svg viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="m6 9 6 6 6-6"/></svg>`;
