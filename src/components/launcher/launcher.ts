import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { ChatMember } from '../../controllers/chat-member.js';
import { base, tokens } from '../../styles/tokens.js';
import { chatIcon, closeIcon } from './launcher-icons.js';
import { styles } from './launcher.styles.js';
import { terms as english } from './launcher.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';


/**
 * The floating button that opens and closes the chat, with the unread count. It toggles `ui.state.open`
 * through the context; `<kesk-chat>` does the rest (events, focus, polling).
 *
 * @summary The chat bubble with an unread badge.
 *
 * @slot icon - The icon shown while the chat is closed (a speech bubble by default).
 *
 * @csspart launcher - The button.
 * @csspart badge - The unread count (hidden at zero and while open).
 *
 * @cssprop --kesk-brand - The button's colour.
 * @cssprop --kesk-on-brand - The icon's colour.
 * @cssprop --kesk-badge - The unread badge's colour (default #c5221f in both themes: its white count reads at 5.6:1).
 * @cssprop --kesk-shadow - The button's shadow.
 */
export class KeskLauncher extends LitElement {
  readonly #l10n = new LocaleController(this, 'launcher', english);
  static override styles = [tokens, base, styles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The panel the button opens (its `aria-controls`); set by `<kesk-chat>`. */
  @property({ attribute: false }) controls?: Element;

  readonly #chat = new ChatMember(this, { stores: ['ui', 'conversation'] });


  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('controls')) {
      const button = this.renderRoot.querySelector('button') as (HTMLButtonElement & { ariaControlsElements?: Element[] | null }) | null;
      if (button && 'ariaControlsElements' in button) button.ariaControlsElements = this.controls ? [this.controls] : null;
    }
  }

  #toggle(): void {
    const ui = this.#chat.chat?.ui;
    if (ui) ui.set({ open: !ui.state.open });
  }

  protected override render() {
    const open = this.#chat.state('ui')?.open ?? false;
    const unread = open ? 0 : (this.#chat.state('conversation')?.unread ?? 0);
    // No white space between the tags (a grid, and blocks: it would not show), as every run of it is a text node.
    return html`<button part="launcher" type="button" aria-expanded=${open ? 'true' : 'false'} ?disabled=${!this.#chat.chat} @click=${this.#toggle}
        ><span class="icon ${open ? 'open' : ''}">${open ? closeIcon : html`<slot name="icon">${chatIcon}</slot>`}</span><span class="visually-hidden"
          .textContent=${open ? this.#l10n.terms.close : this.#l10n.terms.open}></span>${unread > 0
          ? html`<span part="badge" class="badge" aria-hidden="true">${this.#l10n.terms.badge(unread)}</span><span class="visually-hidden"
                >, ${this.#l10n.terms.unread(unread)}</span>`
          : nothing}</button
      ><span class="visually-hidden" role="status" .textContent=${unread > 0 ? this.#l10n.terms.unread(unread) : ''}></span>`;
  }
}
