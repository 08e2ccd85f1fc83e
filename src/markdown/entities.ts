// HTML character references, decoded the way markdown does in text, link destinations and titles. The browser never
// decodes them for us: every string reaches the DOM through a Lit binding, so `&lt;` stays four characters unless we
// turn it into `<` here (and then it is still only text).

/** The named references worth knowing: the common ones, and those used to hide a scheme (`javascript&colon;`). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
};

// Numeric references without their `;` are decoded too, as HTML's attribute parser would (`&#106avascript:`).
const SOURCE = '&(?:#(\\d+)|#x([\\da-f]+)|([a-z]+));?';
const ALL = new RegExp(SOURCE, 'gi');

/** Matches one reference at `lastIndex`, for the inline parser's single pass. */
export const ENTITY_AT = new RegExp(SOURCE, 'iy');

/** One reference, from its match: the whole, then the decimal, hex or name group. */
export function decodeEntity(match: string, decimal?: string, hex?: string, name?: string): string {
  if (name) return NAMED[name.toLowerCase()] ?? match;
  const code = decimal ? parseInt(decimal, 10) : parseInt(hex!, 16);
  return !code || code > 0x10ffff || (code >= 0xd800 && code < 0xe000) ? '\ufffd' : String.fromCodePoint(code);
}

/** Decodes numeric references and the few named ones above; unknown names are left as they are. */
export function decodeEntities(value: string): string {
  return value.includes('&') ? value.replace(ALL, decodeEntity) : value;
}
