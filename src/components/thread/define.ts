import { KeskThread } from './thread.js';

export { KeskThread };

if (!customElements.get('kesk-thread')) customElements.define('kesk-thread', KeskThread);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-thread': KeskThread;
  }
}
