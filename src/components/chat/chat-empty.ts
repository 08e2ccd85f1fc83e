import { html, nothing } from 'lit';
import type { ChatMode } from '../../state/conversation-store.js';
import { modeIcons } from './chat-icons.js';
import { terms as english } from './chat.terms.js';

/**
 * What the panel shows before the first message: a greeting by mode and, for the assistant, a few starter
 * questions that send on click. Hosts replace all of it through the `empty` slot.
 */
export function renderEmpty(mode: ChatMode, name: string, starters: string[], onStarter: (text: string) => void, terms: typeof english = english) {
  const intro = mode === 'bot' || mode === 'direct' ? terms.intro[mode](name) : terms.intro[mode];
  return html`
    <div class="empty" part="empty">
      <slot name="empty">
        <div class="greeting" part="greeting">
          <span class="avatar large" aria-hidden="true">${modeIcons[mode]}</span>
          <p class="hello">${terms.greeting[mode]}</p>
          <p class="intro">${intro}</p>
        </div>
        ${starters.length
          ? html`<ul class="starters" aria-label=${terms.startersLabel}>
              ${starters.map(
                (text) => html`<li><button type="button" part="starter" @click=${() => onStarter(text)}>${text}</button></li>`,
              )}
            </ul>`
          : nothing}
      </slot>
    </div>
  `;
}
