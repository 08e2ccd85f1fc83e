import { KeskSessionList } from './session-list.js';

export { KeskSessionList };

if (!customElements.get('kesk-session-list')) customElements.define('kesk-session-list', KeskSessionList);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-session-list': KeskSessionList;
  }
}
