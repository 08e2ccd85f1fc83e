import { lineIcon as icon } from '../../icons/icon.js';

const AUDIO = 'M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z';
const VIDEO = 'M4 6h11a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zM16 10l5-3v10l-5-3';
const FILE = 'M6 2h8l5 5v14a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM14 2v5h5M8 13h8M8 17h6';

/** The icon of a kind of media, for tiles (`size` 32) and the viewer (64). */
export const kindIcon = (kind: 'image' | 'audio' | 'video' | 'file', size: number) =>
  icon(kind === 'audio' ? AUDIO : kind === 'video' ? VIDEO : FILE, size);
export const closeIcon = icon('M6 6l12 12M18 6L6 18');
export const downloadIcon = icon('M12 4v11M7 10l5 5 5-5M5 20h14');
export const trashIcon = icon('M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13');
