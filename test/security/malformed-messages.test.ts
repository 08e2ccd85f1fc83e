// One malformed message from a buggy or hostile backend (issue 12, §5): for every field the thread reads, each wrong
// type is served (the real emulator answers; a man in the middle rewrites the one message, see hostile-backend.ts),
// and the thread must show a notice in its place ("This message can't be shown"), the messages around it as usual,
// a kesk-error naming the field, and the composer must still send. A message without a usable id cannot be placed:
// it is left out, and said.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/composer/define.js';
import '../../src/components/thread/define.js';
import type { KeskErrorEvent } from '../../src/events/events.js';
import { API } from '../helpers/emulator.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import { disposeMounted, mountInChat } from '../helpers/chat-harness.js';
import { vendorSession } from '../components/thread-harness.js';
import { inject, newUser, world } from '../helpers/emulator.js';
import { hostileContext, objectsIn, setPath, type Json } from './hostile-backend.js';

const MEDIA = {
  id: 1,
  chat_session_id: 1,
  media_type: 'file',
  mime_type: 'application/pdf',
  filename: 'invoice.pdf',
  size_bytes: 1200,
  url: `${API}/files/1/secret/invoice.pdf`,
  created_at: '2025-01-02T10:00:00.000Z',
  uploaded_by: 1,
};
const SOURCE = { title: 'Returns', url: 'https://help.kesk.example/returns', snippet: 'Thirty days.', score: 0.9 };
const REACTION = { emoji: '👍', count: 1, reacted_by_me: false };

/** [the field set, its wrong value, the field the error names]; `''` replaces the whole message. */
type Case = [path: string, value: unknown, field: string];

const SHOWN_AS_NOTICE: Case[] = [
  ['created_at', 'not a date', 'created_at'],
  ['created_at', 1_700_000_000_000, 'created_at'],
  ['created_at', null, 'created_at'],
  ['created_at', {}, 'created_at'],
  ['content', ['an', 'array'], 'content'],
  ['content', { an: 'object' }, 'content'],
  ['content', 42, 'content'],
  ['content', true, 'content'],
  ['content_format', 7, 'content_format'],
  ['content_format', ['markdown'], 'content_format'],
  ['sender', null, 'sender'],
  ['sender', 'Ava Agent', 'sender'],
  ['sender', [], 'sender'],
  ['sender.name', 5, 'sender.name'],
  ['sender.name', null, 'sender.name'],
  ['sender.name', { first: 'Ava' }, 'sender.name'],
  ['sender.name', ['Ava'], 'sender.name'],
  ['sender.kind', null, 'sender.kind'],
  ['sender.kind', 3, 'sender.kind'],
  ['sender.id', 'seven', 'sender.id'],
  ['sender.id', null, 'sender.id'],
  ['sender.avatar_url', 5, 'sender.avatar_url'],
  ['sender.avatar_url', { href: 'x' }, 'sender.avatar_url'],
  ['client_message_id', 5, 'client_message_id'],
  ['client_message_id', {}, 'client_message_id'],
  ['media', 'invoice.pdf', 'media'],
  ['media', {}, 'media'],
  ['media', 3, 'media'],
  ['media', [null], 'media[0]'],
  ['media', [{ ...MEDIA, filename: { name: 'x.pdf' } }], 'media[0].filename'],
  ['media', [{ ...MEDIA, filename: ['x.pdf'] }], 'media[0].filename'],
  ['media', [MEDIA, { ...MEDIA, url: 5 }], 'media[1].url'],
  ['media', [{ ...MEDIA, size_bytes: 'big' }], 'media[0].size_bytes'],
  ['media', [{ ...MEDIA, media_type: null }], 'media[0].media_type'],
  ['media', [{ ...MEDIA, created_at: 'yesterday' }], 'media[0].created_at'],
  ['reactions', '👍', 'reactions'],
  ['reactions', {}, 'reactions'],
  ['reactions', [{ ...REACTION, emoji: 5 }], 'reactions[0].emoji'],
  ['reactions', [{ ...REACTION, count: '3' }], 'reactions[0].count'],
  ['reactions', [{ ...REACTION, reacted_by_me: 'yes' }], 'reactions[0].reacted_by_me'],
  ['reactions', [7], 'reactions[0]'],
  ['sources', 'https://help.kesk.example', 'sources'],
  ['sources', {}, 'sources'],
  ['sources', [{ ...SOURCE, title: 5 }], 'sources[0].title'],
  ['sources', [{ ...SOURCE, url: {} }], 'sources[0].url'],
  ['sources', [SOURCE, { ...SOURCE, snippet: [] }], 'sources[1].snippet'],
  ['sources', [null], 'sources[0]'],
  ['edited_at', 5, 'edited_at'],
  ['edited_at', {}, 'edited_at'],
  ['deleted', 'yes', 'deleted'],
  ['deleted', 1, 'deleted'],
];

const LEFT_OUT: Case[] = [
  ['id', 'abc', 'id'],
  ['id', -1, 'id'],
  ['id', null, 'id'],
  ['id', 1.5, 'id'],
  ['chat_session_id', 'one', 'chat_session_id'],
  ['', 'a message', ''],
  ['', null, ''],
  ['', [1, 2], ''],
];

let marker = 0;

interface Mounted {
  root: ShadowRoot;
  parts: (name: string) => HTMLElement[];
  part: (name: string) => HTMLElement | null;
  articles: () => HTMLElement[];
  message: (text: string) => HTMLElement | undefined;
  composer: HTMLElement;
}

