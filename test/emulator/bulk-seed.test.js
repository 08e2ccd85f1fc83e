// The bulk seed control endpoint: a long history in one call (what `npm run bench` seeds its conversations with).
import { expect } from '@open-wc/testing';
import { api, control, expectError, newUser, startVendor } from '../helpers/emulator.js';

const bulk = (sessionId, body) => control('POST', `/sessions/${sessionId}/messages/bulk`, body);

describe('emulator: bulk seed', () => {
  it('lays down 10,000 messages in one call, in order and in time, and pages them like any history', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'First');
    const start = Date.now() - 10_000 * 60_000;
    const messages = Array.from({ length: 10_000 }, (_, i) => ({
      sender_kind: i % 2 ? 'vendor' : 'user',
      content: `Seeded ${i + 1}`,
      created_at: new Date(start + i * 60_000).toISOString(),
    }));
    const res = await bulk(session.id, { messages, replace: true });
    expect(res.status, res.text).to.equal(200);
    expect(res.body.count).to.equal(10_000);
    expect(res.body.last_id - res.body.first_id).to.equal(9_999);

    const newest = await api(token, 'GET', `/chat/sessions/${session.id}/messages?limit=3`);
    expect(newest.body.messages.map((m) => m.content)).to.deep.equal(['Seeded 9998', 'Seeded 9999', 'Seeded 10000']);
    expect(newest.body.messages.map((m) => m.sender.kind)).to.deep.equal(['vendor', 'user', 'vendor']);
    expect(newest.body.messages[2].created_at).to.equal(messages[9_999].created_at);
    expect(newest.body.has_more).to.equal(true);
    const oldest = await api(token, 'GET', `/chat/sessions/${session.id}/messages?limit=2&before_message_id=${res.body.first_id + 2}`);
    expect(oldest.body.messages.map((m) => m.content), '`replace` removed the first message').to.deep.equal(['Seeded 1', 'Seeded 2']);
    expect(oldest.body.has_more).to.equal(false);
  });

  it('appends after the history by default, and refuses a message dated before the one it follows', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'First');
    const ok = await bulk(session.id, { messages: [{ sender_kind: 'vendor', content: 'Later' }] });
    expect(ok.status, ok.text).to.equal(200);
    const early = await bulk(session.id, { messages: [{ sender_kind: 'vendor', content: 'x', created_at: '2020-01-01T00:00:00Z' }] });
    expectError(early, 422, 'validation_failed');
    expect(early.body.error.details[0].field).to.equal('messages[0].created_at');
    const all = await api(token, 'GET', `/chat/sessions/${session.id}/messages`);
    expect(all.body.messages.map((m) => m.content)).to.deep.equal(['First', 'Later']);
  });

  it('stores nothing when any entry is bad, and names each bad entry', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'First');
    const res = await bulk(session.id, {
      messages: [
        { sender_kind: 'vendor', content: 'fine' },
        { sender_kind: 'nobody', content: 'x' },
        { sender_kind: 'vendor', content: 7 },
        { sender_kind: 'agent', sender_id: 5, content: 'x' },
        { sender_kind: 'vendor', created_at: '2999-01-01T00:00:00Z' },
      ],
    });
    expectError(res, 422, 'validation_failed');
    expect(res.body.error.details.map((d) => d.field)).to.deep.equal([
      'messages[1].sender_kind',
      'messages[2].content',
      'messages[3].sender_id',
      'messages[4].created_at',
    ]);
    const all = await api(token, 'GET', `/chat/sessions/${session.id}/messages`);
    expect(all.body.messages.map((m) => m.content)).to.deep.equal(['First']);

    expectError(await bulk(session.id, { messages: [] }), 422, 'validation_failed');
    expectError(await bulk(session.id, { messages: [{ sender_kind: 'vendor' }], replace: 'yes' }), 422, 'validation_failed');
    expectError(await bulk(999_999_999, { messages: [{ sender_kind: 'vendor' }] }), 404, 'not_found');
  });
});
