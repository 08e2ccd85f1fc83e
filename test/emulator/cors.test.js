import { expect } from '@open-wc/testing';

// The standalone emulator (`npx kesk-chat-emulator`, `npm run emulator`) answers CORS, so a page on another local origin can use it.
// web-test-runner starts one on another port: these are real cross-origin requests from this page.
describe('standalone emulator: cross-origin use', () => {
  let base;
  before(async () => {
    base = (await (await fetch('/__test/cross-origin-emulator')).json()).url;
    expect(new URL(base).origin).not.to.equal(location.origin);
  });

  it('answers a preflighted JSON POST with a bearer token from another origin', async () => {
    const res = await fetch(`${base}/v1/chat/sessions/start`, {
      method: 'POST',
      headers: { Authorization: `Bearer cors-${crypto.randomUUID()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ chat_type: 'rag', user_type: 'guest', message: 'hello from another origin' }),
    });
    expect(res.status).to.equal(200);
    const body = await res.json();
    expect(body.message.content).to.equal('hello from another origin');
  });

  it('exposes ETag and Retry-After to the page, and 304 works cross-origin', async () => {
    const headers = { Authorization: `Bearer cors-${crypto.randomUUID()}` };
    const first = await fetch(`${base}/v1/chat/sessions`, { headers });
    const etag = first.headers.get('etag');
    expect(etag).to.be.a('string');
    const second = await fetch(`${base}/v1/chat/sessions`, { headers: { ...headers, 'If-None-Match': etag } });
    expect(second.status).to.equal(304);
  });

  it('answers DELETE with a body and multipart uploads cross-origin', async () => {
    const token = `cors-${crypto.randomUUID()}`;
    const auth = { Authorization: `Bearer ${token}` };
    const start = await fetch(`${base}/v1/chat/sessions/start`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ chat_type: 'rag', user_type: 'guest', message: 'hi' }),
    });
    const { session, message } = await start.json();
    const url = `${base}/v1/chat/sessions/${session.id}/messages/${message.id}/reactions`;
    await fetch(url, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ emoji: '👍' }) });
    const removed = await fetch(url, { method: 'DELETE', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ emoji: '👍' }) });
    expect(removed.status).to.equal(200);
    expect((await removed.json()).reactions).to.deep.equal([]);
    const form = new FormData();
    form.append('file', new File(['hello'], 'note.txt', { type: 'text/plain' }));
    const upload = await fetch(`${base}/v1/chat/sessions/${session.id}/media`, { method: 'POST', headers: auth, body: form });
    expect(upload.status).to.equal(200);
  });
});
