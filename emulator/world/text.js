// Text helpers shared by retrieval (rag.js) and the keyword-driven replies (replies.js, bots.js).

// Common English words that carry no topic; dropping them keeps BM25 from ranking on "the" and "how".
const STOP_WORDS = new Set(`a about above after again against all am an and any are arent as at be because been
before being below both but by can cannot cant could couldnt did didnt do does doesnt doing dont during each
few for from further many get got had hadnt has hasnt have havent having he her here hers herself him himself his how i if
in into is isnt it its itself just let me might more most much must mustnt my myself need no nor not now of off on
once only or other ought our ours ourselves out over own please same shall she should shouldnt so some such than
that the their theirs them themselves then there these they this those through to too under until up us very
want was wasnt we were werent what when where which while who whom why will with wont would wouldnt you your yours
yourself yourselves im ive youre youve theyre theyve weve`.split(/\s+/));

// Words that pad a question without naming its topic: "hi, I was just wondering if you could tell me something
// about …". Only retrieval drops them, so that they neither match nor count as words the help centre lacks.
const FILLER_WORDS = new Set(`hi hello hey hiya thanks thank cheers pls plz yes yeah ok okay dear guys folks
wondering wonder wondered possibly perhaps maybe really actually also know tell explain thing things something
anything stuff anymore still already even ever able whether else exactly kind sort way like`.split(/\s+/));

// Letters that no Unicode decomposition folds: the German sharp s and the ligatures; Arabic's final forms (alef
// maqsura, ta marbuta) and tatweel, which spelling varies on; Arabic-Indic digits.
const FOLD = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ı: 'i', ى: 'ي', ة: 'ه', ـ: '' };
const FOLDED = /[ßœæøıىةـ]/g;
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Text with accents and Arabic vowel marks folded away ("envío" → "envio", "أين" → "اين"), and the letters no
 * decomposition folds replaced: what phrase rewrites and word splitting both work on. Case is kept.
 */
