// How the assistant reads each language of the help centre (rag.js): which words carry no topic, a light stemmer,
// and which language a question is in. Deliberately small and deterministic: stop-word lists and suffix tables,
// no statistics and no model, so the same question always reads the same way.
import { stem as stemEnglish, tokenize as tokenizeEnglish, words } from './text.js';

/** @typedef {'en' | 'es' | 'de' | 'fr' | 'ar'} Language */

/** A word list as it will be compared: folded like the words of a question (accents, Arabic hamza forms). */
const set = (list) => new Set(words(list));

// Words that carry no topic, per language; each list also drops the polite padding of a question ("could you tell
// me", "me gustaría saber"), which only retrieval needs to ignore.
const STOP = {
  es: set(`a al algo algun alguna algunas alguno algunos ante antes aqui asi cada como con contra cual cuales cualquier
    cuando cuanta cuantas cuanto cuantos de del desde donde dos e el ella ellas ellos en entre era es esa esas ese eso
    esos esta estan estar estas este esto estos fue ha habia han has hasta hay he la las le les lo los mas me mi mis
    mucho muy nada ni no nos nuestra nuestras nuestro nuestros o os otra otro para pero poco por porque puede pueden
    puedo podria podrian podeis que quien se segun ser si sin sobre son su sus tambien te tenemos tengo ti tiene tienen
    estoy estas estamos soy eres somos pasa ocurre
    toda todas todo todos tu tus un una unas uno unos usted ustedes vosotros y ya yo hola buenas gracias favor querria
    queria quisiera quiero necesito saber decir decirme gustaria hacer hacen hace haceis podeis vale ok oye`),
  de: set(`aber alle als am an auch auf aus bei beim bin bis bist bitte da dann das dass dein deine dem den der des
    dich die dir doch du ein eine einem einen einer eines er es etwas euch euer gibt habe haben hast hat hatte ich ihr
    ihre ihren im in ins ist ja jetzt kann kannst konnen konnt konnte konnten man mein meine meinem meinen meiner mich
    mir mit muss mussen nach nicht noch nur ob oder sehr sein seine sich sie sind so soll sollte uber um und uns unser
    unsere vom von vor war was welche welchen welcher welches wenn wer wie wir wird wo wurde wurden zu zum zur hallo
    danke mochte mochten gerne gern wissen mal eigentlich bzw funktioniert funktionieren finde finden ok okay`),
  fr: set(`a ai au aux avec avez avons ce ceci cela ces cet cette comment combien d dans de des donc du elle elles en
    est et etes etre eu il ils j je jusqu l la le les leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous on
    ou par pas peut peuvent peux pourquoi pouvez pour puis quand que quel quelle quelles quels qui quoi s sa sans se ses
    si son sont sur t ta te tes toi ton tous tout tu un une vos votre vous y bonjour merci svp plait voudrais voulez
    veux aimerais savoir dire faire fait faites trouver ok`),
  ar: set(`من الى إلى في على عن مع هل ما ماذا كيف كم متى اين أين لماذا اي أي هذا هذه ذلك تلك التي الذي الذين ان إن أن
    او أو و ثم لا لم لن قد كان كانت يكون انا أنا نحن انت أنت انتم أنتم هو هي هم لي لك لكم لنا لديكم لديك لدي عند عندكم
    عندك كل بعد قبل حتى بين اذا إذا يمكن يمكنني ممكن اريد أريد اود أود اعرف أعرف لو فضلك سمحت مرحبا شكرا اجد أجد`),
};

