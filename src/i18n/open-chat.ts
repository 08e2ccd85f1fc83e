// The launcher's name in every language the widget speaks, in one place: the loader's stand-in button must be named
// exactly like the real launcher that replaces it, before any term table has loaded (the loader cannot carry them).
// One constant a language, so a term table carries its own name only (and the widget the English one).
export const OPEN_CHAT_EN = 'Open chat';
export const OPEN_CHAT_ES = 'Abrir chat';
export const OPEN_CHAT_DE = 'Chat öffnen';
export const OPEN_CHAT_FR = 'Ouvrir le chat';
export const OPEN_CHAT_AR = 'فتح الدردشة';

export const OPEN_CHAT = { en: OPEN_CHAT_EN, es: OPEN_CHAT_ES, de: OPEN_CHAT_DE, fr: OPEN_CHAT_FR, ar: OPEN_CHAT_AR } as const;

// What the loader's stand-in says (its description and tooltip) when the CDN widget could not load: offline, or a
// file refused for failing its integrity check (a click tries again). Each term table exports its own, and the CDN
// boot (src/loader/boot.ts) shows that of the table it fetched for the start language: so the boot carries none.
export const NOT_LOADED_EN = 'Chat did not load. Try again.';
export const NOT_LOADED_ES = 'El chat no cargó. Reintentar.';
export const NOT_LOADED_DE = 'Chat nicht geladen. Erneut versuchen.';
export const NOT_LOADED_FR = 'Le chat n’a pas chargé. Réessayer.';
export const NOT_LOADED_AR = 'لم تُحمَّل الدردشة. أعد المحاولة.';
