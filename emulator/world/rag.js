// The AI assistant of RAG sessions: real retrieval over the help centre (BM25 over paragraphs) and an extractive
// answer that cites what it used. No model: every word of an answer comes from the pages, so it never invents
// policy, and the same question always gets the same answer.
import { ITEM_WORDS, PAGES, PHRASES, SYNONYMS } from './knowledge-base.js';
import { clip, oneSlipApart, sentences, stem, tokenize, words } from './text.js';

const K1 = 1.2;
const B = 0.75;
const MAX_SOURCES = 3;
const SNIPPET_MAX = 200;
// A page answers a question only if three things hold, so that one shared word does not pass for an answer:
// - it holds at least MIN_COVERAGE of the question's weight (idf: rare words weigh most). Words the help centre
//   never uses weigh as much as its rarest, so "do you sell bicycles" is not about selling; but they do not count
//   against a page whose title the question names ("tracking not updating"). Filler words ("I was wondering")
//   are dropped before they count at all.
// - it shares two words with the question, or one that is in its title: "can I exchange my jacket" is for
//   "Exchanging an item", but one word in passing ("car", of the car park) is a coincidence.
// - its evidence is worth at least MIN_SCORE_SHARE of one rare term (about 1.5 for the help centre).
const MIN_COVERAGE = 0.4;
const MIN_SCORE_SHARE = 0.3;
// What a synonym of a word the help centre uses is worth; a corrected typo or the synonym of a word it does not
// use stands in for the word, nearly in full. Item words ("tent") name what a question is about, not what it
// asks, and count for less.
const SYNONYM_WEIGHT = 0.5;
const STAND_IN_WEIGHT = 0.9;
const ITEM_WEIGHT = 0.5;
// A page is ranked by its best passage, plus a share of its next best (a page that keeps coming back to the
// question is about it), plus its title's words (a page titled "Returns and refunds" is where returns live).
const OTHER_PASSAGES_SHARE = 0.3;
const OTHER_PASSAGES = 2;
const TITLE_WEIGHT = 0.6;
// Further sources must be nearly as relevant as the best one, or they only add noise.
const RELATIVE_TO_BEST = 0.65;

/** How shoppers word things, for the shop's own help centre (see knowledge-base.js). */
const SHOPPER_LANGUAGE = { phrases: PHRASES, synonyms: SYNONYMS, itemWords: ITEM_WORDS };

const GREETING = new Set(['hi', 'hello', 'hey', 'hiya', 'heya', 'yo', 'howdy', 'greetings', 'morning', 'afternoon',
  'evening', 'good', 'there', 'all', 'team', 'assistant']);
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers', 'ta', 'you', 'so', 'very', 'much', 'lot', 'a',
  'great', 'perfect', 'brilliant', 'awesome', 'lovely', 'ok', 'okay', 'that', 'was', 'is', 'helpful', 'helps',
  'it', 'bye', 'goodbye', 'many', 'again', 'for', 'the', 'help', 'cool', 'nice', 'got']);

/** Splits pages into passages and precomputes what BM25, synonyms and typo correction need. */
function buildIndex(pages, language) {
  const passages = [];
  const spellings = new Map(); // every word the pages use, with its count: what a typo is corrected to
  const entries = pages.map((page, order) => {
    for (const w of words(page.title + ' ' + page.body)) spellings.set(w, (spellings.get(w) ?? 0) + 1);
    const entry = { page, order, title: new Set(tokenize(page.title)), passages: [] };
    for (const text of page.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
      const terms = tokenize(text);
      const tf = new Map();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      const passage = { entry, text, tf, length: terms.length };
      passages.push(passage);
      entry.passages.push(passage);
    }
    return entry;
  });
  const df = new Map();
  for (const p of passages) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = new Set([...df.keys(), ...entries.flatMap((e) => [...e.title])]);
  const avgLength = passages.reduce((sum, p) => sum + p.length, 0) / Math.max(passages.length, 1);
  const n = passages.length;
  // The BM25 idf with +1 inside the log, so that very common terms weigh little but never negative.
  const idf = (t) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  const related = new Map(Object.entries(language.synonyms).map(([word, others]) =>
    [stem(word), tokenize(others).filter((t) => vocabulary.has(t))]));
  // The pages' words by first letter, which a typo keeps (see oneSlipApart).
  const known = new Map();
  for (const w of [...spellings.keys()].filter((w) => vocabulary.has(stem(w))).sort()) {
    known.set(w[0], [...(known.get(w[0]) ?? []), w]);
  }
  return {
    entries, vocabulary, related, known, spellings, avgLength, idf, language,
    items: new Set(tokenize(language.itemWords)),
    minScore: MIN_SCORE_SHARE * idf(''),
  };
}

