import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { DEFAULT_BASE_URL, type TokenProvider } from '../../api/index.js';
import { chatContext, type ChatContextValue } from '../../context/chat-context.js';
import { KeyboardInsetController } from '../../controllers/keyboard-inset.js';
import { StoreController } from '../../controllers/store-controller.js';
import { KeskBeforeSendEvent, KeskCloseEvent, KeskOpenEvent } from '../../events/events.js';
import type { ChatMode, ConversationState, UserType } from '../../state/conversation-store.js';
import type { PollerCadence } from '../../state/poller.js';
import type { PanelView, UiState } from '../../state/ui-store.js';
import { controls } from '../../styles/controls.js';
import { base, darkTokens, tokens } from '../../styles/tokens.js';
import { chatIcon } from '../../icons/chat-bubble.js';
import { bridgeEvents } from './chat-bridge.js';
import { contextKey, contextOptions, updateContext } from './chat-config.js';
import { focusInPanel, focusViewButton } from './chat-focus.js';
import { headerStatus, headingText, otherName } from './chat-names.js';
import { renderPanel } from './chat-panel.js';
import { createChatContext } from '../../page/create-chat-context.js';
// Every documented part of the children, so that hosts can style it through this element (`kesk-chat::part(bubble)`).
import { LAUNCHER_PARTS } from './exported-parts.gen.js';
import { loadPlacedViews, loadView, prefetchViews, VIEW_TAGS, viewFailed, type LazyTag } from './lazy-views.js';
import { afterNextFrame, prerenderWhenIdle } from './prerender.js';
import { styles } from './chat.styles.js';
import { terms as english } from './chat.terms.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { warmDateFormats } from '../../i18n/formats.js';

/**
 * The chat widget: a launcher bubble and a panel, or an inline panel, that talks to the Kesk Chat API. It creates
 * the client and the stores and provides them to every `kesk-*` element inside it.
 *
 * Every part of the elements it renders (the launcher, thread, composer, bot suggestions, conversations list and
 * gallery) is exported too, under its own name or, where two elements share one, prefixed with the element's name
 * (see "Exported parts" in its reference, generated from their JSDoc by scripts/exported-parts.js).
 *
 * @summary The root of the widget: configuration, the launcher, the panel and its views.
 *
 * @slot header - Extra content in the header, before its buttons.
 * @slot launcher-icon - The launcher's icon (a chat bubble by default).
 * @slot empty - What the panel shows before the first message (a greeting, and starter questions for the assistant).
 * @slot - Elements the page places itself (`kesk-thread`, `kesk-composer`, …). With any, this element renders no
 *   panel or launcher of its own: it only provides the context, and the conversation counts as open.
 *
 * @fires kesk-open - The panel opened, by the user (launcher, keyboard) or by `open()`/`toggle()`; not when the
 *   `open` attribute or `isOpen` property is set.
 * @fires kesk-close - The panel closed, by the user (launcher, close button, Escape) or by `close()`/`toggle()`; not
 *   when the `open` attribute or `isOpen` property is set.
 * @fires kesk-message-sent - The API stored a message the user sent.
 * @fires kesk-message-received - Messages from the other side arrived.
 * @fires kesk-unread-change - The unread count changed.
 * @fires kesk-error - Something failed; `detail.error.message` says what.
 * @fires kesk-before-send - (from the composer and the starter questions) a message is about to go; cancelable.
 *
 * @csspart panel - The panel (a dialog when floating, a region when inline).
 * @csspart header - The panel's header.
 * @csspart header-avatar - The avatar of the other side in the header.
 * @csspart heading - The header's title.
 * @csspart header-status - The status line under the title.
 * @csspart back-button - Back from the conversations or media view.
 * @csspart sessions-button - Opens the conversations view.
 * @csspart media-button - Opens the photos and files view.
 * @csspart close-button - Closes the floating panel.
 * @csspart body - The panel's body, below the header.
 * @csspart outbox-status - The line above the composer while messages wait (offline, unreachable, retrying).
 * @csspart retry-now - Its button that sends the waiting messages now.
 * @csspart view-failed - Shown in place of the conversations or media view when its code could not load (CDN build).
 * @csspart retry-view - Its button that loads the view again.
 * @csspart empty - The greeting shown before the first message.
 * @csspart greeting - The default greeting inside `empty`.
 * @csspart starter - A starter question.
 *
 * @cssprop --kesk-brand - The brand colour (header, launcher, own bubbles).
 * @cssprop --kesk-on-brand - Text on the brand colour.
 * @cssprop --kesk-surface - The panel's background.
 * @cssprop --kesk-surface-2 - Secondary backgrounds (others' bubbles, chips).
 * @cssprop --kesk-text - Text colour.
 * @cssprop --kesk-text-muted - Secondary text.
 * @cssprop --kesk-border - Borders.
 * @cssprop --kesk-danger - Errors.
 * @cssprop --kesk-on-danger - Text on the error colour (the Delete confirmations).
 * @cssprop --kesk-focus - The focus ring.
 * @cssprop --kesk-radius - Corner radius of the panel (bubbles use it too).
 * @cssprop --kesk-font - The font family.
 * @cssprop --kesk-font-size - The base font size.
 * @cssprop --kesk-font-mono - The font of code in messages (default: the system's monospace font).
 * @cssprop --kesk-space - The spacing unit of every element, its density (default 8px: 4px is compact, 12px roomy).
 * @cssprop --kesk-shadow - The floating panel's and launcher's shadow.
 * @cssprop --kesk-offset - Distance of the launcher from the viewport's edges (default 20px).
 * @cssprop --kesk-panel-width - The floating panel's width (default 380px).
 * @cssprop --kesk-panel-height - The floating panel's height (default 600px).
 * @cssprop --kesk-z-index - The floating widget's stacking order.
 */
