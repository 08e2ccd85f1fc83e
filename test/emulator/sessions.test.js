// Sessions: starting chats, direct chats, metadata, the paged session list and unread counts.
import { expect } from '@open-wc/testing';
import {
  api,
  expectError,
  history,
  inject,
  listItem,
  newId,
  newUser,
  startRag,
  startVendor,
  userIdOf,
  world,
} from '../helpers/emulator.js';

describe('emulator: sessions', () => {
  describe('startChat', () => {
    it('starts a RAG chat with the first message and returns {session, message}', async () => {
      const token = newUser();
      const res = await api(token, 'POST', '/chat/sessions/start', {
        chat_type: 'rag',
        user_type: 'customer',
        message: 'What is your return policy?',
      });
      expect(res.status, res.text).to.equal(200);
      const { session, message } = res.body;
      expect(session.id).to.be.a('number');
      expect(Number.isInteger(session.id)).to.equal(true);
      expect(session.chat_type).to.equal('rag');
      expect(message.id).to.be.a('number');
      expect(message.content).to.equal('What is your return policy?');
      expect(message.sender.kind).to.equal('user');
      expect(message.created_at).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      const stored = await history(token, session.id);
      expect(stored.map((m) => m.id)).to.deep.equal([message.id]);
    });

    it('starts a vendor chat at a known location', async () => {
      const token = newUser();
      const { session, message } = await startVendor(token, 'Do you have size 42?');
      expect(session.chat_type).to.equal('vendor');
      const w = await world();
      expect(session.vendor_location_id).to.equal(w.vendor_locations[0].id);
      expect(message.content).to.equal('Do you have size 42?');
      expect((await listItem(token, session.id)).id).to.equal(session.id);
    });

    it('returns the first session again for a repeated client_message_id', async () => {
      const token = newUser();
      const c = newId();
      const first = await startRag(token, 'once', { client_message_id: c });
      const again = await startRag(token, 'once', { client_message_id: c });
      expect(again.session.id).to.equal(first.session.id);
      expect(again.message.id).to.equal(first.message.id);
      const list = await api(token, 'GET', '/chat/sessions');
      expect(list.body.sessions).to.have.length(1);
      expect(await history(token, first.session.id)).to.have.length(1);
    });
  });

  describe('startDirectChat', () => {
    it('creates a direct session with a seeded user, then reuses it', async () => {
      const token = newUser();
      const w = await world();
      const maya = w.users.find((u) => u.token === 'demo-maya') ?? w.users[0];
      const first = await api(token, 'POST', '/chat/sessions/direct', { recipient_user_id: maya.id, message: 'Hi Maya' });
      expect(first.status, first.text).to.equal(200);
      expect(first.body.session.chat_type).to.equal('direct');
      expect(first.body.message.content).to.equal('Hi Maya');
      const second = await api(token, 'POST', '/chat/sessions/direct', { recipient_user_id: maya.id, message: 'Again' });
      expect(second.status, second.text).to.equal(200);
      expect(second.body.session.id).to.equal(first.body.session.id);
      expect(second.body.message.id).to.not.equal(first.body.message.id);
      const mine = (await history(token, first.body.session.id)).filter((m) => m.sender.kind === 'user' && m.sender.id !== maya.id);
      expect(mine.map((m) => m.content)).to.include.members(['Hi Maya', 'Again']);
      const list = await api(token, 'GET', '/chat/sessions');
      expect(list.body.sessions.filter((s) => s.chat_type === 'direct')).to.have.length(1);
    });

    it('reuses the session from either side between two fresh users', async () => {
      const alice = newUser();
      const bob = newUser();
      const aliceId = await userIdOf(alice);
      const bobId = await userIdOf(bob);
      const a = await api(alice, 'POST', '/chat/sessions/direct', { recipient_user_id: bobId, message: 'hello bob' });
      expect(a.status, a.text).to.equal(200);
      const b = await api(bob, 'POST', '/chat/sessions/direct', { recipient_user_id: aliceId, message: 'hello alice' });
      expect(b.status, b.text).to.equal(200);
      expect(b.body.session.id).to.equal(a.body.session.id);
      const seen = await history(bob, a.body.session.id);
      expect(seen.map((m) => m.content)).to.include.members(['hello bob', 'hello alice']);
    });

    it('returns the first message again for a repeated client_message_id', async () => {
      const alice = newUser();
      const bobId = await userIdOf(newUser());
      const c = newId();
      const first = await api(alice, 'POST', '/chat/sessions/direct', { recipient_user_id: bobId, message: 'once', client_message_id: c });
      const again = await api(alice, 'POST', '/chat/sessions/direct', { recipient_user_id: bobId, message: 'once', client_message_id: c });
      expect(again.status, again.text).to.equal(200);
      expect(again.body.session.id).to.equal(first.body.session.id);
      expect(again.body.message.id).to.equal(first.body.message.id);
      expect((await history(alice, first.body.session.id)).filter((m) => m.content === 'once')).to.have.length(1);
    });

    it('answers 404 to an unknown recipient and 422 to yourself', async () => {
      const token = newUser();
      const me = await userIdOf(token);
      expectError(await api(token, 'POST', '/chat/sessions/direct', { recipient_user_id: 987654321, message: 'hi' }), 404, 'not_found');
      expectError(await api(token, 'POST', '/chat/sessions/direct', { recipient_user_id: me, message: 'hi' }), 422, 'validation_failed');
    });
  });

  describe('updateChatSessionMetadata', () => {
    it('sets the title and merges metadata shallowly, null removing a key', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      const titled = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, { title: 'Shipping question' });
      expect(titled.status, titled.text).to.equal(200);
      expect(titled.body.id).to.equal(session.id);
      expect(titled.body.title).to.equal('Shipping question');

      const m1 = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, { metadata: { order: 'A-1', pinned: true, tags: ['x'] } });
      expect(m1.status, m1.text).to.equal(200);
      expect(m1.body.metadata).to.deep.equal({ order: 'A-1', pinned: true, tags: ['x'] });
      expect(m1.body.title).to.equal('Shipping question');

      const m2 = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, { metadata: { pinned: null, tags: ['y'], note: 'n' } });
      expect(m2.status, m2.text).to.equal(200);
      expect(m2.body.metadata).to.deep.equal({ order: 'A-1', tags: ['y'], note: 'n' });

      const item = await listItem(token, session.id);
      expect(item.title).to.equal('Shipping question');
      expect(item.metadata).to.deep.equal({ order: 'A-1', tags: ['y'], note: 'n' });
    });

    it('answers 422 to an empty update and 403 to another user', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      expectError(await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, {}), 422, 'validation_failed');
      expectError(await api(newUser(), 'PUT', `/chat/sessions/${session.id}/metadata`, { title: 'mine now' }), 403, 'forbidden');
      expect((await listItem(token, session.id)).title).to.not.equal('mine now');
    });
  });

  describe('listChatSessions', () => {
    it('pages 25 sessions newest first with before/next_before, without duplicates or gaps', async () => {
      const token = newUser();
      const created = [];
      for (let i = 0; i < 25; i += 1) created.push((await startRag(token, `question ${i}`)).session.id);
      const seen = [];
      let before;
      // Collect the pages, then assert on them all: 10, 10, then the last 5 with no cursor.
      const pages = [];
      while (pages.length < 5) {
        const q = before ? `?limit=10&before=${encodeURIComponent(before)}` : '?limit=10';
        const res = await api(token, 'GET', `/chat/sessions${q}`);
        expect(res.status, res.text).to.equal(200);
        pages.push(res.body);
        seen.push(...res.body.sessions.map((s) => s.id));
        before = res.body.next_before;
        if (!res.body.has_more) break;
      }
      const cursor = (next) => (next === null ? null : typeof next === 'string' && next !== '' ? 'a cursor' : next);
      expect(pages.map((p) => [p.sessions.length, p.has_more, cursor(p.next_before)])).to.deep.equal([
        [10, true, 'a cursor'],
        [10, true, 'a cursor'],
        [5, false, null],
      ]);
      expect(seen).to.deep.equal([...created].reverse());
      expect(new Set(seen).size).to.equal(25);
    });

    it('defaults to 20 per page', async () => {
      const token = newUser();
      for (let i = 0; i < 21; i += 1) await startRag(token, `q${i}`);
      const res = await api(token, 'GET', '/chat/sessions');
      expect(res.body.sessions).to.have.length(20);
      expect(res.body.has_more).to.equal(true);
    });

    it('moves a session with new activity to the top', async () => {
      const token = newUser();
      const a = (await startRag(token, 'first')).session.id;
      const b = (await startRag(token, 'second')).session.id;
      let res = await api(token, 'GET', '/chat/sessions');
      expect(res.body.sessions.map((s) => s.id)).to.deep.equal([b, a]);
      await new Promise((r) => setTimeout(r, 5));
      const sent = await api(token, 'POST', `/chat/sessions/${a}/messages`, { content: 'bump' });
      expect(sent.status, sent.text).to.equal(200);
      res = await api(token, 'GET', '/chat/sessions');
      expect(res.body.sessions.map((s) => s.id)).to.deep.equal([a, b]);
    });

    it('answers 422 to a malformed cursor', async () => {
      const token = newUser();
      await startRag(token);
      const res = await api(token, 'GET', '/chat/sessions?before=not-a-cursor%21%21');
      expectError(res, 422, 'validation_failed');
    });
  });

  describe('unread_count and markChatMessagesAsRead', () => {
    it('counts others’ messages after the mark, and the mark never moves backwards', async () => {
      const token = newUser();
      const { session } = await startRag(token, 'hello?');
      expect((await listItem(token, session.id)).unread_count).to.equal(0);
      const m1 = await inject(session.id, { sender_kind: 'assistant', content: 'one' });
      const m2 = await inject(session.id, { sender_kind: 'assistant', content: 'two' });
      const m3 = await inject(session.id, { sender_kind: 'assistant', content: 'three' });
      expect((await listItem(token, session.id)).unread_count).to.equal(3);

      // My own messages are never unread.
      await api(token, 'POST', `/chat/sessions/${session.id}/messages`, { content: 'mine' });
      expect((await listItem(token, session.id)).unread_count).to.equal(3);

      const r1 = await api(token, 'POST', `/chat/sessions/${session.id}/read`, { last_read_message_id: m1.id });
      expect(r1.status, r1.text).to.equal(200);
      expect(r1.body).to.deep.equal({ success: true });
      expect((await listItem(token, session.id)).unread_count).to.equal(2);

      await api(token, 'POST', `/chat/sessions/${session.id}/read`, { last_read_message_id: m3.id });
      expect((await listItem(token, session.id)).unread_count).to.equal(0);

      const back = await api(token, 'POST', `/chat/sessions/${session.id}/read`, { last_read_message_id: m2.id });
      expect(back.status, back.text).to.equal(200);
      expect((await listItem(token, session.id)).unread_count).to.equal(0);
      await inject(session.id, { sender_kind: 'assistant', content: 'four' });
      expect((await listItem(token, session.id)).unread_count).to.equal(1);
    });

    it('does not count a message its sender deleted', async () => {
      const alice = newUser();
      const bob = newUser();
      const aliceId = await userIdOf(alice);
      const start = await api(bob, 'POST', '/chat/sessions/direct', { recipient_user_id: aliceId, message: 'oops, wrong chat' });
      expect(start.status, start.text).to.equal(200);
      const { session, message } = start.body;
      expect((await listItem(alice, session.id)).unread_count).to.equal(1);
      expect((await listItem(bob, session.id)).unread_count).to.equal(0);
      const del = await api(bob, 'DELETE', `/chat/sessions/${session.id}/messages/${message.id}`);
      expect(del.status, del.text).to.equal(200);
      expect((await listItem(alice, session.id)).unread_count).to.equal(0);
    });

    it('answers 404 to a message of another session', async () => {
      const token = newUser();
      const a = await startRag(token, 'a');
      const b = await startRag(token, 'b');
      const res = await api(token, 'POST', `/chat/sessions/${a.session.id}/read`, { last_read_message_id: b.message.id });
      expectError(res, 404, 'not_found');
      expectError(await api(token, 'POST', `/chat/sessions/${a.session.id}/read`, { last_read_message_id: 987654321 }), 404, 'not_found');
    });
  });
});