/** The word of the pages a typo was meant to be: the most used one a slip apart, or none. */
function correct(index, typed) {
  let best = null;
  for (const w of index.known.get(typed[0]) ?? []) {
    if (oneSlipApart(typed, w) && (!best || index.spellings.get(w) > index.spellings.get(best))) best = w;
  }
  return best && stem(best);
}

/**
 * A question as concepts: one per content word, with the terms that stand for it in the pages and what each is
 * worth. A concept's weight is what it counts for, in ranking and coverage; a concept with no terms is a word
 * the help centre never uses.
 * @returns {{ word: string, weight: number, scale: number, terms: Map<string, number> }[]}
 */
function analyse(index, query) {
  const text = index.language.phrases.reduce((q, [pattern, replacement]) => q.replace(pattern, replacement), query);
  const concepts = new Map();
  for (const word of words(text)) {
    const [term] = tokenize(word);
    if (!term || concepts.has(term)) continue;
    const terms = new Map();
    if (index.vocabulary.has(term)) terms.set(term, 1);
    for (const other of index.related.get(term) ?? []) {
      if (!terms.has(other)) terms.set(other, terms.size ? SYNONYM_WEIGHT : STAND_IN_WEIGHT);
    }
    if (!terms.size) {
      const fixed = correct(index, word);
      if (fixed) terms.set(fixed, STAND_IN_WEIGHT);
    }
    const scale = index.items.has(term) ? ITEM_WEIGHT : 1;
    const weight = terms.size ? scale * Math.max(...[...terms].map(([t, w]) => w * index.idf(t))) : index.idf('');
    concepts.set(term, { word, weight, scale, terms });
  }
  return [...concepts.values()];
}

/** How much of a concept a set of terms holds: the share carried by its best term among them (0 to 1). */
function share(concept, has) {
  let best = 0;
  for (const [t, w] of concept.terms) if (w > best && has(t)) best = w;
  return best;
}

