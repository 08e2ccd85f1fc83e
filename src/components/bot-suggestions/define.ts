import { KeskBotSuggestions } from './bot-suggestions.js';

export { KeskBotSuggestions };

if (!customElements.get('kesk-bot-suggestions')) customElements.define('kesk-bot-suggestions', KeskBotSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'kesk-bot-suggestions': KeskBotSuggestions;
  }
}
