// What may be uploaded, by file extension, and how large (NOTES.md, "Media"). MB = 1024 × 1024 bytes.

const MB = 1024 * 1024;

const KINDS = {
  image: { limit: 10 * MB, label: 'Images' },
  audio: { limit: 25 * MB, label: 'Audio files' },
  video: { limit: 100 * MB, label: 'Videos' },
  file: { limit: 50 * MB, label: 'Documents' },
};

// The MIME type is chosen by extension, never taken from the client, so a file is served as what it claims to be.
const TYPES = {
  jpg: ['image', 'image/jpeg'],
  jpeg: ['image', 'image/jpeg'],
  png: ['image', 'image/png'],
  gif: ['image', 'image/gif'],
  webp: ['image', 'image/webp'],
  mp3: ['audio', 'audio/mpeg'],
  wav: ['audio', 'audio/wav'],
  ogg: ['audio', 'audio/ogg'],
  m4a: ['audio', 'audio/mp4'],
  mp4: ['video', 'video/mp4'],
  mov: ['video', 'video/quicktime'],
  avi: ['video', 'video/x-msvideo'],
  mkv: ['video', 'video/x-matroska'],
  webm: ['video', 'video/webm'],
  pdf: ['file', 'application/pdf'],
  doc: ['file', 'application/msword'],
  docx: ['file', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['file', 'application/vnd.ms-excel'],
  xlsx: ['file', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ppt: ['file', 'application/vnd.ms-powerpoint'],
  pptx: ['file', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  txt: ['file', 'text/plain'],
  csv: ['file', 'text/csv'],
  zip: ['file', 'application/zip'],
};

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
