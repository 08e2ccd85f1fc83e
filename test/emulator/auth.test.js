// Authentication: every /v1 operation wants `Authorization: Bearer <token>`, and each token is its own user.
import { expect } from '@open-wc/testing';
import { api, control, expectError, newUser, revoke, rotate, startRag } from '../helpers/emulator.js';

describe('emulator: auth', () => {
  it('answers 401 unauthorized without an Authorization header', async () => {
    const res = await api(null, 'GET', '/chat/sessions');
    expectError(res, 401, 'unauthorized');
  });

  it('answers 401 unauthorized to a malformed bearer header', async () => {
    for (const value of ['Bearer', 'Bearer ', 'bearer-less-token', 'Token abc']) {
      const res = await api(null, 'GET', '/chat/sessions', undefined, { Authorization: value });
      expectError(res, 401, 'unauthorized');
    }
  });

  it('answers 401 unauthorized to Basic credentials', async () => {
    const res = await api(null, 'GET', '/chat/sessions', undefined, { Authorization: `Basic ${btoa('user:pass')}` });
    expectError(res, 401, 'unauthorized');
  });

  it('rejects a write without a token and stores nothing', async () => {
    const res = await api(null, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'guest', message: 'hi' });
    expectError(res, 401, 'unauthorized');
  });

  it('treats each token as a distinct user: another user gets 403 on my session', async () => {
    const alice = newUser();
    const bob = newUser();
    const { session, message } = await startRag(alice, 'Where is my order?');
    const history = await api(bob, 'GET', `/chat/sessions/${session.id}/messages`);
    expectError(history, 403, 'forbidden');
    const one = await api(bob, 'GET', `/chat/sessions/${session.id}/messages/${message.id}`);
    expectError(one, 403, 'forbidden');
    const write = await api(bob, 'POST', `/chat/sessions/${session.id}/messages`, { content: 'let me in' });
    expectError(write, 403, 'forbidden');
    // Alice still reads her own session, and Bob's attempt stored nothing.
    const mine = await api(alice, 'GET', `/chat/sessions/${session.id}/messages`);
    expect(mine.status).to.equal(200);
    expect(mine.body.messages.map((m) => m.content)).to.deep.equal(['Where is my order?']);
  });

  it('lists only my own sessions', async () => {
    const alice = newUser();
    const bob = newUser();
    const a = await startRag(alice, 'alice asks');
    const b = await startRag(bob, 'bob asks');
    const aliceList = await api(alice, 'GET', '/chat/sessions');
    const bobList = await api(bob, 'GET', '/chat/sessions');
    expect(aliceList.status).to.equal(200);
    expect(aliceList.body.sessions.map((s) => s.id)).to.deep.equal([a.session.id]);
    expect(bobList.body.sessions.map((s) => s.id)).to.deep.equal([b.session.id]);
    const fresh = await api(newUser(), 'GET', '/chat/sessions');
    expect(fresh.status).to.equal(200);
    expect(fresh.body.sessions).to.deep.equal([]);
    expect(fresh.body.has_more).to.equal(false);
  });

  it('answers 401 token_expired to a revoked token, and only to that one', async () => {
    const token = newUser();
    const other = newUser();
    await startRag(token, 'before revocation');
    const r = await revoke(token);
    expect(r.status).to.equal(200);
    const res = await api(token, 'GET', '/chat/sessions');
    expectError(res, 401, 'token_expired');
    const write = await api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'guest', message: 'x' });
    expectError(write, 401, 'token_expired');
    expect((await api(other, 'GET', '/chat/sessions')).status).to.equal(200);
  });

  it('rotates a token: the old one is refused, the new one is the same user with the same sessions', async () => {
    const token = newUser();
    const { session, message } = await startRag(token, 'before rotation');
    const fresh = await rotate(token);
    expect(fresh).to.be.a('string').and.not.equal(token);
    expectError(await api(token, 'GET', '/chat/sessions'), 401, 'token_expired');
    const list = await api(fresh, 'GET', '/chat/sessions');
    expect(list.status).to.equal(200);
    expect(list.body.sessions.map((s) => s.id)).to.deep.equal([session.id]);
    const sent = await api(fresh, 'POST', `/chat/sessions/${session.id}/messages`, { content: 'after rotation' });
    expect(sent.body.sender.id).to.equal(message.sender.id);
    // A revoked token cannot be rotated again.
    expectError(await control('POST', '/tokens/rotate', { token }), 401, 'token_expired');
  });

  it('gives errors the {error: {code, message}} shape as JSON', async () => {
    const res = await api(null, 'GET', '/chat/sessions');
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    expect(res.body).to.have.all.keys('error');
    expect(res.body.error.code).to.equal('unauthorized');
    expect(res.body.error.message).to.be.a('string').and.not.be.empty;
    expect(res.body.error.details ?? [], 'details, where given, are a list').to.be.an('array');
  });

  it('does not accept the token in the URL', async () => {
    const token = newUser();
    const res = await api(null, 'GET', `/chat/sessions?token=${token}&access_token=${token}`);
    expectError(res, 401, 'unauthorized');
  });
});
