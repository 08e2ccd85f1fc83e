import { KeskMediaGallery } from './media-gallery.js';

export { KeskMediaGallery };

if (!customElements.get('kesk-media-gallery')) customElements.define('kesk-media-gallery', KeskMediaGallery);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-media-gallery': KeskMediaGallery;
  }
}
