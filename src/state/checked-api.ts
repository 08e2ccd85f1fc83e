// Every answer of the API is untrusted: a buggy or hostile backend may send any JSON. The stores see the API through
// `checkedApi`, which checks each answer against the contract's types before it enters a store, so the elements only
// ever render well-typed data. A list may be absent or null (it is empty); otherwise a value of another type than the
// contract's is
// - in a message: the whole message, which becomes a placeholder the thread shows as "This message can't be shown"
//   (a message is shown whole or not at all);
// - in a conversation of the list: that field, which falls back to an empty value (no title, no participants…);
// - in a file of the gallery or a bot's chip: that item, which is left out;
// - in what an answer cannot do without (an id, the list of a page, a bot's status): the answer, whose call fails.
// Each problem is reported once, as a ChatApiError with code `invalid_response` naming the field.
import { ChatApiError } from '../api/errors.js';
import type { ChatMessage, ChatSessionListItem } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';

type Check = (value: unknown) => boolean;
/** A check, the fields of an object, or a list (`[item]`). */
type Spec = Check | [Spec] | { [field: string]: Spec };
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Say = (error: ChatApiError) => void;
type Reader = (value: Any, say: Say, field?: string) => Any;

const str: Check = (v) => typeof v == 'string';
const num: Check = (v) => Number.isFinite(v);
const bool: Check = (v) => typeof v == 'boolean';
const id: Check = (v) => Number.isSafeInteger(v) && (v as number) > 0;
const date: Check = (v) => str(v) && Date.parse(v as string) >= -8.64e15;
const opt = (check: Check): Check => (v) => v == null || check(v);
const isObject = (v: unknown) => typeof v == 'object' && !!v && !Array.isArray(v);

/** The path of the first value in `value` that fails `spec` (`''`: `value` itself), or undefined when none does. */
function fault(spec: Spec, value: Any, at = ''): string | undefined {
  let bad: string | undefined;
  if (typeof spec == 'function') return spec(value) ? bad : at;
  if (Array.isArray(spec)) {
    if (value != null && !Array.isArray(value)) return at;
    (value ?? []).some((v: unknown, i: number) => (bad = fault(spec[0], v, `${at}[${i}]`)) !== undefined);
  } else if (!isObject(value)) return at;
  else for (const field in spec) if ((bad = fault(spec[field]!, value[field], at ? `${at}.${field}` : field)) !== undefined) break;
  return bad;
}

const PARTICIPANT = { id: num, kind: str, name: str, avatar_url: opt(str) };
const MEDIA = { id: num, media_type: str, filename: str, url: str, size_bytes: num, created_at: date };
const REACTIONS: Spec = [{ emoji: str, count: num, reacted_by_me: bool }];
const MESSAGE = {
  id,
  chat_session_id: id,
  client_message_id: opt(str),
  sender: PARTICIPANT,
  content: opt(str),
  content_format: opt(str),
  media: [MEDIA] as Spec,
  reactions: REACTIONS,
  sources: [{ title: str, url: str, snippet: str }] as Spec,
  created_at: date,
  edited_at: opt(str),
  deleted: opt(bool),
};
/** What a message's absent (or null) fields are. */
const BLANK = { client_message_id: null, content: '', content_format: 'text', media: [], reactions: [], sources: [], reply_to_message_id: null, edited_at: null, deleted: false };
/** What a conversation's fields of the wrong type become; `id` and `last_message` are read apart. */
const SESSION = { id, chat_type: str, title: str, participants: [PARTICIPANT] as Spec, unread_count: num, last_read_message_id: opt(id), vendor_location_id: opt(num), bot_username: opt(str), updated_at: opt(date) };
const EMPTY: Any = { chat_type: '', title: '', participants: [], unread_count: 0, last_read_message_id: null, vendor_location_id: null, bot_username: null, updated_at: null };

/** The error for a value of the wrong type: in `what`, at `field`. */
export function invalidResponse(what: string, field: string): ChatApiError {
  return new ChatApiError({ source: 'http', status: 200, code: 'invalid_response', message: `The API sent ${what} with a wrong ${field || 'shape'}.`, details: [{ field, message: 'wrong type' }] });
}

const filled = (value: Any): Any => {
  const out = { ...value };
  for (const field in BLANK) out[field] ??= BLANK[field as keyof typeof BLANK];
  return out;
};

/** The placeholders of messages that cannot be shown: the thread shows them as "This message can't be shown". */
const unreadable = new WeakSet<ChatMessage>();

/** Whether `message` stands for one the API sent with a field of the wrong type. */
export const isUnreadable = (message: ChatMessage): boolean => unreadable.has(message);

