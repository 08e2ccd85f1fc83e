// The questions the help-centre assistant is judged on (rag-quality.test.js), with the page each must cite. The
// questions were written from the pages' topics, not from their wording: synonyms, extra words and typos.

const SHIPPING = 'Shipping and delivery';
const RETURNS = 'Returns and refunds';
const EXCHANGES = 'Exchanging an item';
const CLOTHING = 'Clothing size guide';
const FOOTWEAR = 'Footwear size guide';
const FITTING = 'Fitting appointments';
const CARE = 'Caring for your gear';
const PAYMENT = 'Payment methods';
const GIFT_CARDS = 'Gift cards';
const TRACKING = 'Tracking your order';
const CHANGING = 'Changing or cancelling an order';
const WARRANTY = 'Warranty and repairs';
const STORES = 'Store locations and opening hours';
const COLLECT = 'Click & collect';
const LOYALTY = 'Trail Club loyalty programme';
const PRIVACY = 'Privacy and your data';
const CONTACT = 'Contacting Northwind';
const PRICE_MATCH = 'Price match promise';
const INTERNATIONAL = 'International orders';
const DISCOUNTS = 'Discounts and promo codes';

/** [question, the page that must come first] */
export const ON_TOPIC = [
  ['how long will my delivery take', SHIPPING],
  ['Do you deliver on Sundays?', SHIPPING],
  ['is delivery free?', SHIPPING],
  ["what happens if I'm not home when the courier comes", SHIPPING],
  ['do you deliver to northern ireland', SHIPPING],
  ['how much is standard shipping', SHIPPING],

  ['Can I return shoes I wore outside?', RETURNS],
  ['how do I return something', RETURNS],
  ['when will I get my money back', RETURNS],
  ['can i retrun swimwear', RETURNS],
  ['I want a refund for a jacket I bought last week', RETURNS],
  ['Hi there, I was wondering how many days I have to send back an item I ordered online?', RETURNS],
  ['can I return sale items', RETURNS],

  ['the trousers are too small, can I swap them for a larger size', EXCHANGES],
  ['can I change the colour of a jumper I bought', EXCHANGES],
  ['exchange boots for a different size', EXCHANGES],

  ['what size am I if my chest is 96 cm', CLOTHING],
  ['how do I measure my waist for trousers', CLOTHING],
  ["I'm between sizes for the down parka, which one should I pick", CLOTHING],
  ['do your trousers come in a long leg length', CLOTHING],

  ['what is a UK 9 in US sizes', FOOTWEAR],
  ['how do I measure my foot', FOOTWEAR],
  ['should I size up in hiking boots', FOOTWEAR],
  ['do trail running shoes fit true to size', FOOTWEAR],

  ['can I book a fitting appointment', FITTING],
  ['how do i cancel my fitting', FITTING],
  ['do I need to book or can I walk in to get fitted', FITTING],

  ['how should I wash my waterproof jacket', CARE],
  ['can I tumble dry merino', CARE],
  ["water doesn't bead on my jacket anymore, how do I reproof it", CARE],
  ['how to clean leather boots', CARE],

  ['do you take paypal', PAYMENT],
  ['my card was declined', PAYMENT],
  ['when do you charge my card', PAYMENT],
  ['can i pay with klarna', PAYMENT],
  ['do you accept american express', PAYMENT],

  ['how do I check my gift card balance', GIFT_CARDS],
  ['I lost my gift card', GIFT_CARDS],
  ['can I use more than one gift card on an order', GIFT_CARDS],
  ['do gift vouchers have an expiry date', GIFT_CARDS],

  ['where is my order', TRACKING],
  ["the tracking says delivered but I haven't got it", TRACKING],
  ['my parcel still hasnt arrived', TRACKING],
  ['where do I find my tracking number', TRACKING],

  ['I put the wrong delivery address on my order, can I change it', CHANGING],
  ['how do I cancel an order I placed an hour ago', CHANGING],
  ['can I edit my order after placing it', CHANGING],

  ['the sole came off my boots after 3 months', WARRANTY],
  ['do you repair tents', WARRANTY],
  ['how much does it cost to replace a zip on a jacket', WARRANTY],
  ['my jacket is leaking, is that covered by the guarantee', WARRANTY],

  ['where is your Edinburgh shop', STORES],
  ['is there parking at the Bristol store', STORES],
  ['are you open on boxing day', STORES],
  ['what are your opening hours', STORES],

  ['can I pick up my order in store', COLLECT],
  ['how long will you hold my order for collection', COLLECT],
  ['is click and collect free', COLLECT],

  ['how do I join the rewards club', LOYALTY],
  ['do members get anything on their birthday', LOYALTY],
  ['when do my loyalty points expire', LOYALTY],

  ['how long do you keep my chat transcripts', PRIVACY],
  ['how do I unsubscribe from your marketing emails', PRIVACY],
  ['what cookies does your website use', PRIVACY],

  ['how can I speak to a real person', CONTACT],
  ["what's your email address", CONTACT],
  ['what is the customer service phone number', CONTACT],

  ['do you price match', PRICE_MATCH],
  ['i saw the same jacket cheaper on another website', PRICE_MATCH],
  ['will you match a lower price after I bought it', PRICE_MATCH],

  ['do you ship overseas', INTERNATIONAL],
  ['how much is shipping to australia', INTERNATIONAL],
  ['will I have to pay customs duties on my order to canada', INTERNATIONAL],

  ['is there an nhs discount', DISCOUNTS],
  ['where do I enter a promo code', DISCOUNTS],
  ['when does your winter sale start', DISCOUNTS],
  ['can I use two discount codes on one order', DISCOUNTS],

  // Typos.
  ['how long does delivry take', SHIPPING],
  ['can I exchnage my jacket', EXCHANGES],
  ['is my zip covered by the garantee', WARRANTY],
];

