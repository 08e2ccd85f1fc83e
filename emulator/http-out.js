// Writing responses. Every JSON answer of the emulator goes through here, so headers stay consistent.
import { createHash } from 'node:crypto';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body anything JSON.stringify accepts
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/** `304 Not Modified`: headers only. */
export function sendNotModified(res, headers = {}) {
  res.writeHead(304, headers);
  res.end();
}

/** A weak validator of exactly the bytes this user would get. */
export function weakEtag(body) {
  const hash = createHash('sha1').update(JSON.stringify(body)).digest('base64url').slice(0, 22);
  return `W/"${hash}"`;
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, lists and `*` allowed). */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
