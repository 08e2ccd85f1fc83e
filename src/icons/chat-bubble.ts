import { glyph } from './icon.js';

/** The speech bubble: the launcher's icon, and the empty chat's. Shared, so neither element imports the other. */
export const chatIcon = glyph('M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.4-2.3c.9.2 1.9.4 3 .4 5.5 0 10-3.9 10-8.7S17.5 3 12 3Z', 28);
