// Sessions: listing with an opaque cursor, starting RAG/vendor and direct chats (idempotent on
// client_message_id), titles and metadata, read marks.
import { ASSISTANT, findVendorLocation } from '../world/people.js';
import { invalidField, notFound, validationFailed } from '../errors.js';
import { freeFormProblem } from '../json-limits.js';
import { messageView, sessionView } from '../records-to-json.js';

const REPLAYED = { 'Idempotent-Replayed': 'true' };

export function listChatSessions({ store, user, query, view }) {
  const cursor = query.before === undefined ? null : decodeCursor(query.before);
  const ordered = store
    .sessionsOf(user)
    .sort((a, b) => compareDesc(a.updated_at, b.updated_at) || b.id - a.id)
    .filter((s) => !cursor || s.updated_at < cursor.at || (s.updated_at === cursor.at && s.id < cursor.id));
  const page = ordered.slice(0, query.limit);
  const hasMore = ordered.length > page.length;
  const last = page.at(-1);
  return {
    body: {
      sessions: page.map((s) => sessionView(s, view)),
      has_more: hasMore,
      next_before: hasMore ? encodeCursor(last) : null,
    },
  };
}

const compareDesc = (a, b) => (a < b ? 1 : a > b ? -1 : 0);

// The cursor is the (updated_at, id) of the last session of a page, so paging survives new activity.
function encodeCursor(session) {
  return Buffer.from(JSON.stringify([session.updated_at, session.id])).toString('base64url');
}

function decodeCursor(text) {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && Number.isInteger(id)) return { at, id };
  } catch {
    // fall through to the 422
  }
  throw invalidField('before', 'is not a cursor from next_before');
}

export function startChat({ store, user, body, view, others }) {
  const key = body.client_message_id === undefined ? null : `startChat:${user.id}:${body.client_message_id}`;
  if (key && store.replays.has(key)) return replay(store, store.replays.get(key), view);

  let session;
  if (body.chat_type === 'rag') {
    if (body.user_type === undefined) throw invalidField('user_type', 'is required when chat_type is rag');
    session = store.createSession({
      chat_type: 'rag',
      participants: [user, ASSISTANT],
      default_title: ASSISTANT.name,
      user_type: body.user_type,
      title: body.title,
      metadata: body.metadata,
    });
  } else {
    if (body.vendor_location_id === undefined) {
      throw invalidField('vendor_location_id', 'is required when chat_type is vendor');
    }
    const location = findVendorLocation(body.vendor_location_id);
    if (!location) throw invalidField('vendor_location_id', 'does not name a known vendor location');
    session = store.createSession({
      chat_type: 'vendor',
      participants: [user, location.vendor],
      default_title: location.name,
      vendor_location_id: location.id,
      title: body.title,
      metadata: body.metadata,
    });
  }
  return firstMessage({ store, user, body, view, others }, session, key);
}

export function startDirectChat({ store, user, body, view, others }) {
  const key = body.client_message_id === undefined ? null : `direct:${user.id}:${body.client_message_id}`;
  if (key && store.replays.has(key)) return replay(store, store.replays.get(key), view);

  const recipient = store.usersById.get(body.recipient_user_id);
  if (!recipient) throw notFound('Recipient not found');
  if (recipient.id === user.id) throw invalidField('recipient_user_id', 'must be another user, not yourself');
  const session = store.directSessionBetween(user, recipient) ?? store.createSession({
    chat_type: 'direct',
    participants: [user, recipient],
    default_title: 'Direct chat',
  });
  return firstMessage({ store, user, body, view, others }, session, key);
}

// Stores the message that starts (or restarts) a session, remembers it for repeats, and lets the other side answer.
function firstMessage({ store, user, body, view, others }, session, key) {
  const message = store.addMessage(session, {
    sender: user,
    content: body.message,
    client_message_id: body.client_message_id ?? null,
  });
  if (key) store.replays.set(key, { sessionId: session.id, messageId: message.id });
  others.userMessage(session, message);
  return { body: { session: sessionView(session, view), message: messageView(message, view) } };
}

function replay(store, { sessionId, messageId }, view) {
  return {
    headers: REPLAYED,
    body: {
      session: sessionView(store.sessions.get(sessionId), view),
      message: messageView(store.messages.get(messageId), view),
    },
  };
}

export function updateChatSessionMetadata({ store, user, params, body, view }) {
  const session = store.sessionFor(user, params.session_id);
  if (body.title === undefined && body.metadata === undefined) {
    throw invalidField('metadata', 'title or metadata is required');
  }
  // Merged into a copy first: what is stored is bounded as a whole (json-limits.js), and a refusal changes nothing.
  const metadata = { ...session.metadata };
  for (const [k, v] of Object.entries(body.metadata ?? {})) {
    if (v === null) delete metadata[k];
    else metadata[k] = v;
  }
  const oversize = freeFormProblem('metadata', metadata);
  if (oversize) throw validationFailed([{ ...oversize, message: `${oversize.message} once merged with what is stored` }]);
  if (body.title !== undefined) session.title = body.title;
  session.metadata = metadata;
  // Not activity: renaming a chat must not move it to the top of the list.
  return { body: sessionView(session, view) };
}

export function markChatMessagesAsRead({ store, user, params, body }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const message = store.messageIn(session, body.last_read_message_id);
  if (message.id > (session.read_marks.get(user.id) ?? 0)) session.read_marks.set(user.id, message.id);
  return { body: { success: true } };
}