export const OFF_TOPIC = [
  'do you sell bicycles',
  "what's the capital of France",
  'recommend a good pizza recipe',
  'what will the weather be like tomorrow',
  'who won the football last night',
  'can you write me a poem about cats',
  'how do I fix the engine of my car',
];


const HELP = 'https://help.northwind.example/';
const page = (lang) => (slug) => HELP + (lang === 'en' ? '' : `${lang}/`) + slug;
const en = page('en');
const es = page('es');
const de = page('de');
const fr = page('fr');
const ar = page('ar');

/**
 * Questions in each language, and what the answer must be:
 * - `cites`: the page the answer's first source must be (in the asker's language where the help centre has it),
 *   and `from`: words of the passage the answer must quote (the right paragraph, not just the right page);
 * - `english`: the help centre has no page on it in that language; the answer says so in the asker's language,
 *   then answers in English from this page;
 * - `says`: no sources, and this reply of the assistant in the asker's language (`greeting`, `thanks`,
 *   `noMatch`: the honest "I don't know" that points to the stores).
 * @type {{ q: string, lang: 'en' | 'es' | 'de' | 'fr' | 'ar', cites?: string, from?: string, english?: string,
 *   says?: 'greeting' | 'thanks' | 'bye' | 'noMatch' }[]}
 */
