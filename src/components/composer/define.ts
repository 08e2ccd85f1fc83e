import { KeskComposer } from './composer.js';

export { KeskComposer };

if (!customElements.get('kesk-composer')) customElements.define('kesk-composer', KeskComposer);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-composer': KeskComposer;
  }
}
