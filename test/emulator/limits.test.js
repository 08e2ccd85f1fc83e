// Hostile but valid JSON (contract/NOTES.md, "Limits"): bodies nested past 32 levels, `__proto__` keys and free-form
// objects over 16 KiB are refused before anything is stored, and nothing stored can break a later read.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { api, control, expectError, history, inject, listItem, log, newUser, startRag } from '../helpers/emulator.js';

/** An object nested `levels` deep: nest(1) is `{"v": 1}`, nest(2) is `{"a": {"v": 1}}`. */
function nest(levels) {
  let value = { v: 1 };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

/** The same as JSON text, for depths that a recursive JSON.stringify would not reach. */
function nestText(levels) {
  return `${'{"a":'.repeat(levels - 1)}{"v":1}${'}'.repeat(levels - 1)}`;
}

function expect422(res, field) {
  expectError(res, 422, 'validation_failed');
  expect(res.body.error.details.map((d) => d.field), res.text).to.include(field);
}

const start = (token, extra) => api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'customer', message: 'Hi', ...extra });

async function sessionsOf(token) {
  const res = await api(token, 'GET', '/chat/sessions');
  expect(res.status, res.text).to.equal(200);
  return res.body.sessions;
}

describe('emulator: limits on hostile JSON', () => {
  it('refuses startChat with metadata nested 5,000 levels (30 KB) with a 422, stores nothing, and the list still answers', async () => {
    const token = newUser();
    const body = `{"chat_type":"rag","user_type":"customer","message":"Hi","metadata":${nestText(5000)}}`;
    const res = await api(token, 'POST', '/chat/sessions/start', body, { 'Content-Type': 'application/json' });
    expect422(res, 'metadata');
    expect(res.body.error.details[0].message).to.match(/32 levels/);
    expect(await sessionsOf(token)).to.deep.equal([]);
    const entries = await log({ token });
    expect(entries.map((e) => [e.operation_id, e.status])).to.deep.equal([['startChat', 422], ['listChatSessions', 200]]);
  });

  it('takes metadata up to 32 levels counting the body, and refuses one level more', async () => {
    const token = newUser();
    // The body is level 1, so metadata may nest 31 levels of its own.
    const ok = await start(token, { metadata: { deep: nest(30) } });
    expect(ok.status, ok.text).to.equal(200);
    expect(ok.body.session.metadata).to.deep.equal({ deep: nest(30) });
    expect((await listItem(token, ok.body.session.id)).metadata).to.deep.equal({ deep: nest(30) });
    expect422(await start(token, { metadata: { deep: nest(31) } }), 'metadata');
    // Arrays count as levels too.
    let array = [1];
    for (let i = 1; i < 31; i++) array = [array];
    expect422(await start(token, { metadata: { list: array } }), 'metadata');
    expect(await sessionsOf(token)).to.have.length(1);
  });

  it('refuses updateChatSessionMetadata with deep metadata, changes nothing, and the list still answers', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Hi', { metadata: { order: 'A-1' } });
    const body = `{"title":"Renamed","metadata":{"x":${nestText(5000)}}}`;
    expect422(await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, body, { 'Content-Type': 'application/json' }), 'metadata');
    const sessions = await sessionsOf(token);
    expect(sessions.map((s) => [s.id, s.title, s.metadata])).to.deep.equal([[session.id, session.title, { order: 'A-1' }]]);
  });

  it('refuses a __proto__ key anywhere in a body, naming where it is', async () => {
    const token = newUser();
    const res = await api(token, 'POST', '/chat/sessions/start', '{"chat_type":"rag","user_type":"customer","message":"Hi","metadata":{"a":{"__proto__":{"admin":true}}}}', { 'Content-Type': 'application/json' });
    expect422(res, 'metadata.a.__proto__');
    const { session } = await startRag(token);
    const update = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, '{"metadata":{"__proto__":{"admin":true}}}', { 'Content-Type': 'application/json' });
    expect422(update, 'metadata.__proto__');
    const item = await listItem(token, session.id);
    expect(item.metadata).to.deep.equal({});
    expect(item.metadata.admin).to.equal(undefined);
    // Keys that only look special are ordinary keys.
    const plain = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, { metadata: { constructor: 'x', prototype: 1 } });
    expect(plain.status, plain.text).to.equal(200);
    expect(plain.body.metadata).to.deep.equal({ constructor: 'x', prototype: 1 });
  });

  it('refuses metadata over 16 KiB: a long string, a huge array, many keys', async () => {
    const token = newUser();
    const keys = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]));
    for (const metadata of [{ note: 'x'.repeat(17_000) }, { ids: Array.from({ length: 5000 }, (_, i) => i) }, keys]) {
      const res = await start(token, { metadata });
      expect422(res, 'metadata');
      expect(res.body.error.details[0].message).to.match(/16 KiB/);
    }
    expect(await sessionsOf(token)).to.deep.equal([]);
    // Just under the limit is fine (16 KiB of JSON including the braces and key).
    const fits = await start(token, { metadata: { note: 'x'.repeat(16 * 1024 - 20) } });
    expect(fits.status, fits.text).to.equal(200);
  });

  it('bounds stored metadata as a whole: an update that would grow it past 16 KiB changes nothing', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Hi', { metadata: { a: 'x'.repeat(10_000) } });
    const grow = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, { title: 'Renamed', metadata: { b: 'y'.repeat(10_000) } });
    expect422(grow, 'metadata');
    let item = await listItem(token, session.id);
    expect(Object.keys(item.metadata)).to.deep.equal(['a']);
    expect(item.title).to.equal(session.title);
    // Removing a key in the same update makes room.
    const swap = await api(token, 'PUT', `/chat/sessions/${session.id}/metadata`, { metadata: { a: null, b: 'y'.repeat(10_000) } });
    expect(swap.status, swap.text).to.equal(200);
    item = await listItem(token, session.id);
    expect(Object.keys(item.metadata)).to.deep.equal(['b']);
  });

  it('refuses a deep or oversized bot context, starting no conversation', async () => {
    const token = newUser();
    const deep = await api(token, 'POST', '/chat/bots/shopbot/start', `{"message":"Hi","context":${nestText(100)}}`, { 'Content-Type': 'application/json' });
    expect422(deep, 'context');
    expect422(await api(token, 'POST', '/chat/bots/shopbot/start', { message: 'Hi', context: { blob: 'x'.repeat(20_000) } }), 'context');
    expectError(await api(token, 'GET', '/chat/bots/shopbot/status'), 404, 'not_found');
  });

  it('holds the control endpoints to the same depth, so an injected message cannot break the history', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await fetch(`${location.origin}/__emulator/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"sender_kind":"assistant","content":"x","sources":[${nestText(5000)}]}`,
    });
    expect(res.status).to.equal(422);
    expect((await res.json()).error.details[0].field).to.equal('sources');
    expect((await history(token, session.id)).map((m) => m.content)).to.deep.equal(['Hello there']);
    const fine = await inject(session.id, { sender_kind: 'assistant', content: 'ok' });
    expect(fine.content).to.equal('ok');
  });

  it('answers a stored value that cannot be written with a logged 500 in the contract shape, and keeps serving', async () => {
    const token = newUser();
    const other = newUser();
    const { session } = await startRag(token);
    await startRag(other);
    // No request can store such a value any more; this stands in for any value that cannot be serialised.
    await executeServerCommand('poison-session', { sessionId: session.id });
    for (let i = 0; i < 2; i++) {
      const res = await api(token, 'GET', '/chat/sessions');
      expectError(res, 500, 'internal_error');
      expect(res.headers.get('etag')).to.equal(null);
    }
    const entries = await log({ token });
    expect(entries.filter((e) => e.operation_id === 'listChatSessions').map((e) => e.status)).to.deep.equal([500, 500]);
    // The rest of the emulator is untouched: other users, other operations of this one.
    expect(await sessionsOf(other)).to.have.length(1);
    expect((await history(token, session.id)).map((m) => m.content)).to.deep.equal(['Hello there']);
    expect((await control('GET', '/health')).body).to.deep.equal({ ok: true });
  });
});
