// The one way tests put the chat on a page: `mountChat` for a whole <kesk-chat> against the emulator, `mountInChat`
// for single elements inside the context <kesk-chat> would provide, `createTestContext` for that context alone,
// and `FAST_CADENCE` for polling quick enough that a test sees replies soon. See docs/testing.md, "The test harness".
import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createChatClient } from '../../src/api/index.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { bridgeEvents } from '../../src/components/chat/chat-bridge.js';
import { chatContext, type ChatContextValue } from '../../src/context/chat-context.js';
import type { KeskErrorEvent } from '../../src/events/events.js';
import { ConversationStore, MediaStore, SessionListStore, UiStore, type ConversationConfig, type PollerCadence } from '../../src/state/index.js';
import { newUser } from './emulator.js';

export const API_BASE = `${location.origin}/v1`;

/** Polling ten times as often as the widget's defaults: a reply shows within a test's patience. */
export const FAST_CADENCE: PollerCadence = Object.freeze({ awaitingMs: 150, openMs: 300, closedMs: 300 }) as PollerCadence;

export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** A context value for `token`, with fast polling so tests see replies quickly. */
export function createTestContext(token: string, config: Partial<ConversationConfig> = {}): ChatContextValue {
  const api = createChatClient({ baseUrl: API_BASE, token });
  const conversation = new ConversationStore(api, { mode: 'assistant', storage: memoryStorage(), cadence: FAST_CADENCE, ...config });
  return { api, conversation, sessions: new SessionListStore(api), media: new MediaStore(api), ui: new UiStore() };
}

/** Makes `host` provide `value` to every element inside it, as <kesk-chat> does. */
export function provide(host: HTMLElement, value: ChatContextValue): ContextProvider<typeof chatContext> {
  return new ContextProvider(host, { context: chatContext, initialValue: value });
}

/** What a test sets on <kesk-chat>; what it leaves out keeps the element's default. */
export interface ChatOptions {
  /** The user's token; a new user when left out. */
  token?: string;
  mode?: string;
  vendor?: number;
  bot?: string;
  recipient?: number;
  session?: number;
  message?: number;
  theme?: string;
  lang?: string;
  position?: string;
  inline?: boolean;
  open?: boolean;
  /** `FAST_CADENCE` when left out; `null` keeps the widget's own polling. */
  cadence?: Partial<PollerCadence> | null;
  /** The host's inline style (e.g. a block size for an inline widget). */
  style?: string;
}

/** The <kesk-chat> that `options` describe, to render into a larger template or a container of the test's own. */
export function chatTemplate(o: ChatOptions = {}): TemplateResult {
  return html`<kesk-chat
    api-base=${API_BASE}
    token=${o.token ?? newUser()}
    mode=${ifDefined(o.mode)}
    vendor-location-id=${ifDefined(o.vendor)}
    bot-username=${ifDefined(o.bot)}
    recipient-id=${ifDefined(o.recipient)}
    session-id=${ifDefined(o.session)}
    message-id=${ifDefined(o.message)}
    theme=${ifDefined(o.theme)}
    lang=${ifDefined(o.lang)}
    position=${ifDefined(o.position)}
    style=${ifDefined(o.style)}
    ?inline=${o.inline ?? false}
    ?open=${o.open ?? false}
    .cadence=${o.cadence === null ? undefined : (o.cadence ?? FAST_CADENCE)}
  ></kesk-chat>`;
}

/** A <kesk-chat> on the page (removed after the test, as every fixture), talking to the emulator. The test file
 * registers the elements (`import '../../src/define.js'`). */
export function mountChat(options: ChatOptions = {}): Promise<KeskChat> {
  return fixture<KeskChat>(chatTemplate(options));
}

/** What `mountInChat` put on the page. */
export interface InChat<E extends HTMLElement> {
  /** The element that provides the context, holding the elements. */
  host: HTMLElement;
  chat: ChatContextValue;
  /** The user's token, when the harness made the context. */
  token: string | undefined;
  /** The elements, in the order their tags were given. */
  elements: HTMLElement[];
  /** The first of them. */
  el: E;
  /** The first part named `name` in the first element's shadow root. */
  part<P extends HTMLElement = HTMLElement>(name: string): P | null;
}

export interface InChatOptions {
  /** The context to provide; when left out, a new one for a new user with `config`. */
  chat?: ChatContextValue;
  config?: Partial<ConversationConfig>;
  /** The host's inline style (its size, as the panel would give it). */
  style?: string;
  /** Start the conversation and open it, as an open panel does (default false). */
  open?: boolean;
  /** Bridge the stores' events to the page as <kesk-chat> does, and collect its `kesk-error`s here. */
  errors?: KeskErrorEvent[];
}

const mounted: ChatContextValue[] = [];

/** `tags` inside a host that provides the chat context, as <kesk-chat> lays its children out. */
export async function mountInChat<E extends HTMLElement = HTMLElement>(tags: string[], o: InChatOptions = {}): Promise<InChat<E>> {
  const token = o.chat ? undefined : newUser();
  const chat = o.chat ?? createTestContext(token!, o.config);
  mounted.push(chat);
  const host = await fixture<HTMLElement>(html`<div style=${ifDefined(o.style)}></div>`);
  provide(host, chat);
  if (o.errors) {
    const errors = o.errors;
    bridgeEvents(host, chat);
    host.addEventListener('kesk-error', (e) => errors.push(e));
  }
  const elements = tags.map((tag) => document.createElement(tag));
  host.append(...elements);
  if (o.open) {
    await chat.conversation.init();
    chat.ui.set({ open: true });
    chat.conversation.setOpen(true);
  }
  await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  const el = elements[0] as E;
  return { host, chat, token, elements, el, part: (name) => el.shadowRoot!.querySelector(`[part~="${name}"]`) };
}

/** Stops the polling of every conversation `mountInChat` mounted (call in `afterEach`). */
export function disposeMounted(): void {
  for (const chat of mounted.splice(0)) chat.conversation.dispose();
}
