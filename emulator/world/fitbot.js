// FitBot, the sizing assistant: size advice for jackets, trousers and footwear, then a free fitting appointment
// (pick a store, a slot, confirm). A script for bots.js. Sizes follow the help centre's size guides, stores and
// hours come from people.js, so everything it says agrees with the rest of the world.
import { findSize } from './catalog.js';
import { VENDOR_LOCATIONS } from './people.js';
import { mentions } from './text.js';

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

const CHEST = [['XS', 84, 88], ['S', 89, 94], ['M', 95, 101], ['L', 102, 108], ['XL', 109, 116], ['XXL', 117, 124]];
const WAISTS = [28, 30, 32, 34, 36, 38, 40];
const UK_TO_EU = [[3, 35.5], [4, 37], [5, 38], [6, 39.5], [7, 40.5], [8, 42], [9, 43], [10, 44.5], [11, 45.5], [12, 47]];

const STATIC_LABELS = {
  cat_jackets: 'Jackets & tops',
  cat_trousers: 'Trousers',
  cat_footwear: 'Boots & shoes',
  book_fitting: 'Book a fitting',
  another_category: 'Size for something else',
  confirm: 'Confirm booking',
  change_slot: 'Pick another time',
  done: "That's all, thanks",
  human: 'Talk to a person',
};

const ASK_FITTING = '\n\nWould you like to book a free 30-minute fitting in one of our stores to try it on?';

const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Three free slots per store, inside its hours: appointments start at least an hour after opening and end at
 * least an hour before closing (the rule of the "Fitting appointments" page).
 */
export function fittingSlots(location) {
  const opens = (day) => minutes(location.hours[day][0]);
  const closes = (day) => minutes(location.hours[day][1]);
  // An evening slot on late-opening Thursday, a morning one on Saturday, an early afternoon one on Sunday.
  return [['thu', closes('thu') - 90], ['sat', opens('sat') + 60], ['sun', opens('sun') + 120]].map(([day, start]) => ({
    id: `slot_${day}_${clock(start).replace(':', '')}`,
    day,
    time: clock(start),
    label: `${DAY_NAMES[day]} ${clock(start)}`,
  }));
}

const shortName = (location) => `${location.name.split('— ')[1]}, ${location.city}`;
const locationById = (id) => VENDOR_LOCATIONS.find((l) => l.id === Number(id));

function label(id) {
  if (STATIC_LABELS[id]) return STATIC_LABELS[id];
  const [kind, a, b] = id.split('_');
  if (kind === 'chest') return `Chest ${a} cm`;
  if (kind === 'waist') return `Waist ${a} in`;
  if (kind === 'uk' || kind === 'eu') return `${kind.toUpperCase()} ${a.replace('-', '.')}`;
  if (kind === 'store' && locationById(a)) return shortName(locationById(a));
  if (kind === 'slot') return `${DAY_NAMES[a] ?? a} ${b.slice(0, 2)}:${b.slice(2)}`;
  return id;
}

function jacketAdvice(chestCm) {
  const cm = Math.round(chestCm);
  const index = CHEST.findIndex(([, , hi]) => cm <= hi);
  const [size, lo, hi] = CHEST[index === -1 ? CHEST.length - 1 : index];
  let text = `With a ${cm} cm chest you're a size **${size}** (${lo}–${hi} cm).`;
  if (cm < CHEST[0][1]) text = `With a ${cm} cm chest, take our smallest size, **XS** (${lo}–${hi} cm).`;
  if (cm > CHEST.at(-1)[2]) {
    text = `With a ${cm} cm chest, our largest size, **XXL** (${lo}–${hi} cm), will be snug; a fitter can check it in store.`;
  }
  const next = CHEST[index + 1];
  text += next && index !== -1 && cm >= hi - 1
    ? " You're at the top of that range, so for outer layers such as the Ridgeline Waterproof Jacket or the Fjord " +
      `Down Parka, which go over a fleece, take **${next[0]}**.`
    : ' That size works for the Ridgeline Waterproof Jacket and the Fjord Down Parka, which are cut to go over a fleece.';
  return text + ' The Harbour Merino Jumper is cut close to the body: stay with your size there.' + ASK_FITTING;
}

function letterAdvice(size) {
  const [, lo, hi] = CHEST.find(([s]) => s === size);
  return `Our **${size}** fits a ${lo}–${hi} cm chest. If you usually wear ${size} elsewhere, measure to be sure: our outer layers ` +
    'are cut for layering, so people near the top of a range take the next size up.' + ASK_FITTING;
}

