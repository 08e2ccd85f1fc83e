// The AI assistant of RAG sessions: real retrieval over the help centre (BM25 over paragraphs, with the page title as
// a second field) and an extractive answer that cites what it used. No model: every word of an answer comes from
// the pages, so it never invents policy, and the same question always gets the same answer.
//
// Languages: a question is answered in its own language (languages.js tells which) from that language's pages. If
// they do not cover it, the question is translated word by word through a small glossary and looked up in the
// English pages; the answer then comes from the translation of the page found, or, where there is none, in English
// after a sentence saying so in the asker's language.
import { AR } from './knowledge-base.ar.js';
import { DE } from './knowledge-base.de.js';
import { EN } from './knowledge-base.js';
import { ES } from './knowledge-base.es.js';
import { FR } from './knowledge-base.fr.js';
import { ANALYZERS, detectLanguage } from './languages.js';
import { clip, fold, oneSlipApart, sentences, words } from './text.js';

/** The help centre in the other languages: the most asked-about pages, paragraph by paragraph. */
export const TRANSLATIONS = [ES, DE, FR, AR];

const K1 = 1.2;
const B = 0.75;
const MAX_SOURCES = 3;
const SNIPPET_MAX = 200;
// A page answers a question only if three things hold, so that one shared word does not pass for an answer:
// - it holds at least MIN_COVERAGE of the question's weight (idf: rare words weigh most). Words the help centre
//   never uses weigh as much as its rarest, so "do you sell bicycles" is not about selling; but they do not count
//   against a page whose title the question names ("tracking not updating"), unless they name another of the
//   shop's topics, which a translation lacks the page of. Filler words ("I was wondering") are dropped before
//   they count at all.
// - it shares two words with the question, or one that is in its title: "can I exchange my jacket" is for
//   "Exchanging an item", but one word in passing ("car", of the car park) is a coincidence.
// - its best paragraph scores at least MIN_SCORE_SHARE of one rare term (about 1.5 for the help centre).
// Under these thresholds the assistant says it does not know and points to the stores.
const MIN_COVERAGE = 0.4;
const MIN_SCORE_SHARE = 0.3;
// What a synonym of a word the help centre uses is worth; a corrected typo or the synonym of a word it does not
// use stands in for the word, nearly in full. Item words ("tent") name what a question is about, not what it
// asks, and count for less.
const SYNONYM_WEIGHT = 0.5;
const STAND_IN_WEIGHT = 0.9;
const ITEM_WEIGHT = 0.5;
// The title is a second field of every passage (BM25F): its words count as TITLE_TF occurrences in each of the
// page's paragraphs, added after the paragraph's own length normalisation, so that "Do you ship abroad?" finds
// "We ship to …" on the International orders page rather than its one paragraph that says "international" (about
// returns), and a short paragraph is not favoured for words that are only in its title. Title words do not add to
// document frequencies.
const TITLE_TF = 1;
// The paragraph to quote is chosen on its own text (see quoted): what the title already says counts for
// TITLED_SHARE, length matters less than in ranking (QUOTE_B; a one-line "see also" is not the answer for being
// short), and each concept the paragraph holds adds QUOTE_COVERAGE of its weight.
const TITLED_SHARE = 0.25;
const QUOTE_B = 0.3;
const QUOTE_COVERAGE = 0.5;
// A page is ranked by its best passage, plus a share of its next best (a page that keeps coming back to the
// question is about it), plus its title's words once more (a page titled "Returns and refunds" is where returns
// live).
const OTHER_PASSAGES_SHARE = 0.3;
const OTHER_PASSAGES = 2;
const TITLE_WEIGHT = 0.4;
// Further sources must be nearly as relevant as the best one, or they only add noise.
const RELATIVE_TO_BEST = 0.65;
// Below this share of the question's weight the answer adds where else to ask.
const FULL_COVERAGE = 0.6;

/**
 * @typedef {typeof EN} KnowledgeBase a help centre in one language, with how shoppers word things in it and what
 *   the assistant says besides quoting it (see knowledge-base.js)
 * @typedef {{ word: string, weight: number, scale: number, terms: Map<string, number>, own: string | null,
 *   topic: boolean }} Concept
 *   own: the term that is the word itself (or the word its typo meant), if the pages use it; topic: a word of the
 *   shop's topics (in the glossary) that these pages do not use: a translation lacks the page about it
 */

