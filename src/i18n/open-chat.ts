// The launcher's name in every language the widget speaks, in one place: the loader's stand-in button must be named
// exactly like the real launcher that replaces it, before any term table has loaded (the loader cannot carry them).
export const OPEN_CHAT = { en: 'Open chat', es: 'Abrir chat', de: 'Chat öffnen', fr: 'Ouvrir le chat', ar: 'فتح الدردشة' } as const;
