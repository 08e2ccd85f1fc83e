// Uploads are idempotent on `Idempotency-Key` (contract/NOTES.md, Idempotency): a repeat stores nothing and answers
// with the media the first upload stored.
import { expect } from '@open-wc/testing';
import { api, expectError, newUser, startRag } from '../helpers/emulator.js';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function upload(token, sessionId, key, filename = 'dot.png', data = PNG) {
  const form = new FormData();
  form.append('file', new Blob([data], { type: 'image/png' }), filename);
  return api(token, 'POST', `/chat/sessions/${sessionId}/media`, form, key === undefined ? {} : { 'Idempotency-Key': key });
}

const mediaOf = async (token, sessionId) => (await api(token, 'GET', `/chat/sessions/${sessionId}/media`)).body;

describe('emulator: idempotent uploads', () => {
  it('a repeat with the same key returns the media stored the first time, and stores nothing', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const first = await upload(token, session.id, 'c-1/0');
    expect(first.status, first.text).to.equal(200);
    expect(first.headers.get('idempotent-replayed')).to.equal(null);
    // Whatever the body says: the key decides.
    const again = await upload(token, session.id, 'c-1/0', 'other.png');
    expect(again.status).to.equal(200);
    expect(again.body).to.deep.equal(first.body);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    expect((await mediaOf(token, session.id)).map((m) => m.id)).to.deep.equal([first.body.id]);
  });

  it('another key, or none, stores another file', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const a = await upload(token, session.id, 'k-a');
    const b = await upload(token, session.id, 'k-b');
    const c = await upload(token, session.id);
    const d = await upload(token, session.id);
    expect(new Set([a, b, c, d].map((r) => r.body.id)).size).to.equal(4);
    expect(await mediaOf(token, session.id)).to.have.length(4);
  });

  it('a key belongs to one user in one session', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const other = await startRag(token, 'another chat');
    const stranger = newUser();
    const theirs = await startRag(stranger);
    const mine = await upload(token, session.id, 'same');
    expect((await upload(token, other.session.id, 'same')).body.id).to.not.equal(mine.body.id);
    expect((await upload(stranger, theirs.session.id, 'same')).body.id).to.not.equal(mine.body.id);
    // And a stranger never gets my media back through my key: my session is not theirs.
    expectError(await upload(stranger, session.id, 'same'), 403, 'forbidden');
  });

  it('a refusal is not remembered, and a deleted media frees its key', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expectError(await upload(token, session.id, 'k', 'drawing.svg'), 415, 'unsupported_media_type');
    const stored = await upload(token, session.id, 'k');
    expect(stored.status).to.equal(200);
    expect((await api(token, 'DELETE', `/chat/sessions/${session.id}/media/${stored.body.id}`)).status).to.equal(200);
    const anew = await upload(token, session.id, 'k');
    expect(anew.status).to.equal(200);
    expect(anew.body.id).to.not.equal(stored.body.id);
    expect(anew.headers.get('idempotent-replayed')).to.equal(null);
  });

  it('refuses a key that is empty, too long or not visible ASCII, naming the header', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    for (const key of ['', 'has space', 'x'.repeat(256), 'ключ']) {
      const res = await upload(token, session.id, key).catch(() => null);
      // A browser refuses to send a header value outside Latin-1 at all.
      if (res === null) continue;
      expectError(res, 422, 'validation_failed');
      expect(res.body.error.details.map((d) => d.field)).to.deep.equal(['Idempotency-Key']);
    }
    expect(await mediaOf(token, session.id)).to.deep.equal([]);
  });
});