function trouserAdvice(waistIn) {
  const waist = Math.round(waistIn);
  const size = WAISTS.find((w) => w >= waist) ?? WAISTS.at(-1);
  const between = size !== waist && waist <= WAISTS.at(-1)
    ? ' You are between sizes, so go up: the waistband has adjusters.'
    : '';
  return `With a ${waist} in waist, take the **${size}** in the Cairn Trekking Trousers; they come in short (29 in), ` +
    `regular (31 in), long (33 in) and extra long (35 in) legs.${between} ` +
    'The Coastline Rain Trousers go over other trousers, so take your usual letter size.' + ASK_FITTING;
}

function euOf(uk) {
  const below = [...UK_TO_EU].reverse().find(([u]) => u <= uk) ?? UK_TO_EU[0];
  const above = UK_TO_EU.find(([u]) => u >= uk) ?? UK_TO_EU.at(-1);
  const eu = below[0] === above[0]
    ? below[1]
    : below[1] + (above[1] - below[1]) * (uk - below[0]) / (above[0] - below[0]);
  return Math.round(eu * 2) / 2;
}

function ukOfEu(eu) {
  return UK_TO_EU.reduce((best, [uk, e]) => (Math.abs(e - eu) < Math.abs(euOf(best) - eu) ? uk : best), UK_TO_EU[0][0]);
}

function footwearAdvice(ukSize) {
  const uk = Math.min(12, Math.max(3, Math.round(ukSize * 2) / 2));
  return `You're a **UK ${uk}** (EU ${euOf(uk)}, US men ${uk + 1}, US women ${uk + 2}). ` +
    `The Drift Trail Runners fit true to size, so take UK ${uk}. ` +
    `For the Trailmark Hiking Boots, go up half a size to **UK ${uk + 0.5}** if you'll wear thick socks.` + ASK_FITTING;
}

/** A number in the text, with its unit if one follows ("100 cm", "34in", "9.5"). */
function measurement(text) {
  const m = text.match(/(\d{1,3}(?:[.,]\d)?)\s*(cm|centimet\w*|in\b|inch\w*|"|'')?/i);
  if (!m) return undefined;
  const unit = m[2] ? (m[2].toLowerCase().startsWith('c') ? 'cm' : 'in') : undefined;
  return { value: Number(m[1].replace(',', '.')), unit };
}

function readFootwear(text) {
  const marked = text.match(/\b(uk|eu|us)\s*(\d{1,2}(?:[.,]5)?)\b/i);
  if (marked) {
    const n = Number(marked[2].replace(',', '.'));
    const system = marked[1].toLowerCase();
    if (system === 'eu') return ukOfEu(n);
    if (system === 'us') return n - (mentions(text, ['women*', 'woman', 'ladies', 'female']) ? 2 : 1);
    return n;
  }
  const m = measurement(text);
  if (!m) return undefined;
  if (m.unit === 'cm' || (m.value >= 20 && m.value <= 32)) return 8 + (m.value - 26) / 0.85; // foot length; 26 cm ≈ UK 8
  if (m.value >= 34) return ukOfEu(m.value);
  return m.value;
}

const advice = (content) => ({ content, step: 'advice' });

/** Advice from a measurement chip id such as chest_100, waist_32, uk_8 or eu_42 (usable from any step). */
function measurementChip(id) {
  const [kind, raw] = id.split('_');
  const n = Number(String(raw).replace('-', '.'));
  if (Number.isNaN(n)) return undefined;
  if (kind === 'chest') return advice(jacketAdvice(n));
  if (kind === 'waist') return advice(trouserAdvice(n));
  if (kind === 'uk') return advice(footwearAdvice(n));
  if (kind === 'eu') return advice(footwearAdvice(ukOfEu(n)));
  return undefined;
}

const CATEGORY_PROMPT = 'What are you shopping for: jackets and tops, trousers, or boots and shoes?';
const PROMPTS = {
  measure_jackets: "What's your chest measurement (in cm or inches)? Or tell me the size you usually wear, like M.",
  measure_trousers: "What's your waist measurement (in inches or cm)?",
  measure_footwear: "What's your usual shoe size (UK, EU or US)? Or your foot length in cm.",
};
const YES = ['yes', 'yep', 'yeah', 'sure', 'ok', 'okay', 'please', 'perfect', 'book it', 'confirm*'];
const NO = ['no', 'nope', 'another', 'different', 'change', 'other'];

/** "a, b or c" */
const list = (items, last = 'or') => `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;

function pickStore() {
  const names = VENDOR_LOCATIONS.map((l) => `**${shortName(l)}**`);
  return { content: `Happy to book you in! Which store suits you: ${list(names)}?`, step: 'pick_store' };
}

function offerSlots(location) {
  const slots = fittingSlots(location).map((s) => s.label);
  return {
    content: `The next free fitting slots at **${location.name}** are ${list(slots, 'and')}. Which suits you?`,
    step: `slot_${location.id}`,
  };
}

function confirmSlot(location, slot) {
  return {
    content: `Book a free 30-minute fitting on **${DAY_NAMES[slot.day]} at ${slot.time}** at ${location.name} (${location.address})?`,
    step: `confirm_${location.id}_${slot.id.slice('slot_'.length)}`,
  };
}

function booked(location, slot) {
  return {
    content: `You're booked! ✅ **${DAY_NAMES[slot.day]} at ${slot.time}** at ${location.name}, ${location.address}. ` +
      "We've emailed you a confirmation; use the link in it to move or cancel. Please arrive five minutes early and " +
      "bring the socks or base layers you'll wear.",
    step: 'booked',
  };
}

