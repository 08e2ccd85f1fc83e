// Request validation: 400 for unreadable requests, 422 with `details` naming each field, 404 for unknowns.
import { expect } from '@open-wc/testing';
import { api, expectError, newUser, startRag } from '../helpers/emulator.js';

/** Whether a 422's details name `field` (as `field` or as the last segment of a dotted/bracketed path). */
function names(res, field) {
  const details = res.body?.error?.details ?? [];
  return details.some((d) => typeof d.field === 'string' && (d.field === field || d.field.split(/[.[\]/]+/).filter(Boolean).pop() === field));
}

function expect422(res, field) {
  expectError(res, 422, 'validation_failed');
  expect(res.body.error.details, res.text).to.be.an('array').that.is.not.empty;
  for (const d of res.body.error.details) {
    expect(d.field).to.be.a('string');
    expect(d.message).to.be.a('string').and.not.be.empty;
  }
  expect(names(res, field), `details name ${field}: ${res.text}`).to.equal(true);
}

describe('emulator: validation', () => {
  it('answers 400 bad_request to a body that is not JSON', async () => {
    const res = await api(newUser(), 'POST', '/chat/sessions/start', '{"chat_type": "rag", "message": ', {
      'Content-Type': 'application/json',
    });
    expectError(res, 400, 'bad_request');
  });

  it('answers 415 unsupported_media_type to a body that is not JSON by its Content-Type', async () => {
    const res = await api(newUser(), 'POST', '/chat/sessions/start', 'chat_type=rag&message=hi', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expectError(res, 415, 'unsupported_media_type');
  });

  it('answers 400 bad_request to a non-integer path id', async () => {
    const token = newUser();
    for (const path of ['/chat/sessions/abc/messages', '/chat/sessions/1.5/messages', '/chat/sessions/12x/media']) {
      expectError(await api(token, 'GET', path), 400, 'bad_request');
    }
    const { session } = await startRag(token);
    expectError(await api(token, 'GET', `/chat/sessions/${session.id}/messages/first`), 400, 'bad_request');
  });

  it('answers 422 naming each missing required field', async () => {
    const res = await api(newUser(), 'POST', '/chat/sessions/start', {});
    expect422(res, 'chat_type');
    const noMessage = await api(newUser(), 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'guest' });
    expect422(noMessage, 'message');
  });

  it('answers 422 to a value outside its enum', async () => {
    const token = newUser();
    expect422(await api(token, 'POST', '/chat/sessions/start', { chat_type: 'pizza', message: 'hi' }), 'chat_type');
    expect422(
      await api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'admin', message: 'hi' }),
      'user_type',
    );
    const list = await api(token, 'GET', '/chat/sessions');
    expect(list.body.sessions).to.deep.equal([]);
  });

  it('answers 422 to a wrong type', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expect422(await api(token, 'POST', `/chat/sessions/${session.id}/messages`, { content: 42 }), 'content');
  });

  it('answers 422 to content over 4000 characters, and accepts exactly 4000', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const tooLong = await api(token, 'POST', `/chat/sessions/${session.id}/messages`, { content: 'x'.repeat(4001) });
    expect422(tooLong, 'content');
    const exact = await api(token, 'POST', `/chat/sessions/${session.id}/messages`, { content: 'y'.repeat(4000) });
    expect(exact.status, exact.text).to.equal(200);
    expect(exact.body.content).to.have.length(4000);
  });

  it('answers 422 to limit=0, limit=101 and limit=abc on history and session list', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    for (const limit of ['0', '101', 'abc', '-1', '2.5']) {
      expect422(await api(token, 'GET', `/chat/sessions/${session.id}/messages?limit=${limit}`), 'limit');
      expect422(await api(token, 'GET', `/chat/sessions?limit=${limit}`), 'limit');
    }
    expect((await api(token, 'GET', `/chat/sessions/${session.id}/messages?limit=1`)).status).to.equal(200);
    expect((await api(token, 'GET', `/chat/sessions/${session.id}/messages?limit=100`)).status).to.equal(200);
  });

  it('answers 422 to a negative media offset', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expect422(await api(token, 'GET', `/chat/sessions/${session.id}/media?offset=-1`), 'offset');
    expect422(await api(token, 'GET', `/chat/sessions/${session.id}/media?limit=0`), 'limit');
  });

  it('answers 422 to an unknown before_message_id', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expect422(await api(token, 'GET', `/chat/sessions/${session.id}/messages?before_message_id=999999999`), 'before_message_id');
  });

  it('answers 422 naming user_type for a RAG chat without it', async () => {
    const res = await api(newUser(), 'POST', '/chat/sessions/start', { chat_type: 'rag', message: 'hi' });
    expect422(res, 'user_type');
  });

  it('answers 422 naming vendor_location_id for a vendor chat without it', async () => {
    const res = await api(newUser(), 'POST', '/chat/sessions/start', { chat_type: 'vendor', message: 'hi' });
    expect422(res, 'vendor_location_id');
  });

  it('answers 422 naming vendor_location_id for an unknown location', async () => {
    const token = newUser();
    const res = await api(token, 'POST', '/chat/sessions/start', {
      chat_type: 'vendor',
      vendor_location_id: 987654321,
      message: 'hi',
    });
    expect422(res, 'vendor_location_id');
    expect((await api(token, 'GET', '/chat/sessions')).body.sessions).to.deep.equal([]);
  });

  it('answers 404 not_found to an unknown session', async () => {
    const token = newUser();
    expectError(await api(token, 'GET', '/chat/sessions/987654321/messages'), 404, 'not_found');
    expectError(await api(token, 'POST', '/chat/sessions/987654321/messages', { content: 'hi' }), 404, 'not_found');
  });

  it('answers 404 not_found to an unknown message', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expectError(await api(token, 'GET', `/chat/sessions/${session.id}/messages/987654321`), 404, 'not_found');
  });

  it('answers 404 not_found to an unknown path under /v1', async () => {
    const token = newUser();
    expectError(await api(token, 'GET', '/chat/nothing-here'), 404, 'not_found');
    expectError(await api(token, 'GET', '/no/such/route'), 404, 'not_found');
  });
});
