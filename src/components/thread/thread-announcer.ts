import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatMessage } from '../../api/types.gen.js';
import { plainLine } from '../../markdown/plain-line.js';
import type { ThreadItem } from '../../state/thread-item.js';
import type { terms as english } from './thread.terms.js';

/** What the announcer says things with. */
export type AnnouncerTerms = Pick<typeof english, 'deleted' | 'unreadable' | 'notice' | 'notSent' | 'announce' | 'attachmentCount'>;

/** Where messages arrive from: the conversation store's `received` event. */
export interface Arrivals {
  on(event: 'received', listener: (messages: ChatMessage[]) => void): () => void;
}

/** Lines the live region keeps: the older ones have been read out. */
export const ANNOUNCER_LINES = 5;
/** Of a batch that arrives at once, the newest this many are read out (not a whole page of history). */
export const ANNOUNCED_PER_BATCH = 3;

/**
 * Tells screen readers what happens in the thread, each thing once, through a polite live region of its own: each
 * arriving message ("Sender: text") and each send that failed. The log itself is `aria-live="off"`, because its
 * window adds old messages back to the DOM as the reader scrolls and a live log would read them out again.
 */
export class ThreadAnnouncer implements ReactiveController {
  readonly #region: () => HTMLElement | null | undefined;
  readonly #terms: () => AnnouncerTerms;
  #listening?: { store: Arrivals; off: () => void };

  constructor(host: ReactiveControllerHost, region: () => HTMLElement | null | undefined, terms: () => AnnouncerTerms) {
    this.#region = region;
    this.#terms = terms;
    host.addController(this);
  }

  /** Announces the messages `store` receives from now on (and stops announcing the previous store's). */
  listen(store: Arrivals | undefined): void {
    if (this.#listening?.store === store) return;
    this.#listening?.off();
    this.#listening = store && { store, off: store.on('received', (messages) => messages.slice(-ANNOUNCED_PER_BATCH).forEach((m) => this.message(m))) };
  }

  hostDisconnected(): void {
    this.#listening?.off();
    this.#listening = undefined;
  }

  /** "Sender: text" of a message: its plain text, or what it holds when it has none. */
  message(m: ChatMessage): void {
    const terms = this.#terms();
    // Only a message that cannot be shown (a placeholder) has neither text nor files.
    const text = m.deleted ? terms.deleted : plainLine(m.content, m.content_format === 'markdown', 300) || (m.media.length ? terms.attachmentCount(m.media.length) : terms.unreadable);
    if (text) this.say(terms.announce(m.sender.name || terms.notice, text));
  }

  /** Each item of `next` whose send failed since `before`: "Not sent." and why. */
  failures(before: readonly ThreadItem[], next: readonly ThreadItem[]): void {
    const failedBefore = new Set(before.filter((i) => i.delivery === 'failed').map((i) => i.key));
    for (const item of next) {
      if (item.delivery === 'failed' && !failedBefore.has(item.key)) this.say(`${this.#terms().notSent} ${item.error?.message ?? ''}`);
    }
  }

  /** Adds a line to the live region, which keeps the newest few. */
  say(text: string): void {
    const region = this.#region();
    if (!region) return;
    const line = document.createElement('p');
    line.textContent = text;
    region.append(line);
    if (region.childElementCount > ANNOUNCER_LINES) region.firstElementChild!.remove();
  }
}
