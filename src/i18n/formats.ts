// Intl formatters, made once per locale and options: a formatter costs far more to make than to use (the first of a
// page loads the locale's data, about 20 ms), and the thread and the list format on every render.

import { whenIdle } from '../page/when-idle.js';

const dates = new Map<string, Intl.DateTimeFormat>();
const relatives = new Map<string, Intl.RelativeTimeFormat>();

/** A date formatter for `lang` (the runtime's default locale when `lang` is empty or not one it knows). */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = dates.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang || undefined, options);
    } catch {
      f = new Intl.DateTimeFormat(undefined, options);
    }
    dates.set(key, f);
  }
  return f;
}

/** The short relative-time formatter ("5 min. ago", "yesterday") for `locale`. */
export function relativeFormat(locale = ''): Intl.RelativeTimeFormat {
  let f = relatives.get(locale);
  if (!f) relatives.set(locale, (f = new Intl.RelativeTimeFormat(locale || undefined, { numeric: 'auto', style: 'short' })));
  return f;
}

/**
 * Makes a date formatter for `lang` while the page is idle: the first `Intl.DateTimeFormat` of a page loads the
 * locale's data, about 20 ms, which would otherwise land on the click that opens the panel. The thread's time of
 * day (`hour`, `minute`), so the formatter made is the one its first render asks for.
 */
export function warmDateFormats(lang: string): void {
  whenIdle(() => dateFormat(lang, { hour: 'numeric', minute: '2-digit' }));
}
