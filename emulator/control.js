// The control endpoints under `/__emulator` (emulator/README.md): health, reset, who exists, reply delay,
// injected messages, revoked tokens, fault rules and the request log. No auth: they exist for tests and demos.
import { AGENTS, ASSISTANT, BOTS, SYSTEM, USERS, VENDOR_LOCATIONS } from './world/people.js';
import { ApiError, badRequest, invalidField, notFound, validationFailed } from './errors.js';
import { readBody } from './body-reader.js';
import { sendJson } from './http-out.js';
import { messageView } from './views.js';

const SENDER_KINDS = ['user', 'vendor', 'agent', 'assistant', 'bot', 'system'];

/**
 * @param {object} env the emulator's shared parts (see index.js)
 * @param {string} path below `/__emulator`, e.g. `/faults`
 */
export async function handleControl(env, req, res, url, path) {
  try {
    const body = await route(env, req, url, path);
    sendJson(res, 200, body, { 'Cache-Control': 'no-store' });
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError(500, 'internal_error', String(err?.message ?? err));
    if (!(err instanceof ApiError)) console.error('[emulator] control endpoint failed:', err);
    sendJson(res, error.status, error.toBody(), { 'Cache-Control': 'no-store', ...error.headers });
  }
}

async function route(env, req, url, path) {
  const { method } = req;
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /health':
      return { ok: true };
    case 'POST /reset': {
      const { seed } = await jsonBody(req);
      if (seed !== undefined && !Number.isInteger(seed)) throw invalidField('seed', 'must be an integer');
      env.reset({ seed });
      return { ok: true, seed: env.live.seed };
    }
    case 'GET /world':
      return {
        users: USERS.map((u) => ({ ...u })),
        vendor_locations: VENDOR_LOCATIONS,
        bots: BOTS,
        agents: AGENTS,
        assistant: ASSISTANT,
      };
    case 'POST /config': {
      const body = await jsonBody(req);
      if (body.reply_delay_ms !== undefined) {
        if (!(Number.isFinite(body.reply_delay_ms) && body.reply_delay_ms >= 0)) {
          throw invalidField('reply_delay_ms', 'must be a number of milliseconds, at least 0');
        }
        env.live.replyDelayMs = body.reply_delay_ms;
      }
      return { reply_delay_ms: env.live.replyDelayMs };
    }
    case 'POST /tokens/revoke': {
      const { token } = await jsonBody(req);
      if (typeof token !== 'string' || token === '') throw invalidField('token', 'must be a non-empty string');
      env.live.store.revoked.add(token);
      return { ok: true };
    }
    case 'PUT /faults': {
      const count = env.live.faults.replace(await jsonBody(req), env.live.seed);
      return { ok: true, rules: count };
    }
    case 'GET /faults':
      return { rules: env.live.faults.list() };
    case 'DELETE /faults':
      env.live.faults.clear();
      return { ok: true };
    case 'GET /log': {
      const since = url.searchParams.get('since');
      if (since !== null && !/^\d+$/.test(since)) throw invalidField('since', 'must be an entry id');
      return { entries: env.log.query({ since: Number(since ?? 0), token: url.searchParams.get('token') }) };
    }
    case 'DELETE /log':
      env.log.clear();
      return { ok: true };
    default: {
      const inject = /^\/sessions\/([^/]+)\/messages$/.exec(path);
      if (inject && method === 'POST') return injectMessage(env, req, inject[1]);
      const bulk = /^\/sessions\/([^/]+)\/messages\/bulk$/.exec(path);
      if (bulk && method === 'POST') return injectMany(env, req, bulk[1]);
      throw notFound(`No control endpoint ${method} /__emulator${path}`);
    }
  }
}

async function jsonBody(req, limit = 1024 * 1024) {
  const read = await readBody(req, limit);
  if (read.tooLarge) throw badRequest('Body too large');
  const text = read.body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    const body = JSON.parse(text);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return body;
  } catch {
    throw badRequest('Request body is not a JSON object');
  }
}

// A message from anyone, as if the other side had written it (or a user, for multi-user scenarios).
async function injectMessage(env, req, rawId) {
  const { store } = env.live;
  const session = sessionOf(store, rawId);
  const body = await jsonBody(req);
  const problems = [];
  const fields = injectedFields(store, session, body, '', problems);
  if (problems.length) throw validationFailed(problems);
  return messageView(store.addMessage(session, fields), env.viewContext(null, req));
}

/** The most messages one bulk call stores, and the body it may send: a long history in one request. */
const BULK_MAX = 20000;
const BULK_BODY_LIMIT = 32 * 1024 * 1024;