// Spanish, French and German suffixes, longest first: a light stemmer (after the "light" stemmers of Savoy and of
// Snowball's first steps) that joins a noun with its plural and a verb with its usual endings ("envío", "envíos",
// "enviamos" → "envi"; "livraison", "livrer", "livrez" → "livr"). Irregular forms meet through synonyms instead.
const SUFFIXES = {
  es: `amientos imientos amiento imiento aciones uciones iciones adoras adores ancias encias ciones acion ucion icion
    mente cion ables ibles able ible istas ista ando iendo ados idos adas idas aron ieron amos emos imos ais eis ado ido
    ada ida ar er ir an en as es os a e o s`,
  fr: `issements issement ements ement ations ation ateurs atrices ateur atrice aisons aison itions ition euses euse
    eurs eur ances ance ences ence ites ite ables able istes iste iques ique ees ee es ions ons ez er ir re ent e s x`,
  de: `ungen ung heiten heit keiten keit lichen liche lich ern em en er es e n s`,
};
const SUFFIX_LISTS = Object.fromEntries(Object.entries(SUFFIXES).map(([code, list]) => [code, list.split(/\s+/).filter(Boolean)]));

function stripSuffix(word, suffixes, minStem) {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return word.slice(0, -suffix.length);
  }
  return word;
}

function stemEs(word) {
  return word.length <= 3 || /\d/.test(word) ? word : stripSuffix(word, SUFFIX_LISTS.es, 3);
}

function stemFr(word) {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('aux') && word.length > 5) word = word.slice(0, -3) + 'al'; // "internationaux" = "international"
  return stripSuffix(word, SUFFIX_LISTS.fr, 3);
}

function stemDe(word) {
  if (word.length <= 3 || /\d/.test(word)) return word;
  // A past participle "ge…t" meets its verb: "geliefert" = "liefern", "bestellt" = "bestellen".
  if (/^ge.{4,}t$/.test(word)) word = word.slice(2, -1);
  else if (word.length > 5 && /[^aeiou]t$/.test(word) && !/(st|cht|ft)$/.test(word)) word = word.slice(0, -1);
  return stripSuffix(word, SUFFIX_LISTS.de, 3);
}

// Arabic: the light10 stemmer of Larkey, Ballesteros and Connell (2002), on words already folded by words():
// "and", the article and its fused prepositions come off the front, pronoun and plural endings off the back.
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

function stemAr(word) {
  let w = word;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const prefix of AR_PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 2) {
      w = w.slice(prefix.length);
      break;
    }
  }
  for (const suffix of AR_SUFFIXES) {
    if (w.length - suffix.length >= 2 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  }
  return w;
}

// Stems a suffix table cannot join: stem-changing and irregular verbs, and German compounds whose head is the topic.
// Each line is the stem everything else on it becomes ("devuelvo", "devolución" and "devolver" all "devolv").
const IRREGULAR = {
  es: `devolv devuelv devolu devuelt
    abr abiert
    cerr cierr
    cost cuest
    encontr encuentr
    pod pued
    gratuit grati`,
  fr: `retour retourn
    suiv suivi
    pay pai
    ouvr ouvert ouvertur
    envoi envoy
    exped expedi`,
  de: `versend versand verschick
    rucksend ruckgab zuruckgeb zurucksend zuruckschick retour retourni
    zahl bezahl zahlungsart
    offn offne off offnungszeit
    verfolg sendungsverfolg`,
  ar: `شحن تشحن نشحن يشحن تشحنو يشحنو
    رسل ترسل نرسل يرسل ترسلو
    وصل توصل يوصل توصيل
    فتح تفتح يفتح تفتحو
    رجع ارجع ترجيع استرجاع
    دفع ادفع تدفع ندفع`,
};
const IRREGULAR_STEMS = Object.fromEntries(Object.entries(IRREGULAR).map(([code, lines]) => [code, new Map(
  lines.split('\n').flatMap((line) => {
    const [canonical, ...others] = words(line);
    return others.map((other) => [other, canonical]);
  }),
)]));

/**
 * @typedef {{ code: Language, stem: (word: string) => string, tokenize: (text: string) => string[] }} Analyzer
 * @type {Record<Language, Analyzer>}
 */
