import { checkUpload as checkLimits, type MediaType, type UploadLimitCheck } from './upload-limits.js';
import { UPLOAD_LIMITS, UPLOAD_MIME_TYPES } from './types.gen.js';

// The upload limits as the package exports them, each extension with its MIME type. Kept apart from
// upload-limits.ts so that the widget, which checks files but never reads a MIME type, does not carry the table.

export interface UploadKind {
  mediaType: MediaType;
  /** What a person calls this kind of file, for messages. */
  label: string;
  maxBytes: number;
  /** Extension → MIME type. */
  extensions: Record<string, string>;
}

export interface UploadCheck extends UploadLimitCheck {
  mimeType: string;
}

type Extension = keyof typeof UPLOAD_MIME_TYPES;

/** The API's upload limits by file extension, generated from the contract's `x-upload-limits`. */
export const UPLOAD_KINDS: readonly UploadKind[] = UPLOAD_LIMITS.map((k) => ({
  ...k,
  extensions: Object.fromEntries(k.extensions.map((e) => [e, UPLOAD_MIME_TYPES[e]])),
}));

/**
 * Checks a file against the API's type and size limits before any byte leaves the device, and names its MIME type.
 * Throws a `ChatApiError` (source `client`, 415 or 413) whose message names the limit.
 */
export function checkUpload(file: { name: string; size: number }): UploadCheck {
  const check = checkLimits(file);
  return { ...check, mimeType: UPLOAD_MIME_TYPES[check.extension as Extension] };
}
