import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderMarkdown, renderPlainText, safeHref, safeSrc, textDirection } from '../../markdown/index.js';
import type { ChatMessage } from '../../api/types.gen.js';
import type { ThreadItem } from '../../state/thread-item.js';
import { renderMedia, renderUploads, type UploadHost } from './media-view.js';
import { dayLabel, initials, timeLabel, type Row } from './rows.js';
import { icons } from './thread.icons.js';
import type { terms as english } from './thread.terms.js';

/** The emoji offered by a message's reaction picker. */
export const PICKER_EMOJI = ['👍', '❤️', '😂', '😮', '😢', '🙏'] as const;

/** What the message templates read from and call on `<kesk-thread>`. */
export interface MessageHost extends UploadHost {
  /** The reader's language, for dates and times. */
  readonly locale: string;
  readonly now: Date;
  /** The key of the message whose reaction picker is open. */
  readonly pickerFor: string | null;
  /** The key of the message asking "Delete this message?". */
  readonly confirmFor: string | null;
  readonly editingId: number | null;
  /** The keys of long messages the reader asked to see whole. */
  readonly expanded: ReadonlySet<string>;
  expand(item: ThreadItem): void;
  toggleReaction(item: ThreadItem, emoji: string): void;
  togglePicker(item: ThreadItem): void;
  edit(item: ThreadItem): void;
  askDelete(item: ThreadItem | null): void;
  confirmDelete(item: ThreadItem): void;
  retry(item: ThreadItem): void;
  discard(item: ThreadItem): void;
}

const stored = (item: ThreadItem) => item.delivery === 'sent' && item.message.id > 0 && !item.message.deleted;

function avatar(message: ChatMessage, apiBase: string): TemplateResult {
  const src = safeSrc(message.sender.avatar_url, apiBase);
  // The hue follows the sender, so people tell initials apart at a glance. Set through the CSSOM (`.style`), not a
  // style attribute, which a strict Content-Security-Policy (style-src without 'unsafe-inline') refuses.
  const hue = ((message.sender.id * 47 + message.sender.kind.length * 91) % 360 + 360) % 360;
  return src
    ? html`<img part="avatar" class="avatar" src=${src} alt="" loading="lazy" />`
    : html`<span part="avatar" class="avatar" .style=${`--_hue:${hue}`} aria-hidden="true">${initials(message.sender.name)}</span>`;
}

/**
 * Messages longer than this show their beginning and a "Show the whole message" button, as mail clients clip long
 * mail: a megabyte of markdown takes seconds to lay out, and nobody reads it in a chat bubble.
 */
export const MESSAGE_CLIP = 20_000;

function content(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const message = item.message;
  if (!message.content) return nothing;
  const clip = message.content.length > MESSAGE_CLIP && !host.expanded.has(item.key);
  // Parsed and rendered again only when the text changes: the thread re-renders on every poll, scroll and keystroke,
  // and a long answer would otherwise be parsed and diffed each time.
  const markdown = message.content_format === 'markdown';
  const body = guard([message.content, markdown, clip], () => {
    const text = clip ? clipped(message.content) : message.content;
    return markdown ? renderMarkdown(text) : renderPlainText(text);
  });
  // The direction of the text, found once from the string (not `dir="auto"`, which Chromium recomputes over the
  // whole rendered subtree: quadratic for a long message).
  const dir = textDirection(message.content) ?? nothing;
  const more = clip
    ? html`<button part="show-all" class="text-button show-all" type="button" @click=${() => host.expand(item)}>${host.terms.showAll}</button>`
    : nothing;
  return html`<div class="text ${markdown ? 'markdown' : ''}" dir=${dir}>${body}</div>${more}`;
}

/** The beginning of a long text, cut at a line break near the limit when there is one. */
function clipped(text: string): string {
  const cut = text.lastIndexOf('\n', MESSAGE_CLIP);
  return `${text.slice(0, cut > MESSAGE_CLIP * 0.8 ? cut : MESSAGE_CLIP)}…`;
}

