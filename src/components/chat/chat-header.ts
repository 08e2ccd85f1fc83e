import { html, nothing } from 'lit';
import type { ChatMode } from '../../state/conversation-store.js';
import type { PanelView } from '../../state/ui-store.js';
import { backIcon, closeIcon, conversationsIcon, mediaIcon, modeIcons } from './chat-icons.js';
import type { terms as english } from './chat.terms.js';

export interface HeaderModel {
  /** The chat's strings in the reader's language. */
  terms: typeof english;
  mode: ChatMode;
  heading: string;
  status: string;
  /** The other side can answer now (drives the status dot). */
  online: boolean;
  view: PanelView;
  floating: boolean;
  hasSession: boolean;
  onView(view: PanelView): void;
  onClose(): void;
}

/** The panel's header: who you talk to and how soon they answer, the views, and close. */
export function renderHeader(m: HeaderModel) {
  const sub = m.view !== 'thread';
  const terms = m.terms;
  const title = m.view === 'sessions' ? terms.conversations : m.view === 'media' ? terms.media : m.heading;
  // A <div>, not a <header>: from a shadow root a <header> would be a page-level banner landmark, a second one
  // beside the host page's own.
  // No white space between the tags: the header is a flex box (its titles hold blocks), where it would not show, and
  // every run of it is a text node.
  const views = sub
    ? nothing
    : html`<button class="icon-button" part="sessions-button" type="button" aria-label=${terms.conversations} title=${terms.conversations}
          @click=${() => m.onView('sessions')}>${conversationsIcon}</button>${m.hasSession
          ? html`<button class="icon-button" part="media-button" type="button" aria-label=${terms.media} title=${terms.media} @click=${() => m.onView('media')}
              >${mediaIcon}</button>`
          : nothing}`;
  return html`<div part="header" class="header">${sub
      ? html`<button class="icon-button back" part="back-button" type="button" aria-label=${terms.back} title=${terms.back} @click=${() => m.onView('thread')}
          >${backIcon}</button>`
      : html`<span class="avatar" part="header-avatar">${modeIcons[m.mode]}</span>`}<div class="titles"
      ><h2 part="heading" id="heading" title=${title} .textContent=${title}></h2>${sub
        ? nothing
        : html`<p class="status" part="header-status"><span class="dot ${m.online ? 'on' : ''}" aria-hidden="true"></span><span .textContent=${m.status}></span></p>`}</div
    ><slot name="header"></slot>${views}${m.floating
      ? html`<button class="icon-button" part="close-button" type="button" aria-label=${terms.close} title=${terms.close} @click=${m.onClose}>${closeIcon}</button>`
      : nothing}</div>`;
}
