import { svg } from 'lit';

export { chatIcon } from '../../icons/chat-bubble.js';
export const closeIcon = svg`<svg viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="m6 9 6 6 6-6"/></svg>`;
