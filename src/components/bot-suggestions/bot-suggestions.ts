import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators/state.js';
import { ChatApiError } from '../../api/errors.js';
import type { BotSuggestion } from '../../api/types.gen.js';
import { ChatMember } from '../../controllers/chat-member.js';
import { KeskBeforeSendEvent, KeskErrorEvent } from '../../events/events.js';
import { icons } from './bot-suggestions.icons.js';
import { styles } from './bot-suggestions.styles.js';
import { terms as english } from './bot-suggestions.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';

/** The step of each arrow key; Left and Right are reversed in right-to-left text. */
const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * @summary The bot's side of a bot conversation: its status (active, with a person, ended), suggested replies
 * as chips that send on click, "Talk to a person", and Restart. Renders nothing outside bot mode.
 *
 * The chips and the "Talk to a person" button form one toolbar with a single tab stop: the arrow keys, Home and
 * End move among them. Needs the chat context of `<kesk-chat>`.
 *
 * @fires kesk-before-send - Before a chip's text is sent (cancelable; `detail: {text, files: []}`).
 * @fires kesk-error - Handing over or restarting failed (`detail.error`).
 *
 * @csspart base - The whole element.
 * @csspart bot-status - The status line (`role="status"`); it carries the class `active`, `transferred` or `ended`.
 * @csspart restart-button - Restarts the conversation with the bot.
 * @csspart suggestions - The toolbar of chips.
 * @csspart suggestion - One suggested reply.
 * @csspart handover-button - "Talk to a person": hands the conversation to a human agent.
 *
 * @cssprop --kesk-suggestion-color - Chip text and border (default: the brand colour).
 * @cssprop --kesk-suggestion-background - Chip background (default: the surface colour).
 */
export class KeskBotSuggestions extends LitElement {
  readonly #l10n = new LocaleController(this, 'bot-suggestions', english);
  static override styles = styles;

  readonly #chat = new ChatMember(this, { stores: ['conversation'] });

  /** The toolbar item that holds the tab stop. */
  @state() private current = 0;
  @state() private busy = false;

  #hadFocus = false;

  protected override willUpdate(): void {
    this.#hadFocus = !!this.shadowRoot?.activeElement;
  }

  protected override updated(): void {
    // The chips were replaced under the keyboard user's focus: keep it in the toolbar, or hand it to the composer.
    if (!this.#hadFocus || this.shadowRoot?.activeElement) return;
    const items = this.#items();
    if (items.length) items[Math.min(this.current, items.length - 1)]!.focus();
    else this.#chat.chat?.ui.focusComposer();
  }

  #items(): HTMLButtonElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role=toolbar] button') ?? [])];
  }

  #choose(suggestion: BotSuggestion): void {
    const conversation = this.#chat.chat?.conversation;
    if (!conversation || conversation.state.awaitingReply) return;
    if (!this.dispatchEvent(new KeskBeforeSendEvent({ text: suggestion.text, files: [] }))) return;
    try {
      conversation.chooseSuggestion(suggestion);
    } catch (error) {
      this.#report(error);
    }
  }

  async #run(action: 'handOver' | 'restartBot'): Promise<void> {
    const conversation = this.#chat.chat?.conversation;
    if (!conversation || this.busy) return;
    this.busy = true;
    try {
      await conversation[action]();
      if (action === 'handOver') this.#chat.chat?.ui.focusComposer();
    } catch (error) {
      this.#report(error);
    } finally {
      this.busy = false;
    }
  }

  #report(error: unknown): void {
    if (error instanceof ChatApiError) this.dispatchEvent(new KeskErrorEvent(error));
  }

  #onKeydown(event: KeyboardEvent): void {
    const items = this.#items();
    const at = items.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key in NEXT) next = at + NEXT[event.key]! * (rtl && /Left|Right/.test(event.key) ? -1 : 1);
    else return;
    event.preventDefault();
    this.current = (next + items.length) % items.length;
    items[this.current]!.focus();
  }

  protected override render() {
    const conversation = this.#chat.chat?.conversation;
    const state = conversation?.state;
    if (conversation?.config.mode !== 'bot' || !state?.bot.status) return nothing;
    const { status, suggestions } = state.bot;
    const active = status === 'active';
    const bot =
      state.items.findLast((i) => i.message.sender.kind === 'bot')?.message.sender.name ??
      state.session?.participants.find((p) => p.kind === 'bot')?.name;
    return html`<div part="base" class="base">
      <div class="bar">
        <p part="bot-status" class="status ${status}" role="status">
          <span class="dot" aria-hidden="true"></span>${active ? this.#l10n.terms.status.active(bot) : this.#l10n.terms.status[status]}
        </p>
        <button part="restart-button" class="restart" type="button" aria-label=${this.#l10n.terms.restartLabel} ?disabled=${this.busy} @click=${() => this.#run('restartBot')}>
          ${icons.restart}${this.#l10n.terms.restart}
        </button>
      </div>
      ${active ? this.renderToolbar(suggestions, state.awaitingReply) : nothing}
    </div>`;
  }

  protected renderToolbar(suggestions: BotSuggestion[], waiting: boolean) {
    const chips = suggestions.filter((s) => s.id !== 'human');
    const human = suggestions.find((s) => s.id === 'human');
    const current = Math.min(this.current, chips.length);
    const tab = (i: number) => (i === current ? 0 : -1);
    return html`<div part="suggestions" class="toolbar" role="toolbar" aria-label=${this.#l10n.terms.suggestions} @keydown=${this.#onKeydown}>
      ${chips.map(
        (s, i) => html`<button
          part="suggestion"
          class="chip"
          type="button"
          tabindex=${tab(i)}
          aria-disabled=${waiting ? 'true' : 'false'}
          @focus=${() => (this.current = i)}
          @click=${() => this.#choose(s)}
        >
          ${s.text}
        </button>`,
      )}
      <button
        part="handover-button"
        class="chip person"
        type="button"
        tabindex=${tab(chips.length)}
        aria-disabled=${this.busy ? 'true' : 'false'}
        @focus=${() => (this.current = chips.length)}
        @click=${() => this.#run('handOver')}
      >
        ${icons.person}${human?.text ?? this.#l10n.terms.handover}
      </button>
    </div>`;
  }
}
