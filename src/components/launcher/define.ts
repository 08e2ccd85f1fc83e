import { KeskLauncher } from './launcher.js';

export { KeskLauncher };

if (!customElements.get('kesk-launcher')) customElements.define('kesk-launcher', KeskLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-launcher': KeskLauncher;
  }
}
