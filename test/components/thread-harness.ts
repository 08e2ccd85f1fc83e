// Mounting <kesk-thread> against the emulator, and reading what a user sees in it.
import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/thread/define.js';
import type { KeskThread } from '../../src/components/thread/thread.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import type { ChatMessage } from '../../src/api/types.gen.js';
import { ConversationStore, type ConversationConfig, type ConversationState } from '../../src/state/index.js';
import type { ThreadItem } from '../../src/state/thread-item.js';
import { createTestContext, provide } from '../helpers/chat-harness.js';
import { inject, newUser, startVendor } from '../helpers/emulator.js';

export interface Mounted {
  token: string;
  chat: ChatContextValue;
  el: KeskThread;
  root: ShadowRoot;
  scroller: HTMLElement;
  part: (name: string) => HTMLElement | null;
  parts: (name: string) => HTMLElement[];
  articles: () => HTMLElement[];
  /** The message article whose text contains `text`. */
  message: (text: string) => HTMLElement | undefined;
}

const contexts: ChatContextValue[] = [];

/** Stops the polling of every store mounted so far (call in afterEach). */
export function disposeAll(): void {
  contexts.splice(0).forEach((c) => c.conversation.dispose());
}

/** Mounts a thread of `height` px for `token` (a fresh user by default), with its store initialised. */
export async function mount(
  config: Partial<ConversationConfig> = {},
  { token = newUser(), height = 480, open = true, chat }: { token?: string; height?: number; open?: boolean; chat?: ChatContextValue } = {},
): Promise<Mounted> {
  chat ??= createTestContext(token, config);
  contexts.push(chat);
  const host = await fixture<HTMLElement>(html`<div style="display:flex;flex-direction:column;inline-size:380px;block-size:${height}px"></div>`);
  provide(host, chat);
  chat.ui.set({ open });
  chat.conversation.setOpen(open);
  const el = document.createElement('kesk-thread');
  host.append(el);
  await chat.conversation.init();
  await el.updateComplete;
  const root = el.shadowRoot!;
  const parts = (name: string) => [...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  const articles = () => [...root.querySelectorAll<HTMLElement>('article')];
  return {
    token,
    chat,
    el,
    root,
    scroller: root.querySelector<HTMLElement>('[role="log"]')!,
    part: (name) => parts(name)[0] ?? null,
    parts,
    articles,
    message: (text) => articles().find((a) => a.textContent!.includes(text)),
  };
}

/** A conversation store whose state the test sets: a thread longer than any test would send over HTTP. */
class FixedConversation extends ConversationStore {
  fixed?: ConversationState;
  override get state(): ConversationState {
    return this.fixed ?? super.state;
  }
}

/**
 * Mounts a thread of `count` messages set in its store, one a minute up to now: message i (1-based) says `text(i)`
 * and is the reader's when `own(i)`. A real vendor session gives them their shape.
 */
export async function mountFixedThread(
  count: number,
  { text, own: isOwn = () => false, height }: { text: (i: number) => string; own?: (i: number) => boolean; height?: number },
): Promise<Mounted> {
  const token = newUser();
  const sessionId = await vendorSession(token);
  const sample = (await inject(sessionId, { sender_kind: 'vendor', content: 'sample' })) as ChatMessage;
  const base = createTestContext(token, { mode: 'vendor', sessionId });
  const conversation = new FixedConversation(base.api, { ...base.conversation.config });
  const start = Date.parse(sample.created_at) - count * 60_000;
  const items: ThreadItem[] = Array.from({ length: count }, (_, i) => {
    const own = isOwn(i + 1);
    return {
      key: `m:${i + 1}`,
      own,
      delivery: 'sent',
      message: {
        ...sample,
        id: i + 1,
        sender: own ? { id: 1, kind: 'user', name: 'You', avatar_url: null } : sample.sender,
        content: text(i + 1),
        created_at: new Date(start + i * 60_000).toISOString(),
      },
    };
  });
  conversation.fixed = { ...conversation.state, sessionId, items, hasMore: false };
  return mount({}, { token, chat: { ...base, conversation }, height });
}

/** A vendor session for a fresh user, with the vendor's automatic reply already in. */
export async function vendorSession(token: string, first = 'Hi, is this in stock?'): Promise<number> {
  const { session } = await startVendor(token, first);
  return session.id;
}

/** Injects `count` messages one after another (so their order is their number): `${prefix} 1` … */
export async function injectMany(sessionId: number, count: number, prefix = 'Message', sender_kind = 'vendor'): Promise<void> {
  for (let i = 1; i <= count; i++) await inject(sessionId, { sender_kind, content: `${prefix} ${i}` });
}

/** Waits for the next frames, so the thread has laid out what changed. */
export async function settle(ms = 120): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await aTimeout(ms);
}

/** Where an element's top is, relative to the top of the thread's scrolling view. */
export function offsetIn(m: Mounted, el: Element): number {
  return el.getBoundingClientRect().top - m.scroller.getBoundingClientRect().top;
}

/** Whether an element is inside the visible part of the scrolling view. */
export function onScreen(m: Mounted, el: Element | undefined): boolean {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const v = m.scroller.getBoundingClientRect();
  return r.bottom > v.top && r.top < v.bottom;
}

export async function until(fn: () => unknown, message: string, timeout = 8000): Promise<void> {
  await waitUntil(() => !!fn(), message, { timeout, interval: 40 });
}
