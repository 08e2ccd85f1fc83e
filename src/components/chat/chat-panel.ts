import { html, nothing } from 'lit';
import type { ConversationState } from '../../state/conversation-store.js';
import { renderEmpty } from './chat-empty.js';
import { renderHeader, type HeaderModel } from './chat-header.js';
import { renderOutboxStatus } from './chat-outbox-status.js';
// Every documented part of the children, so that hosts can style it through <kesk-chat> (`kesk-chat::part(bubble)`).
import { COMPOSER_PARTS, MEDIA_PARTS, SESSION_PARTS, SUGGESTION_PARTS, THREAD_PARTS } from './exported-parts.gen.js';

export interface PanelModel extends HeaderModel {
  conversation: ConversationState | undefined;
  /** How the greeting names the other side. */
  otherName: string;
  starters: string[];
  onStarter(text: string): void;
  onRetryNow(): void;
  /** The code of the view shown did not load: the view says so, with a retry. */
  viewFailed: boolean;
  onRetryView(): void;
}

/** The panel's content: the header, and the view shown (the thread and composer, the conversations, the media). */
export function renderPanel(m: PanelModel) {
  const c = m.conversation;
  // The thread says why a linked message is not shown (it shows in place of the greeting until dismissed).
  const linkNotice = c?.linked?.status === 'unavailable' || c?.linked?.status === 'failed';
  // No white space between the tags: the panel, its body and its views are flex boxes, where it would not show, and
  // every run of it is a text node.
  return html`${renderHeader(m)}<div part="body" class="body"><div class="view" ?hidden=${m.view !== 'thread'}>${c &&
    c.sessionId === null &&
    c.items.length === 0 &&
    !c.loading &&
    !linkNotice
      ? renderEmpty(m.mode, m.otherName, m.starters, m.onStarter, m.terms)
      : html`<kesk-thread exportparts=${THREAD_PARTS}></kesk-thread>`}${renderOutboxStatus(c?.outbox, m.terms, m.onRetryNow)}${m.mode === 'bot'
      ? html`<kesk-bot-suggestions exportparts=${SUGGESTION_PARTS}></kesk-bot-suggestions>`
      : nothing}<kesk-composer exportparts=${COMPOSER_PARTS}></kesk-composer></div>${m.viewFailed && m.view !== 'thread'
      ? html`<div part="view-failed" class="view view-failed" role="alert">
          <p>${m.terms.viewNotLoaded}</p>
          <button part="retry-view" class="text-button" type="button" @click=${m.onRetryView}>${m.terms.outbox.retryNow}</button>
        </div>`
      : nothing}${m.view === 'sessions' ? html`<kesk-session-list class="view" exportparts=${SESSION_PARTS}></kesk-session-list>` : nothing}${m.view === 'media'
      ? html`<kesk-media-gallery class="view" exportparts=${MEDIA_PARTS}></kesk-media-gallery>`
      : nothing}</div>`;
}