export const LANGUAGE_TABLE = [
  // English paraphrases of "abroad": the paragraph about shipping abroad, not the one about international returns.
  { q: 'Do you ship abroad?', lang: 'en', cites: en('international-orders'), from: 'We ship to the EU' },
  { q: 'Do you ship internationally?', lang: 'en', cites: en('international-orders'), from: 'We ship to the EU' },
  { q: 'do you deliver overseas', lang: 'en', cites: en('international-orders'), from: 'Delivery to the rest of the world' },
  { q: 'how much is worldwide shipping', lang: 'en', cites: en('international-orders'), from: 'rest of the world costs £19.95' },
  { q: 'Can you send my order to Germany?', lang: 'en', cites: en('international-orders'), from: 'We ship to the EU' },
  { q: 'can I return an order I had shipped abroad', lang: 'en', cites: en('international-orders'), from: 'Returns from outside the UK are not free' },
  { q: 'is delivery free?', lang: 'en', cites: en('shipping-and-delivery'), from: 'it is free on orders over £50' },
  { q: 'hello!', lang: 'en', says: 'greeting' },
  { q: "what's the capital of France", lang: 'en', says: 'noMatch' },

  // Spanish: the widget's starters among them.
  { q: '¿Hacen envíos al extranjero?', lang: 'es', cites: es('pedidos-internacionales'), from: 'Enviamos al extranjero' },
  { q: '¿Es gratis el envío?', lang: 'es', cites: es('envios-y-entregas'), from: 'es gratuita en pedidos de más de 50 £' },
  { q: '¿Cuánto tarda el envío?', lang: 'es', cites: es('envios-y-entregas'), from: 'La entrega estándar tarda de 3 a 5 días' },
  { q: '¿Cuál es la política de devoluciones?', lang: 'es', cites: es('devoluciones-y-reembolsos'), from: 'tienes 30 días' },
  { q: '¿Cómo encuentro mi talla?', lang: 'es', cites: es('guia-de-tallas') },
  { q: '¿Dónde está mi pedido?', lang: 'es', cites: es('seguimiento-del-pedido'), from: 'enlace de seguimiento' },
  { q: '¿Puedo pagar con PayPal?', lang: 'es', cites: es('metodos-de-pago'), from: 'PayPal' },
  { q: '¿A qué hora abre la tienda de Leeds el domingo?', lang: 'es', cites: es('tiendas-y-horarios'), from: 'Leeds LS1 6AH' },
  { q: '¿Cómo devuelvo un artículo?', lang: 'es', cites: es('devoluciones-y-reembolsos'), from: 'Iniciar una devolución' },
  { q: '¿Cómo consulto el saldo de mi tarjeta regalo?', lang: 'es', english: en('gift-cards') },
  { q: '¿Cómo lavo mi chaqueta impermeable?', lang: 'es', english: en('care-instructions') },
  { q: '¡Hola!', lang: 'es', says: 'greeting' },
  { q: 'Muchas gracias', lang: 'es', says: 'thanks' },
  { q: '¿Cuál es la capital de Francia?', lang: 'es', says: 'noMatch' },

  // German.
  { q: 'Versendet ihr auch ins Ausland?', lang: 'de', cites: de('internationale-bestellungen'), from: 'Wir versenden auch ins Ausland' },
  { q: 'Ist der Versand kostenlos?', lang: 'de', cites: de('versand-und-lieferung'), from: 'ab einem Bestellwert von 50 £ ist sie kostenlos' },
  { q: 'Wie lange dauert die Lieferung?', lang: 'de', cites: de('versand-und-lieferung'), from: 'Die Standardlieferung dauert 3–5 Werktage' },
  { q: 'Wie funktionieren Rücksendungen?', lang: 'de', cites: de('ruecksendungen-und-erstattungen') },
  { q: 'Wie finde ich meine Größe?', lang: 'de', cites: de('groessen-bekleidung') },
  { q: 'Wo ist meine Bestellung?', lang: 'de', cites: de('sendungsverfolgung') },
  { q: 'Kann ich in Raten zahlen?', lang: 'de', cites: de('zahlungsarten'), from: 'Mit Klarna kannst du in Raten zahlen' },
  { q: 'Wann habt ihr in Edinburgh sonntags geöffnet?', lang: 'de', cites: de('filialen-und-oeffnungszeiten'), from: 'Edinburgh EH3 9QT' },
  { q: 'Wie pflege ich meine Wanderschuhe aus Leder?', lang: 'de', english: en('care-instructions') },
  { q: 'Kann ich mit meinen Treuepunkten bezahlen?', lang: 'de', english: en('trail-club-loyalty') },
  { q: 'Hallo', lang: 'de', says: 'greeting' },
  { q: 'Was ist die Hauptstadt von Frankreich?', lang: 'de', says: 'noMatch' },

  // French.
  { q: "Livrez-vous à l'étranger ?", lang: 'fr', cites: fr('commandes-internationales'), from: 'Nous livrons à l’étranger' },
  { q: 'Quel est le délai de livraison ?', lang: 'fr', cites: fr('expedition-et-livraison'), from: 'La livraison standard prend 3 à 5 jours' },
  { q: 'Quelle est votre politique de retour ?', lang: 'fr', cites: fr('retours-et-remboursements'), from: 'vous disposez de 30 jours' },
  { q: 'Comment trouver ma taille ?', lang: 'fr', cites: fr('guide-des-tailles') },
  { q: 'Où est ma commande ?', lang: 'fr', cites: fr('suivi-de-commande'), from: 'lien de suivi' },
  { q: 'Acceptez-vous Apple Pay ?', lang: 'fr', cites: fr('moyens-de-paiement'), from: 'Apple Pay' },
  { q: 'Quels sont vos horaires le dimanche à Bristol ?', lang: 'fr', cites: fr('magasins-et-horaires'), from: 'Bristol BS1 4RN' },
  { q: 'Comment laver ma veste imperméable ?', lang: 'fr', english: en('care-instructions') },
  { q: 'Bonjour', lang: 'fr', says: 'greeting' },
  { q: 'Quelle est la capitale de la France ?', lang: 'fr', says: 'noMatch' },

  // Arabic.
  { q: 'هل تشحنون إلى الخارج؟', lang: 'ar', cites: ar('international-orders'), from: 'نشحن إلى الخارج' },
  { q: 'كم يستغرق التوصيل؟', lang: 'ar', cites: ar('shipping-and-delivery'), from: 'يستغرق التوصيل العادي' },
  { q: 'ما سياسة الإرجاع لديكم؟', lang: 'ar', cites: ar('returns-and-refunds'), from: 'سياسة الإرجاع لدينا بسيطة' },
  { q: 'كيف أجد مقاسي؟', lang: 'ar', cites: ar('clothing-size-guide') },
  { q: 'أين طلبي؟', lang: 'ar', cites: ar('order-tracking') },
  { q: 'هل يمكنني الدفع بالتقسيط؟', lang: 'ar', cites: ar('payment-methods'), from: 'أقساط' },
  { q: 'متى يفتح متجر ليدز يوم الأحد؟', lang: 'ar', cites: ar('store-locations-and-hours'), from: 'Leeds LS1 6AH' },
  { q: 'كيف أغسل جاكيت مقاوم للماء؟', lang: 'ar', english: en('care-instructions') },
  { q: 'مرحبا', lang: 'ar', says: 'greeting' },
  { q: 'ما هي عاصمة فرنسا؟', lang: 'ar', says: 'noMatch' },
];
