// The direction of a message, as `dir="auto"` would find it (the first strong character), but read from the string
// once. On an element with a huge rendered subtree Chromium's `dir="auto"` is quadratic: a megabyte-long message
// froze the page for minutes. Computed here, it costs one scan of the text, up to its first letter.

// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their
// presentation forms, and the RTL blocks of the supplementary planes.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const STRONG = /[\p{L}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** `rtl` or `ltr` after the first strong character of `text`, or `undefined` when it has none (then inherit). */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const first = STRONG.exec(text)?.[0];
  return first === undefined ? undefined : RTL.test(first) ? 'rtl' : 'ltr';
}
