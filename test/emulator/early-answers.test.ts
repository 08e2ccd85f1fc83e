// Answers sent before the request's body has arrived (a 413 for an upload over every limit, a 401): the emulator
// answers, keeps reading the rest of the body, and only then closes, so a `Connection: close` client that reads
// the answer after sending gets it instead of a reset connection.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { uploadFile } from '../../src/api/upload.js';
import { Transport } from '../../src/api/transport.js';
import { TokenSource } from '../../src/api/token.js';
import { API, log, newUser, startRag } from '../helpers/emulator.js';

const MB = 1024 * 1024;
// Past the largest limit (100 MB of video) and its multipart allowance: refused on the first chunk, long before the
// client has sent it all.
const OVER_EVERY_LIMIT = 101 * MB;

interface RawAnswer {
  /** 0 when no answer could be read. */
  status: number;
  body: string;
  /** Why sending the body failed (EPIPE, ECONNRESET), or null when it was all sent. */
  sendError: string | null;
}

function rawUpload(token: string, sessionId: number, size: number, { filename = 'clip.mp4', chunked = false } = {}): Promise<RawAnswer> {
  return executeServerCommand('raw-upload', { url: `${API}/chat/sessions/${sessionId}/media`, token, size, filename, chunked }) as Promise<RawAnswer>;
}

describe('emulator: answers before the body, on Connection: close', function () {
  this.timeout(60_000);

  it('a 413 for an upload over every limit (Content-Length) reaches a client that reads after sending', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await rawUpload(token, session.id, OVER_EVERY_LIMIT);
    expect(res.sendError, 'the whole body could be sent').to.equal(null);
    expect(res.status, res.body).to.equal(413);
    expect(JSON.parse(res.body).error).to.deep.include({ code: 'file_too_large', message: 'Videos can be at most 100 MB' });
    const entry = (await log({ token })).find((e: { operation_id: string }) => e.operation_id === 'uploadChatMedia');
    expect(entry.status).to.equal(413);
  });

  it('a 413 for a chunked upload refused halfway reaches the client too', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await rawUpload(token, session.id, 110 * MB, { chunked: true, filename: 'photo.png' });
    expect(res.sendError, 'the whole body could be sent').to.equal(null);
    expect(res.status, res.body).to.equal(413);
    expect(JSON.parse(res.body).error.code).to.equal('file_too_large');
  });

  it('a 401 sent without reading the upload reaches the client too', async () => {
    const owner = newUser();
    const { session } = await startRag(owner);
    const res = await rawUpload('', session.id, OVER_EVERY_LIMIT);
    expect(res.sendError).to.equal(null);
    expect(res.status, res.body).to.equal(401);
    expect(JSON.parse(res.body).error.code).to.equal('unauthorized');
  });

  it('an upload within its limit on Connection: close is stored and answered 200', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    const res = await rawUpload(token, session.id, 2 * MB, { filename: 'notes.txt' });
    expect(res.status, res.body).to.equal(200);
    expect(JSON.parse(res.body)).to.include({ filename: 'notes.txt', size_bytes: 2 * MB });
  });

  it("the browser client's upload of a file over every limit gets the server's 413, not a network error", async () => {
    const token = newUser();
    const { session } = await startRag(token);
    // uploadFile is what uploadChatMedia sends with once its own check has passed; called directly, nothing is
    // checked before the bytes leave, as with a client whose limits are out of date.
    const transport = new Transport({ baseUrl: API, tokens: new TokenSource(token), timeout: 30_000, retries: 0, maxRetryDelay: 0 });
    const file = new Blob([new Uint8Array(OVER_EVERY_LIMIT)]);
    const error = await uploadFile(transport, `/chat/sessions/${session.id}/media`, file, 'clip.mp4').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, 'refused').to.not.equal(null);
    expect(error).to.deep.include({ source: 'http', status: 413, code: 'file_too_large', message: 'Videos can be at most 100 MB' });
  });
});
