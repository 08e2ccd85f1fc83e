import { html, nothing, type TemplateResult } from 'lit';
import { parsePlainText, renderMarkdown, renderPlainText, safeHref, safeSrc, textDirection } from '../../markdown/index.js';
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
  /**
   * Whether a message has its React, Edit and Delete rendered: only the message the reader is on (by keys), the one
   * under the pointer (or last tapped) and the one whose picker is open. Every other row renders only what it shows.
   */
  actionsFor(key: string): boolean;
  readonly editingId: number | null;
  /** How many more steps of each long message the reader asked to see, by key. */
  readonly expanded: ReadonlyMap<string, number>;
  /** The rendered text of each message, by key, kept while its source stays the same (the thread drops the rest). */
  readonly texts: Map<string, RenderedText>;
  /** Shows the next step of a long message. */
  expand(item: ThreadItem): void;
  /** Saves a long message's whole text as a file. */
  download(item: ThreadItem): void;
  toggleReaction(item: ThreadItem, emoji: string): void;
  togglePicker(item: ThreadItem): void;
  edit(item: ThreadItem): void;
  askDelete(item: ThreadItem | null): void;
  confirmDelete(item: ThreadItem): void;
  retry(item: ThreadItem): void;
  discard(item: ThreadItem): void;
}

const stored = (item: ThreadItem) => item.delivery === 'sent' && item.message.id > 0 && !item.message.deleted;

/** The avatar's hue follows the sender, so people tell initials apart at a glance. */
const hue = ({ sender }: ChatMessage) => ((sender.id * 47 + sender.kind.length * 91) % 360 + 360) % 360;

function avatar(message: ChatMessage, apiBase: string): TemplateResult {
  const src = safeSrc(message.sender.avatar_url, apiBase);
  // The hue is set through the CSSOM (`.style`), not a style attribute, which a strict Content-Security-Policy (style-src without 'unsafe-inline') refuses.
  return src
    ? html`<img part="avatar" class="avatar" src=${src} alt="" loading="lazy" />`
    : // The initials are drawn from the attribute (\`::before\`): the avatar is decorative, and a text node a message less.
      html`<span part="avatar" class="avatar" .style=${`--_hue:${hue(message)}`} aria-hidden="true" data-initials=${initials(message.sender.name)}></span>`;
}

/**
 * A long message shows a step at a time, as mail clients clip long mail: its beginning, then "Show more" for the
 * next step. A step holds at most `MESSAGE_CLIP` characters and `MESSAGE_CLIP_LINES` lines, so no step renders more
 * than a few thousand nodes, whatever the shape of the text (a megabyte of short lines is a million nodes).
 */
export const MESSAGE_CLIP = 20_000;
export const MESSAGE_CLIP_LINES = 400;
/** How many steps "Show more" goes to; a longer message is offered whole as a file (always, once clipped). */
export const MESSAGE_STEPS = 10;

/** A message's text as rendered: what from, how far (`end`) in how many steps, and the element holding it. */
export interface RenderedText {
  content: string;
  markdown: boolean;
  end: number;
  steps: number;
  element: HTMLElement;
}

/**
 * Where the step of `text` that starts at `from` ends: after its `MESSAGE_CLIP_LINES`th line, else at a line break
 * near `MESSAGE_CLIP` characters (at the limit itself when there is none, never inside a surrogate pair).
 */
export function stepEnd(text: string, from: number): number {
  let end = Math.min(text.length, from + MESSAGE_CLIP);
  let lines = 0;
  let cut = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    cut = i + 1;
    if (++lines >= MESSAGE_CLIP_LINES) return cut;
  }
  if (end === text.length) return end;
  if (cut > end - MESSAGE_CLIP / 5) return cut;
  return (text.charCodeAt(end - 1) & 0xfc00) === 0xd800 ? end - 1 : end;
}

