import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../api/upload-limits.js';
import type { ChatMedia } from '../../api/types.gen.js';
import type { PendingUpload, ThreadItem } from '../../state/thread-item.js';
import { httpUrl } from './rows.js';
import { icons } from './thread.icons.js';
import { terms as english } from './thread.terms.js';

/** One attachment of a message: an image preview, a player, or a file chip. Only http(s) URLs ever load. */
function renderOne(media: ChatMedia, terms: typeof english): TemplateResult | typeof nothing {
  const url = httpUrl(media.url);
  const size = formatBytes(media.size_bytes);
  if (url && media.media_type === 'image') {
    return html`<a part="media image" class="image" href=${url} target="_blank" rel="noopener noreferrer"
      ><img loading="lazy" decoding="async" alt=${media.filename} title=${terms.openImage(media.filename)} src=${url}
    /></a>`;
  }
  if (url && media.media_type === 'audio') {
    return html`<audio part="media audio" controls preload="metadata" src=${url} aria-label=${media.filename}></audio>`;
  }
  if (url && media.media_type === 'video') {
    return html`<video part="media video" controls preload="metadata" src=${url} aria-label=${media.filename}></video>`;
  }
  const body = html`${icons.file}<span class="file-text"><span class="file-name">${media.filename}</span
    ><span class="file-size"><span class="visually-hidden">, </span>${size}</span></span>`;
  return url
    ? html`<a part="attachment" class="file" href=${url} download=${media.filename} target="_blank" rel="noopener noreferrer"
        title=${terms.download}>${body}</a>`
    : html`<span part="attachment" class="file">${body}</span>`;
}

/** The attachments of a stored message. */
export function renderMedia(media: readonly ChatMedia[], terms: typeof english = english): TemplateResult | typeof nothing {
  if (!media.length) return nothing;
  return html`<div class="media" role="group" aria-label=${terms.attachments}>${media.map((one) => renderOne(one, terms))}</div>`;
}

export interface UploadHost {
  /** The thread's strings in the reader's language. */
  readonly terms: typeof english;
  cancelUpload(item: ThreadItem, upload: PendingUpload): void;
}

function renderUpload(item: ThreadItem, upload: PendingUpload, host: UploadHost): TemplateResult {
  const terms = host.terms;
  if (upload.state === 'done' && upload.media) return renderOne(upload.media, terms) as TemplateResult;
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
      <span class="file-name">${upload.file.name}</span>
      ${active
        ? html`<progress part="progress" max=${Math.max(upload.total, 1)} .value=${upload.loaded} aria-label=${terms.uploading(upload.file.name)}></progress>`
        : nothing}
      <span class="file-size">${status}</span>
    </div>
    ${active
      ? html`<button part="cancel-upload" class="text-button" type="button" aria-label=${terms.cancelUpload(upload.file.name)}
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