/** A message as the thread can show it, or its placeholder; undefined without an id and session to place it by. */
function readMessage(v: Any, say: Say): ChatMessage | undefined {
  const bad = fault(MESSAGE, v);
  if (bad === undefined) return filled(v);
  say(invalidResponse(id(v?.id) ? `message ${v.id}` : 'a message', bad));
  if (!id(v?.id) || !id(v.chat_session_id)) return;
  const message = filled({
    id: v.id,
    chat_session_id: v.chat_session_id,
    sender: { id: 0, kind: 'system', name: '', avatar_url: null },
    created_at: date(v.created_at) ? v.created_at : '',
  });
  unreadable.add(message);
  return message;
}

const fail = (error: ChatApiError): never => {
  throw error;
};

/** `read` for a value an answer is of no use without: when it cannot be read, the call fails. */
const needed = (read: Reader, what: string): Reader => (v, say) => read(v, say) ?? fail(invalidResponse(what, 'id'));

/** A conversation of the list, its fields of the wrong type empty; undefined without an id. */
function readSession(v: Any, say: Say): ChatSessionListItem | undefined {
  const s = { ...v, last_message: v?.last_message == null ? null : (readMessage(v.last_message, say) ?? null) };
  for (let bad; (bad = fault(SESSION, s)) !== undefined; ) {
    const field = /^\w*/.exec(bad)![0];
    say(invalidResponse(id(v?.id) ? `conversation ${v.id}` : 'a conversation', bad));
    if (!(field in EMPTY)) return;
    s[field] = EMPTY[field];
  }
  return s;
}

/** The items of a list that pass `spec`; the others are left out, and said (all of them when it is no list). */
const items = (spec: Spec, what: string): Reader => (list, say) => {
  const keep = (v: unknown, i: number) => {
    const bad = fault(spec, v, `[${i}]`);
    if (bad !== undefined) say(invalidResponse(what, bad));
    return bad === undefined;
  };
  return Array.isArray(list) ? list.filter(keep) : (say(invalidResponse(what, '')), []);
};

/** An answer that is of use only whole. */
const whole = (spec: Spec, what: string): Reader => (v) => {
  const bad = fault(spec, v);
  return bad === undefined ? v : fail(invalidResponse(what, bad));
};

/** An answer with its `field`s read by their readers. */
const fields = (readers: Record<string, Reader>): Reader => (v, say) => {
  const out = { ...v };
  for (const field in readers) out[field] = readers[field]!(v?.[field], say, field);
  return out;
};

/** A list the answer is of no use without (a page's messages): its items read, those without an id left out. */
const list = (read: Reader): Reader => (v, say, field) =>
  Array.isArray(v) ? v.flatMap((x) => read(x, say) ?? []) : fail(invalidResponse('a page', field!));

const message = needed(readMessage, 'a message');
const session = needed(readSession, 'a conversation');
const bot = whole({ chat_session_id: id, status: (v) => v == 'active' || v == 'transferred' || v == 'ended' }, 'a bot conversation');
const media = whole(MEDIA, 'a file');
const reactions: Reader = (v, say) => ({ ...v, reactions: whole({ reactions: REACTIONS }, 'reactions')(v, say).reactions ?? [] });
const page = fields({ messages: list(readMessage) });
const sessions = fields({ sessions: list(readSession) });
const ifChanged = (read: Reader): Reader => (r, say) => (r.changed ? { ...r, data: read(r.data, say) } : r);

/** How each operation's answer is read; the others (no answer the widget reads) pass as they are. */
const READERS: { [K in keyof ChatApi]?: Reader } = {
  getChatMessageHistory: page,
  getChatMessageHistoryIfChanged: ifChanged(page),
  getSpecificChatMessage: message,
  sendChatMessage: message,
  editChatMessage: message,
  deleteChatMessage: message,
  sendBotMessage: message,
  restartBotConversation: fields({ message }),
  transferBotToHuman: fields({ message }),
  sendRagQuery: fields({ message, query_message: message }),
  startChat: fields({ session, message }),
  startDirectChat: fields({ session, message }),
  listChatSessions: sessions,
  listChatSessionsIfChanged: ifChanged(sessions),
  updateChatSessionMetadata: session,
  addChatReaction: reactions,
  removeChatReaction: reactions,
  listChatMedia: items(MEDIA, 'a file'),
  getChatMedia: media,
  uploadChatMedia: media,
  startBotConversation: bot,
  getBotConversationStatus: bot,
  getBotSuggestions: fields({ suggestions: items({ id: str, text: str }, 'a bot suggestion') }),
};

/**
 * `api` with every answer checked (see the top of this file). `say` hears each problem once: the stores pass it on
 * as their `error` event (a `kesk-error` on the page).
 */
export function checkedApi(api: ChatApi, say: Say): ChatApi {
  const said = new Set<string>();
  const once: Say = (error) => {
    if (!said.has(error.message)) say(error);
    said.add(error.message);
  };
  return new Proxy(api, {
    get(target, name) {
      const value = Reflect.get(target, name);
      const read = READERS[name as keyof ChatApi];
      if (typeof value != 'function') return value;
      return read ? async (...args: unknown[]) => read(await value.apply(target, args), once) : value.bind(target);
    },
  });
}
