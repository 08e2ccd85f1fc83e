import { KeskChat } from './chat.js';

// Registers <kesk-chat> alone. `define.ts` imports this before the other elements' define files, so that the root
// is upgraded first: elements a page places inside it then find its context as they connect.
if (!customElements.get('kesk-chat')) customElements.define('kesk-chat', KeskChat);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-chat': KeskChat;
  }
}
