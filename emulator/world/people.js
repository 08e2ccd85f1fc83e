// The seeded cast of the emulated world, as plain data. Ids are fixed so tests, the demo and integrators can
// rely on them; the id ranges (1000s users, 2000s agents, 3000s vendors, 4000s bots) keep kinds easy to tell apart.

/** Posts hand-over notices and other system messages. */
export const SYSTEM = { id: 0, kind: 'system', name: 'Kesk', avatar_url: null };

/** Answers RAG sessions from the help centre. */
export const ASSISTANT = { id: 1, kind: 'assistant', name: 'Kesk Assistant', avatar_url: null };

/** Users with fixed tokens. Everyone but the shopper answers direct chats (see replies.js peerReply). */
export const USERS = [
  { id: 1001, kind: 'user', name: 'Alex Rivera', avatar_url: null, token: 'demo-shopper' },
  { id: 1002, kind: 'user', name: 'Maya Chen', avatar_url: null, token: 'demo-maya' },
  { id: 1003, kind: 'user', name: 'Sam Okafor', avatar_url: null, token: 'demo-sam' },
  { id: 1004, kind: 'user', name: 'Lena Vogel', avatar_url: null, token: 'demo-lena' },
];

/** The token of the user the demo signs in as; that user does not answer direct chats. */
export const SHOPPER_TOKEN = 'demo-shopper';

/** Human support agents who take over from a bot. */
export const AGENTS = [
  { id: 2001, kind: 'agent', name: 'Jordan Blake', avatar_url: null },
  { id: 2002, kind: 'agent', name: 'Aisha Karim', avatar_url: null },
];

// Opening hours per weekday ('closed' never occurs: every store opens daily). They must agree with the
// "Store locations and opening hours" page of knowledge-base.js.
const HARBOUR_HOURS = {
  mon: ['09:00', '19:00'], tue: ['09:00', '19:00'], wed: ['09:00', '19:00'], thu: ['09:00', '19:00'],
  fri: ['09:00', '19:00'], sat: ['09:00', '19:00'], sun: ['10:00', '17:00'],
};
const MARKET_HOURS = {
  mon: ['09:30', '20:00'], tue: ['09:30', '20:00'], wed: ['09:30', '20:00'], thu: ['09:30', '20:00'],
  fri: ['09:30', '20:00'], sat: ['09:00', '18:00'], sun: ['11:00', '17:00'],
};
const RIVERSIDE_HOURS = {
  mon: ['10:00', '18:00'], tue: ['10:00', '18:00'], wed: ['10:00', '18:00'], thu: ['10:00', '20:00'],
  fri: ['10:00', '18:00'], sat: ['10:00', '18:00'], sun: ['11:00', '16:00'],
};

function vendor(id, name) {
  return { id, kind: 'vendor', name, avatar_url: null };
}

/** The three stores of the demo retailer; a vendor chat names one by id. */
export const VENDOR_LOCATIONS = [
  {
    id: 501,
    name: 'Northwind Outfitters — Harbour Street',
    city: 'Bristol',
    address: '14 Harbour Street, Bristol BS1 4RN',
    phone: '0117 496 0123',
    hours: HARBOUR_HOURS,
    hours_summary: 'Monday to Saturday 9:00–19:00, Sunday 10:00–17:00',
    staff: 'Priya',
    getting_there: 'The nearest car park is Harbourside NCP, two minutes away, and buses 8 and 9 stop right outside.',
    vendor: vendor(3001, 'Northwind Outfitters — Harbour Street'),
  },
  {
    id: 502,
    name: 'Northwind Outfitters — Market Square',
    city: 'Leeds',
    address: '3 Market Square, Leeds LS1 6AH',
    phone: '0113 496 0456',
    hours: MARKET_HOURS,
    hours_summary: 'Monday to Friday 9:30–20:00, Saturday 9:00–18:00, Sunday 11:00–17:00',
    staff: 'Tom',
    getting_there: 'We are a five-minute walk from Leeds station; the Merrion Centre car park is the closest.',
    vendor: vendor(3002, 'Northwind Outfitters — Market Square'),
  },
  {
    id: 503,
    name: 'Northwind Outfitters — Riverside Centre',
    city: 'Edinburgh',
    address: 'Unit 21, Riverside Centre, Edinburgh EH3 9QT',
    phone: '0131 496 0789',
    hours: RIVERSIDE_HOURS,
    hours_summary: 'Monday to Saturday 10:00–18:00 (Thursday until 20:00), Sunday 11:00–16:00',
    staff: 'Eilidh',
    getting_there: 'The Riverside Centre has free parking for three hours, and the tram stops at the main entrance.',
    vendor: vendor(3003, 'Northwind Outfitters — Riverside Centre'),
  },
];

function bot(id, username, name) {
  return { id, kind: 'bot', name, avatar_url: null, username };
}

/** The scripted bots; their engines live in bots.js. */
export const BOTS = [
  {
    username: 'shopbot',
    participant: bot(4001, 'shopbot', 'ShopBot'),
    description: 'Orders: track an order, start a return, check delivery times, or talk to a person.',
  },
  {
    username: 'fitbot',
    participant: bot(4002, 'fitbot', 'FitBot'),
    description: 'Sizing: size advice for jackets, trousers and footwear, and booking a free fitting appointment.',
  },
];

/** @param {number} id */
export function findVendorLocation(id) {
  return VENDOR_LOCATIONS.find((location) => location.id === id);
}

/** Who exists, as `GET /__emulator/world` answers and `kesk-chat-emulator` prints it on start. */
export function worldView() {
  return {
    users: USERS.map((u) => ({ ...u })),
    vendor_locations: VENDOR_LOCATIONS,
    bots: BOTS,
    agents: AGENTS,
    assistant: ASSISTANT,
  };
}
