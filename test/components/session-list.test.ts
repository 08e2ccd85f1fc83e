import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatSessionListItem } from '../../src/api/types.gen.js';
import '../../src/components/session-list/define.js';
import type { KeskSessionList } from '../../src/components/session-list/session-list.js';
import { lastMessagePreview, sessionTitle } from '../../src/components/session-list/session-preview.js';
import { relativeTime } from '../../src/components/session-list/relative-time.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import { png } from '../api/media-bytes.js';
import { createTestContext, mountInChat, provide } from '../helpers/chat-harness.js';
import { inject, listItem, log, newUser, setFaults, userIdOf, waitFor, world } from '../helpers/emulator.js';

// <kesk-session-list> against the emulator: real sessions of a fresh user, real HTTP.

let ctx: ChatContextValue | undefined;

/** The <kesk-session-list> inside a host as wide as the panel's, in the test's context. */
const mount = async (chat: ChatContextValue) => (await mountInChat<KeskSessionList>(['kesk-session-list'], { chat, style: 'inline-size: 360px' })).el;

const $ = (el: HTMLElement, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const $$ = (el: HTMLElement, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const rowOf = (el: HTMLElement, id: number) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="session"][data-id="${id}"]`)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function loaded(el: KeskSessionList): Promise<void> {
  await waitUntil(() => !el.shadowRoot!.querySelector('[part~="status"]')!.textContent, 'the list did not finish loading');
  await el.updateComplete;
}

/** Starts `count` assistant sessions, oldest first, each with one question. */
async function startSessions(c: ChatContextValue, count: number): Promise<ChatSessionListItem[]> {
  const made: ChatSessionListItem[] = [];
  for (let i = 1; i <= count; i++) {
    made.push((await c.api.startChat({ chat_type: 'rag', user_type: 'customer', message: `Question ${i}` })).session);
  }
  return made;
}

afterEach(async () => {
  ctx?.conversation.dispose();
  ctx = undefined;
  await setFaults([]);
});

describe('<kesk-session-list>', () => {
  it('shows the empty state for a user without conversations, and is accessible', async () => {
    ctx = createTestContext(newUser());
    const el = await mount(ctx);
    await loaded(el);
    expect(text($(el, 'empty'))).to.contain('No conversations yet');
    expect($(el, 'session-list')).to.equal(null);
    expect(text($(el, 'new-button'))).to.equal('New conversation');
    await expect(el).to.be.accessible();
  });

  it('lays a title out in its own direction: a Latin store name in an Arabic list is cut at its end, aligned as the list', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const w = await world();
    await ctx.api.startChat({ chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message: 'مرحبا' });
    const short = await ctx.api.startChat({ chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message: 'مرحبا' });
    await ctx.api.updateChatSessionMetadata(short.session.id, { title: 'Boots' });
    const host = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="inline-size: 240px"></div>`);
    provide(host, ctx);
    const el = document.createElement('kesk-session-list');
    host.append(el);
    await waitUntil(() => $$(el, 'session-title').length === 2, 'the conversations are listed', { timeout: 8000 });
    const [shortTitle, long] = $$(el, 'session-title');
    expect(shortTitle!.textContent).to.equal('Boots');
    for (const title of [shortTitle!, long!]) expect(title.getAttribute('dir'), 'a Latin name reads left to right').to.equal('ltr');
    expect(long!.scrollWidth, 'the long name is cut').to.be.greaterThan(long!.clientWidth);
    // The short name sits where the Arabic list starts: at its right edge.
    const box = shortTitle!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(shortTitle!);
    const textBox = range.getBoundingClientRect();
    expect(box.right - textBox.right, 'no gap on the right').to.be.below(1);
    expect(textBox.left - box.left, 'the gap is on the left').to.be.greaterThan(20);
  });

  it('lists sessions with title, last message, unread count and time, and is accessible', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const w = await world();
    const vendor = await ctx.api.startChat({ chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message: 'Do you have size 42?' });
    // The vendor answers on its own; then two more messages from the vendor make three unread.
    await waitFor(async () => (await listItem(token, vendor.session.id))?.unread_count === 1, { timeout: 8000 });
    await inject(vendor.session.id, { sender_kind: 'vendor', content: 'We also have **size 43**.' });
    await inject(vendor.session.id, { sender_kind: 'vendor', content: 'Shall I hold a pair for you?' });
    const rag = await ctx.api.startChat({ chat_type: 'rag', user_type: 'customer', message: 'Where is my order?' });
    const withFile = await ctx.api.startChat({ chat_type: 'rag', user_type: 'customer', message: 'A photo follows' });
    const media = await ctx.api.uploadChatMedia(withFile.session.id, png('receipt.png'));
    await ctx.api.sendChatMessage(withFile.session.id, { media_ids: [media.id] });

    const el = await mount(ctx);
    await loaded(el);
    const rows = $$(el, 'session');
    expect(rows.map((r) => Number(r.dataset.id))).to.deep.equal([withFile.session.id, rag.session.id, vendor.session.id]);

    const vendorRow = rowOf(el, vendor.session.id);
    expect(text(vendorRow.querySelector('[part~="session-title"]'))).to.equal(w.vendor_locations[0].name);
    expect(text(vendorRow.querySelector('[part~="last-message"]'))).to.equal('Shall I hold a pair for you?');
    expect(text(vendorRow.querySelector('[part~="unread"]'))).to.contain('3 unread');
    expect(text(vendorRow.querySelector('[part~="time"]'))).to.equal('now');
    expect(vendorRow.querySelector('[part~="time"]')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);

    const ragRow = rowOf(el, rag.session.id);
    expect(text(ragRow.querySelector('[part~="last-message"]'))).to.equal('You: Where is my order?');
    expect(ragRow.querySelector('[part~="unread"]')).to.equal(null);
    expect(text(rowOf(el, withFile.session.id).querySelector('[part~="last-message"]'))).to.equal('You: 📎 receipt.png');

    // Each entry is announced as one button naming the title, the message, the unread count and the time.
    const open = vendorRow.querySelector('[part~="open-button"]')!;
    expect(open.tagName).to.equal('BUTTON');
    expect(text(open)).to.contain('3 unread');
    expect(vendorRow.querySelector('[part~="rename-button"]')!.getAttribute('aria-label')).to.equal(`Rename “${w.vendor_locations[0].name}”`);
    await expect(el).to.be.accessible();
  });

  it('loads more pages without duplicates, and moves focus to the first new session', async () => {
    ctx = createTestContext(newUser());
    const made = await startSessions(ctx, 25);
    const el = await mount(ctx);
    await loaded(el);
    expect($$(el, 'session')).to.have.length(20);
    const more = $(el, 'load-more')!;
    expect(text(more)).to.equal('Load more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, 'session').length === 25, 'the second page did not arrive');
    const ids = $$(el, 'session').map((r) => Number(r.dataset.id));
    expect(new Set(ids).size).to.equal(25);
    expect(ids).to.deep.equal(made.map((s) => s.id).reverse());
    expect($(el, 'load-more')).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'open-button')[20]);
  });

  it('names a direct chat for the other person and shows "You:" by the reader the conversation knows', async () => {
    const peer = newUser();
    const peerId = await userIdOf(peer);
    ctx = createTestContext(newUser(), { mode: 'direct', recipientId: peerId });
    const c = ctx;
    c.conversation.send('Hi there');
    await waitUntil(() => c.conversation.state.items[0]?.delivery === 'sent', 'the message was not sent', { timeout: 5000 });
    const me = c.conversation.state.me!;
    const { participants } = (await c.api.listChatSessions()).sessions.find((x) => x.id === c.conversation.state.sessionId)!;
    // Both sides are users, the reader first: without knowing who reads, the list would name the chat for them.
    expect(participants.map((p) => p.id)).to.deep.equal([me, peerId]);
    const el = await mount(c);
    await loaded(el);
    const row = rowOf(el, c.conversation.state.sessionId!);
    expect(text(row.querySelector('[part~="session-title"]'))).to.equal(participants[1]!.name);
    expect(text(row.querySelector('[part~="last-message"]'))).to.equal('You: Hi there');
  });

  it('resumes a session: opens it in the conversation and switches to the thread', async () => {
    ctx = createTestContext(newUser());
    const [first, second] = await startSessions(ctx, 2);
    const c = ctx;
    const el = await mount(c);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
    c.ui.set({ view: 'sessions' });
    rowOf(el, first!.id).querySelector<HTMLElement>('[part~="open-button"]')!.click();
    expect(c.conversation.state.sessionId).to.equal(first!.id);
    expect(c.ui.state.view).to.equal('thread');
    await waitUntil(() => c.conversation.state.items.some((i) => i.message.content === 'Question 1'), 'history did not load');
    await el.updateComplete;
    expect(rowOf(el, first!.id).querySelector('[part~="open-button"]')!.getAttribute('aria-current')).to.equal('true');
    expect(rowOf(el, second!.id).querySelector('[part~="open-button"]')!.hasAttribute('aria-current')).to.equal(false);
  });

  it('shows a conversation that started while the list was open (its first message was still on its way)', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const c = ctx;
    // The assistant's answer is held back too: otherwise, under load, it can be the row's preview by the time the
    // list fetches the new conversation.
    await setFaults([
      { operation: 'startChat', token, latency_ms: 1500 },
      { operation: 'sendRagQuery', token, latency_ms: 8000 },
    ]);
    c.conversation.send('Is the blue one in stock?');
    const el = await mount(c);
    c.ui.set({ view: 'sessions' });
    await loaded(el);
    expect($$(el, 'session'), 'the list loaded before the conversation started').to.have.length(0);
    await waitUntil(() => c.conversation.state.sessionId !== null, 'the conversation did not start', { timeout: 10000 });
    await waitUntil(() => $$(el, 'session').length === 1, 'the new conversation is not listed', { timeout: 10000 });
    expect(text(rowOf(el, c.conversation.state.sessionId!))).to.include('Is the blue one in stock?');
  });

  it('starts a new conversation: clears the session, shows the thread and focuses the composer', async () => {
    ctx = createTestContext(newUser());
    const [session] = await startSessions(ctx, 1);
    const c = ctx;
    await c.conversation.openSession(session!.id);
    c.ui.set({ view: 'sessions' });
    let composerFocused = 0;
    c.ui.onFocusComposer(() => composerFocused++);
    const el = await mount(c);
    await loaded(el);
    $(el, 'new-button')!.click();
    expect(c.conversation.state.sessionId).to.equal(null);
    expect(c.conversation.state.items).to.have.length(0);
    expect(c.ui.state.view).to.equal('thread');
    expect(composerFocused).to.equal(1);
  });

  it('renames a session with the keyboard, and the server keeps the new title', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const [session] = await startSessions(ctx, 1);
    const el = await mount(ctx);
    await loaded(el);
    const row = () => rowOf(el, session!.id);
    row().querySelector<HTMLElement>('[part~="rename-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = row().querySelector<HTMLInputElement>('[part~="rename-input"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.value).to.equal('Kesk Assistant');
    await sendKeys({ type: 'Winter boots' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(row().querySelector('[part~="session-title"]'))).to.equal('Winter boots');
    expect(el.shadowRoot!.activeElement).to.equal(row().querySelector('[part~="rename-button"]'));
    await waitFor(async () => (await listItem(token, session!.id))?.title === 'Winter boots');
    await expect(el).to.be.accessible();
  });

  it('cancels a rename with Escape, and an empty title is refused in the field', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const [session] = await startSessions(ctx, 1);
    const el = await mount(ctx);
    await loaded(el);
    const row = () => rowOf(el, session!.id);
    row().querySelector<HTMLElement>('[part~="rename-button"]')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = row().querySelector<HTMLInputElement>('[part~="rename-input"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(row().querySelector('[role="alert"]'))).to.equal('Enter a title.');
    await sendKeys({ type: 'Never saved' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(row().querySelector('[part~="rename-input"]')).to.equal(null);
    expect(text(row().querySelector('[part~="session-title"]'))).to.equal('Kesk Assistant');
    expect(el.shadowRoot!.activeElement).to.equal(row().querySelector('[part~="rename-button"]'));
    const entries = await log({ token });
    expect(entries.filter((e: { operation_id: string }) => e.operation_id === 'updateChatSessionMetadata')).to.have.length(0);
  });

  it('shows why a rename failed and keeps the old title', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const [session] = await startSessions(ctx, 1);
    await setFaults([{ operation: 'updateChatSessionMetadata', token, error_rate: 1 }]);
    const el = await mount(ctx);
    await loaded(el);
    const row = () => rowOf(el, session!.id);
    row().querySelector<HTMLElement>('[part~="rename-button"]')!.click();
    await el.updateComplete;
    await sendKeys({ type: 'Lost title' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => row().querySelector('[role="alert"]'), 'no error was shown');
    expect(text(row().querySelector('[role="alert"]'))).to.contain('could not be renamed');
    expect(text(row().querySelector('[part~="session-title"]'))).to.equal('Kesk Assistant');
    // The failure belongs to the row, not to the list.
    expect($(el, 'retry-button')).to.equal(null);
    expect((await listItem(token, session!.id))?.title).to.equal('Kesk Assistant');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry when the list cannot load', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    await startSessions(ctx, 2);
    // The client repeats a failed read three times before it gives up: four failures reach the list.
    await setFaults([{ operation: 'listChatSessions', token, error_rate: 1, times: 4 }]);
    const el = await mount(ctx);
    await waitUntil(() => $(el, 'retry-button'), 'no Retry was offered', { timeout: 10000 });
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('could not be loaded');
    expect($(el, 'empty')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, 'retry-button')!.click();
    await waitUntil(() => $$(el, 'session').length === 2, 'Retry did not load the list');
    expect($(el, 'retry-button')).to.equal(null);
  });

  it('moves between sessions with the arrow keys', async () => {
    ctx = createTestContext(newUser());
    await startSessions(ctx, 3);
    const el = await mount(ctx);
    await loaded(el);
    const buttons = $$(el, 'open-button');
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
  });
});

describe('session list previews', () => {
  const base: ChatSessionListItem = {
    id: 1,
    chat_type: 'direct',
    title: '',
    participants: [
      { id: 7, kind: 'user', name: 'Me', avatar_url: null },
      { id: 8, kind: 'user', name: 'Maya Chen', avatar_url: null },
    ],
    last_message: null,
    unread_count: 0,
    last_read_message_id: null,
    metadata: {},
    vendor_location_id: null,
    bot_username: null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
  const message = (sender: { id: number; kind: 'user' | 'assistant' }, content: string) => ({
    id: 1,
    chat_session_id: 1,
    client_message_id: null,
    sender: { ...sender, name: 'x', avatar_url: null },
    content,
    content_format: sender.kind === 'assistant' ? ('markdown' as const) : ('text' as const),
    media: [],
    reactions: [],
    sources: [],
    reply_to_message_id: null,
    created_at: base.created_at,
    edited_at: null,
    deleted: false,
  });

  it('falls back to a title that fits the kind of chat', () => {
    expect(sessionTitle(base, 7)).to.equal('Maya Chen');
    expect(sessionTitle({ ...base, chat_type: 'rag' }, 7)).to.equal('Store assistant');
    expect(sessionTitle({ ...base, chat_type: 'bot', participants: [{ id: 3, kind: 'bot', name: 'Fit Finder', avatar_url: null }] }, 7)).to.equal('Fit Finder');
    expect(sessionTitle({ ...base, title: 'Boots' }, 7)).to.equal('Boots');
  });

  it('shows the last message as one line of plain text', () => {
    const answer = message({ id: 1, kind: 'assistant' }, '## Returns\n\nYou have **30 days**, see [the policy](https://x.test).');
    expect(lastMessagePreview({ ...base, chat_type: 'rag', last_message: answer }, 7)).to.equal('Returns You have 30 days, see the policy.');
    expect(lastMessagePreview({ ...base, last_message: message({ id: 8, kind: 'user' }, 'Hi') }, 7)).to.equal('Hi');
    expect(lastMessagePreview({ ...base, last_message: message({ id: 7, kind: 'user' }, 'Hello\nthere') }, 7)).to.equal('You: Hello there');
    expect(lastMessagePreview({ ...base, last_message: { ...message({ id: 8, kind: 'user' }, ''), deleted: true } }, 7)).to.equal('Message deleted');
  });

  it('says how long ago, in words', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(relativeTime('2026-03-10T11:59:40Z', 'en', now)).to.equal('now');
    expect(relativeTime('2026-03-10T11:55:00Z', 'en', now)).to.match(/^5 min\.? ago$/);
    expect(relativeTime('2026-03-09T12:00:00Z', 'en', now)).to.equal('yesterday');
  });
});
