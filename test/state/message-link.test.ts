// Reaching a linked message, alone: with a scripted API for what it decides (whether to ask for the message, how
// many pages to load back to it, what it says when the API knows no such message). The widget end to end, against
// the emulator, is test/components/deep-link.test.ts.
import { expect } from '@open-wc/testing';
import type { ChatMessage } from '../../src/api/types.gen.js';
import { History } from '../../src/state/history.js';
import { LINK_MAX_PAGES, reachMessage } from '../../src/state/message-link.js';
import { fakeApi, httpError, message } from '../helpers/fake-api.js';

const page = (messages: ChatMessage[], has_more = false) => ({ messages, has_more });
/** Pages of 3 over messages 1…`newest`: the newest page, or the three before `before`. */
const pages = (newest: number) => async (_id: number, query?: { before_message_id?: number }) => {
  const end = (query?.before_message_id ?? newest + 1) - 1;
  const ids = [end - 2, end - 1, end].filter((i) => i >= 1);
  return page(ids.map((i) => message(i)), ids[0]! > 1);
};

async function opened(api: ReturnType<typeof fakeApi>) {
  const history = new History(api, 3, () => 7, (m) => m.sender.kind === 'user');
  await history.open(7);
  return history;
}

describe('reachMessage', () => {
  it('finds a message of a loaded page without asking the API', async () => {
    const api = fakeApi({ getChatMessageHistory: pages(30) });
    const history = await opened(api);
    expect(await reachMessage(api, history, 7, 29)).to.deep.equal({ status: 'found', key: 'm:29' });
    expect(api.calls).to.have.length(1);
  });

  it('asks for an older message, then loads the pages back to it so that it shows among its neighbours', async () => {
    const api = fakeApi({ getChatMessageHistory: pages(30), getSpecificChatMessage: async (_s: number, id: number) => message(id) });
    const history = await opened(api);
    expect(await reachMessage(api, history, 7, 20)).to.deep.equal({ status: 'found', key: 'm:20' });
    expect(api.calls[1]).to.equal('getSpecificChatMessage(7, 20)');
    expect(history.items.map((i) => i.message.id)).to.deep.equal([19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
  });

  it(`puts a message further back than ${LINK_MAX_PAGES} pages in alone, above them`, async () => {
    const api = fakeApi({ getChatMessageHistory: pages(1000), getSpecificChatMessage: async (_s: number, id: number) => message(id) });
    const history = await opened(api);
    expect(await reachMessage(api, history, 7, 5)).to.deep.equal({ status: 'found', key: 'm:5' });
    expect(api.calls.filter((c) => c.startsWith('getChatMessageHistory'))).to.have.length(1 + LINK_MAX_PAGES);
    expect(history.items[0]!.message.id).to.equal(5);
    // Older pages load from where the pages stopped, not from the message put in alone: they fill the gap up to it
    // and go on below it, and every message of the conversation shows once.
    expect(history.oldest).to.equal(1000 - 3 * (1 + LINK_MAX_PAGES) + 1);
    while (history.oldest !== undefined) await history.older();
    expect(history.items.map((i) => i.message.id)).to.deep.equal(Array.from({ length: 1000 }, (_, i) => i + 1));
  });

  it('says a deleted message is deleted', async () => {
    const api = fakeApi({ getChatMessageHistory: async () => page([message(28), message(29, 'user', { deleted: true, content: '' }), message(30)]) });
    const history = await opened(api);
    expect(await reachMessage(api, history, 7, 29)).to.deep.equal({ status: 'deleted', key: 'm:29' });
  });

  it('says a message the API does not know (404), will not show (403) or keeps in another session is unavailable', async () => {
    for (const answer of [() => Promise.reject(httpError(404)), () => Promise.reject(httpError(403)), async () => message(3, 'vendor', { chat_session_id: 8 })]) {
      const api = fakeApi({ getChatMessageHistory: pages(30), getSpecificChatMessage: answer });
      const history = await opened(api);
      expect(await reachMessage(api, history, 7, 3)).to.deep.equal({ status: 'unavailable' });
      expect(history.items.map((i) => i.message.id)).to.deep.equal([28, 29, 30]);
    }
  });

  it('throws what is not an answer about the message (a failure the caller reports)', async () => {
    const api = fakeApi({ getChatMessageHistory: pages(30), getSpecificChatMessage: () => Promise.reject(httpError(503)) });
    const history = await opened(api);
    let thrown: unknown;
    await reachMessage(api, history, 7, 3).catch((e) => (thrown = e));
    expect((thrown as { status?: number })?.status).to.equal(503);
  });
});