export const ANALYZERS = {
  en: { code: 'en', stem: stemEnglish, tokenize: tokenizeEnglish },
  es: analyzer('es', stemEs),
  de: analyzer('de', stemDe),
  fr: analyzer('fr', stemFr),
  ar: analyzer('ar', stemAr),
};

function analyzer(code, light) {
  const stop = STOP[code];
  const irregular = IRREGULAR_STEMS[code];
  const stem = (word) => {
    const s = light(word);
    return irregular.get(s) ?? s;
  };
  return { code, stem, tokenize: (text) => words(text).filter((w) => !stop.has(w)).map(stem) };
}

// Telling the languages apart: their commonest function words (and greetings, which may be all a message holds).
// A word shared by several languages ("de", "la", "in") counts for each in part, so only distinctive ones decide.
const MARKERS = {
  en: `the and or is are was were do does did you your i my me we our what how when where why which who can could
    would should will to of for with in on at it this that there have has not please hi hello thanks thank an a`,
  es: `el la los las de del que y en un una unos unas es son por para con sin mi mis tu tus su sus hay como cuanto
    cuanta cuantos cuando donde puedo puede pueden tienen tiene hacen hace se lo le les al este esta estos estas eso esto
    muy tambien pero si no yo usted ustedes hola gracias quiero necesito tengo mas ya cual cuales hasta a`,
  de: `der die das den dem des ein eine einen einem einer und oder ist sind ich du er sie es wir ihr mein meine
    meinen dein deine wie was wann wo warum welche welcher welches kann konnen kannst nicht kein keine mit fur auf an in
    im ins zu zum zur von vom bei nach aus uber auch noch schon nur sehr dass ob wenn man gibt habe haben hast bitte
    hallo danke guten tschuss`,
  fr: `le la les l de des du d un une et est sont je j tu il elle nous vous ils elles mon ma mes votre vos notre nos
    ce cet cette ces qui que qu quoi quel quelle quels quelles comment combien quand ou pourquoi a au aux avec dans en
    sur pour par pas ne n plus y bonjour merci salut bonsoir peux pouvez c s`,
};
const MARKER_WEIGHTS = new Map();
for (const [code, list] of Object.entries(MARKERS)) {
  for (const w of set(list)) MARKER_WEIGHTS.set(w, [...(MARKER_WEIGHTS.get(w) ?? []), code]);
}
// Letters only some languages write. Spanish opening marks and ñ, German ß and umlauts say a lot; French accents a
// little (Italian and Portuguese share some); é is Spanish or French.
const LETTER_HINTS = [
  [/[ñ¿¡]/, { es: 2 }], [/[áíóú]/, { es: 1 }], [/[ßäöü]/, { de: 2 }], [/[àèùâêîôûëïçœ]/, { fr: 1 }],
  [/é/, { es: 0.5, fr: 0.5 }],
];
const ORDER = ['en', 'es', 'fr', 'de'];

/**
 * The language of a question: Arabic by its script, the others by their function words and letters. English
 * unless another language scores higher, so a question with no telling word stays English.
 * @param {string} text
 * @returns {Language}
 */
export function detectLanguage(text) {
  const raw = String(text ?? '');
  const arabic = (raw.match(/\p{Script=Arabic}/gu) ?? []).length;
  const latin = (raw.match(/\p{Script=Latin}/gu) ?? []).length;
  if (arabic > latin) return 'ar';
  /** @type {Record<string, number>} */
  const score = { en: 0, es: 0, de: 0, fr: 0 };
  for (const w of words(raw)) {
    const langs = MARKER_WEIGHTS.get(w);
    if (langs) for (const code of langs) score[code] += 1 / langs.length;
  }
  const lower = raw.toLowerCase();
  for (const [letters, weights] of LETTER_HINTS) {
    if (letters.test(lower)) for (const [code, w] of Object.entries(weights)) score[code] += w;
  }
  // @ts-ignore: ORDER holds languages
  return ORDER.reduce((best, code) => (score[code] > score[best] ? code : best), 'en');
}
