// Media: multipart uploads with per-type limits, capability URLs that serve the bytes, listing and deletion.
import { expect } from '@open-wc/testing';
import { api, expectError, history, newUser, send, startRag } from '../helpers/emulator.js';

const MB = 1024 * 1024;

// A real 1×1 PNG, so the served bytes can be compared and decoded.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function bytes(text) {
  return new TextEncoder().encode(text);
}

function upload(token, sessionId, data, filename, type = '') {
  const form = new FormData();
  form.append('file', new Blob([data], { type }), filename);
  return api(token, 'POST', `/chat/sessions/${sessionId}/media`, form);
}

async function uploaded(token, sessionId, data, filename, type) {
  const res = await upload(token, sessionId, data, filename, type);
  if (res.status !== 200) throw new Error(`upload of ${filename} answered ${res.status}: ${res.text}`);
  return res.body;
}

describe('emulator: media', () => {
  it('uploads a PNG and serves its bytes inline with its own type and nosniff', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await upload(token, session.id, PNG, 'dot.png', 'image/png');
    expect(res.status, res.text).to.equal(200);
    const media = res.body;
    expect(media.id).to.be.a('number');
    expect(media.media_type).to.equal('image');
    expect(media.mime_type).to.equal('image/png');
    expect(media.url).to.be.a('string');
    const url = new URL(media.url);
    expect(url.origin).to.equal(location.origin);
    expect(url.pathname).to.match(new RegExp(`^/v1/files/${media.id}/[^/]+/dot\\.png$`));

    // Fetched without any Authorization header, as an <img> would.
    const file = await fetch(media.url);
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-type')).to.match(/^image\/png/);
    expect(file.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(file.headers.get('content-disposition') ?? '').to.not.match(/attachment/i);
    expect(new Uint8Array(await file.arrayBuffer())).to.deep.equal(PNG);

    const img = new Image();
    img.src = media.url;
    await img.decode();
    expect(img.naturalWidth).to.equal(1);
  });

  it('does not serve a file with a wrong secret', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const media = await uploaded(token, session.id, PNG, 'dot.png', 'image/png');
    const url = new URL(media.url);
    const parts = url.pathname.split('/');
    parts[parts.length - 2] = 'not-the-secret';
    url.pathname = parts.join('/');
    const res = await fetch(url);
    expect(res.status).to.equal(404);
  });

  it('classifies audio, video and documents by extension', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const cases = [
      { name: 'note.mp3', data: bytes('ID3 fake mp3 frames'), media_type: 'audio', mime: /^audio\/mpeg/, attachment: false },
      { name: 'clip.mp4', data: bytes('\0\0\0\x18ftypmp42 fake'), media_type: 'video', mime: /^video\/mp4/, attachment: false },
      { name: 'invoice.pdf', data: bytes('%PDF-1.4\n%fake\n'), media_type: 'file', mime: /^application\/pdf/, attachment: true },
    ];
    for (const c of cases) {
      const media = await uploaded(token, session.id, c.data, c.name, '');
      expect(media.media_type, c.name).to.equal(c.media_type);
      expect(media.mime_type, c.name).to.match(c.mime);
      const file = await fetch(media.url);
      expect(file.status, c.name).to.equal(200);
      expect(file.headers.get('content-type'), c.name).to.match(c.mime);
      expect(file.headers.get('x-content-type-options'), c.name).to.equal('nosniff');
      const disposition = file.headers.get('content-disposition') ?? '';
      // An attachment says so first; anything else never says it.
      expect(disposition.search(/attachment/i), c.name).to.equal(c.attachment ? 0 : -1);
      expect(new Uint8Array(await file.arrayBuffer()), c.name).to.deep.equal(c.data);
    }
  });

  it('answers 415 to an .svg and an .html, whatever their declared type', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const svg = await upload(token, session.id, bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg', 'image/png');
    expectError(svg, 415, 'unsupported_media_type');
    const html = await upload(token, session.id, bytes('<script>alert(1)</script>'), 'page.html', 'text/html');
    expectError(html, 415, 'unsupported_media_type');
    const noExt = await upload(token, session.id, bytes('hello'), 'README', 'text/plain');
    expectError(noExt, 415, 'unsupported_media_type');
    const list = await api(token, 'GET', `/chat/sessions/${session.id}/media`);
    expect(list.body).to.deep.equal([]);
  });

  it('answers 413 to an 11 MB PNG, naming the 10 MB limit', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const big = new Uint8Array(11 * MB);
    big.set(PNG);
    const res = await upload(token, session.id, big, 'huge.png', 'image/png');
    expectError(res, 413, 'file_too_large');
    expect(res.body.error.message).to.match(/10\s?MB/);
  });

  it('answers 413 to a 26 MB .mp3, naming the 25 MB audio limit', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await upload(token, session.id, new Uint8Array(26 * MB).fill(1), 'long.mp3', 'audio/mpeg');
    expectError(res, 413, 'file_too_large');
    expect(res.body.error.message).to.match(/25\s?MB/);
  });

  it('accepts an image of exactly 10 MB', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const edge = new Uint8Array(10 * MB);
    edge.set(PNG);
    const res = await upload(token, session.id, edge, 'edge.png', 'image/png');
    expect(res.status, res.text).to.equal(200);
  });

  it('answers 422 to an empty file', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    expectError(await upload(token, session.id, new Uint8Array(0), 'empty.png', 'image/png'), 422, 'validation_failed');
  });

  it('answers 422 naming file to a multipart body without a file part', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const form = new FormData();
    form.append('other', 'value');
    const res = await api(token, 'POST', `/chat/sessions/${session.id}/media`, form);
    expectError(res, 422, 'validation_failed');
    expect(res.body.error.details.map((d) => d.field)).to.include('file');
  });

  it('answers 400 to an unreadable multipart body', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await api(token, 'POST', `/chat/sessions/${session.id}/media`, 'this is not multipart at all', {
      'Content-Type': 'multipart/form-data; boundary=----nothing',
    });
    expectError(res, 400, 'bad_request');
  });

  it('answers 415 to an upload that is not multipart', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await api(token, 'POST', `/chat/sessions/${session.id}/media`, { file: 'dot.png' });
    expectError(res, 415, 'unsupported_media_type');
  });

  it('lists media newest first by limit and offset, and gets one', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const ids = [];
    for (const name of ['a.png', 'b.png', 'c.png']) ids.push((await uploaded(token, session.id, PNG, name, 'image/png')).id);
    const all = await api(token, 'GET', `/chat/sessions/${session.id}/media`);
    expect(all.status, all.text).to.equal(200);
    expect(all.body).to.be.an('array');
    expect(all.body.map((m) => m.id)).to.deep.equal([...ids].reverse());
    const p1 = await api(token, 'GET', `/chat/sessions/${session.id}/media?limit=2`);
    expect(p1.body.map((m) => m.id)).to.deep.equal([ids[2], ids[1]]);
    const p2 = await api(token, 'GET', `/chat/sessions/${session.id}/media?limit=2&offset=2`);
    expect(p2.body.map((m) => m.id)).to.deep.equal([ids[0]]);
    const p3 = await api(token, 'GET', `/chat/sessions/${session.id}/media?limit=2&offset=3`);
    expect(p3.body).to.deep.equal([]);

    const one = await api(token, 'GET', `/chat/sessions/${session.id}/media/${ids[1]}`);
    expect(one.status, one.text).to.equal(200);
    expect(one.body.id).to.equal(ids[1]);
    expect(one.body.url).to.match(/\/b\.png$/);
    expect(one.body.media_type).to.equal('image');
    expectError(await api(token, 'GET', `/chat/sessions/${session.id}/media/987654321`), 404, 'not_found');
  });

  it('attaches uploaded media to a message with media_ids, even without content', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const a = await uploaded(token, session.id, PNG, 'a.png', 'image/png');
    const b = await uploaded(token, session.id, bytes('%PDF-1.4'), 'b.pdf', 'application/pdf');
    const res = await send(token, session.id, 'two files', { media_ids: [a.id, b.id] });
    expect(res.status, res.text).to.equal(200);
    expect(res.body.media.map((m) => m.id)).to.deep.equal([a.id, b.id]);
    expect(res.body.media[0].url).to.equal(a.url);
    const bare = await send(token, session.id, '', { media_ids: [a.id] });
    expect(bare.status, bare.text).to.equal(200);
    expect(bare.body.media.map((m) => m.id)).to.deep.equal([a.id]);
  });

  it('drops the media of a message that is deleted', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const media = await uploaded(token, session.id, PNG, 'gone.png', 'image/png');
    const msg = await send(token, session.id, 'with a picture', { media_ids: [media.id] });
    const del = await api(token, 'DELETE', `/chat/sessions/${session.id}/messages/${msg.body.id}`);
    expect(del.status, del.text).to.equal(200);
    expect(del.body.deleted).to.equal(true);
    expect(del.body.media).to.deep.equal([]);
    const stored = (await history(token, session.id)).find((m) => m.id === msg.body.id);
    expect(stored.media).to.deep.equal([]);
  });

  it('answers 422 to media_ids of another session', async () => {
    const token = newUser();
    const a = await startRag(token);
    const b = await startRag(token);
    const media = await uploaded(token, b.session.id, PNG, 'elsewhere.png', 'image/png');
    expectError(await send(token, a.session.id, 'x', { media_ids: [media.id] }), 422, 'validation_failed');
    const many = Array.from({ length: 11 }, () => media.id);
    expectError(await send(token, b.session.id, 'x', { media_ids: many }), 422, 'validation_failed');
  });

  it('deletes media: "Media deleted", gone from the list and from messages', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const keep = await uploaded(token, session.id, PNG, 'keep.png', 'image/png');
    const drop = await uploaded(token, session.id, PNG, 'drop.png', 'image/png');
    const msg = await send(token, session.id, 'with two', { media_ids: [keep.id, drop.id] });
    expect(msg.status, msg.text).to.equal(200);

    const res = await api(token, 'DELETE', `/chat/sessions/${session.id}/media/${drop.id}`);
    expect(res.status, res.text).to.equal(200);
    // A JSON string, not plain text.
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    expect(res.text.trim()).to.equal('"Media deleted"');

    const list = await api(token, 'GET', `/chat/sessions/${session.id}/media`);
    expect(list.body.map((m) => m.id)).to.deep.equal([keep.id]);
    expectError(await api(token, 'GET', `/chat/sessions/${session.id}/media/${drop.id}`), 404, 'not_found');
    const stored = (await history(token, session.id)).find((m) => m.id === msg.body.id);
    expect(stored.media.map((m) => m.id)).to.deep.equal([keep.id]);
    expect((await fetch(drop.url)).status).to.equal(404);
    expectError(await api(token, 'DELETE', `/chat/sessions/${session.id}/media/${drop.id}`), 404, 'not_found');
  });

  it('answers 403 to a non-participant for upload, list, get and delete', async () => {
    const token = newUser();
    const stranger = newUser();
    const { session } = await startRag(token);
    const media = await uploaded(token, session.id, PNG, 'private.png', 'image/png');
    expectError(await upload(stranger, session.id, PNG, 'mine.png', 'image/png'), 403, 'forbidden');
    expectError(await api(stranger, 'GET', `/chat/sessions/${session.id}/media`), 403, 'forbidden');
    expectError(await api(stranger, 'GET', `/chat/sessions/${session.id}/media/${media.id}`), 403, 'forbidden');
    expectError(await api(stranger, 'DELETE', `/chat/sessions/${session.id}/media/${media.id}`), 403, 'forbidden');
    expect((await api(token, 'GET', `/chat/sessions/${session.id}/media`)).body).to.have.length(1);
  });
});
