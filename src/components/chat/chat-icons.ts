import { svg, type SVGTemplateResult } from 'lit';
import type { ChatMode } from '../../state/conversation-store.js';
import { lineIcon as icon } from '../../icons/icon.js';

export const closeIcon = icon('M18 6 6 18M6 6l12 12');
export const backIcon = icon('M19 12H5m7 7-7-7 7-7');
export const conversationsIcon = icon('M14 9a2 2 0 0 1-2 2H6l-4 4V4a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2zM18 9h2a2 2 0 0 1 2 2v11l-4-4h-6a2 2 0 0 1-2-2v-1');
export const mediaIcon = icon(
  svg`<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="9" cy="9" r="2"/><path d="m21 15-3.1-3.1a2 2 0 0 0-2.8 0L6 21"/>`,
);

/** The avatar of the other side, by mode: the assistant's spark, a store, a bot, a person. */
export const modeIcons: Record<ChatMode, SVGTemplateResult> = {
  assistant: icon('M12 3l1.9 5.6 5.6 1.9-5.6 1.9L12 18l-1.9-5.6-5.6-1.9 5.6-1.9zM19 15l.8 2.2 2.2.8-2.2.8L19 21l-.8-2.2-2.2-.8 2.2-.8z'),
  vendor: icon('M3 9l1.5-5h15L21 9M3 9h18M3 9a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M5 12v8h14v-8M10 20v-5h4v5'),
  bot: icon(svg`<rect x="4" y="8" width="16" height="12" rx="3"/><path d="M12 8V4M9 13v1M15 13v1M2 14v2M22 14v2"/>`),
  direct: icon(svg`<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`),
};
