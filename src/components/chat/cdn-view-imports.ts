// The CDN build's view-imports.ts (scripts/cdn-bundle.js, scripts/view-chunks.js): the conversations list and the
// gallery are in one file of dist/cdn of their own (kesk-chat.views.<hash>.js, src/loader/cdn-views-file.ts), named
// and checked by the boot's list of files (src/loader/cdn-files.ts).
import { viewsFile } from '../../loader/cdn-views-file.js';

export const VIEW_IMPORTS = { 'kesk-session-list': viewsFile, 'kesk-media-gallery': viewsFile } as const;
