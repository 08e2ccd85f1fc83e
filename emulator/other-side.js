// The other end of the chats: vendors, direct-chat peers, bots and human agents answering the user after a
// delay, seen by polling history. Every pending reply is a timer held here, so a reset or close cancels them all.
// Bots and agents write markdown (bold order states, lists), so their messages say so; vendors and peers write text.
import { createRandom } from './world/random.js';
import { AGENTS, SHOPPER_TOKEN, SYSTEM, findVendorLocation } from './world/people.js';
import { agentReply, peerReply, vendorReply } from './world/replies.js';
import { getBot } from './world/bots.js';

/**
 * @typedef {object} BotConversation
 * @property {number} user_id
 * @property {string} bot_username
 * @property {number} chat_session_id
 * @property {'active'|'transferred'|'ended'} status
 * @property {unknown} step the bot engine's own state
 * @property {string} started_at
 * @property {string} updated_at
 * @property {object | undefined} context from startBotConversation, kept for restarts
 * @property {{ id: number, kind: 'agent', name: string } | null} agent who took over
 * @property {string} reason why the bot handed over
 * @property {number} agent_turns
 * @property {number} generation bumped by restart and transfer, so replies scheduled before them are dropped
 */

/**
 * @param {{ store: ReturnType<import('./store.js').createStore>, seed: number, delay: () => number }} options
 */
export function createOtherSide({ store, seed, delay }) {
  const timers = new Set();
  const rngs = new Map();

  // One random source per session: replies stay the same whatever other sessions do in between.
  function rngOf(session) {
    let rng = rngs.get(session.id);
    if (!rng) {
      rng = createRandom((Math.imul(seed >>> 0, 31) + Math.imul(session.id, 2654435761)) >>> 0);
      rngs.set(session.id, rng);
    }
    return rng;
  }

  function later(fn, ms = delay()) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    // A reply nobody waits for must not keep a process alive.
    timer.unref?.();
    timers.add(timer);
  }

  function conversationOf(session) {
    const owner = session.participants.find((p) => p.kind === 'user');
    return store.botConversations.get(`${owner.id}:${session.bot_username}`) ?? null;
  }

  const side = {
    /** Schedules whatever answer a user's message gets in its kind of session. */
    userMessage(session, message) {
      const text = message.content;
      if (session.chat_type === 'vendor') {
        const location = findVendorLocation(session.vendor_location_id);
        later(() => {
          const content = vendorReply({ location, text, turn: session.turns++, rng: rngOf(session) });
          store.addMessage(session, { sender: location.vendor, content });
        });
      } else if (session.chat_type === 'direct') {
        // Seeded users answer, except the shopper the demo signs in as.
        for (const peer of session.participants) {
          if (peer.kind !== 'user' || peer.id === message.sender.id) continue;
          if (!store.isSeededUser(peer) || peer.token === SHOPPER_TOKEN) continue;
          later(() => {
            const content = peerReply({ user: peer, text, turn: session.turns++, rng: rngOf(session) });
            store.addMessage(session, { sender: peer, content });
          });
        }
      } else if (session.chat_type === 'bot') {
        const conversation = conversationOf(session);
        if (!conversation || conversation.chat_session_id !== session.id) return;
        const { generation } = conversation;
        if (conversation.status === 'active') {
          later(() => {
            if (conversation.generation === generation) side.botAnswer(conversation, { text });
          });
        } else if (conversation.status === 'transferred') {
          later(() => {
            if (conversation.generation === generation) agentAnswer(conversation, text);
          });
        }
      }
    },

    /**
     * The bot's answer to the user's message (already stored), stored now; a hand-over it asks for happens
     * right after it.
     */
    botAnswer(conversation, { text, suggestionId = null }) {
      const session = store.sessions.get(conversation.chat_session_id);
      const bot = getBot(conversation.bot_username);
      const out = bot.reply({ step: conversation.step, text, suggestionId });
      const message = store.addMessage(session, { sender: bot.participant, content: out.content, content_format: 'markdown' });
      conversation.step = out.step;
      if (out.status) conversation.status = out.status;
      conversation.updated_at = message.created_at;
      if (out.transfer) side.transfer(conversation, out.transfer.reason ?? '');
      return message;
    },

    /** Posts the hand-over notice; an agent introduces themself after the delay. */
    transfer(conversation, reason) {
      const session = store.sessions.get(conversation.chat_session_id);
      const rng = rngOf(session);
      const notice = store.addMessage(session, {
        sender: SYSTEM,
        content: reason
          ? `This conversation was handed over to a human agent. Reason: ${reason}`
          : 'This conversation was handed over to a human agent at your request.',
      });
      conversation.transfer_notice_id = notice.id;
      conversation.status = 'transferred';
      conversation.reason = reason;
      conversation.agent = rng.pick(AGENTS);
      conversation.agent_turns = 0;
      conversation.generation++;
      conversation.updated_at = notice.created_at;
      const { generation } = conversation;
      const lastUserText = [...session.message_ids]
        .reverse()
        .map((id) => store.messages.get(id))
        .find((m) => m.sender.kind === 'user' && !m.deleted)?.content ?? '';
      later(() => {
        if (conversation.generation === generation) agentAnswer(conversation, lastUserText);
      });
      return notice;
    },

    /** Same session, a fresh flow: a notice, then the bot's greeting. */
    restart(conversation) {
      const session = store.sessions.get(conversation.chat_session_id);
      const bot = getBot(conversation.bot_username);
      store.addMessage(session, { sender: SYSTEM, content: `The conversation with ${bot.participant.name} was restarted.` });
      const greeting = bot.greet({});
      const message = store.addMessage(session, { sender: bot.participant, content: greeting.content, content_format: 'markdown' });
      conversation.step = greeting.step;
      conversation.status = 'active';
      conversation.agent = null;
      conversation.transfer_notice_id = null;
      conversation.generation++;
      conversation.updated_at = message.created_at;
      return message;
    },

    /** Forgets every pending reply. */
    cancelAll() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };

  function agentAnswer(conversation, text) {
    const session = store.sessions.get(conversation.chat_session_id);
    const content = agentReply({
      text,
      turn: conversation.agent_turns++,
      rng: rngOf(session),
      reason: conversation.reason || undefined,
      agent: conversation.agent,
    });
    const message = store.addMessage(session, { sender: conversation.agent, content, content_format: 'markdown' });
    conversation.updated_at = message.created_at;
  }

  return side;
}
