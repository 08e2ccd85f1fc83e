// The CDN build's view-imports.ts (scripts/cdn-bundle.js, scripts/view-chunks.js): the conversations list and the
// gallery are one file of dist/cdn of their own (kesk-chat.views.<hash>.js), named and checked by the boot's list of
// files (src/loader/cdn-files.ts). A module that failed to load stays failed at its address, so each retry asks at an
// address of its own.
import { cdnImport } from '../../loader/cdn-files.js';

/** The load on its way or done (both views ask for it; a failed one is forgotten, and the next asks anew). */
let load: Promise<unknown> | undefined;
let tries = 0;

const views = (): Promise<unknown> =>
  (load ??= cdnImport('views', import.meta.url, tries++ ? `?retry=${tries - 1}` : '').catch((error: unknown) => {
    load = undefined;
    throw error;
  }));

export const VIEW_IMPORTS = { 'kesk-session-list': views, 'kesk-media-gallery': views } as const;
