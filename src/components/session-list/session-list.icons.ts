import { html } from 'lit';

const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d=${d} /></svg>`;

export const plusIcon = icon('M12 5v14M5 12h14');
export const pencilIcon = icon('M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4');
