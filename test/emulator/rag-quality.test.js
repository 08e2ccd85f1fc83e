// How well the help-centre assistant answers the questions shoppers really type: an evaluation set with the page
// that must come first, scored for top-1 accuracy, plus off-topic questions that must get the honest no-answer;
// and a table of questions in English, Spanish, German, French and Arabic with the passage each must cite and the
// language it must be answered in (rag-questions.js).
import { expect } from '@open-wc/testing';
import { EN, PAGES } from '../../emulator/world/knowledge-base.js';
import { detectLanguage } from '../../emulator/world/languages.js';
import { createAssistant, TRANSLATIONS } from '../../emulator/world/rag.js';
import { sentences } from '../../emulator/world/text.js';
import { LANGUAGE_TABLE, OFF_TOPIC, ON_TOPIC } from './rag-questions.js';

const MIN_ACCURACY = 0.9;

describe('emulator: RAG answer quality', () => {
  const assistant = createAssistant();

  it('covers every help page with at least two questions', () => {
    for (const page of PAGES) {
      expect(ON_TOPIC.filter(([, title]) => title === page.title), page.title).to.have.length.of.at.least(2);
    }
    expect(ON_TOPIC.length).to.be.at.least(40);
  });

  it(`ranks the right page first for at least ${MIN_ACCURACY * 100}% of shopper questions`, () => {
    const misses = [];
    for (const [question, title] of ON_TOPIC) {
      const got = assistant.answer(question).sources[0]?.title ?? '(no answer)';
      if (got !== title) misses.push(`"${question}": expected ${title}, got ${got}`);
    }
    const accuracy = (ON_TOPIC.length - misses.length) / ON_TOPIC.length;
    expect(accuracy, `top-1 accuracy ${(accuracy * 100).toFixed(1)}%, misses:\n${misses.join('\n')}`)
      .to.be.at.least(MIN_ACCURACY);
  });

  it('gives the honest no-answer without sources to questions the help centre does not cover', () => {
    for (const question of OFF_TOPIC) {
      const { answer, sources } = assistant.answer(question);
      expect(sources, `${question} → ${sources.map((s) => s.title).join(', ')}`).to.deep.equal([]);
      expect(answer, question).to.match(/couldn't find/);
    }
  });

  it('quotes its answer from the first source, from that page, and cites only sources it has', () => {
    for (const [question] of ON_TOPIC) {
      const { answer, sources } = assistant.answer(question);
      if (!sources.length) continue; // a miss, counted by the accuracy test
      const [lead] = answer.split('\n\n');
      expect(lead, question).to.match(/ \[1\]$/);
      const page = PAGES.find((p) => p.url === sources[0].url);
      const quoted = lead.replace(/ \[1\]$/, '');
      // The lead is whole sentences of the cited page, and it contains the first source's snippet.
      for (const sentence of quoted.split(/(?<=[.!?]) (?=[A-Z0-9£])/)) expect(page.body, question).to.include(sentence);
      expect(quoted, question).to.include(sources[0].snippet.replace(/…$/, ''));

      const cited = [...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      for (const n of cited) expect(n, `${question}: [${n}] of ${sources.length}`).to.be.within(1, sources.length);
      expect(new Set(cited).size, question).to.equal(sources.length);
    }
  });

  it('answers a question in under 5 ms once the index is built', () => {
    const questions = [...ON_TOPIC.map(([question]) => question), ...OFF_TOPIC];
    for (const question of questions) assistant.answer(question); // the engine compiles the code on first use
    const start = performance.now();
    for (const question of questions) assistant.answer(question);
    const each = (performance.now() - start) / questions.length;
    expect(each, `${each.toFixed(2)} ms per question`).to.be.below(5);
  });
});

describe('emulator: the assistant in the asker\'s language', () => {
  const assistant = createAssistant();
  const HELP_CENTRES = Object.fromEntries([EN, ...TRANSLATIONS].map((kb) => [kb.code, kb]));
  const pageAt = (url) => Object.values(HELP_CENTRES).flatMap((kb) => kb.pages).find((p) => p.url === url);
  const greetings = Object.values(HELP_CENTRES).flatMap((kb) => [kb.say.greeting, kb.say.empty].filter(Boolean));

  /** The lead of an answer (before "Also useful"), without its citation, checked to be whole sentences of a page. */
  function expectQuoted(lead, page, question) {
    expect(lead, question).to.match(/ \[1\]$/);
    const quoted = lead.replace(/ \[1\]$/, '');
    for (const sentence of sentences(quoted)) expect(page.body, `${question}: "${sentence}"`).to.include(sentence);
    return quoted;
  }

  it('has a table of at least 20 questions covering every language and every kind of answer', () => {
    expect(LANGUAGE_TABLE.length).to.be.at.least(20);
    for (const lang of ['en', 'es', 'de', 'fr', 'ar']) {
      const rows = LANGUAGE_TABLE.filter((row) => row.lang === lang);
      expect(rows.filter((row) => row.cites), lang).to.have.length.of.at.least(1);
      expect(rows.filter((row) => row.says === 'greeting'), lang).to.have.length(1);
      expect(rows.filter((row) => row.says === 'noMatch'), lang).to.have.length(1);
    }
    for (const lang of ['es', 'de', 'fr', 'ar']) {
      expect(LANGUAGE_TABLE.filter((row) => row.lang === lang && row.english), lang).to.have.length.of.at.least(1);
    }
  });

  // One loop per kind of answer, so that each test asserts all that its kind promises.
  const answered = (row) => {
    const { answer, sources, language } = assistant.answer(row.q);
    expect(language, 'language of the answer').to.equal(row.lang);
    // Only a greeting answers with a greeting.
    expect(greetings.includes(answer), 'a greeting only for a greeting').to.equal(row.says === 'greeting');
    return { answer, sources, say: HELP_CENTRES[row.lang].say };
  };
  for (const row of LANGUAGE_TABLE.filter((r) => r.cites)) {
    it(`${row.lang}: "${row.q}" cites its page`, () => {
      const { answer, sources } = answered(row);
      expect(sources.map((s) => s.url), 'sources').to.have.length.of.at.least(1);
      expect(sources[0].url, 'first source').to.equal(row.cites);
      const lead = expectQuoted(answer.split('\n\n')[0], pageAt(row.cites), row.q);
      expect(lead, 'the passage quoted').to.include(row.from ?? lead);
      expect(detectLanguage(lead), `language of "${lead}"`).to.equal(row.lang);
      for (const source of sources) expect(source.url.startsWith(row.cites.replace(/[^/]+$/, '')), source.url).to.equal(true);
    });
  }
  for (const row of LANGUAGE_TABLE.filter((r) => !r.cites && r.english)) {
    it(`${row.lang}: "${row.q}" answers in English, saying so`, () => {
      const { answer, sources, say } = answered(row);
      const [intro, lead] = answer.split('\n\n');
      expect(intro, 'says it answers in English').to.equal(say.englishOnly);
      expect(sources[0]?.url, 'first source').to.equal(row.english);
      expectQuoted(lead, pageAt(row.english), row.q);
    });
  }
  for (const row of LANGUAGE_TABLE.filter((r) => !r.cites && !r.english)) {
    it(`${row.lang}: "${row.q}" says ${row.says}`, () => {
      const { answer, sources, say } = answered(row);
      expect(sources, 'sources').to.deep.equal([]);
      expect(answer).to.equal(say[row.says]);
    });
  }

  it('reads every question of the English evaluation set as English', () => {
    const misread = [...ON_TOPIC.map(([q]) => q), ...OFF_TOPIC].filter((q) => detectLanguage(q) !== 'en');
    expect(misread).to.deep.equal([]);
  });

  it('tells the languages apart by their words and script, and stays in English when nothing tells', () => {
    expect(detectLanguage('¿Dónde está la tienda?')).to.equal('es');
    expect(detectLanguage('Wo ist der Laden?')).to.equal('de');
    expect(detectLanguage('Où est le magasin ?')).to.equal('fr');
    expect(detectLanguage('أين المتجر؟')).to.equal('ar');
    expect(detectLanguage('Do you deliver to Le Mans?')).to.equal('en');
    expect(detectLanguage('NW-482913')).to.equal('en');
    expect(detectLanguage('')).to.equal('en');
  });

  it('has every translated page paragraph for paragraph with its English page, with the same prices and phone numbers', () => {
    for (const kb of TRANSLATIONS) {
      for (const page of kb.pages) {
        const english = PAGES.find((p) => p.id === page.id);
        expect(english, `${kb.code} page ${page.id}`).to.not.equal(undefined);
        const paragraphs = (p) => p.body.split(/\n\s*\n/);
        expect(paragraphs(page).length, `${kb.code}: ${page.title}`).to.equal(paragraphs(english).length);
        // The figures agree: every phone number and postcode of the English page is in the translation.
        for (const fact of english.body.match(/\b0\d{3} \d{3} \d{4}\b|\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}\b/g) ?? []) {
          expect(page.body, `${kb.code}: ${page.title}`).to.include(fact);
        }
        expect(page.url).to.match(new RegExp(`^https://help\\.northwind\\.example/${kb.code}/[a-z-]+$`));
      }
    }
  });
});

