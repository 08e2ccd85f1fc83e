// What may be uploaded, by file extension, and how large (NOTES.md, "Media"). MB = 1024 × 1024 bytes.

import { loadContract } from './contract.js';

const MB = 1024 * 1024;

// The limits live in the contract (`x-upload-limits` on uploadChatMedia), which the client's types are generated
// from too: one table for both sides. The MIME type is chosen by extension, never taken from the client, so a
// file is served as what it claims to be.
const LIMITS = Object.values(loadContract().paths)
  .flatMap((item) => Object.values(item))
  .find((op) => op?.operationId === 'uploadChatMedia')['x-upload-limits'];

const KINDS = Object.fromEntries(LIMITS.map((k) => [k.media_type, { limit: k.max_bytes, label: k.label }]));
const TYPES = Object.fromEntries(
  LIMITS.flatMap((k) => Object.entries(k.extensions).map(([ext, mime]) => [ext, [k.media_type, mime]])),
);

/** The largest limit of any type: an upload body past it is refused without reading the rest. */
export const LARGEST_LIMIT = Math.max(...Object.values(KINDS).map((k) => k.limit));

/** `photo.JPG` → `jpg`; '' when there is no extension. */
export function extensionOf(filename) {
  const match = /\.([^./\\]+)$/.exec(filename ?? '');
  return match ? match[1].toLowerCase() : '';
}

/**
 * @returns {{ extension: string, mediaType: 'image'|'audio'|'video'|'file', mimeType: string, limit: number,
 *   limitMessage: string } | null} null for a type that may not be uploaded
 */
export function uploadTypeOf(filename) {
  const extension = extensionOf(filename);
  const entry = Object.hasOwn(TYPES, extension) ? TYPES[extension] : null;
  if (!entry) return null;
  const [mediaType, mimeType] = entry;
  const { limit, label } = KINDS[mediaType];
  return { extension, mediaType, mimeType, limit, limitMessage: `${label} can be at most ${limit / MB} MB` };
}

/** The message for a body over every limit, naming the type's own limit when the filename is known. */
export function oversizeMessage(filename) {
  return uploadTypeOf(filename)?.limitMessage ?? `Uploads can be at most ${LARGEST_LIMIT / MB} MB`;
}
