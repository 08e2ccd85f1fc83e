// ShopBot, the order assistant: track an order, start a return, delivery times, or a person. A script for
// bots.js; its facts agree with the help centre (returns within 30 days, refunds in 5–7 working days, etc.).
import { mentions } from './text.js';

const LABELS = {
  track_order: 'Track an order',
  start_return: 'Start a return',
  return_policy: 'How do returns work?',
  delivery_times: 'Delivery times',
  delivery_international: 'International delivery',
  no_order_number: "I don't have my order number",
  main_menu: 'Back to the menu',
  reason_size: "It doesn't fit",
  reason_fault: 'Faulty or damaged',
  reason_changed_mind: 'Changed my mind',
  method_post: 'Free return by post',
  method_store: 'Return in store',
  done: "That's all, thanks",
  human: 'Talk to a person',
};

const ORDER_NUMBER = /\b(?:NW[-\s]?)?(\d{6})\b/i;

const STATUSES = [
  'is **Received**: we have it and it will be packed within a few hours.',
  'is **Packed** at our warehouse and will be dispatched today.',
  'is **Dispatched**: DPD has it and expects to deliver it in 1–2 working days. You will get a one-hour window by text on the day.',
  'is **Out for delivery** today. DPD will text you a one-hour window; you can redirect it to a neighbour or a Pickup point from that text.',
  'was **Delivered** yesterday. If you cannot find it, check your safe place and neighbours, then ask for a person and we will look into it.',
];

/** The status of an order: derived from its digits, so asking twice gives the same answer. */
function trackingReply(digits) {
  const status = STATUSES[[...digits].reduce((sum, d) => sum + Number(d), 0) % STATUSES.length];
  return { content: `Order **NW-${digits}** ${status}\n\nAnything else? I can start a return, or type another order number.`, step: 'track_result' };
}

const ACTIONS = {
  main_menu: () => ({ content: 'What can I help you with? I can track an order, start a return or tell you about delivery times.', step: 'menu' }),
  track_order: () => ({ content: 'Sure! What is your order number? It starts with NW followed by six digits, for example NW-482913.', step: 'track_order' }),
  start_return: () => ({ content: "Let's get your return started. What is the order number (NW followed by six digits)?", step: 'return_order' }),
  return_policy: () => ({
    content: 'You can return anything within **30 days** of delivery, unworn with the tags on (shoes unworn in their box); sale items within 14 days. ' +
      'Returns by post are free with the prepaid label we email you, or bring items to any of our stores. ' +
      'Refunds reach your account 5–7 working days after the parcel arrives at our warehouse.',
    step: 'return_info',
  }),
  delivery_times: () => ({
    content: '**UK delivery**\n- Standard: 3–5 working days, £3.95 (free over £50)\n- Express: 1–2 working days, £7.95\n' +
      '- Next day: £9.95, order by 14:00 Monday to Thursday\n\nOrders placed before 14:00 on a working day leave our warehouse the same day. Click & collect is free.',
    step: 'delivery_info',
  }),
  delivery_international: () => ({
    content: '**International delivery**\n- EU: 4–7 working days, £9.95 (free over £150), duties paid by us\n' +
      '- USA, Canada, Australia, New Zealand, Norway, Switzerland: 5–10 working days, £19.95 (free over £250); local duties may apply',
    step: 'international_info',
  }),
};

const NO_NUMBER = ['dont have', 'dont know', 'lost', 'cant find', 'where do i find', 'no order number', 'forgot', 'not sure'];

/** Reads an order number, or a shopper saying they have none; otherwise leaves the text to others. */
function orderNumberStep(text, step, found) {
  const match = text.match(ORDER_NUMBER);
  if (match) return found(match[1]);
  return mentions(text, NO_NUMBER) ? orderNumberHelp(step) : undefined;
}

/** @param {string} step */
function orderNumberHelp(step) {
  return {
    content: "No problem. Your order number is in your confirmation email and under **Account → Orders** on our website; it looks like NW-482913. Paste it here when you have it.",
    step: step === 'return_order' ? 'return_order' : 'track_order',
  };
}

const REASONS = {
  reason_size: {
    words: ['fit', 'size', 'small', 'big', 'large', 'tight', 'loose', 'long', 'short'],
    lead: "Sorry it doesn't fit! Tip: you can also swap it for another size for free, in a store or under Account → Orders → Exchange.",
  },
  reason_fault: {
    words: ['fault*', 'broken', 'damage*', 'defect*', 'leak*', 'torn', 'ripped', 'hole', 'stain*'],
    lead: "I'm sorry it's faulty. It's covered by our two-year guarantee, and we refund your delivery charge too.",
  },
  reason_changed_mind: {
    words: ['changed my mind', 'change of mind', 'dont like', 'not for me', 'colour', 'color', 'mind'],
    lead: 'No problem at all.',
  },
};

/** The reason for a return, from its chip or from words like "too small" or "broken". */
function returnReason({ id, text }) {
  const key = REASONS[id] ? id : id ? undefined : Object.keys(REASONS).find((k) => mentions(text, REASONS[k].words));
  return key ? { content: `${REASONS[key].lead} How would you like to send it back?`, step: 'return_method' } : undefined;
}

