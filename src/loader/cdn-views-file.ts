// The CDN build's file of code the first open does not run (kesk-chat.views.<hash>.js: scripts/view-chunks.js): the
// conversations list, the gallery and the upload of a file. Named and checked by the boot's list of files
// (cdn-files.ts). A module that failed to load stays failed at its address, so each retry asks at an address of its
// own (`?retry=n`).
import { cdnImport } from './cdn-files.js';

/** The load on its way or done (every user asks for this one; a failed one is forgotten, and the next asks anew). */
let load: Promise<unknown> | undefined;
let tries = 0;

/** The views file's module (its exports: the code the widget asks it for, as view-chunks.js's LATER names it). */
export const viewsFile = <T = unknown>(): Promise<T> =>
  (load ??= cdnImport('views', import.meta.url, tries++ ? `?retry=${tries - 1}` : '').catch((error: unknown) => {
    load = undefined;
    throw error;
  })) as Promise<T>;