/** Splits pages into passages and precomputes what BM25, synonyms, typo correction and small talk need. */
function buildIndex(kb) {
  const { tokenize, stem } = ANALYZERS[kb.code];
  const passages = [];
  const spellings = new Map(); // every word the pages use, with its count: what a typo is corrected to
  const names = new Set(); // words written with a capital inside a sentence: PayPal, Klarna, Leeds
  const entries = kb.pages.map((page, order) => {
    for (const w of words(page.title + ' ' + page.body)) spellings.set(w, (spellings.get(w) ?? 0) + 1);
    for (const [, name] of page.body.matchAll(/[\p{Ll},;:] ((?:\p{Lu}[\p{L}\d-]*))/gu)) names.add(words(name)[0]);
    const titleTerms = tokenize(page.title);
    const entry = { page, order, title: new Set(titleTerms), passages: [] };
    page.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).forEach((text, position) => {
      const terms = tokenize(text);
      const tf = new Map();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      const passage = { entry, text, position, tf, length: terms.length };
      passages.push(passage);
      entry.passages.push(passage);
    });
    return entry;
  });
  const df = new Map();
  for (const p of passages) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = new Set([...df.keys(), ...entries.flatMap((e) => [...e.title])]);
  const avgLength = passages.reduce((sum, p) => sum + p.length, 0) / Math.max(passages.length, 1);
  const n = passages.length;
  // The BM25 idf with +1 inside the log, so that very common terms weigh little but never negative.
  const idfs = new Map();
  const idf = (t) => {
    let value = idfs.get(t);
    if (value === undefined) idfs.set(t, (value = Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5))));
    return value;
  };
  const related = new Map(Object.entries(kb.synonyms).map(([word, others]) =>
    [stem(words(word)[0] ?? word), tokenize(others).filter((t) => vocabulary.has(t))]));
  // The pages' words by first letter, which a typo keeps (see oneSlipApart).
  const known = new Map();
  for (const w of [...spellings.keys()].filter((w) => vocabulary.has(stem(w))).sort()) {
    known.set(w[0], [...(known.get(w[0]) ?? []), w]);
  }
  const small = kb.smallTalk;
  return {
    kb, tokenize, stem, entries, vocabulary, related, known, spellings, avgLength, idf, names,
    items: new Set(tokenize(kb.itemWords)),
    glossary: new Map(Object.entries(kb.glossary ?? {}).map(([word, english]) => [stem(words(word)[0] ?? word), english])),
    smallTalk: { greeting: new Set(words(small.greeting)), thanks: new Set(words(small.thanks)), bye: new Set(words(small.bye)) },
    byId: new Map(entries.map((e) => [e.page.id, e])),
    /** @type {Map<string, { sentence: string, terms: Set<string> }[]>} a paragraph's sentences, split once */
    sentences: new Map(),
    minScore: MIN_SCORE_SHARE * idf(''),
  };
}

/** The word of the pages a typo was meant to be: the most used one a slip apart, or none. */
function correct(index, typed) {
  let best = null;
  for (const w of index.known.get(typed[0]) ?? []) {
    if (oneSlipApart(typed, w) && (!best || index.spellings.get(w) > index.spellings.get(best))) best = w;
  }
  return best && index.stem(best);
}

/**
 * A question with the language's phrase rewrites applied ("how long" → "how many days"), to its text with accents
 * and Arabic vowel marks folded away, so that a pattern need not spell every way of writing a word.
 */
function rewrite(index, query) {
  return index.kb.phrases.reduce((q, [pattern, replacement]) => q.replace(pattern, replacement), fold(query));
}

/** A word of the question the pages never use: it weighs as much as their rarest word. */
function unknownConcept(index, word) {
  return { word, weight: index.idf(''), scale: 1, terms: new Map(), own: null, topic: false };
}

/**
 * A question as concepts: one per content word, with the terms that stand for it in the pages and what each is
 * worth. A concept's weight is what it counts for, in ranking and coverage; a concept with no terms is a word
 * the help centre never uses.
 * @returns {Concept[]}
 */
