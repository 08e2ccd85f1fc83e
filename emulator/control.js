// The control endpoints under `/__emulator` (emulator/README.md): health, reset, who exists, reply delay,
// injected messages, revoked tokens, fault rules and the request log. No auth: they exist for tests and demos.
import { randomUUID } from 'node:crypto';
import { AGENTS, ASSISTANT, BOTS, SYSTEM, VENDOR_LOCATIONS, worldView } from './world/people.js';
import { ApiError, badRequest, invalidField, notFound, validationFailed } from './errors.js';
import { readBody } from './body-reader.js';
import { shapeProblems } from './json-limits.js';
import { sendJson } from './respond.js';
import { mediaView, messageView } from './records-to-json.js';

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
      return worldView();
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
    case 'POST /tokens/rotate': {
      // What a backend does when a token expires: the old one is refused from now on, a new one names the same user.
      const { token } = await jsonBody(req);
      if (typeof token !== 'string' || token === '') throw invalidField('token', 'must be a non-empty string');
      const user = env.live.store.userForToken(token);
      const fresh = `${token.replace(/~[0-9a-f]{8}$/, '')}~${randomUUID().slice(0, 8)}`;
      env.live.store.usersByToken.set(fresh, user);
      env.live.store.revoked.add(token);
      return { token: fresh, user_id: user.id };
    }
    case 'PUT /faults': {
      const count = env.live.faults.replace(await jsonBody(req), env.live.seed);
      env.releaseHung();
      return { ok: true, rules: count };
    }
    case 'GET /faults':
      return { rules: env.live.faults.list() };
    case 'DELETE /faults':
      env.live.faults.clear();
      env.releaseHung();
      return { ok: true };
    case 'GET /held':
      return { held: env.heldOpen(url.searchParams.get('token')) };
    case 'GET /log': {
      const since = url.searchParams.get('since');
      if (since !== null && !/^\d+$/.test(since)) throw invalidField('since', 'must be an entry id');
      return { entries: env.log.query({ since: Number(since ?? 0), token: url.searchParams.get('token') }) };
    }
    case 'DELETE /log':
      env.log.clear();
      return { ok: true };
    case 'POST /users':
      return setUser(env, req);
    default: {
      const inject = /^\/sessions\/([^/]+)\/messages$/.exec(path);
      if (inject && method === 'POST') return injectMessage(env, req, inject[1]);
      const media = /^\/sessions\/([^/]+)\/media$/.exec(path);
      if (media && method === 'POST') return injectMedia(env, req, media[1]);
      const chips = /^\/bots\/([^/]+)\/suggestions$/.exec(path);
      if (chips && (method === 'PUT' || method === 'DELETE')) return setSuggestions(env, req, decodeURIComponent(chips[1]));
      const bulk = /^\/sessions\/([^/]+)\/messages\/bulk$/.exec(path);
      if (bulk && method === 'POST') return injectMany(env, req, bulk[1]);
      throw notFound(`No control endpoint ${method} /__emulator${path}`);
    }
  }
}

