// The conversation's outbox alone, over a scripted API: what it adds to the queue (groups of a conversation not
// started yet, the ids this page wrote, cancelling one file, adopting held messages, the thread of ours). The
// queue itself is test/state/outbox.test.ts; sending through the emulator is the store's tests.
import { expect } from '@open-wc/testing';
import { ConversationOutbox, type DeliveryHooks } from '../../src/state/conversation-outbox.js';
import { memoryOutboxPersistence, type OutboxRecord } from '../../src/state/outbox-persistence.js';
import type { ChatApi } from '../../src/state/chat-api.js';
import type { ThreadItem } from '../../src/state/thread-item.js';
import { fakeApi, httpError, message } from '../helpers/fake-api.js';
import { flush } from '../helpers/manual-clock.js';

const hooks = (log: string[] = []): DeliveryHooks => ({
  botActive: async () => false,
  started: (sessionId) => void log.push(`started ${sessionId}`),
  stored: (messages) => void log.push(`stored ${messages.map((m) => m.id).join(',')}`),
  echo: () => undefined,
  thinking: () => undefined,
  replyExpected: () => undefined,
  botTurn: async () => undefined,
});

const vendor = { mode: 'vendor' as const, vendorLocationId: 501 };
const stored = (id: number, extra = {}): ThreadItem => ({ key: `m:${id}`, message: message(id, 'vendor', extra), own: false, delivery: 'sent' });
const file = (name: string) => new File(['x'.repeat(10)], name, { type: 'image/png' });

describe('ConversationOutbox', () => {
  it('groups the messages of a conversation not started yet, and knows which ids this page wrote', () => {
    const outbox = new ConversationOutbox(fakeApi({}), vendor, hooks());
    outbox.queue({ id: 'a', sessionId: null, text: 'first', after: 0 }, []);
    outbox.queue({ id: 'b', sessionId: null, text: 'second', after: 0 }, [file('p.png')]);
    outbox.queue({ id: 'c', sessionId: 7, text: 'elsewhere', after: 0 }, []);
    expect(outbox.state.entries.map((e) => [e.id, e.group])).to.deep.equal([['a', 'a'], ['b', 'a'], ['c', null]]);
    expect(outbox.unstartedGroup).to.equal('a');
    expect(outbox.get('b')!.uploads.map((u) => [u.key, u.state])).to.deep.equal([['c:b:0', 'waiting']]);
    expect(['a', 'b', 'c', 'd'].map((id) => outbox.wrote(id))).to.deep.equal([true, true, true, false]);
  });

  it('shows ours of the conversation shown among the stored ones, and a stored but unreturned one until history has it', () => {
    const outbox = new ConversationOutbox(fakeApi({}), vendor, hooks());
    outbox.queue({ id: 'a', sessionId: 7, text: 'mine', after: 2 }, []);
    outbox.queue({ id: 'b', sessionId: 8, text: 'another conversation', after: 0 }, []);
    const keys = (items: ThreadItem[]) => items.map((i) => i.key);
    const { items, outbox: summary } = outbox.thread([stored(1), stored(2)], 7, 3);
    expect(keys(items)).to.deep.equal(['m:1', 'm:2', 'c:a']);
    expect(items[2]!.message.sender.id, 'sent as the user').to.equal(3);
    expect(summary).to.include({ queued: 2, failed: 0 });
    const b = outbox.get('b')!;
    expect(outbox.storedNotReturned(b, { sessionId: 7, me: 3 }), 'not the conversation shown').to.equal(false);
    expect(outbox.storedNotReturned(b, { sessionId: 8, me: 3 })).to.equal(true);
    outbox.discard('b');
    expect(keys(outbox.thread([], 8, 3).items), 'sent, shown as sent').to.deep.equal(['c:b']);
    expect(outbox.thread([], 8, 3).items[0]!.delivery).to.equal('sent');
    const returned = { ...stored(9, { client_message_id: 'b', sender: message(9, 'user').sender }), key: 'c:b' };
    expect(keys(outbox.thread([returned], 8, 3).items), 'history has it: once').to.deep.equal(['c:b']);
    outbox.queue({ id: 'c', sessionId: null, text: 'new', after: 0 }, []);
    outbox.clearView();
    expect(outbox.unstartedGroup).to.equal(null);
    expect(keys(outbox.thread([], null, 3).items), 'a new conversation shows none of them').to.deep.equal([]);
  });

  it('cancelling a file aborts its upload; the message goes without it', async () => {
    const log: string[] = [];
    let uploading!: () => void;
    const api = fakeApi({
      uploadChatMedia: (_id, _file, options) =>
        new Promise((_resolve, reject) => {
          uploading();
          options!.signal!.addEventListener('abort', () => reject(Object.assign(httpError(0), { source: 'aborted', code: 'aborted' })));
        }),
      sendChatMessage: async (_id, body) => message(20, 'user', { client_message_id: body.client_message_id ?? null, content: body.content ?? '' }),
    });
    const outbox = new ConversationOutbox(api, vendor, hooks(log));
    const started = new Promise<void>((resolve) => (uploading = resolve));
    outbox.queue({ id: 'a', sessionId: 7, text: 'a photo', after: 0 }, [file('p.png')]);
    outbox.start();
    await started;
    outbox.cancelUpload('a', 'c:a:0');
    await flush();
    expect(log).to.deep.equal(['stored 20']);
    expect(api.calls.at(-1), 'no media').to.equal('sendChatMessage(7, {"content":"a photo","client_message_id":"a"}, {"signal":{}})');
    expect(outbox.state.entries, 'delivered').to.deep.equal([]);
  });

  it('restores what another token left only for sessions the user can read, and claims them', async () => {
    const persistence = memoryOutboxPersistence();
    const record = (id: string, sessionId: number): OutboxRecord => ({
      scope: 'vendor:501', id, owner: 'someone else', seq: 1, sessionId, group: null, text: id, started: false, textDelivered: false,
      createdAt: new Date().toISOString(), after: 0, attempts: 0, status: 'queued', uploads: [],
    });
    await persistence.put(record('mine', 7));
    await persistence.put(record('theirs', 8));
    const api: ChatApi = fakeApi({
      tokenFingerprint: async () => 'me',
      getChatMessageHistory: async (sessionId) => {
        if (sessionId === 8) throw httpError(403);
        return { messages: [], has_more: false };
      },
    });
    const outbox = new ConversationOutbox(api, { ...vendor, outbox: persistence }, hooks());
    await outbox.restore();
    await flush();
    expect(outbox.state.entries.map((e) => e.id)).to.deep.equal(['mine']);
    expect([outbox.wrote('mine'), outbox.wrote('theirs')]).to.deep.equal([true, false]);
  });

  it('resumes the newest conversation not started yet that it holds messages for', () => {
    const outbox = new ConversationOutbox(fakeApi({}), vendor, hooks());
    expect(outbox.resumeUnstarted()).to.equal(false);
    outbox.queue({ id: 'a', sessionId: null, text: 'one', after: 0 }, []);
    outbox.clearView();
    outbox.queue({ id: 'b', sessionId: null, text: 'two', after: 0 }, []);
    outbox.clearView();
    expect(outbox.resumeUnstarted()).to.equal(true);
    expect(outbox.unstartedGroup).to.equal('b');
  });
});
