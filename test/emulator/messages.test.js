// Messages: history paging, idempotent sends, edits, tombstones, reactions and references.
import { expect } from '@open-wc/testing';
import { api, expectError, history, inject, newId, newUser, send, startRag, userIdOf } from '../helpers/emulator.js';

/** A RAG session for `token` with `n` messages in all (the first one from startChat); returns their ids. */
async function sessionWith(token, n) {
  const { session, message } = await startRag(token, 'm0');
  const ids = [message.id];
  for (let i = 1; i < n; i += 1) {
    const res = await send(token, session.id, `m${i}`);
    if (res.status !== 200) throw new Error(res.text);
    ids.push(res.body.id);
  }
  return { sessionId: session.id, ids };
}

/** A direct session between two fresh users; returns their tokens and the session id. */
async function directPair() {
  const alice = newUser();
  const bob = newUser();
  const bobId = await userIdOf(bob);
  const res = await api(alice, 'POST', '/chat/sessions/direct', { recipient_user_id: bobId, message: 'hi bob' });
  if (res.status !== 200) throw new Error(res.text);
  return { alice, bob, sessionId: res.body.session.id, aliceMessage: res.body.message };
}

function page(token, sessionId, query) {
  return api(token, 'GET', `/chat/sessions/${sessionId}/messages${query}`);
}

