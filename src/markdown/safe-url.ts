import { decodeEntities } from './entities.js';

// The one rule for every URL the widget turns from an API string into an `href` or a `src`: links in messages,
// sources, file chips and the gallery's Download link, pictures, players and avatars. A URL is read the same way
// everywhere (character references decoded, hidden characters dropped, then the browser's own URL parser), it must
// be absolute (never resolved against the host page or the API, at a path of the sender's choosing), and then each
// use allows what it needs: links http(s), mailto and tel; files http(s); loading only http(s) from the API's origin.

// Characters a browser drops from a URL or does not show, which can split or hide a scheme (`java\tscript:`,
// a zero-width space, a bidi override): the control and format characters.
const HIDDEN = /[\p{Cc}\p{Cf}]/gu;
const LINK = /^(?:https?|mailto|tel):$/;
const HTTP = /^https?:$/;

/**
 * `url` parsed as the browser would follow it, or `undefined` when it is not a string or not an absolute URL.
 * Character references are decoded first (`&#106;avascript:` is `javascript:`), hidden characters removed and
 * surrounding whitespace trimmed; a percent-encoded scheme (`%6Aavascript:`) is no scheme at all, so it is relative.
 */
function absolute(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    // No base: a relative or protocol-relative URL (`/x`, `//evil.example`) throws, as does a special scheme
    // without a host (`https:`). Without a `:` (no scheme) it is not asked: an error is slow to make (about 80 µs in
    // Chromium, a 20,000-character step of images inside images took 250 ms).
    const value = decodeEntities(url).replace(HIDDEN, '').trim();
    return value.includes(':') ? new URL(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `url` as a normalised absolute href for a link when its scheme is `http:`, `https:`, `mailto:` or `tel:`;
 * `undefined` for anything else: other schemes (`javascript:`, `vbscript:`, `data:`…), relative and
 * protocol-relative URLs, and anything the URL parser rejects.
 */
export function safeHref(url: unknown): string | undefined {
  const parsed = absolute(url);
  return parsed && LINK.test(parsed.protocol) ? parsed.href : undefined;
}

/**
 * `url` as the href of a file to open or download (a file chip, the gallery's Download link): an absolute
 * `http:` or `https:` URL, else `undefined`. It may be on any origin: it is only followed on a click.
 */
export function safeFileHref(url: unknown): string | undefined {
  const parsed = absolute(url);
  return parsed && HTTP.test(parsed.protocol) ? parsed.href : undefined;
}

/**
 * `url` as a source to load (an `<img>`, `<audio>` or `<video>`) when it is absolute http(s) on the API's own origin
 * (the origin of `apiBase`), else `undefined`. Loading is a request the reader did not ask for: from another origin it
 * would tell that origin who read the message and when, so pictures, avatars and players come only from where the
 * API keeps its files. Anything else stays a link, followed only on a click.
 */
export function safeSrc(url: unknown, apiBase: string): string | undefined {
  const parsed = absolute(url);
  if (!parsed || !HTTP.test(parsed.protocol)) return undefined;
  try {
    return parsed.origin === new URL(apiBase, globalThis.location?.href).origin ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
