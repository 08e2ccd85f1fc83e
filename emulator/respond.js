// Writing responses. Every JSON answer of the emulator goes through here, so headers stay consistent.
import { createHash } from 'node:crypto';

const JSON_TYPE = 'application/json; charset=utf-8';
// How long an answer sent before its request's body arrived waits for the rest of that body (see `endAfterBody`).
const LINGER_MS = 30_000;

/**
 * Writes a JSON answer and returns the status actually sent. A body that cannot be serialised (nested past the
 * engine's stack, a cycle, a BigInt: a bug, since requests are bounded by json-limits.js) is answered
 * `500 internal_error` in the contract's shape instead, so the request still gets an answer and the log its status.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body anything JSON.stringify accepts
 * @param {Record<string, string>} [headers]
 * @returns {number}
 */
export function sendJson(res, status, body, headers = {}) {
  let text = toJson(body);
  if (text === null) {
    console.error(`[emulator] the answer to ${res.req?.method} ${res.req?.url} could not be serialised`);
    status = 500;
    text = JSON.stringify({ error: { code: 'internal_error', message: 'The answer could not be written' } });
    headers = { 'Cache-Control': 'no-store' };
  }
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  endAfterBody(res, res.req?.method === 'HEAD' ? undefined : text);
  return status;
}

/** `JSON.stringify(body)`, or null when it throws. */
function toJson(body) {
  try {
    return JSON.stringify(body);
  } catch {
    return null;
  }
}

/**
 * Sends the rest of a response now, and ends it once the request's body has all arrived. An answer can come before
 * the body has (a 413 for an upload over the limit, a 401, an injected fault): ending it at once lets Node close a
 * `Connection: close` socket while the client is still sending, and closing a socket with unread bytes makes the
 * kernel reset the connection, which can reach the client before it has read the answer (it sees ECONNRESET or
 * EPIPE instead of the 413). So: answer, keep reading and discarding the body (at most `LINGER_MS`), then close,
 * as web servers' "lingering close" does. The client has the whole answer at once either way (`Content-Length`).
 * @param {import('node:http').ServerResponse} res
 * @param {string | Buffer} [data]
 */
export function endAfterBody(res, data) {
  const req = res.req;
  if (!req || req.complete || req.destroyed) {
    res.end(data);
    return;
  }
  if (data !== undefined) res.write(data);
  let timer = null;
  const end = () => {
    clearTimeout(timer);
    req.off('end', end);
    req.off('close', end);
    if (!res.writableEnded) res.end();
  };
  timer = setTimeout(end, LINGER_MS);
  timer.unref?.();
  req.on('end', end);
  req.on('close', end);
  req.on('error', () => {});
  req.resume();
}

/** `304 Not Modified`: headers only. */
export function sendNotModified(res, headers = {}) {
  res.writeHead(304, headers);
  res.end();
}

/** A weak validator of exactly the bytes this user would get; null when `body` cannot be serialised. */
export function weakEtag(body) {
  const text = toJson(body);
  if (text === null) return null;
  const hash = createHash('sha1').update(text).digest('base64url').slice(0, 22);
  return `W/"${hash}"`;
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, lists and `*` allowed). */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
