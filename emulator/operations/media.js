// Media of a session: multipart upload with per-type limits (idempotent on `Idempotency-Key`), listing, reading
// and deleting.
import { ApiError, fileTooLarge, invalidField, unsupportedMediaType } from '../errors.js';
import { extensionOf, uploadTypeOf } from '../upload-limits.js';
import { mediaView } from '../records-to-json.js';

// 1–255 visible ASCII characters, as the contract's header parameter says.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export function uploadChatMedia({ store, user, params, parts, view, headers = {} }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const key = idempotencyKey(headers['idempotency-key'], user, session);
  // A repeat is answered before any other check: the media stored then, while it exists, whatever the body is now.
  const stored = key && store.media.get(store.replays.get(key));
  if (stored) return { headers: { 'Idempotent-Replayed': 'true' }, body: mediaView(stored, view) };

  const file = parts.find((p) => p.name === 'file');
  if (!file) throw invalidField('file', 'is required');
  if (file.filename === null) throw invalidField('file', 'must be a file, with a file name');
  const filename = cleanName(file.filename);
  const type = uploadTypeOf(filename);
  if (!type) {
    const ext = extensionOf(filename);
    throw unsupportedMediaType(ext ? `Files of type .${ext} are not allowed` : 'Files without an extension are not allowed');
  }
  if (file.data.length > type.limit) throw fileTooLarge(type.limitMessage);
  if (file.data.length === 0) throw invalidField('file', 'must not be empty');
  const item = store.addMedia({
    chat_session_id: session.id,
    media_type: type.mediaType,
    mime_type: type.mimeType,
    filename,
    size_bytes: file.data.length,
    // Copied: the part is a view into the whole request body, which would otherwise stay in memory.
    bytes: Buffer.from(file.data),
    secret: store.secret(),
    uploaded_by: user.id,
  });
  if (key) store.replays.set(key, item.id);
  return { body: mediaView(item, view) };
}

/** The replay key of an upload's `Idempotency-Key` (one user's, in one session), or null without one. */
function idempotencyKey(value, user, session) {
  if (value === undefined) return null;
  if (Array.isArray(value) || !IDEMPOTENCY_KEY.test(value)) {
    throw invalidField('Idempotency-Key', 'must be 1 to 255 visible ASCII characters');
  }
  return `upload:${user.id}:${session.id}:${value}`;
}

// Only the last path segment counts (some clients send "C:\fakepath\x.png"), and no control characters.
function cleanName(name) {
  const base = name.split(/[\\/]/).pop().replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base) throw new ApiError(422, 'validation_failed', 'Request validation failed', {
    details: [{ field: 'file', message: 'has no usable file name' }],
  });
  return base;
}

export function listChatMedia({ store, user, params, query, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const items = [...store.media.values()]
    .filter((m) => m.chat_session_id === session.id)
    .sort((a, b) => b.id - a.id)
    .slice(query.offset, query.offset + query.limit);
  return { body: items.map((m) => mediaView(m, view)) };
}

export function getChatMedia({ store, user, params, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
  return { body: mediaView(store.mediaIn(session, params.media_id), view) };
}

export function deleteChatMedia({ store, user, params }) {
  const session = store.sessionFor(user, params.chat_session_id);
  const item = store.mediaIn(session, params.media_id);
  store.media.delete(item.id);
  for (const id of session.message_ids) {
    const message = store.messages.get(id);
    if (message.media_ids.includes(item.id)) message.media_ids = message.media_ids.filter((m) => m !== item.id);
  }
  return { body: 'Media deleted' };
}