function content(item: ThreadItem, host: MessageHost): Node | TemplateResult | typeof nothing {
  const source = item.message.content;
  if (!source) return nothing;
  const markdown = item.message.content_format === 'markdown';
  // Parsed and rendered again only when the text changes: the thread re-renders on every poll, scroll and keystroke,
  // and a long answer would otherwise be parsed and diffed each time. The same element each time is a value Lit
  // leaves alone (or moves whole, when the bubble's layout changes around it).
  let text = host.texts.get(item.key);
  if (text?.content !== source || text.markdown !== markdown) {
    const element = document.createElement('div');
    element.className = markdown ? 'text markdown' : 'text';
    // The direction of the text, found once from the string (not `dir="auto"`, which Chromium recomputes over the
    // whole rendered subtree: quadratic for a long message).
    const dir = textDirection(source);
    if (dir) element.dir = dir;
    text = { content: source, markdown, end: 0, steps: 0, element };
    host.texts.set(item.key, text);
  }
  // The steps asked for and not rendered yet, each on its own: what was shown stays as it is.
  while (text.end < source.length && text.steps <= Math.min(host.expanded.get(item.key) ?? 0, MESSAGE_STEPS - 1)) {
    const end = stepEnd(source, text.end);
    // Each step after the first in a block of its own, so that laying it out leaves the text above as it was (in one
    // run of text, a browser lays out all of it again).
    const into = text.steps ? text.element.appendChild(document.createElement('div')) : text.element;
    // The line break a step ends with is the block's end. One node at a time: a long answer may hold more nodes than
    // a call may take arguments.
    const part = source.slice(text.end, end);
    for (const node of (markdown ? renderMarkdown : renderPlainText)(end < source.length ? part.replace(/\r?\n$/, '') : part)) into.append(node);
    text.end = end;
    text.steps++;
  }
  if (text.end >= source.length) return text.element;
  const terms = host.terms;
  return html`${text.element}<div class="more">${text.steps < MESSAGE_STEPS
    ? html`<button part="show-all" class="text-button" type="button" @click=${() => host.expand(item)} .textContent=${terms.showMore}></button>`
    : nothing}<button part="download-message" class="text-button" type="button" @click=${() => host.download(item)} .textContent=${terms.downloadMessage}></button></div>`;
}

// The templates below have no white space between tags where their container is a flex box (or a block holding
// blocks), where it would not show: every run of it is a text node, in every message. Text that only ever changes
// whole goes in through `.textContent`, which needs no marker comment, as a child binding does.