export function fold(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(FOLDED, (ch) => FOLD[ch])
    .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * Lowercase words, in any script: folded (see fold), curly apostrophes straightened, English contractions
 * joined, punctuation removed.
 */
export function words(text) {
  return fold(String(text ?? '').toLowerCase())
    .replace(/[’‘`]/g, "'")
    .replace(/n't\b/g, 'nt') // "don't" → "dont", "can't" → "cant"
    .replace(/'s\b/g, '') // "store's" → "store", "where's" → "where"
    .replace(/'(re|ve|ll|d|m)\b/g, '$1') // "I'm" → "im", "you're" → "youre"
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Forms a suffix stemmer cannot reach: irregular verbs, "un-" adjectives, spelling variants, and words whose stem
// would collide with another word ("boxing" day is not a box, "marketing" is not a market square).
const BASE_FORMS = new Map(Object.entries({
  wore: 'wear', worn: 'wear', unworn: 'wear', bought: 'buy', paid: 'pay', sent: 'send', broke: 'break',
  broken: 'break', lost: 'lose', sold: 'sell', took: 'take', taken: 'take', came: 'come', gave: 'give',
  given: 'give', found: 'find', kept: 'keep', held: 'hold', spent: 'spend', brought: 'bring', stolen: 'steal',
  tore: 'tear', torn: 'tear', went: 'go', gone: 'go', left: 'leave', felt: 'feel', made: 'make', shrank: 'shrink',
  shrunk: 'shrink', unwashed: 'wash', unused: 'use', used: 'use', feet: 'foot', color: 'colour', colors: 'colour',
  faulty: 'fault', boxing: 'boxing', marketing: 'marketing',
}));

const VOWEL = /[aeiouy]/;

/** Porter's measure: how many vowel-consonant sequences a stem has ("car" 1, "open" 2). */
function measure(w) {
  return (w.replace(/^[^aeiou]+/, '').replace(/[^aeiou]+$/, '-').match(/[aeiou]+[^aeiou]+/g) ?? []).length;
}

/** Ends consonant-vowel-consonant, the last not w, x or y: a short syllable that lost its final e ("car" of "caring"). */
function shortSyllable(w) {
  return /[^aeiou][aeiouy][^aeiouwxy]$/.test(w);
}

/**
 * A light suffix stemmer after Porter's first and last steps, plus a few derivational suffixes, so that
 * "returns", "returned" and "returning" meet, and so do "size"/"sizing", "care"/"caring" (but not "car"),
 * "cancel"/"cancellation" and "collect"/"collection". Not full Porter: just enough for a help centre.
 */
export function stem(word) {
  let w = BASE_FORMS.get(word) ?? word;
  if (BASE_FORMS.get(word) === word || w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const suffix = /ing$/.test(w) ? 3 : /[^e]ed$/.test(w) ? 2 : 0; // not "need" or "speed"
  if (suffix && VOWEL.test(w.slice(0, -suffix)) && w.length - suffix >= 2) {
    w = w.slice(0, -suffix);
    if (/([b-df-hj-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1); // "shipp" → "ship", "cancell" → "cancel"
    else if (measure(w) === 1 && shortSyllable(w)) w += 'e'; // "car" → "care", "siz" → "size"
  }
  if (w.length >= 8 && w.endsWith('ally')) w = w.slice(0, -2); // "internationally" = "international"
  if (w.length > 5 && w.endsWith('ery')) w = w.slice(0, -1); // "delivery" = "deliver"
  else if (w.length > 3 && /[^aeiou]y$/.test(w)) w = w.slice(0, -1) + 'i'; // "policy" = "policies"

  if (/[^aeiou]ation$/.test(w) && w.length >= 9) w = w.slice(0, -5); // "confirmation" → "confirm"
  else if (/ction$/.test(w) && w.length >= 8) w = w.slice(0, -3); // "collection" → "collect"
  else if (/ment$/.test(w) && w.length >= 7) w = w.slice(0, -4); // "payment" → "pay"
  if (/([b-df-hj-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1); // "cancellation" → "cancel", "call" = "calling"

  // Porter's last step: a final e goes unless it closes a short syllable ("size", "care", "store" keep theirs).
  if (w.endsWith('e') && w.length > 3) {
    const rest = w.slice(0, -1);
    if (measure(rest) > 1 || (measure(rest) === 1 && !shortSyllable(rest))) w = rest;
  }
  return w;
}

/** Words without stop words, stemmed: the terms retrieval ranks on. */
export function tokenize(text) {
  return words(String(text ?? '').replace(/£/g, ' pound ')) // "£5" is five pounds
    .filter((w) => !STOP_WORDS.has(w) && !FILLER_WORDS.has(w))
    .map(stem);
}

/** Whether any of the patterns occurs in the text as a whole word or phrase (case-insensitive). */
export function mentions(text, patterns) {
  const plain = ' ' + words(text).join(' ') + ' ';
  return patterns.some((p) => plain.includes(' ' + p + ' ') || (p.endsWith('*') && plain.includes(' ' + p.slice(0, -1))));
}

/**
 * Sentences of a paragraph; a split needs end punctuation (the Arabic question mark too) followed by a capital, a
 * digit, £, Spanish opening marks or an Arabic letter (Arabic has no capitals).
 */
export function sentences(paragraph) {
  return paragraph.split(/(?<=[.!?؟])\s+(?=[\p{Lu}\p{N}£¿¡\p{Script=Arabic}])/u).map((s) => s.trim()).filter(Boolean);
}

/**
 * Whether two words are one slip of the keyboard apart: a letter left out, added or two letters swapped
 * ("delivry", "exchnage"), or, in long words only, one letter wrong. Short words are left alone: too many of
 * them are a slip apart from another real word.
 */
export function oneSlipApart(typed, known) {
  if (typed === known || typed.length < 5 || Math.abs(typed.length - known.length) > 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === known[i]) i++;
  if (i === 0) return false; // people rarely slip on the first letter: "flight" is not a typo of "light"
  const rest = (a, b) => typed.slice(a) === known.slice(b);
  if (typed.length === known.length) {
    if (typed[i] === known[i + 1] && typed[i + 1] === known[i] && rest(i + 2, i + 2)) return true;
    return typed.length >= 8 && rest(i + 1, i + 1);
  }
  return typed.length < known.length ? rest(i, i + 1) : rest(i + 1, i);
}

/** Shortens text to at most max characters, at a word boundary, with an ellipsis. */
export function clip(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}
