// The emulator's other side, tested as plain modules in the browser: help-centre retrieval, the scripted bots and
// the reply writers. These modules take no I/O, so nothing here needs the HTTP emulator.
import { expect } from '@open-wc/testing';
import { getBot } from '../../emulator/world/bots.js';
import { fittingSlots } from '../../emulator/world/fitbot.js';
import { PAGES } from '../../emulator/world/knowledge-base.js';
import { AGENTS, ASSISTANT, BOTS, SYSTEM, USERS, VENDOR_LOCATIONS } from '../../emulator/world/people.js';
import { createAssistant } from '../../emulator/world/rag.js';
import { createRandom } from '../../emulator/world/random.js';
import { agentReply, peerReply, vendorReply } from '../../emulator/world/replies.js';

const [harbour, market, riverside] = VENDOR_LOCATIONS;

/** Drives a bot through a list of inputs from its greeting, returning every reply. */
function converse(bot, inputs, context) {
  const replies = [bot.greet({ context })];
  for (const input of inputs) {
    replies.push(bot.reply({ step: replies.at(-1).step, ...input }));
  }
  return replies;
}

describe('world: random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(seqA).to.deep.equal(Array.from({ length: 5 }, () => b.next()));
    expect(seqA).to.not.deep.equal(Array.from({ length: 5 }, () => c.next()));
    for (const x of seqA) expect(x).to.be.within(0, 0.999999999);
  });

  it('keeps int, pick and chance within their ranges', () => {
    const rng = createRandom(7);
    const ints = Array.from({ length: 200 }, () => rng.int(3));
    expect(new Set(ints)).to.deep.equal(new Set([0, 1, 2]));
    expect(['a', 'b']).to.include(rng.pick(['a', 'b']));
    expect(rng.chance(0)).to.equal(false);
    expect(rng.chance(1)).to.equal(true);
  });
});

describe('world: people', () => {
  it('seeds the cast with fixed ids, kinds and tokens', () => {
    expect(SYSTEM).to.deep.equal({ id: 0, kind: 'system', name: 'Kesk', avatar_url: null });
    expect(ASSISTANT).to.deep.equal({ id: 1, kind: 'assistant', name: 'Kesk Assistant', avatar_url: null });
    expect(USERS.map((u) => [u.id, u.token, u.name])).to.deep.equal([
      [1001, 'demo-shopper', 'Alex Rivera'],
      [1002, 'demo-maya', 'Maya Chen'],
      [1003, 'demo-sam', 'Sam Okafor'],
      [1004, 'demo-lena', 'Lena Vogel'],
    ]);
    expect(VENDOR_LOCATIONS.map((l) => [l.id, l.vendor.id, l.vendor.kind])).to.deep.equal([
      [501, 3001, 'vendor'], [502, 3002, 'vendor'], [503, 3003, 'vendor'],
    ]);
    for (const l of VENDOR_LOCATIONS) expect(l.name).to.match(/^Northwind Outfitters — /);
    expect(AGENTS.map((a) => [a.id, a.kind])).to.deep.equal([[2001, 'agent'], [2002, 'agent']]);
    expect(BOTS.map((b) => [b.username, b.participant.id, b.participant.kind, b.participant.username])).to.deep.equal([
      ['shopbot', 4001, 'bot', 'shopbot'], ['fitbot', 4002, 'bot', 'fitbot'],
    ]);
  });
});

describe('world: knowledge base', () => {
  it('has 15–20 help pages of several paragraphs under the help centre address', () => {
    expect(PAGES.length).to.be.within(15, 20);
    expect(new Set(PAGES.map((p) => p.url)).size).to.equal(PAGES.length);
    for (const page of PAGES) {
      expect(page.url).to.match(/^https:\/\/help\.northwind\.example\/[a-z0-9-]+$/);
      expect(page.body.split('\n\n').length, page.title).to.be.at.least(3);
    }
  });

  it('agrees with the store data: every address and phone number is on the locations page', () => {
    const stores = PAGES.find((p) => p.title === 'Store locations and opening hours');
    for (const l of VENDOR_LOCATIONS) {
      expect(stores.body).to.include(l.address);
      expect(stores.body).to.include(l.phone);
    }
  });
});

