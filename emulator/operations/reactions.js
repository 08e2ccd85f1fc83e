// Reactions: at most one of each emoji per user and message, listed in order of first use.
import { conflict } from '../errors.js';
import { reactionsView } from '../records-to-json.js';

function reactable({ store, user, params }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const message = store.messageIn(session, params.message_id);
  if (message.deleted) throw conflict('Message has been deleted');
  return message;
}

export function addChatReaction(ctx) {
  const message = reactable(ctx);
  const users = message.reactions.get(ctx.body.emoji) ?? new Set();
  users.add(ctx.user.id);
  message.reactions.set(ctx.body.emoji, users);
  return { body: { message_id: message.id, reactions: reactionsView(message, ctx.user) } };
}

export function removeChatReaction(ctx) {
  const message = reactable(ctx);
  const users = message.reactions.get(ctx.body.emoji);
  if (users?.delete(ctx.user.id) && users.size === 0) message.reactions.delete(ctx.body.emoji);
  return { body: { message_id: message.id, reactions: reactionsView(message, ctx.user) } };
}