/** A store from its chip, or from its city or street named in text ("Leeds", "harbour"). */
function chosenStore(id, text) {
  if (id.startsWith('store_')) return locationById(id.slice('store_'.length));
  if (id) return undefined;
  return VENDOR_LOCATIONS.find((l) => {
    const street = l.name.split('— ')[1].toLowerCase().split(' ').filter((w) => !['street', 'square', 'centre'].includes(w));
    return mentions(text, [l.city.toLowerCase(), ...street]);
  });
}

/** A slot from its chip, or from a day, a time or "the first one" in text. */
function chosenSlot(location, id, text) {
  const slots = fittingSlots(location);
  if (id) return slots.find((s) => s.id === id);
  const byDay = slots.find((s) => mentions(text, [DAY_NAMES[s.day].toLowerCase(), s.day]));
  const byTime = slots.find((s) => text.includes(s.time) || text.includes(s.time.replace(':', '.')));
  const byOrder = ['first', 'second', 'third'].findIndex((w) => mentions(text, [w, `${w} one`]));
  return byDay ?? byTime ?? slots[byOrder];
}

const ACTIONS = {
  cat_jackets: () => ({ content: `Jackets and tops it is. ${PROMPTS.measure_jackets}`, step: 'measure_jackets' }),
  cat_trousers: () => ({ content: `Trousers it is. ${PROMPTS.measure_trousers}`, step: 'measure_trousers' }),
  cat_footwear: () => ({ content: `Boots and shoes it is. ${PROMPTS.measure_footwear}`, step: 'measure_footwear' }),
  another_category: () => ({ content: `Sure! ${CATEGORY_PROMPT}`, step: 'category' }),
  main_menu: () => ACTIONS.another_category(),
  book_fitting: pickStore,
};

/** The step of choosing a slot at one store (`slot_501`). */
function slotStep(location) {
  const slots = fittingSlots(location);
  return {
    prompt: `Which time suits you: ${list(slots.map((s) => s.label))}?`,
    chips: [...slots.map((s) => s.id), 'human'],
    handle: ({ id, text }) => {
      const slot = chosenSlot(location, id, text);
      return slot ? confirmSlot(location, slot) : undefined;
    },
  };
}

/** The step of confirming one slot (`confirm_501_sat_1000`): the step name carries the choice. */
function confirmStep(location, slot) {
  return {
    prompt: 'Shall I confirm the booking?',
    chips: ['confirm', 'change_slot', 'human'],
    handle: ({ id, text }) => {
      if (id === 'confirm' || (!id && mentions(text, YES))) return booked(location, slot);
      if (id === 'change_slot' || (!id && mentions(text, NO))) return offerSlots(location);
      return undefined;
    },
  };
}

/** Reads a chest measurement or a letter size. */
function readJacket({ text }) {
  const size = findSize(text);
  if (size && CHEST.some(([s]) => s === size)) return advice(letterAdvice(size));
  const m = measurement(text);
  if (!m) return undefined;
  return advice(jacketAdvice(m.unit === 'in' || (!m.unit && m.value < 60) ? m.value * 2.54 : m.value));
}

function readTrousers({ text }) {
  const m = measurement(text);
  if (!m) return undefined;
  return advice(trouserAdvice(m.unit === 'cm' || (!m.unit && m.value > 50) ? m.value / 2.54 : m.value));
}

