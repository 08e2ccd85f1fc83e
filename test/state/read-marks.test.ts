// Read marks alone: with a scripted API for what they decide (when to tell the API), and against the emulator for
// what the server does with a mark (the session's unread count and read mark).
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import { ReadMarks } from '../../src/state/read-marks.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { inject, listItem, newUser, startRag } from '../helpers/emulator.js';
import { fakeApi, httpError } from '../helpers/fake-api.js';

describe('ReadMarks', () => {
  it('tells the API once per newer message, and the unread count goes to zero before it answers', async () => {
    const order: string[] = [];
    const answer = () => new Promise((resolve) => setTimeout(() => resolve(order.push('api answered')), 0));
    const api = fakeApi({ markChatMessagesAsRead: answer as never });
    const marks = new ReadMarks(api);
    const marking = marks.mark(7, 12, () => order.push('marked'));
    expect(order, 'marked without waiting for the API').to.deep.equal(['marked']);
    await marking;
    await marks.mark(7, 12, () => order.push('marked'));
    await marks.mark(7, 11, () => order.push('marked'));
    await marks.mark(7, 13, () => order.push('marked'));
    expect(api.calls).to.deep.equal(['markChatMessagesAsRead(7, {"last_read_message_id":12})', 'markChatMessagesAsRead(7, {"last_read_message_id":13})']);
    expect(order).to.deep.equal(['marked', 'api answered', 'marked', 'api answered']);
  });

  it('asks nothing for what the server already counts as read; another session starts from nothing', async () => {
    const api = fakeApi({ markChatMessagesAsRead: async () => ({ success: true }) });
    const marks = new ReadMarks(api);
    marks.readOnServer(20);
    marks.readOnServer(null);
    await marks.mark(7, 20, () => undefined);
    expect(api.calls).to.deep.equal([]);
    marks.clear();
    await marks.mark(8, 20, () => undefined);
    expect(api.calls).to.deep.equal(['markChatMessagesAsRead(8, {"last_read_message_id":20})']);
  });

  it('throws a failed mark, and sends the next one again', async () => {
    let fail = true;
    const api = fakeApi({
      markChatMessagesAsRead: async () => {
        if (fail) throw httpError(503);
        return { success: true };
      },
    });
    const marks = new ReadMarks(api);
    let error: unknown;
    await marks.mark(7, 12, () => undefined).catch((e) => (error = e));
    expect(error).to.be.instanceOf(Error);
    fail = false;
    await marks.mark(7, 12, () => undefined);
    expect(api.calls, 'the same message, sent again').to.have.length(2);
  });

  it('against the emulator: a mark clears the session’s unread count on the server', async () => {
    const token = newUser();
    const api = createChatClient({ baseUrl: API_BASE, token });
    const { session } = await startRag(token, 'Hello');
    await inject(session.id, { sender_kind: 'assistant', content: 'One' });
    const last = await inject(session.id, { sender_kind: 'assistant', content: 'Two' });
    expect((await listItem(token, session.id)).unread_count).to.equal(2);
    const marks = new ReadMarks(api);
    await marks.mark(session.id, last.id, () => undefined);
    const after = await listItem(token, session.id);
    expect(after.unread_count).to.equal(0);
    expect(after.last_read_message_id).to.equal(last.id);
  });
});