interface Setup {
  m: Mounted;
  errors: KeskErrorEvent[];
}

/** A thread and a composer in `chat`'s context, its stores' errors on the page as `<kesk-chat>` puts them. */
async function mountThread(chat: ChatContextValue, errors: KeskErrorEvent[]): Promise<Mounted> {
  const style = 'display:flex;flex-direction:column;inline-size:380px;block-size:520px';
  const { elements: [thread, composer] } = await mountInChat(['kesk-thread', 'kesk-composer'], { chat, errors, open: true, style });
  const root = thread!.shadowRoot!;
  const parts = (name: string) => [...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  const articles = () => [...root.querySelectorAll<HTMLElement>('article')];
  return {
    root,
    parts,
    part: (name) => parts(name)[0] ?? null,
    articles,
    message: (text) => articles().find((a) => a.textContent!.includes(text)),
    composer: composer!,
  };
}

/** A vendor thread, with its composer: "Before", the message `path` breaks, "After". */
async function setup([path, value]: Case): Promise<Setup> {
  const token = newUser();
  const vendor = (await world()).vendor_locations[0].id;
  const sessionId = await vendorSession(token);
  const bad = `Broken message ${++marker}`;
  await inject(sessionId, { sender_kind: 'agent', content: 'Before' });
  await inject(sessionId, { sender_kind: 'agent', content: bad });
  await inject(sessionId, { sender_kind: 'agent', content: 'After' });
  const chat = hostileContext(token, { mode: 'vendor', vendorLocationId: vendor, sessionId }, (body: Json) => {
    const isBad = (o: Json) => o.content === bad && 'sender' in o;
    if (path === '') {
      // The whole message is something else: replace it where it sits in its list.
      for (const list of objectsIn(body, (o) => Array.isArray(o.messages))) list.messages = list.messages.map((x: Json) => (isBad(x) ? value : x));
      return;
    }
    for (const message of objectsIn(body, isBad)) setPath(message, path, structuredClone(value));
  });
  const errors: KeskErrorEvent[] = [];
  const m = await mountThread(chat, errors);
  await waitUntil(() => m.message('Before') && m.message('After'), 'the good messages show', { timeout: 8000 });
  return { m, errors };
}

/** Sends through the composer, as a user does, and waits for the API to have stored it. */
async function sendsStill({ m }: Setup): Promise<void> {
  const composer = m.composer as HTMLElement & { updateComplete: Promise<boolean> };
  await composer.updateComplete;
  const input = composer.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="input"]')!;
  input.value = 'Still here?';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await composer.updateComplete;
  composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
  await waitUntil(() => m.message('Still here?')?.dataset.delivery === 'sent', 'the message is sent', { timeout: 8000 });
}

/** The wrong value itself, short. */
function title([path, value, field]: Case): string {
  const at = /\[(\d+)\]\.?(\w*)/.exec(field);
  const wrong = at && path !== field ? (value as Json[])[Number(at[1])]?.[at[2]!] ?? (value as Json[])[Number(at[1])] : value;
  return JSON.stringify(wrong) ?? String(wrong);
}

const dataErrors = (errors: KeskErrorEvent[]) => errors.map((e) => e.detail.error).filter((e) => e.code === 'invalid_response');

describe('one malformed message', function () {
  this.timeout(30_000);
  afterEach(disposeMounted);

  describe('is shown as a notice, with the others around it', () => {
    for (const testCase of SHOWN_AS_NOTICE) {
      const [, , field] = testCase;
      it(`${field}: ${title(testCase)}`, async () => {
        const s = await setup(testCase);
        const { m } = s;
        await waitUntil(() => m.parts('unreadable').length === 1, 'the notice shows', { timeout: 8000 });
        const notice = m.part('unreadable')!;
        expect(notice.textContent).to.equal("This message can't be shown");
        // In the broken message's place: between the two messages around it.
        const articles = m.articles();
        const at = articles.indexOf(notice);
        expect(articles[at - 1]!.textContent).to.include('Before');
        expect(articles[at + 1]!.textContent).to.include('After');
        expect(m.root.textContent).not.to.include('Broken message');
        await waitUntil(() => dataErrors(s.errors).length, 'a kesk-error says why', { timeout: 4000 });
        const errors = dataErrors(s.errors);
        expect(errors, 'said once').to.have.length(1);
        expect(errors[0]!.details[0]!.field).to.equal(field);
        expect(errors[0]!.message).to.match(/^The API sent message \d+ with a wrong /);
        await sendsStill(s);
        expect(m.parts('unreadable')).to.have.length(1);
        expect(dataErrors(s.errors), 'said once, however often it is read again').to.have.length(1);
      });
    }
  });

  describe('without a usable id, is left out, and said', () => {
    for (const testCase of LEFT_OUT) {
      const [, , field] = testCase;
      it(`${field || 'the message'}: ${title(testCase)}`, async () => {
        const s = await setup(testCase);
        const { m } = s;
        await waitUntil(() => dataErrors(s.errors).length, 'a kesk-error says why', { timeout: 4000 });
        expect(dataErrors(s.errors)[0]!.details[0]!.field).to.equal(field);
        expect(m.parts('unreadable')).to.have.length(0);
        expect(m.root.textContent).not.to.include('Broken message');
        const articles = m.articles();
        expect(articles[articles.indexOf(m.message('Before')!) + 1]!.textContent).to.include('After');
        await sendsStill(s);
      });
    }
  });
});