const STEPS = {
  category: { prompt: CATEGORY_PROMPT, chips: ['cat_jackets', 'cat_trousers', 'cat_footwear', 'book_fitting', 'human'] },
  measure_jackets: {
    prompt: PROMPTS.measure_jackets,
    chips: ['chest_88', 'chest_96', 'chest_104', 'chest_112', 'human'],
    handle: readJacket,
  },
  measure_trousers: {
    prompt: PROMPTS.measure_trousers,
    chips: ['waist_30', 'waist_32', 'waist_34', 'waist_36', 'human'],
    handle: readTrousers,
  },
  measure_footwear: {
    prompt: PROMPTS.measure_footwear,
    chips: ['uk_6', 'uk_8', 'uk_10', 'eu_42', 'human'],
    handle: ({ text }) => {
      const uk = readFootwear(text);
      return uk === undefined ? undefined : advice(footwearAdvice(uk));
    },
  },
  advice: {
    prompt: 'Would you like to book a free fitting, or get a size for something else?',
    chips: ['book_fitting', 'another_category', 'done', 'human'],
    handle: ({ id, text }) => (!id && mentions(text, YES) ? pickStore() : undefined),
  },
  pick_store: {
    prompt: `Which store: ${list(VENDOR_LOCATIONS.map(shortName))}?`,
    chips: [...VENDOR_LOCATIONS.map((l) => `store_${l.id}`), 'human'],
    handle: ({ id, text }) => {
      const location = chosenStore(id, text);
      return location ? offerSlots(location) : undefined;
    },
  },
  booked: { prompt: 'Anything else I can help with?', chips: ['another_category', 'done', 'human'] },
  ended: { prompt: CATEGORY_PROMPT, chips: ['cat_jackets', 'cat_footwear', 'book_fitting', 'human'] },
};

/** @param {string} name */
function step(name) {
  const [, slotAt] = name.match(/^slot_(\d+)$/) ?? [];
  if (locationById(slotAt)) return slotStep(locationById(slotAt));
  const [, confirmAt, slotId] = name.match(/^confirm_(\d+)_(\w+)$/) ?? [];
  const slot = locationById(confirmAt) && fittingSlots(locationById(confirmAt)).find((s) => s.id === `slot_${slotId}`);
  if (slot) return confirmStep(locationById(confirmAt), slot);
  return STEPS[name] ?? STEPS.category;
}

// Free text that names a topic; booking first, so "book a fitting for boots" books rather than sizes.
const TOPICS = [
  { id: 'book_fitting', words: ['book*', 'appointment*', 'fitting*', 'try on', 'try it on'],
    chips: VENDOR_LOCATIONS.map((l) => `store_${l.id}`) },
  { id: 'cat_footwear', words: ['boot*', 'shoe*', 'trainer*', 'runner*', 'footwear', 'feet', 'foot'],
    chips: STEPS.measure_footwear.chips },
  { id: 'cat_trousers', words: ['trouser*', 'pants', 'jeans', 'shorts', 'waist', 'leggings'],
    chips: STEPS.measure_trousers.chips },
  { id: 'cat_jackets', words: ['jacket*', 'coat*', 'parka*', 'top', 'tops', 'jumper*', 'fleece*', 'shirt*', 'chest'],
    chips: STEPS.measure_jackets.chips },
  { id: 'another_category', words: ['size*', 'sizing', 'fit', 'menu', 'start over', 'help'], chips: STEPS.category.chips },
];

/** @type {import('./bots.js').BotScript} */
export const fitbot = {
  username: 'fitbot',
  start: 'category',
  hubs: ['category', 'ended'],
  greeting: "Hi, I'm **FitBot**, the sizing assistant of Northwind Outfitters.\n\n" +
    `I can find your size in a minute and book you a free fitting in one of our stores. ${CATEGORY_PROMPT}`,
  label,
  step,
  // Categories, measurements and stores work from any step, so chips steered by a context always apply.
  action: (id) => {
    if (ACTIONS[id]) return ACTIONS[id]();
    const store = id.startsWith('store_') ? locationById(id.slice('store_'.length)) : undefined;
    return store ? offerSlots(store) : measurementChip(id);
  },
  route: (text) => TOPICS.find((topic) => mentions(text, topic.words))?.id,
  topicChips: (context) => TOPICS.find((topic) => mentions(context, topic.words))?.chips,
  transferReason: (name) =>
    /^(pick_store|slot_|confirm_|booked)/.test(name) ? 'Booking a fitting appointment'
    : /^(measure_|advice)/.test(name) ? 'Sizing advice'
    : 'Asked to talk to a person',
};
