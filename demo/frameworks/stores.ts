// The three stores the order-help apps can ask (the emulator's vendor locations), shared by the Vue, Svelte and
// Angular demos so that the three pages show one app written three ways.
export const STORES = [
  { id: 501, city: 'Bristol', name: 'Harbour Street' },
  { id: 502, city: 'Leeds', name: 'Market Square' },
  { id: 503, city: 'Edinburgh', name: 'Riverside Centre' },
] as const;

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