export class KeskChat extends LitElement {
  readonly #l10n = new LocaleController(this, 'chat', english);
  static override styles = [tokens, darkTokens, base, controls, styles];

  /** The API's base URL. */
  @property({ attribute: 'api-base' }) apiBase = DEFAULT_BASE_URL;
  /** The user's bearer token. Changing it keeps the conversation and uses the new token from the next request. */
  @property() token = '';
  /** Supplies tokens instead of `token`; asked again with `{refresh: true}` after a 401. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;
  /** Who the user talks to: the store's AI `assistant`, a `vendor` location, a `bot`, or another user (`direct`). */
  @property({ reflect: true }) mode: ChatMode = 'assistant';
  /** Assistant mode: the kind of user asking (`customer`, `vendor`, `guest`). */
  @property({ attribute: 'user-type' }) userType?: UserType;
  /** Vendor mode: the store location to chat with. */
  @property({ attribute: 'vendor-location-id', type: Number }) vendorLocationId?: number;
  /** Bot mode: the bot's username. */
  @property({ attribute: 'bot-username' }) botUsername?: string;
  /** Direct mode: the other user's id. */
  @property({ attribute: 'recipient-id', type: Number }) recipientId?: number;
  /** Resume this session instead of the one remembered for this mode. */
  @property({ attribute: 'session-id', type: Number }) sessionId?: number;
  /**
   * Open at this message (a deep link, as in a "you have a reply" e-mail): of the session `session-id` (else the
   * one resumed). The panel opens, scrolled to the message, which is outlined; one that is not available says so.
   */
  @property({ attribute: 'message-id', type: Number }) messageId?: number;
  /** Whether the floating panel is open (attribute `open`; in JavaScript `isOpen`, since `open()` is the method). */
  @property({ attribute: 'open', type: Boolean, reflect: true }) isOpen = false;
  /** The panel sits in the page, without a launcher. */
  @property({ type: Boolean, reflect: true }) inline = false;
  /** The floating widget's corner. */
  @property({ reflect: true }) position: 'bottom-end' | 'bottom-start' = 'bottom-end';
  /** Colours: `light`, `dark`, or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** The header's title; by default it names the other side. */
  @property() heading = '';
  /** Starter questions shown before the first message (assistant mode has three by default). */
  @property({ attribute: false }) starters?: string[];
  /** Overrides the polling cadence (see `PollerCadence`); mostly for tests. */
  @property({ attribute: false }) cadence?: Partial<PollerCadence>;

  @state() private composed = false;

