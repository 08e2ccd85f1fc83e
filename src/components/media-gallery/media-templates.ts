import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../api/upload-limits.js';
import type { ChatMediaResponse } from '../../api/types.gen.js';
import { kindIcon } from './media-gallery.icons.js';
import { terms as english } from './media-gallery.terms.js';
import { safeMediaUrl } from './media-url.js';

/** What a grid tile shows: a lazy thumbnail for images, an icon, name and size for the rest. */
export function renderTile(item: ChatMediaResponse, terms: typeof english = english): TemplateResult {
  const url = safeMediaUrl(item.url);
  const kind = terms.kinds[item.media_type];
  if (item.media_type === 'image' && url) {
    return html`<img part="thumbnail" src=${url} alt=${item.filename} loading="lazy" decoding="async" />
      <span class="visually-hidden">, ${kind}, ${formatBytes(item.size_bytes)}</span>`;
  }
  return html`<span part="icon">${kindIcon(item.media_type, 32)}</span>
    <span part="name">${item.filename}</span>
    <span class="visually-hidden">, ${kind},</span>
    <span part="size">${formatBytes(item.size_bytes)}</span>`;
}

/** The item itself in the viewer: the image, a player, or a large icon for documents. */
export function renderPreview(item: ChatMediaResponse, terms: typeof english = english): TemplateResult | typeof nothing {
  const url = safeMediaUrl(item.url);
  if (!url) return html`<p>${terms.noPreview}</p>`;
  switch (item.media_type) {
    case 'image':
      return html`<img src=${url} alt=${item.filename} />`;
    case 'audio':
      return html`<audio controls preload="metadata" src=${url} aria-label=${item.filename}></audio>`;
    case 'video':
      return html`<video controls playsinline preload="metadata" src=${url} aria-label=${item.filename}></video>`;
    default:
      return html`<span class="file-icon">${kindIcon('file', 64)}</span>`;
  }
}