function analyse(index, query) {
  const concepts = new Map();
  for (const word of words(rewrite(index, query))) {
    const [term] = index.tokenize(word);
    if (!term || concepts.has(term)) continue;
    const terms = new Map();
    if (index.vocabulary.has(term)) terms.set(term, 1);
    for (const other of index.related.get(term) ?? []) {
      if (!terms.has(other)) terms.set(other, terms.size ? SYNONYM_WEIGHT : STAND_IN_WEIGHT);
    }
    let own = terms.has(term) ? term : null;
    if (!terms.size) {
      own = correct(index, word);
      if (own) terms.set(own, STAND_IN_WEIGHT);
    }
    const scale = index.items.has(term) ? ITEM_WEIGHT : 1;
    const weight = terms.size ? scale * Math.max(...[...terms].map(([t, w]) => w * index.idf(t))) : index.idf('');
    concepts.set(term, { word, weight, scale, terms, own, topic: index.glossary.has(term) });
  }
  return [...concepts.values()];
}

/**
 * A question in another language as concepts of the English pages, word by word through that language's glossary
 * (names and numbers as they are). Words it cannot translate stay in as unknown, so that an off-topic question
 * does not pass for one about its one translatable word.
 */
function translate(from, english, query) {
  const glossed = [];
  const untranslated = [];
  for (const word of words(rewrite(from, query))) {
    const [term] = from.tokenize(word);
    if (!term) continue;
    const gloss = from.glossary.get(term) ?? (/\d/.test(word) || english.names.has(word) ? word : null);
    if (gloss) glossed.push(gloss);
    else untranslated.push(word);
  }
  const concepts = analyse(english, glossed.join(' '));
  return [...concepts, ...untranslated.map((word) => unknownConcept(english, word))];
}

/** How much of a concept a set of terms holds: the share carried by its best term among them (0 to 1). */
function share(concept, has) {
  let best = 0;
  for (const [t, w] of concept.terms) if (w > best && has(t)) best = w;
  return best;
}

/**
 * BM25F over a passage and its page's title: each field's frequency normalised on its own, then saturated.
 * withTitle false: the paragraph alone.
 */
function bm25(index, passage, concepts, withTitle = true, b = B) {
  const norm = 1 - b + b * passage.length / index.avgLength;
  const title = withTitle ? passage.entry.title : new Set();
  let score = 0;
  for (const concept of concepts) {
    let best = 0;
    for (const [t, w] of concept.terms) {
      const f = (passage.tf.get(t) ?? 0) / norm + (title.has(t) ? TITLE_TF : 0);
      if (!f) continue;
      const s = w * index.idf(t) * (f * (K1 + 1)) / (f + K1);
      if (s > best) best = s;
    }
    score += concept.scale * best;
  }
  return score;
}

/** The weight of a question's concepts that a bag of terms holds. */
function weightIn(concepts, has) {
  return concepts.reduce((sum, c) => sum + c.weight * share(c, has), 0);
}

