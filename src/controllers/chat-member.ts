import type { ReactiveController, ReactiveElement } from 'lit';
import { consumeChat, type ChatContextValue } from '../context/chat-context.js';
import type { PanelView } from '../state/ui-store.js';
import { StoreController } from './store-controller.js';

/** The stores an element can follow. */
export type ChatStoreName = 'conversation' | 'ui' | 'sessions' | 'media';
type StateOf<N extends ChatStoreName> = ChatContextValue[N]['state'];

export interface ChatMemberOptions<N extends ChatStoreName> {
  /** The stores whose changes re-render the host. */
  stores: readonly N[];
  /** The panel view the host is: `loadDue()` says when to load its data (see there). */
  view?: PanelView;
}

const members = new WeakMap<ReactiveElement, ChatMember>();

/** The chat an element has joined (for tests and tools: elements read their own `ChatMember`). */
export const chatOf = (element: Element): ChatContextValue | undefined => members.get(element as ReactiveElement)?.chat;

/**
 * How an element joins the chat: it takes the chat context of the `<kesk-chat>` (or other provider) around it and
 * re-renders when the stores it names change; a view of the panel (the conversations list, the gallery) also
 * learns when to load its data. One line in the element: `readonly #chat = new ChatMember(this, { stores: [...] })`.
 */
export class ChatMember<N extends ChatStoreName = ChatStoreName> implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #view?: PanelView;
  readonly #stores = new Map<N, StoreController<unknown>>();
  #chat?: ChatContextValue;
  #loadDue = true;
  #seenView: PanelView | undefined;

  constructor(host: ReactiveElement, options: ChatMemberOptions<N>) {
    this.#host = host;
    this.#view = options.view;
    for (const name of options.stores) this.#stores.set(name, new StoreController(host));
    host.addController(this);
    members.set(host, this as ChatMember);
    consumeChat(host, (chat) => this.#join(chat));
  }

  /** The client and stores of the chat, once the host has found its provider. */
  get chat(): ChatContextValue | undefined {
    return this.#chat;
  }

  /** The current state of one of the stores named in the options. */
  state<K extends N>(name: K): StateOf<K> | undefined {
    return this.#stores.get(name)?.state as StateOf<K> | undefined;
  }

  /**
   * Whether the view should load its data now: on joining a chat, on connecting (again), and each time the panel
   * switches to the view after showing another (data may have changed meanwhile). Call in `willUpdate`; call
   * `loaded()` once the load has started.
   */
  loadDue(): boolean {
    const view = this.#chat?.ui.state.view;
    if (view !== this.#seenView) {
      if (view === this.#view && this.#seenView !== undefined) this.#loadDue = true;
      this.#seenView = view;
    }
    return !!this.#chat && this.#loadDue;
  }

  /** The view's load has started. */
  loaded(): void {
    this.#loadDue = false;
  }

  /** Something the view holds is stale: `loadDue()` is true again. */
  loadAgain(): void {
    this.#loadDue = true;
  }

  hostConnected(): void {
    this.#loadDue = true;
  }

  /** A provider answered (a root may provide nothing while it is disconnected). */
  #join(chat: ChatContextValue | undefined): void {
    if (chat === this.#chat) return;
    this.#chat = chat;
    this.#loadDue = true;
    for (const [name, store] of this.#stores) store.attach(chat?.[name] as never);
    this.#host.requestUpdate();
  }
}