const METHODS = {
  method_post: {
    words: ['post', 'mail', 'label', 'parcel', 'courier', 'locker', 'inpost', 'post office'],
    content: "Done! I've emailed you a **free prepaid returns label** and a QR code. Drop the parcel at any Post Office or " +
      'InPost locker within 30 days of delivery and keep your proof of postage. Your refund arrives 5–7 working days ' +
      'after it reaches our warehouse.',
  },
  method_store: {
    words: ['store', 'shop', 'in person', 'bristol', 'leeds', 'edinburgh', 'harbour', 'market', 'riverside'],
    content: 'Great. Bring the items and your order confirmation to any of our stores: Harbour Street (Bristol), ' +
      'Market Square (Leeds) or Riverside Centre (Edinburgh). We refund your card at the till.',
  },
};

function returnMethod({ id, text }) {
  const key = METHODS[id] ? id : id ? undefined : Object.keys(METHODS).find((k) => mentions(text, METHODS[k].words));
  return key ? { content: METHODS[key].content, step: 'return_done' } : undefined;
}

const tracking = ({ text }) => orderNumberStep(text, 'track_order', trackingReply);
const returnOrder = ({ text }) => orderNumberStep(text, 'return_order', (digits) => ({
  content: `Thanks, I've found order **NW-${digits}**. What's the reason for the return?`,
  step: 'return_reason',
}));

const MENU_PROMPT = 'I can track an order, start a return or tell you about delivery times.';

/** @type {Record<string, import('./bots.js').Step>} */
const STEPS = {
  menu: { prompt: MENU_PROMPT, chips: ['track_order', 'start_return', 'delivery_times', 'human'], handle: tracking },
  track_order: {
    prompt: 'Please type your order number: NW followed by six digits, e.g. NW-482913.',
    chips: ['no_order_number', 'main_menu', 'human'],
    handle: tracking,
  },
  track_result: {
    prompt: 'I can start a return, or type another order number.',
    chips: ['start_return', 'delivery_times', 'done', 'human'],
    handle: tracking,
  },
  return_order: {
    prompt: 'Which order is it? Type the order number (NW followed by six digits).',
    chips: ['no_order_number', 'return_policy', 'human'],
    handle: returnOrder,
  },
  return_reason: {
    prompt: "What's the reason for the return? It doesn't fit, it's faulty, or you changed your mind?",
    chips: ['reason_size', 'reason_fault', 'reason_changed_mind', 'human'],
    handle: returnReason,
  },
  return_method: {
    prompt: 'Would you like to return it by post (free) or in one of our stores?',
    chips: ['method_post', 'method_store', 'human'],
    handle: returnMethod,
  },
  return_done: { prompt: 'Is there anything else I can help with?', chips: ['track_order', 'done', 'human'] },
  return_info: { prompt: 'Would you like to start a return now?', chips: ['start_return', 'done', 'human'] },
  delivery_info: { prompt: 'Anything else about delivery?', chips: ['delivery_international', 'track_order', 'done', 'human'] },
  international_info: { prompt: 'Anything else about delivery?', chips: ['delivery_times', 'track_order', 'done', 'human'] },
  ended: { prompt: MENU_PROMPT, chips: ['track_order', 'start_return', 'human'] },
};

// Free text that names a topic; the first match wins, so returns beat the generic "help".
const TOPICS = [
  { id: 'start_return', words: ['return*', 'refund*', 'send back', 'send it back', 'money back'],
    chips: ['start_return', 'return_policy', 'human'] },
  { id: 'track_order',
    words: ['track*', 'where is my', 'where my', 'order status', 'parcel', 'package', 'not arrived', 'hasnt arrived', 'havent received'],
    chips: ['track_order', 'no_order_number', 'human'] },
  { id: 'delivery_international',
    words: ['international', 'abroad', 'overseas', 'europe', 'eu', 'usa', 'america', 'canada', 'australia', 'worldwide'],
    chips: ['delivery_international', 'delivery_times', 'human'] },
  { id: 'delivery_times', words: ['deliver*', 'shipping', 'ship', 'postage', 'next day', 'express', 'how long'],
    chips: ['delivery_times', 'delivery_international', 'track_order', 'human'] },
  { id: 'main_menu', words: ['menu', 'start over', 'options', 'help'],
    chips: ['track_order', 'start_return', 'delivery_times', 'human'] },
];

/** @type {import('./bots.js').BotScript} */
export const shopbot = {
  username: 'shopbot',
  start: 'menu',
  hubs: ['menu', 'ended'],
  greeting: "Hi, I'm **ShopBot**, the order assistant of Northwind Outfitters.\n\n" +
    'I can:\n- track an order\n- start a return\n- tell you about delivery times\n\n' +
    'What would you like to do? You can ask for a person at any time.',
  label: (id) => LABELS[id] ?? id,
  step: (name) => STEPS[name] ?? STEPS.menu,
  action: (id, step) => (id === 'no_order_number' ? orderNumberHelp(step) : ACTIONS[id]?.()),
  route: (text) => TOPICS.find((topic) => mentions(text, topic.words))?.id,
  topicChips: (context) => TOPICS.find((topic) => mentions(context, topic.words))?.chips,
  transferReason: (step) =>
    step.startsWith('track') ? 'Help tracking an order'
    : step.startsWith('return') ? 'Help with a return'
    : step.includes('info') ? 'A question about delivery'
    : 'Asked to talk to a person',
};