function sources(message: ChatMessage, terms: typeof english): TemplateResult | typeof nothing {
  if (!message.sources.length) return nothing;
  return html`<div part="sources" class="sources">
    <span class="sources-title">${terms.sources}</span>
    <ol>
      ${message.sources.map((s) => {
        const href = safeHref(s.url);
        return html`<li title=${s.snippet}>
          ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${s.title}</a>` : s.title}
        </li>`;
      })}
    </ol>
  </div>`;
}

function status(item: ThreadItem, terms: typeof english): TemplateResult | typeof nothing {
  if (!item.own || item.delivery === 'failed') return nothing;
  const sending = item.delivery === 'sending';
  const label = !sending ? terms.sent : item.waiting ? terms.waiting : terms.sending;
  return html`<span class="delivery ${item.delivery} ${item.waiting ? 'waiting' : ''}" title=${label}
    >${sending ? icons.clock : icons.check}<span class="visually-hidden">${label}</span></span
  >`;
}

function reactions(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  const list = item.message.reactions;
  const picker = host.pickerFor === item.key;
  if (!list.length && !picker) return nothing;
  return html`${list.length
      ? html`<div part="reactions" class="reactions" role="group" aria-label=${terms.reactions}>
          ${list.map(
            (r) => html`<button part="reaction" class="reaction" type="button" aria-pressed=${r.reacted_by_me ? 'true' : 'false'}
              aria-label=${terms.reaction(r.emoji, r.count)} @click=${() => host.toggleReaction(item, r.emoji)}>
              <span aria-hidden="true">${r.emoji}</span><span aria-hidden="true" class="count">${r.count}</span>
            </button>`,
          )}
        </div>`
      : nothing}
    ${picker
      ? html`<div part="reaction-picker" class="picker" role="group" aria-label=${terms.react}>
          ${PICKER_EMOJI.map((emoji) => {
            const mine = list.some((r) => r.emoji === emoji && r.reacted_by_me);
            return html`<button type="button" class="pick" aria-pressed=${mine ? 'true' : 'false'} aria-label=${terms.reactWith(emoji)}
              @click=${() => host.toggleReaction(item, emoji)}>${emoji}</button>`;
          })}
        </div>`
      : nothing}`;
}

function actions(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (!stored(item) || host.confirmFor === item.key) return nothing;
  const editable = item.own && item.message.content_format === 'text' && !!item.message.content;
  return html`<div part="message-actions" class="actions">
    <button type="button" class="icon-button react" aria-label=${terms.react} title=${terms.react}
      aria-expanded=${host.pickerFor === item.key ? 'true' : 'false'} @click=${() => host.togglePicker(item)}>${icons.react}</button>
    ${editable
      ? html`<button type="button" class="icon-button" aria-label=${terms.edit} title=${terms.edit} @click=${() => host.edit(item)}>${icons.edit}</button>`
      : nothing}
    ${item.own
      ? html`<button type="button" class="icon-button" aria-label=${terms.delete} title=${terms.delete} @click=${() => host.askDelete(item)}>${icons.delete}</button>`
      : nothing}
  </div>`;
}

function failed(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (item.delivery !== 'failed') return nothing;
  return html`<div part="failed" class="failed">
    ${icons.alert}<span class="reason">${terms.notSent} ${item.error?.message ?? ''}</span>
    <span class="buttons">
      <button part="retry-button" class="text-button" type="button" @click=${() => host.retry(item)}>${terms.retry}</button>
      <button part="discard-button" class="text-button" type="button" @click=${() => host.discard(item)}>${terms.discard}</button>
    </span>
  </div>`;
}

function confirm(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (host.confirmFor !== item.key) return nothing;
  return html`<div part="confirm" class="confirm" role="group" aria-label=${terms.confirmDelete}>
    <span>${terms.confirmDelete}</span>
    <button part="confirm-delete" class="text-button danger" type="button" @click=${() => host.confirmDelete(item)}>${terms.delete}</button>
    <button part="confirm-cancel" class="text-button cancel" type="button" @click=${() => host.askDelete(null)}>${terms.cancel}</button>
  </div>`;
}

function message(row: Row, host: MessageHost, time: string): TemplateResult {
  const terms = host.terms;
  const { item } = row;
  const m = item.message;
  const name = item.own ? terms.you : m.sender.name;
  const side = item.own ? 'own' : 'other';
  return html`<article part="message ${side}" class="message ${side}" tabindex="-1" aria-label=${terms.messageLabel(name, time)}
    data-delivery=${item.delivery}>
    ${item.own ? nothing : row.groupStart ? avatar(m, host.apiBase) : html`<span class="avatar-space"></span>`}
    <div class="body">
      ${!item.own && row.groupStart ? html`<div part="name" class="name">${m.sender.name}</div>` : nothing}
      <div class="line">
        <div part="bubble" class="bubble ${m.deleted ? 'tombstone' : ''} ${host.editingId === m.id ? 'editing' : ''}">
          ${m.deleted
            ? html`<div class="text">${terms.deleted}</div>`
            : html`${content(item, host)}${renderMedia(m.media, host.terms, host.apiBase)}${item.own ? renderUploads(item, host) : nothing}${sources(m, terms)}`}
          <div class="meta">
            ${host.editingId === m.id ? html`<span class="edited">${terms.editing}</span>` : nothing}
            ${m.edited_at && !m.deleted ? html`<span class="edited">${terms.edited}</span>` : nothing}
            <time part="time" datetime=${m.created_at}>${time}</time>${status(item, terms)}
          </div>
          ${confirm(item, host)}
        </div>
        ${actions(item, host)}
      </div>
      ${failed(item, host)} ${m.deleted ? nothing : reactions(item, host)}
    </div>
  </article>`;
}

function notice(item: ThreadItem, time: string, terms: typeof english): TemplateResult {
  const m = item.message;
  return html`<article part="system-notice" class="notice" tabindex="-1" aria-label=${terms.messageLabel(m.sender.name || terms.notice, time)}>
    <span>${m.deleted ? terms.deleted : m.content}</span> <time part="time" datetime=${m.created_at}>${time}</time>
  </article>`;
}

/** One row of the thread: the date separator when a day starts, then the message or the system notice. */
export function renderRow(row: Row, host: MessageHost, last = false): TemplateResult {
  const date = new Date(row.item.message.created_at);
  const time = timeLabel(date, host.locale);
  const system = row.item.message.sender.kind === 'system';
  return html`<div class="row ${row.groupStart ? 'group-start' : ''} ${row.groupEnd ? 'group-end' : ''} ${last ? 'last' : ''}" data-key=${row.item.key}>
    ${row.dayStart ? html`<div part="date-separator" class="date"><span>${dayLabel(date, host.locale, host.now, host.terms)}</span></div>` : nothing}
    ${system ? notice(row.item, time, host.terms) : message(row, host, time)}
  </div>`;
}
