// Media of a session: multipart upload with per-type limits, listing, reading and deleting.
import { ApiError, fileTooLarge, invalidField, unsupportedMediaType } from '../errors.js';
import { extensionOf, uploadTypeOf } from '../upload-limits.js';
import { mediaView } from '../views.js';

export function uploadChatMedia({ store, user, params, parts, view }) {
  const session = store.sessionFor(user, params.chat_session_id);
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
  return { body: mediaView(item, view) };
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
