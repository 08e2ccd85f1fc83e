// The control endpoints that let tests play a hostile other side: made-up senders, guests' names and pictures,
// media without the upload's checks, and the bot's chips.
import { expect } from '@open-wc/testing';
import { api, control, expectError, history, inject, newUser, startRag, world } from '../helpers/emulator.js';

describe('emulator: hostile-side controls', () => {
  it('injects a message from a made-up participant with any name and picture', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const name = '<img src=x onerror=alert(1)>';
    const msg = await inject(session.id, { sender_kind: 'vendor', sender: { name, avatar_url: 'https://evil.example/a.png' }, content: 'hi' });
    expect(msg.sender).to.include({ kind: 'vendor', name, avatar_url: 'https://evil.example/a.png' });
    expect(msg.sender.id).to.be.above(900000);
    const [, seen] = await history(token, session.id);
    expect(seen.sender.name).to.equal(name);
    const bad = await control('POST', `/sessions/${session.id}/messages`, { sender_kind: 'agent', sender: { name: 3 }, content: 'x' });
    expectError(bad, 422, 'validation_failed');
  });

  it("sets a guest's name and picture, which others then see, and refuses seeded users", async () => {
    const guest = newUser();
    const set = await control('POST', '/users', { token: guest, name: 'Eve\u202Egpj.exe', avatar_url: 'javascript:alert(1)' });
    expect(set.status, set.text).to.equal(200);
    expect(set.body).to.include({ kind: 'user', name: 'Eve\u202Egpj.exe', avatar_url: 'javascript:alert(1)' });
    expect(set.body).not.to.have.property('token');
    const other = newUser();
    const start = await api(other, 'POST', '/chat/sessions/direct', { recipient_user_id: set.body.id, message: 'hello' });
    expect(start.status, start.text).to.equal(200);
    expect(start.body.session.title).to.equal('Eve\u202Egpj.exe');
    expectError(await control('POST', '/users', { token: 'demo-maya', name: 'x' }), 422, 'validation_failed');
  });

  it('makes media without the upload checks, with its own URL if asked, served like an upload', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=1"><script>parent.__pwned=1</script></svg>';
    const made = await control('POST', `/sessions/${session.id}/media`, { filename: 'logo.svg', media_type: 'image', mime_type: 'image/svg+xml', content: svg });
    expect(made.status, made.text).to.equal(200);
    const file = await fetch(made.body.url);
    expect(file.headers.get('content-type')).to.equal('image/svg+xml');
    expect(file.headers.get('content-security-policy')).to.equal("default-src 'none'; sandbox");
    expect(file.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(await file.text()).to.equal(svg);
    const foreign = await control('POST', `/sessions/${session.id}/media`, { filename: 'a.png', media_type: 'image', url: 'https://evil.example/a.png' });
    expect(foreign.body.url).to.equal('https://evil.example/a.png');
    const msg = await inject(session.id, { sender_kind: 'agent', content: '', media_ids: [foreign.body.id] });
    expect(msg.media[0].url).to.equal('https://evil.example/a.png');
    expectError(await control('POST', `/sessions/${session.id}/media`, { filename: '' }), 422, 'validation_failed');
  });

  it("replaces a bot's chips until DELETE", async () => {
    const bot = (await world()).bots[0].username;
    const token = newUser();
    const start = await api(token, 'POST', `/chat/bots/${bot}/start`, { message: 'hello' });
    expect(start.status, start.text).to.equal(200);
    try {
      const put = await control('PUT', `/bots/${bot}/suggestions`, { suggestions: [{ id: 'x', text: '<b onmouseover=alert(1)>x</b>' }] });
      expect(put.status, put.text).to.equal(200);
      const got = await api(token, 'GET', `/chat/bots/${bot}/suggestions`);
      expect(got.body.suggestions).to.deep.equal([{ id: 'x', text: '<b onmouseover=alert(1)>x</b>' }]);
      // Tapping the chip says its text.
      const sent = await api(token, 'POST', `/chat/bots/${bot}/send`, { suggestion_id: 'x' });
      expect(sent.status, sent.text).to.equal(200);
      expect((await history(token, start.body.chat_session_id)).some((m) => m.content === '<b onmouseover=alert(1)>x</b>')).to.equal(true);
    } finally {
      await control('DELETE', `/bots/${bot}/suggestions`);
    }
    const own = await api(token, 'GET', `/chat/bots/${bot}/suggestions`);
    expect(own.body.suggestions.some((s) => s.id === 'x')).to.equal(false);
    expectError(await control('PUT', '/bots/nobot/suggestions', { suggestions: [] }), 404, 'not_found');
  });
});