  readonly #internals = this.attachInternals();
  readonly #provider = new ContextProvider(this, { context: chatContext });
  readonly #conversation = new StoreController<ConversationState>(this);
  /** Settles once the conversation's first load is done (or failed). */
  #loaded: Promise<unknown> = Promise.resolve();
  readonly #ui = new StoreController<UiState>(this);
  #chat?: ChatContextValue;
  #key = '';
  #off: Array<() => void> = [];
  /** The panel has been shown once: its views render from then on (nothing loads before anyone opens it). */
  #everShown = false;
  /** What the conversation was last told of the panel (open or not), per conversation: told once per change. */
  #toldOpen?: [ChatContextValue, boolean];
  /** The next open change comes from the user or a method call, so it fires kesk-open or kesk-close. */
  #notify = false;
  #returnFocus = false;

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKeydown);
    // Phones: the panel keeps to the part of the screen the on-screen keyboard leaves free.
    new KeyboardInsetController(this, () => this.#panel);
  }

  /** The client and stores this element provides (undefined while disconnected). */
  get context(): ChatContextValue | undefined {
    return this.#chat;
  }

  /** Opens the floating panel and moves focus into the composer. Fires `kesk-open`. */
  open(): void {
    this.#request(true);
  }

  /** Closes the floating panel. Fires `kesk-close`. */
  close(): void {
    this.#request(false);
  }

  /** Opens the panel if closed, closes it if open, firing `kesk-open` or `kesk-close`. */
  toggle(): void {
    this.#request(!this.isOpen);
  }

  /**
   * Sends a message as the user, as the composer does (starting the session if there is none). Throws a
   * `ChatApiError` when the message is refused before sending (empty, too long, a file over its limit).
   */
  send(text: string, files: File[] = []): void {
    if (!this.#chat) throw new Error('<kesk-chat> must be connected to send.');
    this.#chat.conversation.send(text, files);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#checkComposed();
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (!this.#chat) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    // Moving the element within the page reconnects it in the same task: keep the conversation then.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  get #panel(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.panel');
  }

  get #shown(): boolean {
    return this.inline || this.composed || this.isOpen;
  }

  get #floating(): boolean {
    return !this.inline && !this.composed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    const key = contextKey(this);
    if (!this.#chat || key !== this.#key) this.#build(key);
    else updateContext(this.#chat, this, changed);
    // A link to a message opens the panel at it.
    if (changed.has('messageId') && this.messageId) this.#request(true);
    if (changed.has('isOpen') && !this.isOpen && changed.get('isOpen') !== undefined) this.#returnFocus = focusInPanel(this.shadowRoot);
    this.#syncOpen();
    const tag = VIEW_TAGS[this.#chat?.ui.state.view ?? 'thread'];
    if (tag && !customElements.get(tag) && !viewFailed(tag)) this.#loadView(tag);
    // The views the panel does not show yet are fetched ahead on idle time once it is shown and its conversation has
    // loaded: on a slow network they would share the bandwidth with the conversation's answer.
    if (this.#shown) prefetchViews(this.#loaded);
  }

  protected override firstUpdated(): void {
    warmDateFormats(this.#l10n.locale);
    prerenderWhenIdle(this, () => {
      if (this.#everShown || !this.isConnected) return;
      this.#everShown = true;
      this.requestUpdate();
    });
    const launcher = this.renderRoot.querySelector('kesk-launcher');
    if (launcher) launcher.controls = this.#panel ?? undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The first render only shows the initial state, unless open() came before it.
    if (!changed.has('isOpen') || (changed.get('isOpen') === undefined && !this.#notify)) return;
    const notify = this.#notify;
    this.#notify = false;
    // The panel's transition starts on this frame: left to itself, a browser starts it once it has drawn it (its
    // start time is pending until then), so the first frame after the click would draw the panel transparent (and
    // Chromium reads it so for two frames). getAnimations() brings style up to date, so it is among them.
    for (const a of this.#panel?.getAnimations() ?? []) if (a.pending) a.startTime = a.timeline!.currentTime;
    if (this.isOpen) {
      if (notify) this.dispatchEvent(new KeskOpenEvent());
      void this.#focusInside();
    } else {
      if (notify) this.dispatchEvent(new KeskCloseEvent());
      if (this.#returnFocus) this.renderRoot.querySelector('kesk-launcher')?.focus();
      this.#returnFocus = false;
    }
  }

  #build(key: string): void {
    this.#teardown();
    const chat = createChatContext(contextOptions(this));
    this.#chat = chat;
    this.#key = key;
    this.#conversation.attach(chat.conversation);
    this.#ui.attach(chat.ui);
    this.#off = [
      bridgeEvents(this, chat),
      chat.ui.subscribe((ui) => {
        // The launcher (or another element) asked to open or close.
        if (this.#floating && ui.open !== this.isOpen) this.#request(ui.open);
      }),
    ];
    chat.conversation.setVisible(document.visibilityState !== 'hidden');
    this.#provider.setValue(chat);
    this.#loaded = chat.conversation.init().catch(() => undefined);
  }

  #teardown(): void {
    this.#off.forEach((off) => off());
    this.#off = [];
    this.#chat?.conversation.dispose();
    this.#chat = undefined;
  }

  #syncOpen(): void {
    const chat = this.#chat;
    if (!chat) return;
    const shown = this.#shown;
    if (shown) this.#everShown = true;
    if (chat.ui.state.open !== shown) chat.ui.set({ open: shown });
    // Once per change, not per render (every message renders this element).
    if (this.#toldOpen?.[0] === chat && this.#toldOpen[1] === shown) return;
    this.#toldOpen = [chat, shown];
    // Opening polls at once for what came while closed: once the frame that shows the panel is drawn, which must not
    // wait on the request or its answer. (Closing slows the polling down from then too.)
    afterNextFrame(() => this.#chat === chat && chat.conversation.setOpen(this.#shown));
  }

  /** An open or close asked for by the user or a method: fires the event once the change is rendered. */
  #request(open: boolean): void {
    if (!this.#floating) {
      if (open) void this.#focusInside();
      return;
    }
    if (open === this.isOpen) return;
    this.#notify = true;
    this.isOpen = open;
  }

  /**
   * Opening moves focus into the composer (or to the view's back button). On a touch screen it moves to the panel
   * itself: focusing the composer there would raise the on-screen keyboard over the conversation before the shopper
   * has read it; their first tap in the composer brings it up.
   */
  async #focusInside(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector<ReactiveElement>('kesk-composer')?.updateComplete;
    if (!this.#chat) return;
    if (this.#floating && matchMedia('(pointer: coarse)').matches) this.#panel?.focus();
    else if (this.#chat.ui.state.view === 'thread') this.#chat.ui.focusComposer();
    else this.renderRoot.querySelector<HTMLElement>('[part="back-button"]')?.focus();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.isOpen || !this.#floating) return;
    event.preventDefault();
    this.#closeByUser();
  };

  /** Escape or the close button: focus goes back to the launcher. */
  #closeByUser = (): void => {
    this.#returnFocus = true;
    this.#request(false);
  };

  // Read marks are the thread's: it marks the conversation read when the newest message is on screen.
  #onVisibility = (): void => {
    this.#chat?.conversation.setVisible(document.visibilityState !== 'hidden');
  };

  #viewLoad?: Promise<unknown>;

  /** Loads a view's code, and renders again once it is there or has failed (the panel then offers a retry). */
  #loadView(tag: LazyTag): void {
    const load = loadView(tag);
    // Once per load (a load that has ended but whose element waits for its strings must not render again and again).
    if (load === this.#viewLoad) return;
    this.#viewLoad = load;
    const again = () => this.requestUpdate();
    load.then(again, again);
  }

  #checkComposed = (): void => {
    loadPlacedViews(this);
    this.composed = [...this.children].some((child) => !child.hasAttribute('slot'));
    if (this.composed) this.#internals.states.add('composed');
    else this.#internals.states.delete('composed');
  };

  #setView = (view: PanelView): void => {
    // Asked for again after a failure: a new try.
    const tag = VIEW_TAGS[view];
    if (tag && viewFailed(tag)) this.#loadView(tag);
    this.#chat?.ui.set({ view });
    void this.updateComplete.then(() => focusViewButton(this.renderRoot as ShadowRoot, view));
  };

  #onStarter = (text: string): void => {
    const event = new KeskBeforeSendEvent({ text, files: [] });
    this.dispatchEvent(event);
    if (event.defaultPrevented || !this.#chat) return;
    this.#chat.conversation.send(text);
    this.#chat.ui.focusComposer();
  };

  protected override render() {
    if (this.composed) return html`<slot @slotchange=${this.#checkComposed}></slot>`;
    const heading = headingText(this, this.#conversation.state, this.#l10n.terms);
    return html`
      <slot @slotchange=${this.#checkComposed}></slot>
      <section
        part="panel"
        class="panel"
        lang=${this.#l10n.locale}
        dir=${this.#l10n.rtl ? 'rtl' : nothing}
        role=${this.inline ? 'region' : 'dialog'}
        aria-label=${heading}
        tabindex=${this.inline ? nothing : '-1'}
      >
        ${this.#everShown ? this.#renderContent(heading) : nothing}
      </section>
      ${this.inline
        ? nothing
        : html`<kesk-launcher exportparts=${LAUNCHER_PARTS}><slot name="launcher-icon" slot="icon">${chatIcon}</slot></kesk-launcher>`}
    `;
  }

  #renderContent(heading: string) {
    const c = this.#conversation.state;
    const terms = this.#l10n.terms;
    const status = headerStatus(this, c, terms);
    const viewTag = VIEW_TAGS[this.#ui.state?.view ?? 'thread'];
    return renderPanel({
      terms,
      mode: this.mode,
      heading,
      status: status.text,
      online: status.online,
      view: this.#ui.state?.view ?? 'thread',
      floating: !this.inline,
      hasSession: c?.sessionId != null,
      onView: this.#setView,
      onClose: this.#closeByUser,
      conversation: c,
      otherName: otherName(this, c, terms),
      starters: this.starters ?? (this.mode === 'assistant' ? terms.starters : []),
      onStarter: this.#onStarter,
      onRetryNow: () => this.#chat?.conversation.retryNow(),
      viewFailed: !!viewTag && viewFailed(viewTag) && !customElements.get(viewTag),
      onRetryView: () => viewTag && this.#loadView(viewTag),
    });
  }
}
