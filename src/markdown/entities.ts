// HTML character references, decoded the way markdown does in text, link destinations and titles. The browser never
// decodes them for us: every string reaches the DOM through a Lit binding, so `&lt;` stays four characters unless we
// turn it into `<` here (and then it is still only text). Names beyond the few people type are left as they are:
// an undecoded `javascript&colon;` is no scheme, so safeHref refuses it all the same.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// Numeric references without their `;` are decoded too, as HTML's attribute parser would (`&#106avascript:`).
/** One reference at `lastIndex`, for the inline parser's single pass: the decimal, hex or name group. */
export const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));?/iy;
const ALL = new RegExp(ENTITY.source, 'gi');

/** One reference, from its match. */
export function decodeEntity([, decimal, hex, name]: string[]): string {
  if (name) return NAMED[name.toLowerCase()];
  const code = parseInt(decimal ?? hex, decimal ? 10 : 16);
  return !code || code > 0x10ffff || (code >= 0xd800 && code < 0xe000) ? '\ufffd' : String.fromCodePoint(code);
}

/** Decodes numeric references and the few named ones above. */
export function decodeEntities(value: string): string {
  return value.replace(ALL, (...m) => decodeEntity(m));
}