// Many messages in one call (a 10,000-message history for a benchmark or a test), all or none: every entry is
// checked as POST /sessions/{id}/messages checks one, and may carry `created_at` to spread the history in time
// (never earlier than the message before it). `replace: true` first removes the session's messages, so a
// history can be laid down from scratch, older than the message that started the session.
async function injectMany(env, req, rawId) {
  const { store } = env.live;
  const session = sessionOf(store, rawId);
  const body = await jsonBody(req, BULK_BODY_LIMIT);
  if (!Array.isArray(body.messages) || body.messages.length === 0 || body.messages.length > BULK_MAX) {
    throw invalidField('messages', `must be an array of 1 to ${BULK_MAX} messages`);
  }
  if (body.replace !== undefined && typeof body.replace !== 'boolean') throw invalidField('replace', 'must be a boolean');
  const problems = [];
  const last = body.replace ? undefined : store.messages.get(session.message_ids.at(-1));
  let previous = last ? Date.parse(last.created_at) : -Infinity;
  const now = Date.now();
  const all = body.messages.map((entry, i) => {
    const prefix = `messages[${i}].`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({ field: `messages[${i}]`, message: 'must be an object' });
      return null;
    }
    const fields = injectedFields(store, session, entry, prefix, problems);
    if (entry.created_at !== undefined) {
      const at = typeof entry.created_at === 'string' ? Date.parse(entry.created_at) : NaN;
      if (!Number.isFinite(at) || at > now) problems.push({ field: `${prefix}created_at`, message: 'must be a date-time, not in the future' });
      else if (at < previous) problems.push({ field: `${prefix}created_at`, message: 'must not be earlier than the message before it' });
      else {
        previous = at;
        fields.created_at = new Date(at).toISOString();
      }
    }
    return fields;
  });
  if (problems.length) throw validationFailed(problems.slice(0, 20));
  if (body.replace) clearHistory(store, session);
  const stored = all.map((fields) => store.addMessage(session, fields));
  return { count: stored.length, first_id: stored[0].id, last_id: stored.at(-1).id };
}

function clearHistory(store, session) {
  for (const id of session.message_ids) store.messages.delete(id);
  session.message_ids = [];
  session.client_ids.clear();
  session.rag_answers.clear();
  session.read_marks.clear();
}

function sessionOf(store, rawId) {
  if (!/^\d+$/.test(rawId)) throw badRequest('Session id must be an integer');
  const session = store.sessions.get(Number(rawId));
  if (!session) throw notFound('Chat session not found');
  return session;
}

/** Checks one injected message (`prefix` names it in a bulk call); returns the fields to store it with. */
function injectedFields(store, session, body, prefix, problems) {
  const before = problems.length;
  if (!SENDER_KINDS.includes(body.sender_kind)) {
    problems.push({ field: `${prefix}sender_kind`, message: `must be one of: ${SENDER_KINDS.join(', ')}` });
  }
  if (body.content !== undefined && typeof body.content !== 'string') {
    problems.push({ field: `${prefix}content`, message: 'must be a string' });
  }
  if (body.content_format !== undefined && !['text', 'markdown'].includes(body.content_format)) {
    problems.push({ field: `${prefix}content_format`, message: 'must be one of: text, markdown' });
  }
  if (body.sources !== undefined && !Array.isArray(body.sources)) problems.push({ field: `${prefix}sources`, message: 'must be an array' });
  const mediaIds = body.media_ids ?? [];
  if (!Array.isArray(mediaIds)) problems.push({ field: `${prefix}media_ids`, message: 'must be an array' });
  else {
    mediaIds.forEach((id, i) => {
      if (store.media.get(id)?.chat_session_id !== session.id) {
        problems.push({ field: `${prefix}media_ids[${i}]`, message: 'is not a media item of this session' });
      }
    });
  }
  let sender = null;
  if (problems.length === before) {
    try {
      sender = senderFor(store, session, body.sender_kind, body.sender_id);
    } catch (err) {
      if (!(err instanceof ApiError) || !prefix) throw err;
      problems.push({ field: `${prefix}sender_id`, message: `is not a known ${body.sender_kind}` });
    }
  }
  return {
    sender,
    content: body.content ?? '',
    content_format: body.content_format ?? 'text',
    sources: body.sources ?? [],
    media_ids: Array.isArray(mediaIds) ? mediaIds : [],
  };
}

function senderFor(store, session, kind, id) {
  const inSession = session.participants.find((p) => p.kind === kind && (id === undefined || p.id === id));
  if (inSession) return inSession;
  const pick = (list) => {
    const found = id === undefined ? list[0] : list.find((p) => p.id === id);
    if (!found) throw invalidField('sender_id', `is not a known ${kind}`);
    return found;
  };
  switch (kind) {
    case 'user': {
      if (id === undefined) return session.participants.find((p) => p.kind === 'user');
      const user = store.usersById.get(id);
      if (!user) throw invalidField('sender_id', 'is not a known user');
      return user;
    }
    case 'vendor': {
      const own = VENDOR_LOCATIONS.find((l) => l.id === session.vendor_location_id);
      return id === undefined && own ? own.vendor : pick(VENDOR_LOCATIONS.map((l) => l.vendor));
    }
    case 'agent':
      return pick(AGENTS);
    case 'assistant':
      return ASSISTANT;
    case 'bot': {
      const own = BOTS.find((b) => b.username === session.bot_username);
      return id === undefined && own ? own.participant : pick(BOTS.map((b) => b.participant));
    }
    default:
      return SYSTEM;
  }
}
