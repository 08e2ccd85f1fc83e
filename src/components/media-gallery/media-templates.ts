import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../api/upload-limits.js';
import type { ChatMediaResponse } from '../../api/types.gen.js';
import { kindIcon } from './media-gallery.icons.js';
import { terms as english } from './media-gallery.terms.js';
import { cleanFileName, displayFileName } from '../../api/file-name.js';
import { safeSrc } from '../../markdown/safe-url.js';

/**
 * What a grid tile shows: a lazy thumbnail for images on the API's origin (`apiBase`), an icon, name and size for
 * the rest. Names are shown cleaned of direction-changing characters, with their extension always in sight.
 */
export function renderTile(item: ChatMediaResponse, terms: typeof english = english, apiBase = ''): TemplateResult {
  const url = safeSrc(item.url, apiBase);
  const kind = terms.kinds[item.media_type];
  const name = displayFileName(item.filename);
  if (item.media_type === 'image' && url) {
    return html`<img part="thumbnail" src=${url} alt=${name} loading="lazy" decoding="async" />
      <span class="visually-hidden">, ${kind}, ${formatBytes(item.size_bytes)}</span>`;
  }
  return html`<span part="icon">${kindIcon(item.media_type, 32)}</span>
    <span part="name" dir="auto" title=${cleanFileName(item.filename)}>${name}</span>
    <span class="visually-hidden">, ${kind},</span>
    <span part="size">${formatBytes(item.size_bytes)}</span>`;
}

/** The item itself in the viewer: the image, a player, or a large icon for documents (only from the API's origin). */
export function renderPreview(item: ChatMediaResponse, terms: typeof english = english, apiBase = ''): TemplateResult | typeof nothing {
  const url = safeSrc(item.url, apiBase);
  const name = cleanFileName(item.filename);
  if (!url) return html`<p>${terms.noPreview}</p>`;
  switch (item.media_type) {
    case 'image':
      return html`<img src=${url} alt=${name} />`;
    case 'audio':
      return html`<audio controls preload="metadata" src=${url} aria-label=${name}></audio>`;
    case 'video':
      return html`<video controls playsinline preload="metadata" src=${url} aria-label=${name}></video>`;
    default:
      return html`<span class="file-icon">${kindIcon('file', 64)}</span>`;
  }
}
