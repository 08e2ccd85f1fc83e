// The AI assistant of RAG sessions: real retrieval over the help centre (BM25 over paragraphs) and an extractive
// answer that cites what it used. No model: every word of an answer comes from the pages, so it never invents
// policy, and the same question always gets the same answer.
import { PAGES } from './knowledge-base.js';
import { clip, sentences, tokenize, words } from './text.js';

const K1 = 1.2;
const B = 0.75;
const MAX_SOURCES = 3;
const SNIPPET_MAX = 200;
// A passage counts as an answer only if it scores at least this share of what one rare term is worth in the
// corpus (about 1.5 for the help centre), and matches this share of the question's weight (idf, where words the
// help centre never uses weigh most), so that one stray shared word ("sell", "good") does not pass for an answer.
const MIN_SCORE_SHARE = 0.3;
const MIN_COVERAGE = 0.4;
// Further sources must be nearly as relevant as the best one, or they only add noise.
const RELATIVE_TO_BEST = 0.65;

// How shoppers ask versus how the help centre words it. Applied to questions only, before tokenizing.
const QUERY_REWRITES = [
  [/\bhow long\b/gi, 'how many days'], // a duration, not the length of a trouser leg
  [/\bhow much\b/gi, 'how much cost'],
  [/\bsmaller\b/gi, 'smaller small'],
  [/\bmoney back\b/gi, 'refund'],
  [/\b(parcel|package)\b/gi, '$1 order delivery'],
  [/\bwhere(?:['’]s| is) my\b/gi, 'track my'],
  [/\bship(ping)?\b/gi, 'ship$1 delivery'],
  [/\b(open|close)\b/gi, '$1 opening hours'],
];

const GREETING = new Set(['hi', 'hello', 'hey', 'hiya', 'heya', 'yo', 'howdy', 'greetings', 'morning', 'afternoon',
  'evening', 'good', 'there', 'all', 'team', 'assistant']);
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers', 'ta', 'you', 'so', 'very', 'much', 'lot', 'a',
  'great', 'perfect', 'brilliant', 'awesome', 'lovely', 'ok', 'okay', 'that', 'was', 'is', 'helpful', 'helps',
  'it', 'bye', 'goodbye', 'many', 'again', 'for', 'the', 'help', 'cool', 'nice', 'got']);

/** Splits pages into passages and precomputes what BM25 needs. */
function buildIndex(pages) {
  const passages = [];
  for (const page of pages) {
    const titleTerms = tokenize(page.title);
    for (const text of page.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
      // The title joins every passage's terms, twice (a poor man's BM25F field weight): a paragraph of
      // "Click & collect" is about click & collect even when it does not say so, more than a page that only
      // mentions it in passing.
      const terms = [...titleTerms, ...titleTerms, ...tokenize(text)];
      const tf = new Map();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      passages.push({ page, text, tf, length: terms.length });
    }
  }
  const df = new Map();
  for (const p of passages) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const avgLength = passages.reduce((sum, p) => sum + p.length, 0) / Math.max(passages.length, 1);
  const n = passages.length;
  // The BM25 idf with +1 inside the log, so that very common terms weigh little but never negative.
  const idf = (t) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  return { passages, avgLength, idf, minScore: MIN_SCORE_SHARE * idf('') };
}

function bm25(index, passage, terms) {
  let score = 0;
  for (const t of terms) {
    const f = passage.tf.get(t);
    if (!f) continue;
    score += index.idf(t) * (f * (K1 + 1)) / (f + K1 * (1 - B + B * passage.length / index.avgLength));
  }
  return score;
}

/** The sentences of a passage ranked by the weight of question terms they contain. */
function rankSentences(index, text, terms) {
  return sentences(text).map((sentence, position) => {
    const own = new Set(tokenize(sentence));
    const weight = terms.reduce((sum, t) => sum + (own.has(t) ? index.idf(t) : 0), 0);
    return { sentence, position, weight };
  });
}

function bestSentence(index, text, terms) {
  const ranked = rankSentences(index, text, terms);
  return ranked.reduce((best, s) => (s.weight > best.weight ? s : best), ranked[0]).sentence;
}

/** The lead of the answer: the question's sentences from the best passage, in reading order, at most three. */
function leadSentences(index, text, terms) {
  const ranked = rankSentences(index, text, terms);
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
 */
export function createAssistant(pages = PAGES) {
  const index = buildIndex(pages);

  /** Every passage that passes the thresholds, best first (ties broken by page order, so stable). */
  function search(query) {
    const rewritten = QUERY_REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), query);
    const terms = [...new Set(tokenize(rewritten))];
    const total = terms.reduce((sum, t) => sum + index.idf(t), 0);
    if (!terms.length || total === 0) return { terms, hits: [] };
    const hits = index.passages
      .map((passage, order) => {
        const score = bm25(index, passage, terms);
        const matched = terms.reduce((sum, t) => sum + (passage.tf.has(t) ? index.idf(t) : 0), 0);
        return { passage, order, score, coverage: matched / total };
      })
      .filter((h) => h.score >= index.minScore && h.coverage >= MIN_COVERAGE)
      .sort((a, b) => b.score - a.score || a.order - b.order);
    return { terms, hits };
  }

  /**
   * @param {string} query
   * @returns {{ answer: string, sources: { title: string, url: string, snippet: string, score: number }[] }}
   */
  function answer(query) {
    const chat = smallTalk(query);
    if (chat) return { answer: chat, sources: [] };

    const { terms, hits } = search(query);
    const chosen = [];
    for (const hit of hits) {
      if (chosen.length === MAX_SOURCES) break;
      if (chosen.length && hit.score < hits[0].score * RELATIVE_TO_BEST) break;
      if (chosen.some((c) => c.passage.page === hit.passage.page)) continue; // one source per page
      chosen.push(hit);
    }
    if (!chosen.length) return { answer: NO_MATCH, sources: [] };

    const sources = chosen.map((hit) => ({
      title: hit.passage.page.title,
      url: hit.passage.page.url,
      snippet: clip(bestSentence(index, hit.passage.text, terms), SNIPPET_MAX),
      score: Math.round(hit.score * 1000) / 1000,
    }));

    const parts = [`${leadSentences(index, chosen[0].passage.text, terms)} [1]`];
    if (chosen.length > 1) {
      parts.push('**Also useful:**\n' + chosen.slice(1)
        .map((hit, i) => `- **${hit.passage.page.title}:** ${bestSentence(index, hit.passage.text, terms)} [${i + 2}]`)
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
