import { decodeEntities } from './entities.js';

// Characters a browser drops from a URL or does not show, which can split or hide a scheme (`java\tscript:`,
// a zero-width space, a bidi override): the control and format characters.
const HIDDEN = /[\p{Cc}\p{Cf}]/gu;
const SCHEME = /^(?:https?|mailto|tel):/i;

/**
 * Returns `url` as a normalised absolute href when its scheme is `http:`, `https:`, `mailto:` or `tel:`, and
 * `undefined` for anything else: other schemes (`javascript:`, `vbscript:`, `data:`…), relative and
 * protocol-relative URLs (`//evil.example`), and anything the URL parser rejects.
 *
 * Character references are decoded first (`&#106;avascript:` is `javascript:`), hidden characters removed and
 * surrounding whitespace trimmed; a percent-encoded scheme (`%6Aavascript:`) is not a scheme at all, so it is
 * rejected as relative. The scheme checked is the one the browser's own URL parser reads, so it is what it follows.
 */
export function safeHref(url: string): string | undefined {
  try {
    // Special schemes need a host: `https:` alone, or with a relative part only, throws.
    const href = new URL(decodeEntities(String(url ?? '')).replace(HIDDEN, '').trim()).href;
    if (SCHEME.test(href)) return href;
  } catch {
    // Not an absolute URL: no link.
  }
  return undefined;
}

/**
 * `url` as a source to load (an `<img>`, `<audio>` or `<video>`) when it is http(s) on the API's own origin (the
 * origin of `apiBase`), else `undefined`. Loading is a request the reader did not ask for: from another origin it
 * would tell that origin who read the message and when, so pictures, avatars and players come only from where the
 * API keeps its files. Relative URLs never load. Anything else stays a link, followed only on a click.
 */
export function safeSrc(url: string | null | undefined, apiBase: string): string | undefined {
  try {
    // Absolute URLs only (a missing one throws too): a relative one would be resolved against the page, or the API,
    // at a path of the sender's choosing.
    const parsed = new URL(url!);
    if (/^https?:$/.test(parsed.protocol) && parsed.origin === new URL(apiBase, globalThis.location?.href).origin) return parsed.href;
  } catch {
    // Not an absolute URL: nothing to load.
  }
  return undefined;
}
