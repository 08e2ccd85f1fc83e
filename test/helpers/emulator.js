// Small helpers for the emulator's black-box tests: real HTTP with fetch against the emulator that
// web-test-runner mounts on its own origin. Tests isolate themselves by token, never by resetting.

export const API = `${location.origin}/v1`;
export const CONTROL = `${location.origin}/__emulator`;

/** A fresh bearer token: every distinct token is a distinct user. */
export function newUser() {
  return `t-${crypto.randomUUID()}`;
}

/** A fresh client_message_id. */
export function newId() {
  return `c-${crypto.randomUUID()}`;
}

async function read(res) {
  const text = await res.text();
  let body = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: res.status, headers: res.headers, body, text };
}

/**
 * Calls a `/v1` operation. `body` is sent as JSON unless it is a string, FormData or Blob (sent as is);
 * a `token` of null sends no Authorization header. `init` passes extra fetch options (such as `signal`).
 * @returns {Promise<{status: number, headers: Headers, body: any, text: string}>}
 */
export async function api(token, method, path, body, headers = {}, init = {}) {
  const h = { ...headers };
  if (token != null && !('Authorization' in h)) h.Authorization = `Bearer ${token}`;
  let payload;
  if (body instanceof FormData || body instanceof Blob || typeof body === 'string') {
    payload = body;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    if (!('Content-Type' in h)) h['Content-Type'] = 'application/json';
  }
  const res = await fetch(API + path, { method, headers: h, body: payload, ...init });
  return read(res);
}

/** Calls a control endpoint under /__emulator. */
export async function control(method, path, body) {
  const init = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  return read(await fetch(CONTROL + path, init));
}

/** Who exists: `{users, vendor_locations, bots, agents, assistant}`. */
export async function world() {
  return (await control('GET', '/world')).body;
}

/** Injects a message into a session as anyone (`{sender_kind, content, …}`); returns the ChatMessage. */
export async function inject(sessionId, msg) {
  const res = await control('POST', `/sessions/${sessionId}/messages`, msg);
  if (res.status !== 200) throw new Error(`inject answered ${res.status}: ${res.text}`);
  return res.body;
}

/** Replaces the emulator's fault rules. Rules that other tests may meet must carry a `token` selector. */
export async function setFaults(rules, seed) {
  const res = await control('PUT', '/faults', seed === undefined ? { rules } : { seed, rules });
  if (res.status !== 200) throw new Error(`PUT /faults answered ${res.status}: ${res.text}`);
  return res.body;
}

/** The request log, optionally filtered: `log({token, since})` → entries. */
export async function log({ token, since } = {}) {
  const q = new URLSearchParams();
  if (token) q.set('token', token);
  if (since != null) q.set('since', String(since));
  const res = await control('GET', `/log${q.size ? `?${q}` : ''}`);
  return res.body.entries;
}

/** Revokes a token: it gets 401 token_expired from now on. */
export async function revoke(token) {
  return control('POST', '/tokens/revoke', { token });
}

/** Expires a token and returns a new one for the same user (what a backend's refresh hands out). */
export async function rotate(token) {
  const res = await control('POST', '/tokens/rotate', { token });
  if (res.status !== 200) throw new Error(`rotate answered ${res.status}: ${res.text}`);
  return res.body.token;
}

/** How many requests a hang or a stalled body holds open on the emulator (connections the client has not closed). */
export async function heldOpen(token) {
  const res = await control('GET', `/held${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  if (res.status !== 200) throw new Error(`GET /held answered ${res.status}: ${res.text}`);
  return res.body.held;
}

/** Sets emulator config such as `{reply_delay_ms}` (global: restore it when done). */
export async function config(cfg) {
  return control('POST', '/config', cfg);
}

/** Polls `fn` until it returns a truthy value, or throws after `timeout` ms. */
export async function waitFor(fn, { timeout = 5000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitFor timed out after ${timeout} ms (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Starts a RAG chat for `token` with a first message; returns `{session, message}`. */
export async function startRag(token, message = 'Hello there', extra = {}) {
  const res = await api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'customer', message, ...extra });
  if (res.status !== 200) throw new Error(`startChat answered ${res.status}: ${res.text}`);
  return res.body;
}

/** Starts a vendor chat at the first known vendor location; returns `{session, message}`. */
export async function startVendor(token, message = 'Hi, is this in stock?', extra = {}) {
  const w = await world();
  const body = { chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message, ...extra };
  const res = await api(token, 'POST', '/chat/sessions/start', body);
  if (res.status !== 200) throw new Error(`startChat answered ${res.status}: ${res.text}`);
  return res.body;
}

/** Sends a text message to a session; returns the response. */
export function send(token, sessionId, content, extra = {}) {
  return api(token, 'POST', `/chat/sessions/${sessionId}/messages`, { content, ...extra });
}

/** The whole history of a session (following has_more), oldest first. */
export async function history(token, sessionId) {
  const all = [];
  let before;
  for (;;) {
    const q = before ? `?limit=100&before_message_id=${before}` : '?limit=100';
    const res = await api(token, 'GET', `/chat/sessions/${sessionId}/messages${q}`);
    if (res.status !== 200) throw new Error(`history answered ${res.status}: ${res.text}`);
    all.unshift(...res.body.messages);
    if (!res.body.has_more || res.body.messages.length === 0) return all;
    before = res.body.messages[0].id;
  }
}

/** Expects the contract's error shape with the given status and code. */
export function expectError(res, status, code) {
  if (res.status !== status || res.body?.error?.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${res.status}: ${res.text}`);
  }
  if (typeof res.body.error.message !== 'string' || res.body.error.message.length === 0) {
    throw new Error(`error without a message: ${res.text}`);
  }
}

/** A user's id, learned from the sender of a message they send (this creates a RAG session for them). */
export async function userIdOf(token) {
  const { message } = await startRag(token, 'who am I?');
  return message.sender.id;
}

/** The session as it appears in `token`'s session list (searching up to 100 sessions). */
export async function listItem(token, sessionId) {
  const res = await api(token, 'GET', '/chat/sessions?limit=100');
  if (res.status !== 200) throw new Error(`listChatSessions answered ${res.status}: ${res.text}`);
  return res.body.sessions.find((s) => s.id === sessionId);
}
