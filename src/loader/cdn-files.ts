// The CDN build's files are named by content hash (`kesk-chat.en.3f9c….js`, `kesk-chat-widget.….js`: scripts/cdn-bundle.js),
// so that a CDN may keep each for a year. The boot (src/loader/boot.ts, the file the loader fetches with its
// integrity) holds the name and integrity of every other file, and registers, before it runs the widget, the
// function that imports one of them by its name, checked against its integrity. A chain of trust: the page's tag
// checks the loader, the loader the boot, the boot every other file.

/** Imports a file of the build by its name (`widget`, `en`, `session-list`, …); `query` goes after its URL. */
export type CdnImport = <T = unknown>(name: string, query?: string) => Promise<T>;

declare global {
  interface Window {
    /** The booted builds' imports, by folder (one per copy of the widget's files). */
    __keskChatFiles?: Record<string, CdnImport>;
  }
}

/** Imports the file `name` of the build in the folder of `base` (the URL of one of its files). */
export function cdnImport<T = unknown>(name: string, base: string, query?: string): Promise<T> {
  const load = window.__keskChatFiles?.[new URL('.', base).href];
  return load ? load<T>(name, query) : Promise.reject(new Error(`kesk-chat: no boot for ${base}`));
}