function sources(message: ChatMessage, terms: typeof english): TemplateResult | typeof nothing {
  if (!message.sources.length) return nothing;
  return html`<div part="sources" class="sources"><span class="sources-title" .textContent=${terms.sources}></span><ol>${message.sources.map((s) => {
    const href = safeHref(s.url);
    return html`<li title=${s.snippet}>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" .textContent=${s.title}></a>` : s.title}</li>`;
  })}</ol></div>`;
}

/**
 * Sent, sending or waiting: a tick or a clock drawn in CSS (`.delivery::before`), named for screen readers and with a
 * tooltip. One element with attribute bindings only: no marker comment, no icon nodes.
 */
function status(item: ThreadItem, terms: typeof english): TemplateResult | typeof nothing {
  if (!item.own || item.delivery === 'failed') return nothing;
  const label = item.delivery === 'sent' ? terms.sent : item.waiting ? terms.waiting : terms.sending;
  return html`<span class="delivery ${item.delivery} ${item.waiting ? 'waiting' : ''}" role="img" title=${label} aria-label=${label}></span>`;
}

function reactions(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  const list = item.message.reactions;
  const picker = host.pickerFor === item.key;
  if (!list.length && !picker) return nothing;
  const chips = list.length
    ? html`<div part="reactions" class="reactions" role="group" aria-label=${terms.reactions}>${list.map(
        (r) => html`<button part="reaction" class="reaction" type="button" aria-pressed=${r.reacted_by_me ? 'true' : 'false'}
          aria-label=${terms.reaction(r.emoji, r.count)} @click=${() => host.toggleReaction(item, r.emoji)}
          ><span aria-hidden="true" .textContent=${r.emoji}></span><span aria-hidden="true" class="count" .textContent=${String(r.count)}></span></button>`,
      )}</div>`
    : nothing;
  if (!picker) return chips;
  return html`${chips}<div part="reaction-picker" class="picker" role="group" aria-label=${terms.react}>${PICKER_EMOJI.map((emoji) => {
    const mine = list.some((r) => r.emoji === emoji && r.reacted_by_me);
    return html`<button type="button" class="pick" aria-pressed=${mine ? 'true' : 'false'} aria-label=${terms.reactWith(emoji)}
      @click=${() => host.toggleReaction(item, emoji)} .textContent=${emoji}></button>`;
  })}</div>`;
}

function actions(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (!stored(item) || host.confirmFor === item.key || !host.actionsFor(item.key)) return nothing;
  const editable = item.own && item.message.content_format === 'text' && !!item.message.content;
  const react = html`<button type="button" class="icon-button react" aria-label=${terms.react} title=${terms.react}
    aria-expanded=${host.pickerFor === item.key ? 'true' : 'false'} @click=${() => host.togglePicker(item)}>${icons.react}</button>`;
  if (!item.own) return html`<div part="message-actions" class="actions">${react}</div>`;
  const remove = html`<button type="button" class="icon-button" aria-label=${terms.delete} title=${terms.delete} @click=${() => host.askDelete(item)}>${icons.delete}</button>`;
  if (!editable) return html`<div part="message-actions" class="actions">${react}${remove}</div>`;
  return html`<div part="message-actions" class="actions">${react}<button type="button" class="icon-button" aria-label=${terms.edit} title=${terms.edit}
    @click=${() => host.edit(item)}>${icons.edit}</button>${remove}</div>`;
}

function failed(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (item.delivery !== 'failed') return nothing;
  return html`<div part="failed" class="failed">${icons.alert}<span class="reason" .textContent=${`${terms.notSent} ${item.error?.message ?? ''}`}></span><span class="buttons"
    ><button part="retry-button" class="text-button" type="button" @click=${() => host.retry(item)} .textContent=${terms.retry}></button
    ><button part="discard-button" class="text-button" type="button" @click=${() => host.discard(item)} .textContent=${terms.discard}></button
  ></span></div>`;
}

function confirm(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const terms = host.terms;
  if (host.confirmFor !== item.key) return nothing;
  return html`<div part="confirm" class="confirm" role="group" aria-label=${terms.confirmDelete}><span .textContent=${terms.confirmDelete}></span
    ><button part="confirm-delete" class="text-button danger" type="button" @click=${() => host.confirmDelete(item)} .textContent=${terms.delete}></button
    ><button part="confirm-cancel" class="text-button cancel" type="button" @click=${() => host.askDelete(null)} .textContent=${terms.cancel}></button
  ></div>`;
}

/** What the bubble holds above its time: the text, then any media, uploads and sources (one binding when text only). */
function bubbleBody(item: ThreadItem, host: MessageHost): Node | TemplateResult | typeof nothing {
  const m = item.message;
  if (m.deleted) return html`<div class="text" .textContent=${host.terms.deleted}></div>`;
  const text = content(item, host);
  const media = renderMedia(m.media, host.terms, host.apiBase);
  const uploads = item.own ? renderUploads(item, host) : nothing;
  const cited = sources(m, host.terms);
  return media === nothing && uploads === nothing && cited === nothing ? text : html`${text}${media}${uploads}${cited}`;
}

/** "Editing" while the composer edits the message, "Edited" once it has been. */
function marks(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const m = item.message;
  const editing = host.editingId === m.id ? host.terms.editing : '';
  const edited = m.edited_at && !m.deleted ? host.terms.edited : '';
  if (editing && edited) return html`<span class="edited" .textContent=${editing}></span><span class="edited" .textContent=${edited}></span>`;
  return editing || edited ? html`<span class="edited" .textContent=${editing || edited}></span>` : nothing;
}

/** Under the bubble: why a send failed (with Retry), then the reactions and the picker. */
function below(item: ThreadItem, host: MessageHost): TemplateResult | typeof nothing {
  const fail = failed(item, host);
  const chips = item.message.deleted ? nothing : reactions(item, host);
  return fail === nothing ? chips : chips === nothing ? fail : html`${fail}${chips}`;
}

/**
 * The text of a message that is nothing but a short plain text with no link in it (most of a chat), or undefined:
 * such a message binds it as `textContent` (no element made ahead, no marker comment). Remembered per message.
 */
const plainTexts = new WeakMap<ChatMessage, string | null>();
function plainOnly(m: ChatMessage): string | undefined {
  let text = plainTexts.get(m);
  if (text === undefined) {
    const source = m.content;
    const inlines = m.content_format === 'text' && source && source.length <= MESSAGE_CLIP && !source.includes('\n') ? parsePlainText(source) : [];
    text = inlines.length === 1 && inlines[0]!.type === 'text' ? inlines[0]!.text : null;
    plainTexts.set(m, text);
  }
  return text ?? undefined;
}

/** A message shown as text alone: nothing around it that needs a template of its own (see `leanMessage`). */
function lean(item: ThreadItem, host: MessageHost): string | undefined {
  const m = item.message;
  if (m.deleted || m.edited_at || m.media.length || m.sources.length || m.reactions.length || item.uploads?.length) return undefined;
  if (item.delivery === 'failed' || host.editingId === m.id || host.pickerFor === item.key || host.confirmFor === item.key) return undefined;
  return plainOnly(m);
}

// The lean rows: one template per shape, written out whole with attribute and property bindings only (a nested
// template costs a marker comment). Their actions come and go as the reader points at or moves to the message, and
// the message's element must stay the same then (focus is on it): they are not a binding of the template (its marker
// comment would be in every row) but rendered into the article on their own, once a row first has them
// (`LeanRow`, row-elements.ts). A row is 9 to 11 nodes this way, its element and Lit's marker included: 30 to 40
// with the full template.

/** Filled by `renderRow` for a lean row: its actions (nothing while it has none), which its template does not bind. */
export interface LeanRow {
  actions?: TemplateResult | typeof nothing;
}

function leanMessage(row: Row, host: MessageHost, time: string, text: string): TemplateResult {
  const { item } = row;
  const m = item.message;
  const terms = host.terms;
  const dir = textDirection(text) || nothing;
  if (item.own) {
    const label = item.delivery === 'sent' ? terms.sent : item.waiting ? terms.waiting : terms.sending;
    return html`<article part="message own" class="message own" tabindex="-1" aria-label=${terms.messageLabel(terms.you, time)} data-delivery=${item.delivery}
      ><div part="bubble" class="bubble"><div class="text" dir=${dir} .textContent=${text}></div><time part="time" datetime=${m.created_at} .textContent=${time}></time
        ><span class="delivery ${item.delivery} ${item.waiting ? 'waiting' : ''}" role="img" title=${label} aria-label=${label}></span></div></article>`;
  }
  const label = terms.messageLabel(m.sender.name, time);
  if (!row.groupStart) {
    return html`<article part="message other" class="message other" tabindex="-1" aria-label=${label} data-delivery=${item.delivery}
      ><div part="bubble" class="bubble"><div class="text" dir=${dir} .textContent=${text}></div><time part="time" datetime=${m.created_at} .textContent=${time}></time></div></article>`;
  }
  const src = safeSrc(m.sender.avatar_url, host.apiBase);
  if (src) {
    return html`<article part="message other" class="message other" tabindex="-1" aria-label=${label} data-delivery=${item.delivery}
      ><img part="avatar" class="avatar" src=${src} alt="" loading="lazy" /><div part="name" class="name" .textContent=${m.sender.name}></div><div part="bubble" class="bubble"
        ><div class="text" dir=${dir} .textContent=${text}></div><time part="time" datetime=${m.created_at} .textContent=${time}></time></div></article>`;
  }
  return html`<article part="message other" class="message other" tabindex="-1" aria-label=${label} data-delivery=${item.delivery}
    ><span part="avatar" class="avatar" .style=${`--_hue:${hue(m)}`} aria-hidden="true" data-initials=${initials(m.sender.name)}></span><div part="name" class="name"
      .textContent=${m.sender.name}></div><div part="bubble" class="bubble"><div class="text" dir=${dir} .textContent=${text}></div><time part="time"
        datetime=${m.created_at} .textContent=${time}></time></div></article>`;
}

function message(row: Row, host: MessageHost, time: string, out: LeanRow): TemplateResult {
  const terms = host.terms;
  const { item } = row;
  const m = item.message;
  const text = lean(item, host);
  if (text !== undefined) {
    out.actions = actions(item, host);
    return leanMessage(row, host, time, text);
  }
  const name = item.own ? terms.you : m.sender.name;
  const side = item.own ? 'own' : 'other';
  const head = !item.own && row.groupStart;
  return html`<article part="message ${side}" class="message ${side}" tabindex="-1" aria-label=${terms.messageLabel(name, time)}
    data-delivery=${item.delivery}
    >${head ? avatar(m, host.apiBase) : nothing}${head ? html`<div part="name" class="name" .textContent=${m.sender.name}></div>` : nothing}<div
      part="bubble" class="bubble ${m.deleted ? 'tombstone' : ''} ${host.editingId === m.id ? 'editing' : ''}"
      >${bubbleBody(item, host)}${marks(item, host)}<time part="time" datetime=${m.created_at} .textContent=${time}></time>${status(item, terms)}${confirm(item, host)}</div
    >${actions(item, host)}${below(item, host)}</article>`;
}

/** A line from the system (a hand-over, a note): its beginning when it is long, which no notice should be. */
function notice(item: ThreadItem, time: string, terms: typeof english): TemplateResult {
  const m = item.message;
  return html`<article part="system-notice" class="notice" tabindex="-1" aria-label=${terms.messageLabel(m.sender.name || terms.notice, time)}
    ><span .textContent=${m.deleted ? terms.deleted : m.content.length > MESSAGE_CLIP ? `${m.content.slice(0, MESSAGE_CLIP)}…` : m.content}></span> <time part="time" datetime=${m.created_at} .textContent=${time}></time></article>`;
}

/** The classes of a row's element: where it stands in its group, and whether it is the thread's last. */
export const rowClass = (row: Row, last: boolean) => `row ${row.groupStart ? 'group-start' : ''} ${row.groupEnd ? 'group-end' : ''} ${last ? 'last' : ''}`;

/** In the place of a message the API sent with a field of the wrong type (or that failed to render). */
const unreadable = (terms: typeof english) =>
  html`<article part="system-notice unreadable" class="notice" tabindex="-1" .textContent=${terms.unreadable}></article>`;

/** What one row of the thread holds: the date separator when a day starts, then the message or the system notice. */
export function renderRow(row: Row, host: MessageHost, out: LeanRow = {}): TemplateResult {
  const { item } = row;
  const date = new Date(item.message.created_at);
  const dated = date.getTime() === date.getTime();
  const inner = item.unreadable
    ? unreadable(host.terms)
    : item.message.sender.kind === 'system'
      ? notice(item, timeLabel(date, host.locale), host.terms)
      : message(row, host, timeLabel(date, host.locale), out);
  return row.dayStart && dated
    ? html`<div part="date-separator" class="date"><span .textContent=${dayLabel(date, host.locale, host.now, host.terms)}></span></div>${inner}`
    : inner;
}