function bm25(index, passage, concepts) {
  let score = 0;
  for (const concept of concepts) {
    let best = 0;
    for (const [t, w] of concept.terms) {
      const f = passage.tf.get(t);
      if (!f) continue;
      const s = w * index.idf(t) * (f * (K1 + 1)) / (f + K1 * (1 - B + B * passage.length / index.avgLength));
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

/** The sentences of a passage ranked by the weight of question concepts they contain. */
function rankSentences(text, concepts) {
  return sentences(text).map((sentence, position) => {
    const own = new Set(tokenize(sentence));
    return { sentence, position, weight: weightIn(concepts, (t) => own.has(t)) };
  });
}

function bestSentence(text, concepts) {
  const ranked = rankSentences(text, concepts);
  return ranked.reduce((best, s) => (s.weight > best.weight ? s : best), ranked[0]).sentence;
}

/** The lead of the answer: the question's sentences from the best passage, in reading order, at most three. */
function leadSentences(text, concepts) {
  const ranked = rankSentences(text, concepts);
  if (ranked.length <= 2) return ranked.map((s) => s.sentence).join(' ');
  const chosen = ranked.filter((s) => s.weight > 0).sort((a, b) => b.weight - a.weight || a.position - b.position)
    .slice(0, 3).sort((a, b) => a.position - b.position);
  return (chosen.length ? chosen : ranked.slice(0, 2)).map((s) => s.sentence).join(' ');
}

function smallTalk(query) {
  const all = words(query);
  if (all.length === 0) {
    return 'Ask me anything about Northwind Outfitters — delivery, returns, sizing, our stores, gift cards and more.';
  }
  if (all.every((w) => GREETING.has(w))) {
    return "Hi! I'm the Kesk Assistant for **Northwind Outfitters**. Ask me about delivery, returns and exchanges, " +
      'sizing, payment, gift cards or our stores, and I will answer from the help centre.';
  }
  // Thanks, goodbyes and bare acknowledgements ("ok great") close a topic rather than ask something.
  if (all.every((w) => THANKS.has(w) || GREETING.has(w))) {
    return all.some((w) => w === 'bye' || w === 'goodbye')
      ? 'Goodbye, and happy adventures! Come back any time you have a question.'
      : "You're welcome! Is there anything else I can help you with?";
  }
  return null;
}

const NO_MATCH =
  "I couldn't find anything about that in the Northwind Outfitters help centre, so I'd rather not guess. " +
  'The team at your nearest store can help: message any of our stores here in the chat, or contact our support ' +
  'team on 0800 123 4567 or at help@northwind.example.';

/**
 * @param {{ id: number, title: string, url: string, body: string }[]} [pages]
 * @param {{ phrases: [RegExp, string][], synonyms: Record<string, string>, itemWords: string }} [language]
 *   how shoppers word things: phrase rewrites, a word's synonyms, and words that name items
 */
export function createAssistant(pages = PAGES, language = SHOPPER_LANGUAGE) {
  const index = buildIndex(pages, language);

  /** Every page that passes the thresholds, best first (ties broken by page order, so stable). */
  function search(query) {
    const concepts = analyse(index, query);
    const known = concepts.filter((c) => c.terms.size);
    if (!known.length) return { concepts, hits: [] };
    const knownWeight = known.reduce((sum, c) => sum + c.weight, 0);
    const unknownWeight = concepts.reduce((sum, c) => sum + c.weight, 0) - knownWeight;
    const hits = index.entries
      .map((entry) => {
        const scored = entry.passages.map((passage) => ({ passage, score: bm25(index, passage, concepts) }))
          .sort((a, b) => b.score - a.score);
        const [best, ...others] = scored;
        const inTitle = (t) => entry.title.has(t);
        const title = weightIn(known, inTitle);
        // Named in earnest: by a word of the question or its stand-in, not a loose synonym ("book" a flight).
        const titled = known.some((c) => share(c, inTitle) >= STAND_IN_WEIGHT);
        const score = best.score + TITLE_WEIGHT * title +
          OTHER_PASSAGES_SHARE * others.slice(0, OTHER_PASSAGES).reduce((sum, o) => sum + o.score, 0);
        const has = (t) => best.passage.tf.has(t) || inTitle(t);
        const matched = known.filter((c) => share(c, has) > 0).length;
        const coverage = weightIn(known, has) / (knownWeight + (titled ? 0 : unknownWeight));
        const named = titled || matched >= 2 || concepts.length === 1;
        return { entry, passage: best.passage, evidence: best.score + TITLE_WEIGHT * title, score, coverage, named };
      })
      .filter((h) => h.named && h.coverage >= MIN_COVERAGE && h.evidence >= index.minScore)
      .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
    return { concepts, hits };
  }

  /**
   * @param {string} query
   * @returns {{ answer: string, sources: { title: string, url: string, snippet: string, score: number }[] }}
   */
  function answer(query) {
    const chat = smallTalk(query);
    if (chat) return { answer: chat, sources: [] };

    const { concepts, hits } = search(query);
    const chosen = hits.filter((hit) => hit.score >= hits[0].score * RELATIVE_TO_BEST).slice(0, MAX_SOURCES);
    if (!chosen.length) return { answer: NO_MATCH, sources: [] };

    const sources = chosen.map((hit) => ({
      title: hit.entry.page.title,
      url: hit.entry.page.url,
      snippet: clip(bestSentence(hit.passage.text, concepts), SNIPPET_MAX),
      score: Math.round(hit.score * 1000) / 1000,
    }));

    const parts = [`${leadSentences(chosen[0].passage.text, concepts)} [1]`];
    if (chosen.length > 1) {
      parts.push('**Also useful:**\n' + chosen.slice(1)
        .map((hit, i) => `- **${hit.entry.page.title}:** ${bestSentence(hit.passage.text, concepts)} [${i + 2}]`)
        .join('\n'));
    }
    if (chosen[0].coverage < 0.6) {
      parts.push("If that doesn't quite answer your question, any of our stores or our support team " +
        '(0800 123 4567) will be glad to help.');
    }
    return { answer: parts.join('\n\n'), sources };
  }

  return { answer, search };
}
