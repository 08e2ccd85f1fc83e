import { glyph } from '../../icons/icon.js';

const icon = (d: string, size = 18) => glyph(d, size);

export const icons = {
  alert: icon('M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z', 16),
  react: icon('M7 9.5a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0zm7 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0zM12 18c2.3 0 4.3-1.5 5.1-3.5H6.9C7.7 16.5 9.7 18 12 18zM20 2v2h-2v2h2v2h2V6h2V4h-2V2zm-8 0a10 10 0 1 0 9.7 7.6l-2 .5A8 8 0 1 1 12 4z'),
  edit: icon('M3 17.25V21h3.75L17.81 9.94l-3.75-3.75zM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75z'),
  delete: icon('M6 19a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V7H6zM19 4h-3.5l-1-1h-5l-1 1H5v2h14z'),
  file: icon('M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zm-1 7V3.5L18.5 9z', 22),
  down: icon('M11 4v12.2l-5.6-5.6L4 12l8 8 8-8-1.4-1.4-5.6 5.6V4z', 16),
};
