// What the people on the other side of a chat write back: shop assistants at a store, the human agent who takes
// over from a bot, and the seeded users in direct chats. Keyword-driven and deterministic: the same text, turn
// and seed always give the same reply. `turn` is how many replies this peer already gave in the session.
import { findProduct, findSize } from './catalog.js';
import { VENDOR_LOCATIONS } from './people.js';
import { mentions, words } from './text.js';

/** @typedef {ReturnType<typeof import('./random.js').createRandom>} Random */

const THANKS = ['thanks', 'thank you', 'thank', 'thx', 'cheers', 'ta', 'great', 'perfect', 'brilliant'];
const BYE = ['bye', 'goodbye', 'see you', 'see ya', 'cya', 'later', 'have a good day', 'have a nice day'];
const DAYS = { monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun' };
const ORDER_NUMBER = /\bNW[-\s]?(\d{6})\b/i;

/** A stable pseudo-random number from strings: stock levels must not change when asked twice. */
function hash(...parts) {
  let h = 0x811c9dc5;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** How many of a product in a size a store has (0–4). */
export function stockAt(location, product, size = 'any') {
  return hash(location.id, product.name, size) % 5;
}

/** "The Trailmark Hiking Boots are", "the Summit Daypack is". */
function is(product) {
  return product.name.endsWith('s') ? 'are' : 'is';
}

function sizeLine(product) {
  const plural = product.name.endsWith('s');
  const range = product.sizes.length > 1 ? `${plural ? 'come' : 'comes'} in ${product.sizes.join(', ')} and ` : '';
  return `The ${product.name} ${range}${plural ? 'have' : 'has'} ${product.fit}.`;
}

function hoursLine(location, text) {
  const day = Object.keys(DAYS).find((d) => mentions(text, [d, d.slice(0, 3)]));
  if (day) {
    const [open, close] = location.hours[DAYS[day]];
    return `On ${day[0].toUpperCase() + day.slice(1)} we're open ${open}–${close}.`;
  }
  return `We're open ${location.hours_summary}.`;
}

function stockLine(location, product, size, rng) {
  const label = size ? `${product.name} in ${size}` : product.name;
  const count = stockAt(location, product, size);
  if (count > 0) {
    const lead = rng.pick(['Good news:', 'Yes,', 'I just checked the stockroom:']);
    return `${lead} we have ${count === 1 ? 'one' : count} of the ${label} in store right now (£${product.price}). ` +
      'Want me to put one aside for you?';
  }
  const elsewhere = VENDOR_LOCATIONS.find((other) => other.id !== location.id && stockAt(other, product, size) > 0);
  return `Sorry, we're out of the ${label} here at the moment. ` +
    (elsewhere ? `Our ${elsewhere.city} store (${elsewhere.name.split('— ')[1]}) has some, or ` : '') +
    'I can order it in for you: it arrives in 2–4 working days, and collecting here is free.';
}

const HOLD = ['hold', 'reserve', 'put aside', 'put one aside', 'keep one', 'set aside', 'save one'];
const RETURNS = ['return', 'refund', 'exchange', 'swap', 'wrong size'];
const SIZES = ['size', 'sizes', 'sizing', 'fit', 'fits', 'too small', 'too big', 'measure'];
const STOCK = ['stock', 'have', 'got', 'available', 'left', 'any', 'carry', 'sell'];
const HOURS = ['open', 'opening', 'hours', 'close', 'closing', 'closed', 'today', 'tomorrow', 'weekend', ...Object.keys(DAYS)];
const WHERE = ['where', 'address', 'parking', 'park', 'directions', 'find you', 'get there', 'located'];
const PRICES = ['price', 'prices', 'cost', 'how much', 'expensive', 'cheap', 'cheaper', 'discount', 'sale', 'offer'];
const ORDERS = ['order', 'ordered', 'delivery', 'online', 'collect', 'collection', 'click'];
const HELLO = ['hi', 'hello', 'hey', 'morning', 'afternoon', 'evening'];

// What a shop assistant answers, most specific first: the first topic whose test passes writes the reply.
const VENDOR_TOPICS = [
  { when: (c) => !words(c.text).length, // an attachment without words
    say: () => 'Thanks for sending that! Is it about stock, sizing or an order? Tell me a little more and I will check.' },
  { when: (c) => mentions(c.text, HOLD),
    say: (c) => (c.product
      ? `Done: I've put the ${c.product.name}${c.size ? ` in ${c.size}` : ''} aside for you at the till. ` +
        'We hold items for 48 hours; just give your name when you come in.'
      : 'Of course, I can hold it for 48 hours at the till. Which item and size would you like me to put aside?') },
  { when: (c) => mentions(c.text, RETURNS),
    say: () => 'You can bring it back here within 30 days with your receipt or order email, unworn with the tags on; ' +
      'we refund to your card at the till or swap the size straight away.' },
  { when: (c) => c.product && c.size, say: (c) => stockLine(c.location, c.product, c.size, c.rng) },
  { when: (c) => mentions(c.text, SIZES),
    say: (c) => (c.product
      ? `${sizeLine(c.product)} Pop in and try it on, or book a free 30-minute fitting with FitBot.`
      : 'Happy to help with sizing! Which item are you looking at? Our fitters can also measure you in store, free, in about 30 minutes.') },
  { when: (c) => c.product && mentions(c.text, STOCK), say: (c) => stockLine(c.location, c.product, c.size, c.rng) },
  { when: (c) => mentions(c.text, HOURS),
    say: (c) => `${hoursLine(c.location, c.text)} ${c.rng.pick(['Come and see us!', 'Hope to see you then.', 'Our fitters are here all day, too.'])}` },
  { when: (c) => mentions(c.text, WHERE), say: (c) => `We're at ${c.location.address}. ${c.location.getting_there}` },
  { when: (c) => mentions(c.text, PRICES),
    say: (c) => (c.product
      ? `The ${c.product.name} ${is(c.product)} £${c.product.price}, the same in store and online. ` +
        "If you've seen it cheaper at another UK retailer, we'll match the price."
      : 'Our store prices are the same as online, students and Trail Club members get extra discounts, and we price match other UK retailers.') },
  { when: (c) => ORDER_NUMBER.test(c.text) || mentions(c.text, ORDERS),
    say: () => "If it's a click & collect order for this store, bring your confirmation email and a photo ID; we keep orders for 10 days. " +
      'For deliveries, ShopBot in this chat can track any order by its NW number.' },
  { when: (c) => c.product,
    say: (c) => `The ${c.product.name} ${is(c.product)} one of our favourites: £${c.product.price}, ${c.product.fit}. ` +
      "Anything you'd like to know about it, like sizes or stock?" },
  { when: (c) => mentions(c.text, BYE), say: (c) => c.rng.pick(['Bye for now!', 'Take care, see you soon!']) },
  { when: (c) => mentions(c.text, THANKS),
    say: (c) => c.rng.pick(["You're welcome! Anything else I can help with?", 'My pleasure. Anything else?', 'No problem at all!']) },
  { when: (c) => c.turn === 0 && mentions(c.text, HELLO), say: () => 'What can I help you with today?' },
  { when: () => true,
    say: (c) => c.rng.pick([
      'Let me check with the team and come back to you in a moment. Is it about stock, sizes or our opening hours?',
      "I'm not quite sure I follow. Could you tell me which item you're asking about?",
      'Good question! Can you give me a bit more detail, e.g. the product and the size you need?',
    ]) },
];

/**
 * A shop assistant at a store answering a customer's message; the first reply greets and names the store.
 * @param {{ location: typeof VENDOR_LOCATIONS[number], text: string, turn: number, rng: Random }} input
 */
export function vendorReply({ location, text, turn, rng }) {
  const product = findProduct(text);
  const context = { location, text: String(text ?? ''), turn, rng, product, size: findSize(text, product) };
  const body = VENDOR_TOPICS.find((topic) => topic.when(context)).say(context);
  if (turn > 0) return body;
  const greeting = rng.pick(['Hi', 'Hello', 'Hi there']);
  return `${greeting}, ${location.staff} here at ${location.name} in ${location.city}. ${body}`;
}

/**
 * A human support agent writing after a bot handed the conversation over.
 * @param {{ text: string, turn: number, rng: Random, reason?: string, agent?: { name: string } }} input
 *   agent: who writes (its first name goes into the introduction); reason: why the bot handed over.
 */
export function agentReply({ text: said, turn, rng, reason, agent }) {
  const text = String(said ?? '');
  const order = text.match(ORDER_NUMBER);
  let body;
  if (order) {
    body = `Thanks, I've found order NW-${order[1]}. ` + rng.pick([
      'It left our warehouse yesterday with DPD and is due tomorrow; you\'ll get a one-hour delivery window by text in the morning.',
      "It's packed and will be dispatched today, so expect it within 3–5 working days.",
      "I can see it was delivered yesterday. If you can't find it, I'll open an investigation with the courier straight away.",
    ]);
  } else if (mentions(text, BYE) || (turn > 0 && mentions(text, THANKS))) {
    body = rng.pick(["You're welcome! I'll close this chat now, but message us any time.", 'Glad I could help. Have a lovely day!']);
  } else if (mentions(text, ['return', 'refund', 'money back', 'exchange'])) {
    body = 'I can sort out the return for you. Refunds reach your account 5–7 working days after the parcel arrives at our warehouse. Could you give me the order number (NW followed by six digits)?';
  } else if (mentions(text, ['delivery', 'deliver*', 'parcel', 'package', 'track*', 'arrive*', 'late', 'where is'])) {
    body = "Sorry it's taking a while. Could you give me your order number (NW followed by six digits)? Then I can check with the courier.";
  } else if (mentions(text, ['broken', 'faulty', 'damaged', 'leak*', 'fault', 'ripped', 'torn'])) {
    body = "I'm sorry to hear that. It's covered by our two-year guarantee: could you send a photo of the fault here and your order number?";
  } else if (mentions(text, ['cancel*', 'change my order', 'wrong address'])) {
    body = "Let me see whether the warehouse has packed it yet. What's the order number?";
  } else if (mentions(text, ['size', 'fit', 'fitting'])) {
    body = 'For fit questions our store fitters are the experts, but tell me the item and your usual size and I\'ll check the size guide with you.';
  } else {
    body = rng.pick([
      'Thanks for the details. Give me a moment to look into it.',
      "Understood. I'm checking that now; could you add your order number if this is about an order?",
      "Thanks. I'm on it and will update you here shortly.",
    ]);
  }
  if (turn > 0) return body;
  const who = agent ? `I'm ${agent.name.split(' ')[0]} from the Northwind support team` : 'you\'re through to the Northwind support team';
  const why = reason ? ` I've read your conversation with the bot, so I know this is about: _${reason}_.` : '';
  return `Hi, ${who}.${why} ${body}`;
}

// Each seeded user writes in their own voice.
const VOICES = {
  'demo-maya': {
    hello: ['Hey!! 😊', 'Hiii, good to hear from you!', 'Oh hey! 👋'],
    howAreYou: ["I'm great, thanks! Just back from a run. You?", 'All good here, busy week though 😅 How about you?'],
    plans: ["Yes! I'm in 🙌 Saturday works for me.", 'Ooh count me in. Sunday morning?', "I'd love to! Let me check my calendar and get back to you."],
    shopping: ["Ooh, I got the Ridgeline last month and it's been amazing in the rain!", "Northwind's sale is on soon, I'd wait a week 😉"],
    media: ['Love this!! 😍', 'Haha amazing 😂'],
    thanks: ['Anytime! 💛', 'Of course! 😊'],
    bye: ['Bye! Talk soon 👋', 'See you! xx'],
    question: ['Hmm, good question! I think so? 🤔', "Not sure tbh, I'll ask around!"],
    other: ['Haha yes, totally!', 'Oh really? Tell me more!', 'Nice 😄'],
  },
  'demo-sam': {
    hello: ['Hey, what’s up?', 'Yo!', 'Hey man'],
    howAreYou: ['Not bad, you?', 'Good good. Tired, but good.'],
    plans: ['Sounds good, count me in.', 'Maybe, depends on the weather tbh.', 'Sure, what time?'],
    shopping: ['I just got new boots from Northwind, the Trailmark ones. Solid.', "Go half a size up on boots, trust me."],
    media: ['Nice one', 'Ha, classic'],
    thanks: ['No worries', 'Any time'],
    bye: ['Later!', 'Catch you later'],
    question: ['No idea, sorry', 'Pretty sure yeah'],
    other: ['Fair enough', 'Ha, true', 'Yeah'],
  },
  'demo-lena': {
    hello: ['Hallo! Nice to hear from you.', 'Hi! How can I help?'],
    howAreYou: ["I'm well, thank you! Busy planning a trip to the Alps. And you?", 'Very good, thanks. How are you?'],
    plans: ['That sounds lovely. I can do Saturday after 14:00.', 'Good idea! Shall we meet at the Harbour Street store first?'],
    shopping: ['I bought the Fjord parka last winter: very warm, but it runs a bit large.', 'Check the size guide first; their jackets are cut for layering.'],
    media: ['Oh, that looks great!', 'Beautiful photo!'],
    thanks: ["You're welcome!", 'Gern geschehen 😊'],
    bye: ['Bis bald! Speak soon.', 'Take care!'],
    question: ["Good question. I'd say yes, but let me double-check.", "I don't know, to be honest. Shall I find out?"],
    other: ['I see, that makes sense.', 'Interesting!', 'Oh, nice.'],
  },
};

/**
 * A seeded user answering a direct chat casually.
 * @param {{ user: { token?: string, name: string }, text: string, turn: number, rng: Random }} input
 */
export function peerReply({ user, text: said, turn, rng }) {
  const text = String(said ?? '');
  const voice = VOICES[user.token] ?? VOICES['demo-sam'];
  let kind;
  if (!words(text).length) kind = 'media'; // an attachment without words
  else if (mentions(text, BYE)) kind = 'bye';
  else if (mentions(text, ['how are you', 'how are things', 'how is it going', 'how you doing', 'how it going', 'you ok', 'how are u'])) kind = 'howAreYou';
  else if (mentions(text, ['weekend', 'meet', 'coffee', 'hike', 'walk', 'dinner', 'lunch', 'drink', 'tonight', 'tomorrow', 'saturday', 'sunday', 'join'])) kind = 'plans';
  else if (mentions(text, ['northwind', 'jacket', 'boots', 'boot', 'shoes', 'buy', 'bought', 'shopping', 'sale', 'size', 'parka'])) kind = 'shopping';
  else if (mentions(text, THANKS)) kind = 'thanks';
  else if (mentions(text, ['hi', 'hello', 'hey', 'hiya', 'yo', 'morning'])) kind = turn === 0 ? 'hello' : 'other';
  else if (text.trim().endsWith('?')) kind = 'question';
  else kind = 'other';
  return rng.pick(voice[kind]);
}
