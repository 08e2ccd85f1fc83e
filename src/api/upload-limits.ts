import { invalidInput } from './errors.js';
import { UPLOAD_LIMITS } from './types.gen.js';

export type MediaType = 'image' | 'audio' | 'video' | 'file';

const MB = 1024 * 1024;

/** Every accepted extension, for an `<input type="file" accept>`. */
export const ACCEPTED_EXTENSIONS = UPLOAD_LIMITS.flatMap((k) => k.extensions.map((e) => `.${e}`));

/** What `checkUpload` found: the file's kind, extension and size limit. */
export interface UploadLimitCheck {
  mediaType: MediaType;
  extension: string;
  maxBytes: number;
}

/** Formats a byte count the way the limits are written: `10 MB`, `12.3 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} B`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Checks a file against the API's type and size limits before any byte leaves the device.
 * Throws a `ChatApiError` (source `client`, 415 or 413) whose message names the limit. The package exports the
 * same check with the file's MIME type added (upload-kinds.ts); the widget never needs that table.
 */
export function checkUpload(file: { name: string; size: number }): UploadLimitCheck {
  const extension = extensionOf(file.name);
  const kind = UPLOAD_LIMITS.find((k) => (k.extensions as readonly string[]).includes(extension));
  if (!kind) {
    throw invalidInput(
      `${file.name} can't be sent: allowed are images (jpg, png, gif, webp), audio (mp3, wav, ogg, m4a), video (mp4, mov, avi, mkv, webm) and documents (pdf, Office files, txt, csv, zip).`,
      [{ field: 'file', message: `.${extension || '?'} files are not accepted` }],
      415,
      'unsupported_media_type',
    );
  }
  if (file.size === 0) {
    throw invalidInput(`${file.name} is empty.`, [{ field: 'file', message: 'empty file' }]);
  }
  if (file.size > kind.maxBytes) {
    const limit = formatBytes(kind.maxBytes);
    throw invalidInput(`${kind.label} can be at most ${limit}; ${file.name} is ${formatBytes(file.size)}.`, [{ field: 'file', message: `larger than ${limit}` }], 413, 'file_too_large');
  }
  return { mediaType: kind.mediaType, extension, maxBytes: kind.maxBytes };
}