describe('world: RAG assistant (BM25 over the help centre)', () => {
  const assistant = createAssistant();

  const questions = [
    ['how long do I have to return shoes', 'Returns and refunds'],
    ['How much is next day delivery?', 'Shipping and delivery'],
    ['Can I exchange a jacket for a bigger size?', 'Exchanging an item'],
    ['what size jacket should I get for a 100 cm chest', 'Clothing size guide'],
    ['What time does the Leeds store open on Sunday?', 'Store locations and opening hours'],
    ['how do I wash my down jacket', 'Caring for your gear'],
    ['can I pay in instalments', 'Payment methods'],
    ['do gift cards expire', 'Gift cards'],
    ["where's my parcel?", 'Tracking your order'],
    ['can I cancel my order', 'Changing or cancelling an order'],
    ['my zip broke, is it under warranty?', 'Warranty and repairs'],
    ['can someone else collect my click and collect order', 'Click & collect'],
    ['how do points work in the loyalty scheme', 'Trail Club loyalty programme'],
    ['I want you to delete my data', 'Privacy and your data'],
    ['phone number for customer service', 'Contacting Northwind'],
    ['I found it cheaper elsewhere', 'Price match promise'],
    ['do you ship to the USA', 'International orders'],
    ['is there a student discount', 'Discounts and promo codes'],
    ['UK 8 in EU size', 'Footwear size guide'],
  ];
  for (const [question, title] of questions) {
    it(`ranks "${title}" first for "${question}"`, () => {
      expect(assistant.answer(question).sources[0]?.title).to.equal(title);
    });
  }

  it('returns at most three sources, one per page, sorted by score, each with title, url, snippet and score', () => {
    for (const [question] of questions) {
      const { sources } = assistant.answer(question);
      expect(sources.length).to.be.within(1, 3);
      expect(new Set(sources.map((s) => s.url)).size).to.equal(sources.length);
      const scores = sources.map((s) => s.score);
      expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      for (const s of sources) {
        expect(s).to.have.all.keys('title', 'url', 'snippet', 'score');
        expect(PAGES.find((p) => p.url === s.url)?.title).to.equal(s.title);
        expect(s.snippet.length).to.be.within(1, 200);
        expect(s.score).to.be.above(0);
        expect(Math.round(s.score * 1000) / 1000).to.equal(s.score);
      }
    }
  });

  it('answers from the passage it cites, with one marker per source', () => {
    const { answer, sources } = assistant.answer('how long do I have to return shoes');
    expect(answer).to.include('30 days');
    sources.forEach((_, i) => expect(answer).to.include(`[${i + 1}]`));
    expect(answer).to.not.include(`[${sources.length + 1}]`);
    const leeds = assistant.answer('What time does the Leeds store open on Sunday?');
    expect(leeds.answer).to.include('Sunday 11:00–17:00');
  });

  it('says honestly when the help centre does not cover a question', () => {
    for (const question of ['what is the capital of France', 'recommend a good pizza recipe', 'do you sell bicycles']) {
      const result = assistant.answer(question);
      expect(result.sources, question).to.deep.equal([]);
      expect(result.answer).to.match(/couldn't find/);
      expect(result.answer).to.match(/store/);
    }
  });

  it('greets and thanks briefly, without sources', () => {
    for (const small of ['Hi!', 'hello there', 'thanks!', 'Thank you so much', 'bye']) {
      const result = assistant.answer(small);
      expect(result.sources, small).to.deep.equal([]);
      expect(result.answer.length).to.be.within(10, 300);
    }
    expect(assistant.answer('hello, how do I return boots?').sources[0].title).to.equal('Returns and refunds');
  });

  it('is deterministic, and answers from the pages it is given', () => {
    const again = createAssistant();
    for (const [question] of questions.slice(0, 5)) {
      expect(again.answer(question)).to.deep.equal(assistant.answer(question));
    }
    const custom = createAssistant([
      { id: 1, title: 'Dogs in store', url: 'https://help.northwind.example/dogs',
        body: 'You can bring well-behaved dogs on a lead into all our stores.\n\nWe keep water bowls by the door.' },
      { id: 2, title: 'Opening hours', url: 'https://help.northwind.example/hours',
        body: 'Our stores open at 9:00 every day.\n\nOn bank holidays we open at 10:00.' },
    ]);
    const result = custom.answer('Can I bring my dog into the store?');
    expect(result.sources.map((s) => s.title)).to.deep.equal(['Dogs in store']);
    expect(result.answer).to.include('dogs on a lead');
    expect(custom.answer('when do you open on bank holidays').answer).to.include('10:00. [1]');
  });
});

describe('world: ShopBot', () => {
  const bot = getBot('shopbot');

  it('is found by username with its participant', () => {
    expect(bot.username).to.equal('shopbot');
    expect(bot.participant).to.deep.equal(BOTS[0].participant);
    expect(getBot('nobody')).to.equal(undefined);
  });

  it('tracks an order, starts a return by chips and free text, and ends on "that\'s all"', () => {
    const replies = converse(bot, [
      { suggestionId: 'track_order' },
      { text: 'It is NW-482913' },
      { suggestionId: 'start_return' },
      { text: "I don't have it to hand" },
      { text: '123457' },
      { suggestionId: 'reason_size' },
      { text: "I'll drop it at the post office" },
      { text: "that's all, thanks" },
    ]);
    expect(replies.map((r) => r.step)).to.deep.equal([
      'menu', 'track_order', 'track_result', 'return_order', 'return_order', 'return_reason', 'return_method',
      'return_done', 'ended',
    ]);
    expect(replies[2].content).to.include('NW-482913');
    expect(replies[5].content).to.include('NW-123457');
    expect(replies[7].content).to.include('prepaid returns label');
    expect(replies.at(-1).status).to.equal('ended');
    expect(replies.slice(0, -1).every((r) => r.status === undefined && r.transfer === undefined)).to.equal(true);
  });

  it('gives the same tracking status for the same order number', () => {
    const first = bot.reply({ step: 'track_order', text: 'NW-100200' });
    expect(bot.reply({ step: 'track_order', text: 'nw 100200' })).to.deep.equal(first);
  });

  it('hands over to a person by chip or by asking, with a reason that fits the step', () => {
    const byChip = bot.reply({ step: 'return_reason', suggestionId: 'human' });
    expect(byChip.transfer).to.deep.equal({ reason: 'Help with a return' });
    expect(byChip.step).to.equal('return_reason');
    const byText = bot.reply({ step: 'track_order', text: 'Can I talk to a real person please?' });
    expect(byText.transfer.reason).to.equal('Help tracking an order');
    // Returning "in person" is a return method, not a request for an agent.
    expect(bot.reply({ step: 'return_method', text: 'I will return it in person' }).transfer).to.equal(undefined);
  });

  it('re-prompts unknown input without moving on', () => {
    const reply = bot.reply({ step: 'return_method', text: 'purple monkey dishwasher' });
    expect(reply.step).to.equal('return_method');
    expect(reply.content).to.match(/post|store/);
    const chip = bot.reply({ step: 'track_result', suggestionId: 'method_store' });
    expect(chip.step).to.equal('track_result');
    expect(chip.content.length).to.be.above(20);
  });

  it('starts the topic named in the first message', () => {
    expect(bot.greet({ context: 'I need to return my boots' }).step).to.equal('return_order');
    const tracked = bot.greet({ context: 'my order NW-482913 is late' });
    expect(tracked.step).to.equal('track_result');
    expect(tracked.content).to.include('NW-482913');
  });

  it('suggests chips for the step, steered by context from the menu, always with "Talk to a person"', () => {
    const ids = (s) => s.map((c) => c.id);
    const menu = bot.suggestions({ step: 'menu' });
    expect(ids(menu)).to.deep.equal(['track_order', 'start_return', 'delivery_times', 'human']);
    expect(menu.find((c) => c.id === 'human').text).to.equal('Talk to a person');
    expect(ids(bot.suggestions({ step: 'return_reason' }))).to.deep.equal(['reason_size', 'reason_fault', 'reason_changed_mind', 'human']);
    expect(ids(bot.suggestions({ step: 'menu', context: 'I want to return my jacket' }))).to.deep.equal(['start_return', 'return_policy', 'human']);
    expect(ids(bot.suggestions({ context: 'where is my parcel?' }))).to.include('track_order');
    // Inside a flow the step knows best, whatever the context says.
    expect(ids(bot.suggestions({ step: 'return_method', context: 'Track my order' }))).to.deep.equal(['method_post', 'method_store', 'human']);
    for (const step of ['menu', 'track_order', 'track_result', 'return_order', 'return_reason', 'return_method', 'return_done', 'delivery_info', 'ended']) {
      const chips = bot.suggestions({ step });
      expect(chips.length, step).to.be.within(2, 5);
      expect(ids(chips)).to.include('human');
      expect(new Set(ids(chips)).size).to.equal(chips.length);
    }
  });
});

describe('world: FitBot', () => {
  const bot = getBot('fitbot');

  it('advises a boot size and books a fitting: category, size, store, slot, confirm, goodbye', () => {
    const replies = converse(bot, [
      { suggestionId: 'cat_footwear' },
      { text: 'I take a EU 43' },
      { suggestionId: 'book_fitting' },
      { suggestionId: 'store_502' },
    ]);
    expect(replies.map((r) => r.step)).to.deep.equal(['category', 'measure_footwear', 'advice', 'pick_store', 'slot_502']);
    expect(replies[2].content).to.include('UK 9');
    expect(replies[2].content).to.include('UK 9.5'); // half a size up for hiking boots
    const slots = bot.suggestions({ step: 'slot_502' }).filter((c) => c.id !== 'human');
    expect(slots.length).to.equal(3);
    const picked = bot.reply({ step: 'slot_502', suggestionId: slots[1].id });
    expect(picked.content).to.include(slots[1].text.split(' ')[0]);
    const booked = bot.reply({ step: picked.step, suggestionId: 'confirm' });
    expect(booked.step).to.equal('booked');
    expect(booked.content).to.include(market.address);
    const end = bot.reply({ step: booked.step, text: 'bye' });
    expect(end).to.include({ step: 'ended', status: 'ended' });
  });

  it('reads measurements as free text', () => {
    const jacket = converse(bot, [{ text: 'a jacket' }, { text: 'my chest is 100cm' }]);
    expect(jacket.at(-1).content).to.match(/size \*\*M\*\*/);
    expect(bot.reply({ step: 'measure_trousers', text: '31 inches' }).content).to.include('**32**');
    const slot = bot.reply({ step: 'slot_503', text: 'Saturday please' });
    expect(slot.step).to.equal('confirm_503_sat_1100');
    expect(bot.reply({ step: slot.step, text: 'no, another time' }).step).to.equal('slot_503');
  });

  it('offers fitting slots inside each store\'s hours, an hour clear of opening and closing', () => {
    const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    for (const location of VENDOR_LOCATIONS) {
      for (const slot of fittingSlots(location)) {
        const [open, close] = location.hours[slot.day].map(minutes);
        expect(minutes(slot.time)).to.be.within(open + 60, close - 90);
      }
    }
  });

  it('hands over, ends and re-prompts like ShopBot', () => {
    expect(bot.reply({ step: 'advice', suggestionId: 'human' }).transfer).to.deep.equal({ reason: 'Sizing advice' });
    expect(bot.reply({ step: 'slot_501', text: 'I need to speak to a human' }).transfer).to.deep.equal({ reason: 'Booking a fitting appointment' });
    expect(bot.reply({ step: 'advice', suggestionId: 'done' }).status).to.equal('ended');
    const lost = bot.reply({ step: 'measure_footwear', text: 'hmm' });
    expect(lost.step).to.equal('measure_footwear');
    expect(lost.content).to.include('shoe size');
  });

  it('suggests chips that change with the step and with context', () => {
    const ids = (s) => s.map((c) => c.id);
    expect(ids(bot.suggestions({ step: 'category' }))).to.deep.equal(['cat_jackets', 'cat_trousers', 'cat_footwear', 'book_fitting', 'human']);
    expect(ids(bot.suggestions({ step: 'measure_footwear' }))).to.deep.equal(['uk_6', 'uk_8', 'uk_10', 'eu_42', 'human']);
    expect(ids(bot.suggestions({ step: 'category', context: 'I want to book a fitting' }))).to.deep.equal(['store_501', 'store_502', 'store_503', 'human']);
    expect(ids(bot.suggestions({ step: 'category', context: 'hiking boots' }))).to.deep.equal(['uk_6', 'uk_8', 'uk_10', 'eu_42', 'human']);
    expect(bot.suggestions({ step: 'pick_store' })[0].text).to.equal('Harbour Street, Bristol');
    // A context-steered chip works from the hub step.
    expect(bot.reply({ step: 'category', suggestionId: 'uk_8' }).step).to.equal('advice');
  });
});

describe('world: reply writers', () => {
  it('vendors greet once, name their store and answer its own hours', () => {
    const first = vendorReply({ location: harbour, text: 'Hi, are you open on Sunday?', turn: 0, rng: createRandom(1) });
    expect(first).to.include(harbour.name);
    expect(first).to.include('10:00–17:00');
    const later = vendorReply({ location: riverside, text: 'Are you open on Sunday?', turn: 2, rng: createRandom(1) });
    expect(later).to.include('11:00–16:00');
    expect(later).to.not.include(riverside.name);
  });

  it('vendors answer stock, holds, prices and thanks, with a fallback', () => {
    const rng = createRandom(5);
    const stock = vendorReply({ location: market, text: 'Do you have the Ridgeline jacket in medium?', turn: 1, rng });
    expect(stock).to.include('Ridgeline Waterproof Jacket in M');
    expect(vendorReply({ location: market, text: 'Can you hold the Trailmark boots for me?', turn: 1, rng })).to.include('48 hours');
    expect(vendorReply({ location: market, text: 'How much are the Trailmark boots?', turn: 1, rng })).to.include('£135');
    expect(vendorReply({ location: market, text: 'Where can I park?', turn: 1, rng })).to.include(market.address);
    expect(vendorReply({ location: market, text: 'thanks!', turn: 1, rng })).to.match(/welcome|pleasure|problem/i);
    expect(vendorReply({ location: market, text: 'zxcv', turn: 1, rng }).length).to.be.above(20);
  });

  it('are deterministic under a seed', () => {
    const run = (seed) => ['hello', 'Do you have boots in UK 9?', 'what about sizes?', 'thanks'].map((text, turn) => [
      vendorReply({ location: harbour, text, turn, rng: createRandom(seed) }),
      agentReply({ text, turn, rng: createRandom(seed), reason: 'Help with a return' }),
      peerReply({ user: USERS[1], text, turn, rng: createRandom(seed) }),
    ]);
    expect(run(42)).to.deep.equal(run(42));
  });

  it('agents introduce themselves with the hand-over reason, then help', () => {
    const intro = agentReply({ text: 'my parcel never arrived', turn: 0, rng: createRandom(3), reason: 'Help tracking an order', agent: AGENTS[0] });
    expect(intro).to.include('Jordan');
    expect(intro).to.include('Help tracking an order');
    expect(intro).to.include('order number');
    const next = agentReply({ text: 'It is NW-482913', turn: 1, rng: createRandom(3), reason: 'Help tracking an order', agent: AGENTS[0] });
    expect(next).to.include('NW-482913');
    expect(next).to.not.include('Jordan');
  });

  it('seeded users answer direct chats in their own voice', () => {
    const answers = USERS.slice(1).map((user) => peerReply({ user, text: 'Fancy a hike on Saturday?', turn: 1, rng: createRandom(9) }));
    expect(new Set(answers).size).to.equal(3);
    for (const answer of answers) expect(answer.length).to.be.above(3);
  });
});
