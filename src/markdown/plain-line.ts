/** Markdown marks that mean nothing in one line of plain text (a preview, an announcement). */
const MARKDOWN = [
  // No `[` in the text nor `(` in the URL: each scan stops where the next could start, so a megabyte of `[a](`
  // stays linear.
  [/!?\[([^[\]]*)\]\([^()]*\)/g, '$1'],
  [/[*_~`]+/g, ''],
  [/^\s{0,3}(#{1,6}|>|[-+]|\d+\.)\s+/gm, ''],
] as const;

/**
 * A message's text as one line of at most `max` characters, markdown marks dropped when it is markdown. Cut, not
 * ellipsised: the elements that show it end the line with their own ellipsis.
 */
export function plainLine(content: string, markdown: boolean, max = 200): string {
  // The start is all a line needs (marks and spaces shrink it: a generous one): a megabyte is not worked through.
  let text = content.trimStart().slice(0, max * 20);
  if (markdown) for (const [pattern, by] of MARKDOWN) text = text.replace(pattern, by);
  text = text.replace(/\s+/g, ' ').trim();
  return text.slice(0, max);
}
