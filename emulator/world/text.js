// Text helpers shared by retrieval (rag.js) and the keyword-driven replies (replies.js, bots.js).

// Common English words that carry no topic; dropping them keeps BM25 from ranking on "the" and "how".
const STOP_WORDS = new Set(`a about above after again against all am an and any are arent as at be because been
before being below between both but by can cannot cant could couldnt did didnt do does doesnt doing dont down during each
few for from further many get got had hadnt has hasnt have havent having he her here hers herself him himself his how i if
in into is isnt it its itself just let me might more most much must mustnt my myself need no nor not now of off on
once only or other ought our ours ourselves out over own please same shall she should shouldnt so some such than
that the their theirs them themselves then there these they this those through to too under until up us very
want was wasnt we were werent what when where which while who whom why will with wont would wouldnt you your yours
yourself yourselves im ive youre youve theyre theyve weve`.split(/\s+/));

/** Lowercase words, with curly apostrophes and accents folded and punctuation removed. */
export function words(text) {
  return String(text ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/n't\b/g, 'nt') // "don't" → "dont", "can't" → "cant"
    .replace(/'s\b/g, '') // "store's" → "store", "where's" → "where"
    .replace(/'(re|ve|ll|d|m)\b/g, '$1') // "I'm" → "im", "you're" → "youre"
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A light suffix stemmer (plural, -ing, -ed, final y/e) so that "returns", "returned" and "returning" meet, and
 * so do "size", "sizes" and "sizing". Not Porter: just enough for a help centre.
 */
export function stem(word) {
  let w = word;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(ss|ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const suffix = /ing$/.test(w) ? 3 : /ed$/.test(w) ? 2 : 0;
  if (suffix && w.length - suffix >= 3) {
    w = w.slice(0, -suffix);
    if (/([b-df-hj-np-rtv-y])\1$/.test(w)) w = w.slice(0, -1); // "shipp" → "ship", "fitt" → "fit"
  }
  if (w.length > 5 && w.endsWith('ery')) w = w.slice(0, -1); // "delivery" = "deliver"
  else if (w.length > 3 && /[^aeiou]y$/.test(w)) w = w.slice(0, -1) + 'i'; // "policy" = "policies"
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1); // "size" = "sizing"
  return w;
}

/** Words without stop words, stemmed: the terms retrieval ranks on. */
export function tokenize(text) {
  return words(text).filter((w) => !STOP_WORDS.has(w)).map(stem);
}

/** Whether any of the patterns occurs in the text as a whole word or phrase (case-insensitive). */
export function mentions(text, patterns) {
  const plain = ' ' + words(text).join(' ') + ' ';
  return patterns.some((p) => plain.includes(' ' + p + ' ') || (p.endsWith('*') && plain.includes(' ' + p.slice(0, -1))));
}

/** Sentences of a paragraph; a split needs end punctuation followed by a capital, digit or £. */
export function sentences(paragraph) {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z0-9£])/).map((s) => s.trim()).filter(Boolean);
}

/** Shortens text to at most max characters, at a word boundary, with an ellipsis. */
export function clip(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}