describe('emulator: messages', () => {
  describe('history paging', () => {
    it('returns the newest page oldest first, with has_more', async () => {
      const token = newUser();
      const { sessionId, ids } = await sessionWith(token, 5);
      const res = await page(token, sessionId, '?limit=3');
      expect(res.status, res.text).to.equal(200);
      expect(res.body.messages.map((m) => m.id)).to.deep.equal(ids.slice(2));
      expect(res.body.messages.map((m) => m.content)).to.deep.equal(['m2', 'm3', 'm4']);
      expect(res.body.has_more).to.equal(true);
    });

    it('pages with limit 1 down to the first message', async () => {
      const token = newUser();
      const { sessionId, ids } = await sessionWith(token, 4);
      const seen = [];
      let q = '?limit=1';
      for (let i = 0; i < 4; i += 1) {
        const res = await page(token, sessionId, q);
        expect(res.body.messages).to.have.length(1);
        seen.unshift(res.body.messages[0].id);
        expect(res.body.has_more).to.equal(i < 3);
        q = `?limit=1&before_message_id=${res.body.messages[0].id}`;
      }
      expect(seen).to.deep.equal(ids);
    });

    it('says has_more false when the limit is exactly the size', async () => {
      const token = newUser();
      const { sessionId, ids } = await sessionWith(token, 4);
      const res = await page(token, sessionId, '?limit=4');
      expect(res.body.messages.map((m) => m.id)).to.deep.equal(ids);
      expect(res.body.has_more).to.equal(false);
      const more = await page(token, sessionId, '?limit=5');
      expect(more.body.messages.map((m) => m.id)).to.deep.equal(ids);
      expect(more.body.has_more).to.equal(false);
    });

    it('returns an empty page with has_more false before the first message', async () => {
      const token = newUser();
      const { sessionId, ids } = await sessionWith(token, 3);
      const res = await page(token, sessionId, `?before_message_id=${ids[0]}`);
      expect(res.status, res.text).to.equal(200);
      expect(res.body.messages).to.deep.equal([]);
      expect(res.body.has_more).to.equal(false);
    });

    it('excludes the cursor and returns the messages just before it', async () => {
      const token = newUser();
      const { sessionId, ids } = await sessionWith(token, 6);
      const res = await page(token, sessionId, `?limit=2&before_message_id=${ids[4]}`);
      expect(res.body.messages.map((m) => m.id)).to.deep.equal([ids[2], ids[3]]);
      expect(res.body.has_more).to.equal(true);
    });

    it('defaults to 50 messages per page', async () => {
      const token = newUser();
      const { sessionId, ids } = await sessionWith(token, 52);
      const res = await page(token, sessionId, '');
      expect(res.body.messages.map((m) => m.id)).to.deep.equal(ids.slice(2));
      expect(res.body.has_more).to.equal(true);
    });

    it('answers 422 to a before_message_id of another session', async () => {
      const token = newUser();
      const a = await sessionWith(token, 2);
      const b = await sessionWith(token, 2);
      expectError(await page(token, a.sessionId, `?before_message_id=${b.ids[1]}`), 422, 'validation_failed');
    });
  });

  describe('sendChatMessage', () => {
    it('stores a message once for a repeated client_message_id and marks the replay', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      const c = newId();
      const first = await send(token, session.id, 'only once', { client_message_id: c });
      expect(first.status, first.text).to.equal(200);
      expect(first.body.client_message_id).to.equal(c);
      expect(first.headers.get('idempotent-replayed')).to.not.equal('true');
      const again = await send(token, session.id, 'a different body', { client_message_id: c });
      expect(again.status, again.text).to.equal(200);
      expect(again.body.id).to.equal(first.body.id);
      expect(again.body.content).to.equal('only once');
      expect(again.headers.get('idempotent-replayed')).to.equal('true');
      const stored = await history(token, session.id);
      expect(stored.filter((m) => m.content === 'only once')).to.have.length(1);
      expect(stored.filter((m) => m.content === 'a different body')).to.have.length(0);
      expect(stored).to.have.length(2);
    });

    it('treats the same client_message_id in another session as a new message', async () => {
      const token = newUser();
      const a = await startRag(token);
      const b = await startRag(token);
      const c = newId();
      const ra = await send(token, a.session.id, 'here', { client_message_id: c });
      const rb = await send(token, b.session.id, 'there', { client_message_id: c });
      expect(rb.status).to.equal(200);
      expect(rb.body.id).to.not.equal(ra.body.id);
      expect(rb.body.content).to.equal('there');
    });

    it('answers 422 to empty content without media', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      expectError(await send(token, session.id, ''), 422, 'validation_failed');
      expectError(await api(token, 'POST', `/chat/sessions/${session.id}/messages`, {}), 422, 'validation_failed');
      expect(await history(token, session.id)).to.have.length(1);
    });

    it('accepts a reply_to_message_id of the session and 422s one of another session', async () => {
      const token = newUser();
      const a = await startRag(token, 'in a');
      const b = await startRag(token, 'in b');
      const ok = await send(token, a.session.id, 'replying', { reply_to_message_id: a.message.id });
      expect(ok.status, ok.text).to.equal(200);
      expect(ok.body.reply_to_message_id).to.equal(a.message.id);
      const bad = await send(token, a.session.id, 'cross', { reply_to_message_id: b.message.id });
      expectError(bad, 422, 'validation_failed');
      expect(bad.body.error.details.some((d) => /reply_to_message_id$/.test(d.field))).to.equal(true);
    });
  });

  describe('getSpecificChatMessage', () => {
    it('returns one message of the session, 404 for a message of another session', async () => {
      const token = newUser();
      const a = await startRag(token, 'alpha');
      const b = await startRag(token, 'beta');
      const res = await api(token, 'GET', `/chat/sessions/${a.session.id}/messages/${a.message.id}`);
      expect(res.status, res.text).to.equal(200);
      expect(res.body.id).to.equal(a.message.id);
      expect(res.body.content).to.equal('alpha');
      expect(res.body.sender.kind).to.equal('user');
      expectError(await api(token, 'GET', `/chat/sessions/${a.session.id}/messages/${b.message.id}`), 404, 'not_found');
    });
  });

  describe('edit and delete', () => {
    it('edits my own message and sets edited_at', async () => {
      const token = newUser();
      const { session, message } = await startRag(token, 'typo');
      expect(message.edited_at ?? null).to.equal(null);
      const res = await api(token, 'PUT', `/chat/sessions/${session.id}/messages/${message.id}`, { content: 'fixed' });
      expect(res.status, res.text).to.equal(200);
      expect(res.body.id).to.equal(message.id);
      expect(res.body.content).to.equal('fixed');
      expect(res.body.edited_at).to.be.a('string');
      expect(Date.parse(res.body.edited_at)).to.be.at.least(Date.parse(message.created_at));
      const [stored] = await history(token, session.id);
      expect(stored.content).to.equal('fixed');
      expect(stored.edited_at).to.equal(res.body.edited_at);
    });

    it('answers 403 to editing or deleting someone else’s message', async () => {
      const { bob, sessionId, aliceMessage } = await directPair();
      const edit = await api(bob, 'PUT', `/chat/sessions/${sessionId}/messages/${aliceMessage.id}`, { content: 'hacked' });
      expectError(edit, 403, 'forbidden');
      const del = await api(bob, 'DELETE', `/chat/sessions/${sessionId}/messages/${aliceMessage.id}`);
      expectError(del, 403, 'forbidden');
      const seen = await api(bob, 'GET', `/chat/sessions/${sessionId}/messages/${aliceMessage.id}`);
      expect(seen.body.content).to.equal('hi bob');
      expect(seen.body.deleted).to.equal(false);
    });

    it('answers 403 to editing an assistant message', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      const bot = await inject(session.id, { sender_kind: 'assistant', content: 'I am the assistant' });
      expectError(await api(token, 'PUT', `/chat/sessions/${session.id}/messages/${bot.id}`, { content: 'no' }), 403, 'forbidden');
    });

    it('deletes my own message into a tombstone, idempotently', async () => {
      const token = newUser();
      const { session, message } = await startRag(token, 'regret');
      await api(token, 'POST', `/chat/sessions/${session.id}/messages/${message.id}/reactions`, { emoji: '👍' });
      const res = await api(token, 'DELETE', `/chat/sessions/${session.id}/messages/${message.id}`);
      expect(res.status, res.text).to.equal(200);
      expect(res.body.id).to.equal(message.id);
      expect(res.body.deleted).to.equal(true);
      expect(res.body.content).to.equal('');
      expect(res.body.media ?? []).to.deep.equal([]);
      expect(res.body.reactions ?? []).to.deep.equal([]);
      const again = await api(token, 'DELETE', `/chat/sessions/${session.id}/messages/${message.id}`);
      expect(again.status, again.text).to.equal(200);
      expect(again.body.deleted).to.equal(true);
      const stored = await history(token, session.id);
      expect(stored).to.have.length(1);
      expect(stored[0].deleted).to.equal(true);
      expect(stored[0].content).to.equal('');
    });

    it('answers 409 to editing or reacting to a deleted message', async () => {
      const token = newUser();
      const { session, message } = await startRag(token, 'gone soon');
      await api(token, 'DELETE', `/chat/sessions/${session.id}/messages/${message.id}`);
      expectError(await api(token, 'PUT', `/chat/sessions/${session.id}/messages/${message.id}`, { content: 'back' }), 409, 'conflict');
      expectError(
        await api(token, 'POST', `/chat/sessions/${session.id}/messages/${message.id}/reactions`, { emoji: '👍' }),
        409,
        'conflict',
      );
    });
  });

  describe('reactions', () => {
    it('adds, ignores a repeat, removes, ignores removing an absent one, per viewer', async () => {
      const { alice, bob, sessionId, aliceMessage } = await directPair();
      const path = `/chat/sessions/${sessionId}/messages/${aliceMessage.id}/reactions`;

      const a1 = await api(alice, 'POST', path, { emoji: '👍' });
      expect(a1.status, a1.text).to.equal(200);
      expect(a1.body.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);

      const a2 = await api(alice, 'POST', path, { emoji: '👍' });
      expect(a2.body.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);

      const b1 = await api(bob, 'POST', path, { emoji: '🎉' });
      expect(b1.body.reactions).to.deep.equal([
        { emoji: '👍', count: 1, reacted_by_me: false },
        { emoji: '🎉', count: 1, reacted_by_me: true },
      ]);
      const b2 = await api(bob, 'POST', path, { emoji: '👍' });
      expect(b2.body.reactions).to.deep.equal([
        { emoji: '👍', count: 2, reacted_by_me: true },
        { emoji: '🎉', count: 1, reacted_by_me: true },
      ]);

      // Alice sees the same counts through the message itself, with her own reacted_by_me.
      const seen = await api(alice, 'GET', `/chat/sessions/${sessionId}/messages/${aliceMessage.id}`);
      expect(seen.body.reactions).to.deep.equal([
        { emoji: '👍', count: 2, reacted_by_me: true },
        { emoji: '🎉', count: 1, reacted_by_me: false },
      ]);

      const r1 = await api(alice, 'DELETE', path, { emoji: '👍' });
      expect(r1.status, r1.text).to.equal(200);
      expect(r1.body.reactions).to.deep.equal([
        { emoji: '👍', count: 1, reacted_by_me: false },
        { emoji: '🎉', count: 1, reacted_by_me: false },
      ]);
      const r2 = await api(alice, 'DELETE', path, { emoji: '🎉' });
      expect(r2.status, r2.text).to.equal(200);
      expect(r2.body.reactions).to.deep.equal(r1.body.reactions);

      const r3 = await api(bob, 'DELETE', path, { emoji: '🎉' });
      expect(r3.body.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);
      const inHistory = (await history(bob, sessionId)).find((m) => m.id === aliceMessage.id);
      expect(inHistory.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);
    });

    it('answers 422 to an emoji that is empty or over 16 characters', async () => {
      const token = newUser();
      const { session, message } = await startRag(token);
      const path = `/chat/sessions/${session.id}/messages/${message.id}/reactions`;
      expectError(await api(token, 'POST', path, { emoji: '' }), 422, 'validation_failed');
      expectError(await api(token, 'POST', path, { emoji: 'x'.repeat(17) }), 422, 'validation_failed');
      expectError(await api(token, 'POST', path, {}), 422, 'validation_failed');
      const ok = await api(token, 'POST', path, { emoji: 'x'.repeat(16) });
      expect(ok.status, ok.text).to.equal(200);
    });

    it('answers 403 to a reaction from a non-participant', async () => {
      const token = newUser();
      const { session, message } = await startRag(token);
      const res = await api(newUser(), 'POST', `/chat/sessions/${session.id}/messages/${message.id}/reactions`, { emoji: '👍' });
      expectError(res, 403, 'forbidden');
    });
  });
});