/** Every page of an index that passes the thresholds for these concepts, best first (ties by page order). */
function rank(index, concepts) {
  const known = concepts.filter((c) => c.terms.size);
  if (!known.length) return [];
  const knownWeight = known.reduce((sum, c) => sum + c.weight, 0);
  // Words the pages never use count against every page, but for a page whose title the question names, only if
  // they name another of the shop's topics: "tracking not updating" is about tracking, but "paying with loyalty
  // points" is not about payment methods when the pages lack the loyalty programme.
  const topicWeight = concepts.reduce((sum, c) => sum + (c.topic ? c.weight : 0), 0);
  const strayWeight = concepts.reduce((sum, c) => sum + c.weight, 0) - knownWeight - topicWeight;
  return index.entries
    .map((entry) => {
      const scored = entry.passages.map((passage) => ({ passage, score: bm25(index, passage, concepts) }))
        .sort((a, b) => b.score - a.score || a.passage.position - b.passage.position);
      const [top, ...others] = scored;
      if (top.score < index.minScore) return null; // too little evidence: not worth weighing further
      const inTitle = (t) => entry.title.has(t);
      const title = weightIn(known, inTitle);
      // Named in earnest: by a word of the question itself (or its typo), not a synonym ("book" a flight; "France"
      // is abroad, but "the capital of France" is not about international orders).
      const titled = known.some((c) => c.own !== null && inTitle(c.own));
      const score = top.score + TITLE_WEIGHT * title +
        OTHER_PASSAGES_SHARE * others.slice(0, OTHER_PASSAGES).reduce((sum, o) => sum + o.score, 0);
      const passage = quoted(index, scored, concepts, inTitle);
      const has = (t) => passage.tf.has(t) || inTitle(t);
      const matched = known.filter((c) => share(c, has) > 0).length;
      const coverage = weightIn(known, has) / (knownWeight + topicWeight + (titled ? 0 : strayWeight));
      const named = titled || matched >= 2 || concepts.length === 1;
      return { index, entry, passage, score, coverage, named };
    })
    .filter((h) => h !== null && h.named && h.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
}

/**
 * The paragraph of a page to quote: the title says which page, the paragraphs say which part of it. So paragraphs
 * are compared on their own text, and what the title already holds counts for TITLED_SHARE there ("abroad" for
 * International orders): the paragraph that holds the rest of the question ("ship") is quoted, not one that repeats
 * the title's word in passing ("International customers can return …").
 */
function quoted(index, scored, concepts, inTitle) {
  const weighed = concepts.map((c) => (share(c, inTitle) >= STAND_IN_WEIGHT ? { ...c, scale: c.scale * TITLED_SHARE } : c));
  const worth = (passage) => bm25(index, passage, weighed, false, QUOTE_B) +
    QUOTE_COVERAGE * weighed.reduce((sum, c) => sum + c.scale * c.weight * share(c, (t) => passage.tf.has(t)), 0);
  let best = scored[0];
  let bestWorth = worth(best.passage);
  for (const candidate of scored.slice(1)) {
    const own = worth(candidate.passage);
    if (own > bestWorth) [best, bestWorth] = [candidate, own];
  }
  return best.passage;
}

/** The sentences of a passage ranked by the weight of question concepts they contain. */
function rankSentences(index, text, concepts) {
  let split = index.sentences.get(text);
  if (!split) {
    split = sentences(text).map((sentence) => ({ sentence, terms: new Set(index.tokenize(sentence)) }));
    index.sentences.set(text, split); // the pages' paragraphs: a bounded cache
  }
  return split.map(({ sentence, terms }, position) => ({ sentence, position, weight: weightIn(concepts, (t) => terms.has(t)) }));
}

function bestSentence(index, text, concepts) {
  const ranked = rankSentences(index, text, concepts);
  return ranked.reduce((best, s) => (s.weight > best.weight ? s : best), ranked[0]).sentence;
}

/** The lead of the answer: the question's sentences from the best passage, in reading order, at most three. */
function leadSentences(index, text, concepts) {
  const ranked = rankSentences(index, text, concepts);
  // A paragraph of up to three sentences is quoted whole: its first often says what the rest is about (which store).
  if (ranked.length <= 3) return ranked.map((s) => s.sentence).join(' ');
  const chosen = ranked.filter((s) => s.weight > 0).sort((a, b) => b.weight - a.weight || a.position - b.position)
    .slice(0, 3).sort((a, b) => a.position - b.position);
  return (chosen.length ? chosen : ranked.slice(0, 2)).map((s) => s.sentence).join(' ');
}

/** Greetings, thanks and goodbyes get a short reply in the asker's language; null for anything else. */
function smallTalk(index, query) {
  const all = words(query);
  const { greeting, thanks, bye } = index.smallTalk;
  const say = index.kb.say;
  if (all.length === 0) return say.empty ?? EN.say.empty;
  if (all.every((w) => greeting.has(w))) return say.greeting;
  // Thanks, goodbyes and bare acknowledgements ("ok great") close a topic rather than ask something.
  if (all.every((w) => thanks.has(w) || greeting.has(w) || bye.has(w))) {
    return all.some((w) => bye.has(w)) ? say.bye : say.thanks;
  }
  return null;
}

/**
 * The answer to a question from the chosen pages: the lead from the first passage, the others as "also useful",
 * and every source cited by number.
 * @param {{ index: ReturnType<typeof buildIndex>, entry: any, passage: { text: string }, score: number }[]} chosen
 * @param {(index: ReturnType<typeof buildIndex>) => Concept[]} conceptsFor the question as that index reads it
 */
function compose(chosen, conceptsFor, coverage) {
  const say = chosen[0].index.kb.say;
  const sources = chosen.map((hit) => ({
    title: hit.entry.page.title,
    url: hit.entry.page.url,
    snippet: clip(bestSentence(hit.index, hit.passage.text, conceptsFor(hit.index)), SNIPPET_MAX),
    score: Math.round(hit.score * 1000) / 1000,
  }));
  const [first] = chosen;
  const parts = [`${leadSentences(first.index, first.passage.text, conceptsFor(first.index))} [1]`];
  if (chosen.length > 1) {
    parts.push(say.alsoUseful + '\n' + chosen.slice(1)
      .map((hit, i) => `- **${hit.entry.page.title}:** ${bestSentence(hit.index, hit.passage.text, conceptsFor(hit.index))} [${i + 2}]`)
      .join('\n'));
  }
  if (coverage < FULL_COVERAGE) parts.push(say.notQuite);
  return { answer: parts.join('\n\n'), sources };
}

/** The best hits, and those nearly as good, at most MAX_SOURCES. */
function choose(hits) {
  return hits.filter((hit) => hit.score >= hits[0].score * RELATIVE_TO_BEST).slice(0, MAX_SOURCES);
}

/**
 * @param {{ id: number, title: string, url: string, body: string }[]} [pages] the English help centre
 * @param {Partial<KnowledgeBase>} [language] how shoppers word things in English, to replace the store's own
 *   (phrases, synonyms, itemWords) and what the assistant says (say, smallTalk)
 * @param {KnowledgeBase[]} [translations] the help centre in other languages; by default the store's own
 *   translations, when the pages are the store's own
 */
export function createAssistant(pages = EN.pages, language = {}, translations = pages === EN.pages ? TRANSLATIONS : []) {
  const english = buildIndex({ ...EN, ...language, pages });
  /** @type {Map<string, ReturnType<typeof buildIndex>>} */
  const others = new Map(translations.map((kb) => [kb.code, buildIndex(kb)]));

  /** Every English page that passes the thresholds, best first (ties broken by page order, so stable). */
  function search(query) {
    const concepts = analyse(english, query);
    return { concepts, hits: rank(english, concepts) };
  }

  /** English retrieval: the answer, or null if nothing passes. */
  function answerFrom(index, query) {
    const concepts = analyse(index, query);
    const hits = rank(index, concepts);
    if (!hits.length) return null;
    return compose(choose(hits), () => concepts, hits[0].coverage);
  }

  /**
   * A question in another language that its own pages do not answer: looked up in English through the glossary.
   * Pages found that have a translation answer in the asker's language, paragraph for paragraph; otherwise the
   * English answer follows a sentence saying so.
   */
  function answerAcross(index, query) {
    const concepts = translate(index, english, query);
    const hits = rank(english, concepts);
    if (!hits.length) return null;
    const chosen = choose(hits);
    const own = analyse(index, query);
    const conceptsFor = (which) => (which === english ? concepts : own);
    const translated = chosen.map((hit) => {
      const entry = index.byId.get(hit.entry.page.id);
      return entry && { ...hit, index, entry, passage: entry.passages[hit.passage.position] ?? entry.passages[0] };
    });
    if (translated[0]) return compose(translated.filter(Boolean), conceptsFor, hits[0].coverage);
    const inEnglish = compose(chosen, conceptsFor, hits[0].coverage);
    return { answer: `${index.kb.say.englishOnly}\n\n${inEnglish.answer}`, sources: inEnglish.sources };
  }

  /**
   * @param {string} query
   * @returns {{ answer: string, sources: { title: string, url: string, snippet: string, score: number }[],
   *   language: string }} language: the language of the question, which the answer is in (but for the English
   *   answer a sentence in that language introduces, where the help centre has no translation)
   */
  function answer(query) {
    const detected = detectLanguage(query);
    const index = others.get(detected) ?? english;
    const { code } = index.kb;
    const chat = smallTalk(index, query);
    if (chat) return { answer: chat, sources: [], language: code };
    const found = answerFrom(index, query) ?? (index === english ? null : answerAcross(index, query));
    if (!found) return { answer: index.kb.say.noMatch, sources: [], language: code };
    return { ...found, language: code };
  }

  return { answer, search };
}