async function jsonBody(req, limit = 16 * 1024 * 1024) {
  // By default large enough for the megabyte-long messages of the hostile-input suite, JSON-escaped.
  const read = await readBody(req, limit);
  if (read.tooLarge) throw badRequest('Body too large');
  const text = read.body.toString('utf8');
  if (text.trim() === '') return {};
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Request body is not a JSON object');
  // The API's own limits on depth and keys (json-limits.js): what is injected here is stored and read back as well.
  const shape = shapeProblems(body);
  if (shape.length) throw validationFailed(shape);
  return body;
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
  if (body.sender !== undefined && !isParticipantShape(body.sender)) {
    problems.push({ field: `${prefix}sender`, message: 'must be an object with a string name (and optional id, avatar_url, username)' });
  }
  let sender = null;
  if (problems.length === before) {
    try {
      sender = body.sender ? adHocSender(store, body.sender_kind, body.sender) : senderFor(store, session, body.sender_kind, body.sender_id);
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

function isParticipantShape(p) {
  return p !== null && typeof p === 'object' && !Array.isArray(p) && typeof p.name === 'string' &&
    (p.id === undefined || Number.isInteger(p.id)) &&
    (p.avatar_url === undefined || p.avatar_url === null || typeof p.avatar_url === 'string') &&
    (p.username === undefined || p.username === null || typeof p.username === 'string');
}

// A participant made up for one injected message (any name, any avatar URL), so tests can show what the widget does
// with names and pictures that no seeded person has. Ids come from their own range (900000s), unless given.
function adHocSender(store, kind, { id, name, avatar_url = null, username = null }) {
  const given = id ?? ++store.counters.adHoc;
  return { id: given, kind, name, avatar_url, username };
}

// Names and pictures for a guest (a token's user), to show how they look to others: in a direct chat's title, its
// header, its messages. Seeded users keep theirs: they are shared by every test and the demo.
async function setUser(env, req) {
  const { store } = env.live;
  const body = await jsonBody(req);
  if (typeof body.token !== 'string' || body.token === '') throw invalidField('token', 'must be a non-empty string');
  if (body.name !== undefined && typeof body.name !== 'string') throw invalidField('name', 'must be a string');
  if (body.avatar_url !== undefined && body.avatar_url !== null && typeof body.avatar_url !== 'string') {
    throw invalidField('avatar_url', 'must be a string or null');
  }
  const user = store.userForToken(body.token);
  if (store.isSeededUser(user)) throw invalidField('token', 'is a seeded user, whose name and picture are fixed');
  if (body.name !== undefined) user.name = body.name;
  if (body.avatar_url !== undefined) user.avatar_url = body.avatar_url;
  const { token, ...participant } = user;
  return participant;
}

// A media item in a session made without the upload's checks: any file name, type and bytes, and optionally a URL
// of its own instead of the capability URL (what a misbehaving or compromised backend might send).
async function injectMedia(env, req, rawId) {
  if (!/^\d+$/.test(rawId)) throw badRequest('Session id must be an integer');
  const { store } = env.live;
  const session = store.sessions.get(Number(rawId));
  if (!session) throw notFound('Chat session not found');
  const body = await jsonBody(req);
  const problems = [];
  if (typeof body.filename !== 'string' || body.filename === '') problems.push({ field: 'filename', message: 'must be a non-empty string' });
  if (!['image', 'audio', 'video', 'file'].includes(body.media_type ?? 'file')) {
    problems.push({ field: 'media_type', message: 'must be one of: image, audio, video, file' });
  }
  for (const field of ['mime_type', 'content', 'url']) {
    if (body[field] !== undefined && typeof body[field] !== 'string') problems.push({ field, message: 'must be a string' });
  }
  if (body.uploaded_by !== undefined && !Number.isInteger(body.uploaded_by)) problems.push({ field: 'uploaded_by', message: 'must be an integer' });
  if (problems.length) throw validationFailed(problems);
  const bytes = Buffer.from(body.content ?? '', 'utf8');
  const item = store.addMedia({
    chat_session_id: session.id,
    media_type: body.media_type ?? 'file',
    mime_type: body.mime_type ?? 'application/octet-stream',
    filename: body.filename,
    size_bytes: bytes.length,
    bytes,
    secret: store.secret(),
    uploaded_by: body.uploaded_by ?? session.participants.find((p) => p.kind === 'user')?.id ?? 0,
    url: body.url,
  });
  return mediaView(item, env.viewContext(null, req));
}

// The bot's chips, replaced until a reset or DELETE: any text, to show what the widget does with it.
async function setSuggestions(env, req, username) {
  const { store } = env.live;
  if (!BOTS.some((b) => b.username === username)) throw notFound('Bot not found');
  if (req.method === 'DELETE') {
    store.suggestionOverrides.delete(username);
    return { ok: true };
  }
  const { suggestions } = await jsonBody(req);
  const valid = Array.isArray(suggestions) && suggestions.every((s) => s && typeof s.id === 'string' && typeof s.text === 'string');
  if (!valid) throw invalidField('suggestions', 'must be an array of {id, text} strings');
  store.suggestionOverrides.set(username, suggestions.map(({ id, text }) => ({ id, text })));
  return { suggestions: store.suggestionOverrides.get(username) };
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
