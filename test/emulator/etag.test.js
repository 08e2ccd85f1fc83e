// Conditional requests: history and the session list carry a weak ETag that covers what the viewer sees.
import { expect } from '@open-wc/testing';
import { api, inject, newUser, send, startRag, userIdOf } from '../helpers/emulator.js';

function get(token, path, etag) {
  return api(token, 'GET', path, undefined, etag ? { 'If-None-Match': etag } : {});
}

/** The tag now, after checking that it still answers 304. */
async function currentTag(token, path) {
  const res = await get(token, path);
  expect(res.status, res.text).to.equal(200);
  const tag = res.headers.get('etag');
  expect(tag, 'ETag header').to.be.a('string');
  const again = await get(token, path, tag);
  expect(again.status).to.equal(304);
  return tag;
}

/** Expects `tag` to be stale now: 200 with a body and a different tag. */
async function expectChanged(token, path, tag) {
  const res = await get(token, path, tag);
  expect(res.status, `stale tag on ${path}`).to.equal(200);
  expect(res.body).to.not.equal(null);
  expect(res.headers.get('etag')).to.be.a('string').and.not.equal(tag);
}

describe('emulator: etag', () => {
  it('gives history and the session list a weak ETag and Cache-Control: private, no-cache', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    for (const path of [`/chat/sessions/${session.id}/messages`, '/chat/sessions']) {
      const res = await get(token, path);
      expect(res.status).to.equal(200);
      expect(res.headers.get('etag')).to.match(/^W\/".+"$/);
      const cc = (res.headers.get('cache-control') ?? '').split(',').map((s) => s.trim());
      expect(cc).to.include.members(['private', 'no-cache']);
    }
  });

  it('answers 304 with no body to a matching If-None-Match', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    for (const path of [`/chat/sessions/${session.id}/messages`, '/chat/sessions']) {
      const first = await get(token, path);
      const tag = first.headers.get('etag');
      const res = await get(token, path, tag);
      expect(res.status).to.equal(304);
      expect(res.text).to.equal('');
      expect(res.headers.get('etag')).to.equal(tag);
    }
  });

  it('answers 200 to a tag that does not match', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await get(token, `/chat/sessions/${session.id}/messages`, 'W/"something-else"');
    expect(res.status).to.equal(200);
    expect(res.body.messages).to.have.length(1);
  });

  it('separates the tag by query: another page has another tag', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    await send(token, session.id, 'second');
    const all = await get(token, `/chat/sessions/${session.id}/messages`);
    const one = await get(token, `/chat/sessions/${session.id}/messages?limit=1`, all.headers.get('etag'));
    expect(one.status).to.equal(200);
    expect(one.body.messages).to.have.length(1);
  });

  it('changes both tags with a new message', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const historyPath = `/chat/sessions/${session.id}/messages`;
    const h = await currentTag(token, historyPath);
    const l = await currentTag(token, '/chat/sessions');
    await send(token, session.id, 'news');
    await expectChanged(token, historyPath, h);
    await expectChanged(token, '/chat/sessions', l);
  });

  it('changes the history tag with an edit', async () => {
    const token = newUser();
    const { session, message } = await startRag(token, 'before edit');
    const path = `/chat/sessions/${session.id}/messages`;
    const tag = await currentTag(token, path);
    const edit = await api(token, 'PUT', `/chat/sessions/${session.id}/messages/${message.id}`, { content: 'after edit' });
    expect(edit.status).to.equal(200);
    await expectChanged(token, path, tag);
  });

  it('changes my history tag when another user reacts', async () => {
    const alice = newUser();
    const bob = newUser();
    const bobId = await userIdOf(bob);
    const start = await api(alice, 'POST', '/chat/sessions/direct', { recipient_user_id: bobId, message: 'react to me' });
    expect(start.status, start.text).to.equal(200);
    const { session, message } = start.body;
    const path = `/chat/sessions/${session.id}/messages`;
    const tag = await currentTag(alice, path);
    const r = await api(bob, 'POST', `/chat/sessions/${session.id}/messages/${message.id}/reactions`, { emoji: '❤️' });
    expect(r.status, r.text).to.equal(200);
    await expectChanged(alice, path, tag);
  });

  it('changes the session list tag when the read mark moves', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const answer = await inject(session.id, { sender_kind: 'assistant', content: 'unread answer' });
    const tag = await currentTag(token, '/chat/sessions');
    const read = await api(token, 'POST', `/chat/sessions/${session.id}/read`, { last_read_message_id: answer.id });
    expect(read.status, read.text).to.equal(200);
    await expectChanged(token, '/chat/sessions', tag);
  });

  it('keeps the tag when nothing the viewer sees has changed', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const path = `/chat/sessions/${session.id}/messages`;
    const tag = await currentTag(token, path);
    await startRag(newUser(), 'someone else entirely');
    const res = await get(token, path, tag);
    expect(res.status).to.equal(304);
  });
});
