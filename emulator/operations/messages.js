// Messages: history pages, sending (idempotent on client_message_id), reading one, editing and tombstone deletes.
import { conflict, forbidden, invalidField, validationFailed } from '../errors.js';
import { isAuthor } from '../store.js';
import { messageView } from '../records-to-json.js';

export function getChatMessageHistory({ store, user, params, query, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const ids = session.message_ids;
  let end = ids.length;
  if (query.before_message_id !== undefined) {
    end = ids.indexOf(query.before_message_id);
    if (end === -1) throw invalidField('before_message_id', 'is not a message of this session');
  }
  const start = Math.max(0, end - query.limit);
  return {
    body: {
      messages: ids.slice(start, end).map((id) => messageView(store.messages.get(id), view)),
      has_more: start > 0,
    },
  };
}

export function sendChatMessage({ store, user, params, body, view, others }) {
  const session = store.sessionFor(user, params.chat_session_id);
  // A repeat is answered before any other check: what was stored then is the answer, whatever changed since.
  const stored = store.findByClientId(session, user, body.client_message_id);
  if (stored) return { headers: { 'Idempotent-Replayed': 'true' }, body: messageView(stored, view) };

  const content = body.content ?? '';
  const mediaIds = [...new Set(body.media_ids ?? [])];
  const problems = [];
  if (content.trim() === '' && mediaIds.length === 0) {
    problems.push({ field: 'content', message: 'must not be empty when there are no media_ids' });
  }
  (body.media_ids ?? []).forEach((id, i) => {
    const item = store.media.get(id);
    if (!item || item.chat_session_id !== session.id) {
      problems.push({ field: `media_ids[${i}]`, message: 'is not a media item of this session' });
    }
  });
  const replyTo = body.reply_to_message_id ?? null;
  if (replyTo !== null) {
    const target = store.messages.get(replyTo);
    if (!target || target.chat_session_id !== session.id) {
      problems.push({ field: 'reply_to_message_id', message: 'is not a message of this session' });
    }
  }
  if (problems.length) throw validationFailed(problems);

  const message = store.addMessage(session, {
    sender: user,
    content,
    media_ids: mediaIds,
    reply_to_message_id: replyTo,
    client_message_id: body.client_message_id ?? null,
  });
  others.userMessage(session, message);
  return { body: messageView(message, view) };
}

export function getSpecificChatMessage({ store, user, params, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
  return { body: messageView(store.messageIn(session, params.message_id), view) };
}

export function editChatMessage({ store, user, params, body, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const message = store.messageIn(session, params.message_id);
  if (!isAuthor(message, user)) throw forbidden('You can only edit your own messages');
  if (message.deleted) throw conflict('Message has been deleted');
  message.content = body.content;
  message.edited_at = store.now();
  return { body: messageView(message, view) };
}

export function deleteChatMessage({ store, user, params, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const message = store.messageIn(session, params.message_id);
  if (!isAuthor(message, user)) throw forbidden('You can only delete your own messages');
  if (!message.deleted) {
    message.deleted = true;
    message.content = '';
    message.media_ids = [];
    message.reactions.clear();
    message.sources = [];
  }
  return { body: messageView(message, view) };
}
