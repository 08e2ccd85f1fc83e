// The emulator's memory: users, sessions, messages, reactions, read marks, media and bot conversations, with
// integer ids from counters. Everything here is forgotten by a reset; the seeded cast lives in world/people.js.
import { createRandom } from './world/random.js';
import { USERS } from './world/people.js';
import { forbidden, notFound, tokenExpired } from './errors.js';

// Guests get ids well clear of the seeded cast's ranges (1000s users, 2000s agents, 3000s vendors, 4000s bots).
const FIRST_GUEST_ID = 100001;

/**
 * @typedef {{ id: number, kind: string, name: string, avatar_url: string | null, username?: string | null }} Participant
 * @typedef {Participant & { token: string }} User
 * @typedef {object} Session
 * @property {number} id
 * @property {'rag'|'vendor'|'direct'|'bot'} chat_type
 * @property {string | null} title set by the client; null means "derive it for the viewer"
 * @property {string} default_title
 * @property {Participant[]} participants
 * @property {Record<string, unknown>} metadata
 * @property {number | null} vendor_location_id
 * @property {string | null} bot_username
 * @property {string | null} user_type
 * @property {string} created_at
 * @property {string} updated_at
 * @property {number[]} message_ids ascending
 * @property {Map<number, number>} read_marks user id → last read message id
 * @property {Map<string, number>} client_ids `${sender id}:${client_message_id}` → message id
 * @property {Map<number, number>} rag_answers query message id → answer message id
 * @property {number} turns how many replies the other side has given (the world's `turn`)
 */

export function createStore(seed) {
  const rng = createRandom(seed ^ 0x9e3779b9);
  const counters = { session: 0, message: 0, media: 0, user: FIRST_GUEST_ID - 1, adHoc: 900000 };

  /** @type {Map<string, User>} */
  const usersByToken = new Map(USERS.map((u) => [u.token, u]));
  /** @type {Map<number, User>} */
  const usersById = new Map(USERS.map((u) => [u.id, u]));
  const revoked = new Set();
  /** @type {Map<number, Session>} */
  const sessions = new Map();
  const messages = new Map();
  const media = new Map();
  /** `${user id}:${bot username}` → conversation */
  const botConversations = new Map();
  /** Idempotency of the operations that create sessions: key → whatever the first call made. */
  const replays = new Map();
  /** Bot username → chips set through the control endpoint, shown instead of the bot's own. */
  const suggestionOverrides = new Map();

  const now = () => new Date().toISOString();

  const store = {
    seed,
    usersByToken,
    usersById,
    revoked,
    sessions,
    messages,
    media,
    botConversations,
    replays,
    suggestionOverrides,
    counters,
    now,

    /** The user of a bearer token, created on first sight ("Guest 1234"). */
    userForToken(token) {
      if (revoked.has(token)) throw tokenExpired();
      let user = usersByToken.get(token);
      if (!user) {
        const id = ++counters.user;
        user = { id, kind: 'user', name: `Guest ${1000 + Math.floor(rng.next() * 9000)}`, avatar_url: null, token };
        usersByToken.set(token, user);
        usersById.set(id, user);
      }
      return user;
    },

    /** Whether a user is one of the seeded cast (they answer direct chats), not a guest. */
    isSeededUser(user) {
      return USERS.some((u) => u.id === user.id);
    },

    /** A random hex string from the seeded source (media secrets). */
    secret(length = 24) {
      let out = '';
      while (out.length < length) out += Math.floor(rng.next() * 0x100000000).toString(16).padStart(8, '0');
      return out.slice(0, length);
    },

    /** @returns {Session} */
    createSession({ chat_type, participants, default_title, title = null, metadata = {}, vendor_location_id = null,
      bot_username = null, user_type = null }) {
      const at = now();
      const session = {
        id: ++counters.session,
        chat_type,
        title,
        default_title,
        participants,
        metadata: { ...metadata },
        vendor_location_id,
        bot_username,
        user_type,
        created_at: at,
        updated_at: at,
        message_ids: [],
        read_marks: new Map(),
        client_ids: new Map(),
        rag_answers: new Map(),
        turns: 0,
      };
      sessions.set(session.id, session);
      return session;
    },

    /** The session `id` if `user` takes part in it: 404 for an unknown id, 403 for someone else's. */
    sessionFor(user, id) {
      const session = sessions.get(id);
      if (!session) throw notFound('Chat session not found');
      if (!isParticipant(session, user)) throw forbidden('You are not a participant of this session');
      return session;
    },

    /** A message of the session, or 404. */
    messageIn(session, id) {
      const message = messages.get(id);
      if (!message || message.chat_session_id !== session.id) throw notFound('Message not found');
      return message;
    },

    /** Stores a message and makes it the session's latest activity. */
    addMessage(session, { sender, content = '', content_format = 'text', media_ids = [], sources = [],
      reply_to_message_id = null, client_message_id = null, created_at = now() }) {
      const message = {
        id: ++counters.message,
        chat_session_id: session.id,
        client_message_id,
        sender,
        content,
        content_format,
        media_ids: [...media_ids],
        /** emoji → ids of the users who reacted, in order of first use */
        reactions: new Map(),
        sources,
        reply_to_message_id,
        created_at,
        edited_at: null,
        deleted: false,
      };
      messages.set(message.id, message);
      session.message_ids.push(message.id);
      session.updated_at = message.created_at;
      if (client_message_id !== null) session.client_ids.set(`${sender.id}:${client_message_id}`, message.id);
      // Whoever speaks takes part (an agent taking over, an injected user); system notices come from no one.
      if (sender.kind !== 'system' && !session.participants.some((p) => sameParticipant(p, sender))) {
        session.participants.push(sender);
      }
      return message;
    },

    /** The message `sender` already stored under `client_message_id` in the session, if any. */
    findByClientId(session, sender, clientMessageId) {
      if (clientMessageId === undefined || clientMessageId === null) return null;
      const id = session.client_ids.get(`${sender.id}:${clientMessageId}`);
      return id === undefined ? null : messages.get(id);
    },

    addMedia(fields) {
      const item = { id: ++counters.media, ...fields, created_at: now() };
      media.set(item.id, item);
      return item;
    },

    /** The media item of the session, or 404. */
    mediaIn(session, id) {
      const item = media.get(id);
      if (!item || item.chat_session_id !== session.id) throw notFound('Media not found');
      return item;
    },

    /** The direct session between two users, if they have one. */
    directSessionBetween(a, b) {
      for (const session of sessions.values()) {
        if (session.chat_type !== 'direct') continue;
        const ids = session.participants.filter((p) => p.kind === 'user').map((p) => p.id);
        if (ids.includes(a.id) && ids.includes(b.id)) return session;
      }
      return null;
    },

    /** The sessions a user takes part in. */
    sessionsOf(user) {
      return [...sessions.values()].filter((s) => isParticipant(s, user));
    },
  };
  return store;
}

export function isParticipant(session, user) {
  return session.participants.some((p) => p.kind === 'user' && p.id === user.id);
}

export function sameParticipant(a, b) {
  return a.kind === b.kind && a.id === b.id;
}

/** Whether `user` wrote `message`. */
export function isAuthor(message, user) {
  return message.sender.kind === 'user' && message.sender.id === user.id;
}
