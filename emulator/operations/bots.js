// Bot conversations: one per user and bot, in a `bot` session. The engines (world/bots.js) are stateless; the
// step they return is kept here and handed back on the next turn.
import { getBot } from '../world/bots.js';
import { conflict, invalidField, notFound } from '../errors.js';
import { botConversationView, messageView } from '../records-to-json.js';

const REPLAYED = { 'Idempotent-Replayed': 'true' };

function botNamed(username) {
  const bot = getBot(username);
  if (!bot) throw notFound('Bot not found');
  return bot;
}

function conversationOf(store, user, bot) {
  const conversation = store.botConversations.get(`${user.id}:${bot.username}`);
  if (!conversation) throw notFound(`You have no conversation with ${bot.username}`);
  return conversation;
}

export function startBotConversation({ store, user, params, body }) {
  const bot = botNamed(params.bot_username);
  const key = body.client_message_id === undefined ? null : `botStart:${user.id}:${bot.username}:${body.client_message_id}`;
  const convKey = `${user.id}:${bot.username}`;
  if (key && store.replays.has(key)) {
    return { headers: REPLAYED, body: botConversationView(store.replays.get(key)) };
  }
  const existing = store.botConversations.get(convKey);
  if (existing && existing.status !== 'ended') {
    throw conflict(`You already have a ${existing.status} conversation with ${bot.username}`);
  }
  const session = store.createSession({
    chat_type: 'bot',
    participants: [user, bot.participant],
    default_title: bot.participant.name,
    bot_username: bot.username,
  });
  store.addMessage(session, { sender: user, content: body.message, client_message_id: body.client_message_id ?? null });
  // The opening reads the first message as its context: "I want to return my boots" starts the returns topic.
  const opening = bot.greet({ context: body.message });
  const reply = store.addMessage(session, { sender: bot.participant, content: opening.content, content_format: 'markdown' });
  const conversation = {
    user_id: user.id,
    bot_username: bot.username,
    chat_session_id: session.id,
    status: 'active',
    step: opening.step,
    started_at: session.created_at,
    updated_at: reply.created_at,
    context: body.context,
    agent: null,
    reason: '',
    agent_turns: 0,
    generation: 0,
  };
  store.botConversations.set(convKey, conversation);
  if (key) store.replays.set(key, conversation);
  return { body: botConversationView(conversation) };
}

export function sendBotMessage({ store, user, params, body, view, others }) {
  const bot = botNamed(params.bot_username);
  const conversation = conversationOf(store, user, bot);
  const session = store.sessions.get(conversation.chat_session_id);
  const key = body.client_message_id === undefined ? null : `botSend:${session.id}:${user.id}:${body.client_message_id}`;
  if (key && store.replays.has(key)) {
    return { headers: REPLAYED, body: messageView(store.messages.get(store.replays.get(key)), view) };
  }
  const text = body.message ?? '';
  const suggestionId = body.suggestion_id ?? null;
  if (text.trim() === '' && suggestionId === null) {
    throw invalidField('message', 'message or suggestion_id is required');
  }
  if (conversation.status !== 'active') throw conflict(`The conversation is ${conversation.status}`);

  store.addMessage(session, {
    sender: user,
    content: text.trim() === '' ? chipLabel(bot, conversation, suggestionId, store) : text,
    client_message_id: body.client_message_id ?? null,
  });
  const reply = others.botAnswer(conversation, { text: text.trim() === '' ? null : text, suggestionId });
  if (key) store.replays.set(key, reply.id);
  return { body: messageView(reply, view) };
}

// What the user "said" by tapping a chip: its label, as the chip showed it.
function chipLabel(bot, conversation, id, store) {
  const chip = (store.suggestionOverrides.get(bot.username) ?? []).find((s) => s.id === id) ?? bot.suggestions({ step: conversation.step }).find((s) => s.id === id);
  if (chip) return chip.text;
  const label = bot.label?.(id);
  if (label) return label;
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

export function getBotConversationStatus({ store, user, params }) {
  const bot = botNamed(params.bot_username);
  return { body: botConversationView(conversationOf(store, user, bot)) };
}

export function getBotSuggestions({ store, user, params, query }) {
  const bot = botNamed(params.bot_username);
  const conversation = store.botConversations.get(`${user.id}:${bot.username}`);
  // Once a person has taken over there is nothing for the bot to suggest.
  if (conversation?.status === 'transferred') return { body: { suggestions: [] } };
  const override = store.suggestionOverrides.get(bot.username);
  if (override) return { body: { suggestions: override.map((s) => ({ ...s })) } };
  const step = conversation?.step;
  return { body: { suggestions: bot.suggestions({ step, context: query.context ?? null }) } };
}

export function restartBotConversation({ store, user, params, view, others }) {
  const bot = botNamed(params.bot_username);
  const conversation = conversationOf(store, user, bot);
  return { body: { message: messageView(others.restart(conversation), view) } };
}

export function transferBotToHuman({ store, user, params, body, view, others }) {
  const bot = botNamed(params.bot_username);
  const conversation = conversationOf(store, user, bot);
  // Asking twice changes nothing: the hand-over already happened, and its notice is the answer.
  if (conversation.status === 'transferred' && conversation.transfer_notice_id) {
    return { body: { message: messageView(store.messages.get(conversation.transfer_notice_id), view) } };
  }
  const notice = others.transfer(conversation, body?.reason?.trim() ?? '');
  return { body: { message: messageView(notice, view) } };
}
