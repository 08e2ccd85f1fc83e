import { html, nothing, type TemplateResult } from 'lit';
import { cleanFileName, displayFileName, downloadFileName } from '../../api/file-name.js';
import { formatBytes } from '../../api/upload-limits.js';
import { safeFileHref, safeSrc } from '../../markdown/safe-url.js';
import type { ChatMedia } from '../../api/types.gen.js';
import type { PendingUpload, ThreadItem } from '../../state/thread-item.js';
import { icons } from './thread.icons.js';
import { terms as english } from './thread.terms.js';

/**
 * One attachment of a message: an image preview, a player, or a file chip. Only files on the API's own origin load
 * by themselves; any other http(s) URL is a file chip to click, and other schemes are no link at all.
 */
function renderOne(media: ChatMedia, terms: typeof english, apiBase: string): TemplateResult | typeof nothing {
  const href = safeFileHref(media.url);
  const src = safeSrc(media.url, apiBase);
  const size = formatBytes(media.size_bytes);
  const name = displayFileName(media.filename);
  if (src && media.media_type === 'image') {
    return html`<a part="media image" class="image" href=${src} target="_blank" rel="noopener noreferrer"
      ><img loading="lazy" decoding="async" alt=${name} title=${terms.openImage(name)} src=${src}
    /></a>`;
  }
  if (src && media.media_type === 'audio') {
    return html`<audio part="media audio" controls preload="metadata" src=${src} aria-label=${name}></audio>`;
  }
  if (src && media.media_type === 'video') {
    return html`<video part="media video" controls preload="metadata" src=${src} aria-label=${name}></video>`;
  }
  const body = html`${icons.file}<span class="file-text"><span class="file-name" dir="auto" title=${cleanFileName(media.filename)}>${name}</span
    ><span class="file-size"><span class="visually-hidden">, </span>${size}</span></span>`;
  return href
    ? html`<a part="attachment" class="file" href=${href} download=${downloadFileName(media.filename)} target="_blank" rel="noopener noreferrer"
        title=${terms.download}>${body}</a>`
    : html`<span part="attachment" class="file">${body}</span>`;
}

/** The attachments of a stored message; `apiBase` is where files may load from. */
export function renderMedia(media: readonly ChatMedia[], terms: typeof english = english, apiBase = ''): TemplateResult | typeof nothing {
  if (!media.length) return nothing;
  return html`<div class="media" role="group" aria-label=${terms.attachments}>${media.map((one) => renderOne(one, terms, apiBase))}</div>`;
}

export interface UploadHost {
  /** The thread's strings in the reader's language. */
  readonly terms: typeof english;
  /** The API's base URL: media load only from its origin. */
  readonly apiBase: string;
  cancelUpload(item: ThreadItem, upload: PendingUpload): void;
}

function renderUpload(item: ThreadItem, upload: PendingUpload, host: UploadHost): TemplateResult {
  const terms = host.terms;
  if (upload.state === 'done' && upload.media) return renderOne(upload.media, terms, host.apiBase) as TemplateResult;
  const name = displayFileName(upload.file.name);
  const active = upload.state === 'waiting' || upload.state === 'uploading';
  const status =
    upload.state === 'cancelled'
      ? terms.uploadCancelled
      : upload.state === 'failed'
        ? (upload.error?.message ?? terms.notSent)
        : upload.state === 'waiting'
          ? terms.uploadWaiting
          : terms.progress(formatBytes(upload.loaded), formatBytes(upload.total));
  return html`<div part="upload" class="upload ${upload.state}">
    ${icons.file}
    <div class="upload-text">
      <span class="file-name" dir="auto">${name}</span>
      ${active
        ? html`<progress part="progress" max=${Math.max(upload.total, 1)} .value=${upload.loaded} aria-label=${terms.uploading(name)}></progress>`
        : nothing}
      <span class="file-size">${status}</span>
    </div>
    ${active
      ? html`<button part="cancel-upload" class="text-button" type="button" aria-label=${terms.cancelUpload(name)}
          @click=${() => host.cancelUpload(item, upload)}>${terms.cancel}</button>`
      : nothing}
  </div>`;
}

/** The files of a message still on its way: name, bytes sent of the total as a bar, and Cancel. */
export function renderUploads(item: ThreadItem, host: UploadHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (!item.uploads?.length) return nothing;
  return html`<div class="media" role="group" aria-label=${terms.attachments}>${item.uploads.map((u) => renderUpload(item, u, host))}</div>`;
}
