// History paging alone: with a scripted API for what it decides (which page to ask for, the ETag, what it keeps),
// and against the emulator for what the server decides (its pages, has_more, the 304 of an unchanged page).
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import type { ChatMessage } from '../../src/api/types.gen.js';
import { History } from '../../src/state/history.js';
import type { ChatApi } from '../../src/state/chat-api.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { inject, newUser, startRag } from '../helpers/emulator.js';
import { fakeApi, message } from '../helpers/fake-api.js';

const ids = (history: History) => history.items.map((i) => i.message.id);
const page = (messages: ChatMessage[], has_more = false) => ({ messages, has_more });

/** A history of the session `shown.id` (7 unless changed) over `api`, with page size 3; users' messages are ours. */
function historyOver(api: ChatApi) {
  const shown = { id: 7 as number | null };
  const history = new History(api, 3, () => shown.id, (m) => m.sender.kind === 'user');
  return { history, shown };
}

describe('History', () => {
  it('opens on the newest page and loads older pages before the oldest message, until there are none', async () => {
    const api = fakeApi({
      getChatMessageHistory: async (_id, query) =>
        query?.before_message_id === undefined ? page([message(7), message(8), message(9)], true) : query.before_message_id === 7 ? page([message(4), message(5), message(6)], true) : page([message(3)]),
    });
    const { history } = historyOver(api);
    await history.open(7);
    expect(ids(history)).to.deep.equal([7, 8, 9]);
    expect(history.hasMore).to.equal(true);
    expect(history.oldest).to.equal(7);
    await history.older();
    await history.older();
    expect(ids(history)).to.deep.equal([3, 4, 5, 6, 7, 8, 9]);
    expect(history.hasMore).to.equal(false);
    expect(history.oldest, 'nothing older to load').to.equal(undefined);
    await history.older();
    expect(api.calls).to.deep.equal([
      'getChatMessageHistory(7, {"limit":3})',
      'getChatMessageHistory(7, {"limit":3,"before_message_id":7})',
      'getChatMessageHistory(7, {"limit":3,"before_message_id":4})',
    ]);
  });

  it('polls the newest page with its ETag: unchanged is null, a change gives only the new messages from others', async () => {
    const answers = [
      { changed: true, etag: '"a"', data: page([message(1, 'user'), message(2)]) },
      { changed: false, etag: '"a"' },
      { changed: true, etag: '"b"', data: page([message(1, 'user'), message(2), message(3, 'user'), message(4)]) },
    ];
    const etags: Array<string | undefined> = [];
    const api = fakeApi({ getChatMessageHistoryIfChanged: async (_id, _query, etag) => (etags.push(etag), answers.shift() as never) });
    const { history } = historyOver(api);
    expect((await history.poll())!.map((m) => m.id), 'the first read: every message from others').to.deep.equal([2]);
    expect(await history.poll(), 'a 304').to.equal(null);
    expect((await history.poll())!.map((m) => m.id), 'ours are not news').to.deep.equal([4]);
    expect(ids(history)).to.deep.equal([1, 2, 3, 4]);
    expect(etags, 'each read after the first is conditional').to.deep.equal([undefined, '"a"', '"a"']);
    history.clear();
    expect(ids(history)).to.deep.equal([]);
    await history.poll().catch(() => undefined);
    expect(etags.at(-1), 'after clear, the next read is whole').to.equal(undefined);
    expect(etags).to.have.length(4);
  });

  it('learns whether older messages exist from a poll only while the newest page is all it has', async () => {
    const answers = [
      { changed: true, etag: '"a"', data: page([message(8), message(9)], true) },
      { changed: true, etag: '"b"', data: page([message(8), message(9), message(10)], false) },
    ];
    const api = fakeApi({
      getChatMessageHistoryIfChanged: async () => answers.shift() as never,
      getChatMessageHistory: async () => page([message(5), message(6), message(7)], true),
    });
    const { history } = historyOver(api);
    await history.poll();
    expect(history.hasMore).to.equal(true);
    await history.older();
    await history.poll();
    expect(history.hasMore, 'the poll saw only the newest page: older ones still exist').to.equal(true);
  });

  it('leaves out what arrives for a session no longer shown', async () => {
    let answer!: (value: unknown) => void;
    const api = fakeApi({ getChatMessageHistory: () => new Promise((resolve) => (answer = resolve)) as never });
    const { history, shown } = historyOver(api);
    const opening = history.open(7);
    shown.id = 8;
    answer(page([message(1), message(2)]));
    await opening;
    expect(ids(history)).to.deep.equal([]);
    expect(history.merge([message(3, 'vendor', { chat_session_id: 8 })]).map((m) => m.id)).to.deep.equal([3]);
  });

  it('replaces our copy with the stored message by its client id, and edits, deletes and reacts in place', async () => {
    const api = fakeApi({
      editChatMessage: async (_s, id, body) => message(id, 'user', { content: body.content, edited_at: new Date(0).toISOString() }),
      deleteChatMessage: async (_s, id) => message(id, 'user', { content: '', deleted: true }),
      addChatReaction: async (_s, id, body) => ({ message_id: id, reactions: [{ emoji: body.emoji, count: 1, reacted_by_me: true }] }),
      removeChatReaction: async (_s, id) => ({ message_id: id, reactions: [] }),
    });
    const { history } = historyOver(api);
    history.merge([message(2), message(1, 'user', { client_message_id: 'c1' })]);
    expect(history.merge([message(1, 'user', { client_message_id: 'c1', content: 'again' })]), 'known: nothing new').to.deep.equal([]);
    expect(history.items.map((i) => i.key)).to.deep.equal(['c:c1', 'm:2']);
    await history.edit(1, 'edited');
    await history.toggleReaction(2, '👍');
    expect(history.items[1]!.message.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);
    await history.toggleReaction(2, '👍');
    expect(history.items[1]!.message.reactions).to.deep.equal([]);
    await history.remove(1);
    expect(history.items[0]!.message).to.include({ deleted: true, id: 1 });
    expect(api.calls).to.deep.equal([
      'editChatMessage(7, 1, {"content":"edited"})',
      'addChatReaction(7, 2, {"emoji":"👍"})',
      'removeChatReaction(7, 2, {"emoji":"👍"})',
      'deleteChatMessage(7, 1)',
    ]);
  });

  it('against the emulator: pages in order without duplicates, and an unchanged conversation is not read again', async () => {
    const token = newUser();
    const api = createChatClient({ baseUrl: API_BASE, token });
    // An assistant session: nobody answers on a timer, so only the test changes it.
    const { session } = await startRag(token, 'one');
    for (let i = 2; i <= 7; i++) await api.sendChatMessage(session.id, { content: `message ${i}` });
    const shown = { id: session.id as number | null };
    const history = new History(api, 3, () => shown.id, (m) => m.sender.kind === 'user');
    await history.open(session.id);
    while (history.oldest !== undefined) await history.older();
    const contents = history.items.filter((i) => i.message.sender.kind === 'user').map((i) => i.message.content);
    expect(contents).to.deep.equal(['one', 'message 2', 'message 3', 'message 4', 'message 5', 'message 6', 'message 7']);
    expect(new Set(history.items.map((i) => i.message.id)).size).to.equal(history.items.length);
    expect(await history.poll(), 'the first poll reads the newest page').to.not.equal(null);
    expect(await history.poll(), 'then a 304').to.equal(null);
    const news = await inject(session.id, { sender_kind: 'assistant', content: 'It is in stock.' });
    expect((await history.poll())!.map((m) => m.id)).to.deep.equal([news.id]);
  });
});
