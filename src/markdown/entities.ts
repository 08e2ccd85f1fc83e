// HTML character references, decoded the way markdown does in text, link destinations and titles. The browser never
// decodes them for us: every string reaches the DOM as a text node or an attribute value, so `&lt;` stays four
// characters unless we turn it into `<` here (and then it is still only text). Names beyond the few people type are
// left as they are: an undecoded `javascript&colon;` is no scheme, so safeHref refuses it all the same.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// Numeric references without their `;` are decoded too, as HTML's attribute parser would (`&#106avascript:`).
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));?/gi;

/** Decodes numeric references and the few named ones above. */
export function decodeEntities(value: string): string {
  return value.replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()];
    // NUL and what is past Unicode are U+FFFD, as in HTML (a lone surrogate is only ever text, shown as one).
    const code = parseInt(decimal ?? hex!, decimal ? 10 : 16);
    return code && code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
  });
}
