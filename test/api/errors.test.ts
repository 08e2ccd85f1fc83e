import { expect } from '@open-wc/testing';
import { ACCEPTED_EXTENSIONS, ChatApiError, checkUpload, createChatClient, UPLOAD_KINDS, type ChatClient } from '../../src/api/index.js';
import { log, newUser, revoke, setFaults } from '../helpers/emulator.js';
import { blobFile, png } from './media-bytes.js';

const baseUrl = `${location.origin}/v1`;

async function failure(promise: Promise<unknown>): Promise<ChatApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ChatApiError);
    return error as ChatApiError;
  }
  throw new Error('expected the call to fail');
}

async function startSession(client: ChatClient): Promise<number> {
  const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
  return session.id;
}

describe('client: errors and resilience', () => {
  afterEach(() => setFaults([]));

  it('401 without a token, as a typed error', async () => {
    const error = await failure(createChatClient({ baseUrl }).listChatSessions());
    expect(error).to.include({ source: 'http', status: 401, code: 'unauthorized', transient: false });
    expect(error.message).to.be.a('string').and.not.empty;
  });

  it('on 401 asks the provider once for a fresh token and repeats the request once', async () => {
    const first = newUser();
    const second = newUser();
    const asked: boolean[] = [];
    const client = createChatClient({
      baseUrl,
      token: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? second : first;
      },
    });
    await client.listChatSessions();
    await revoke(first);
    const list = await client.listChatSessions();
    expect(list.sessions).to.be.an('array');
    expect(asked).to.deep.equal([false, true]);
    expect((await log({ token: first })).map((e: { status: number }) => e.status)).to.deep.equal([200, 401]);
    expect((await log({ token: second })).map((e: { status: number }) => e.status)).to.deep.equal([200]);
  });

  it('a provider whose fresh token is refused too ends in 401 token_expired, asked only once', async () => {
    const token = newUser();
    let calls = 0;
    const client = createChatClient({ baseUrl, token: () => (calls++, token) });
    await revoke(token);
    const error = await failure(client.listChatSessions());
    expect(error).to.include({ status: 401, code: 'token_expired' });
    expect(calls).to.equal(2);
  });

  it('the token never goes into a URL', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const id = await startSession(client);
    await client.getChatMessageHistory(id, { limit: 5 });
    const entries = await log({ token });
    expect(entries.length).to.be.greaterThan(1);
    for (const e of entries as Array<{ path: string }>) expect(e.path).not.to.include(token);
  });

  it('403 on another user’s session and 404 on an unknown one', async () => {
    const owner = createChatClient({ baseUrl, token: newUser() });
    const stranger = createChatClient({ baseUrl, token: newUser() });
    const id = await startSession(owner);
    expect(await failure(stranger.getChatMessageHistory(id))).to.include({ status: 403, code: 'forbidden' });
    expect(await failure(owner.getChatMessageHistory(987654321))).to.include({ status: 404, code: 'not_found' });
  });

  it('422 carries field details', async () => {
    const client = createChatClient({ baseUrl, token: newUser() });
    const error = await failure(client.startChat({ chat_type: 'rag', message: 'no user type' }));
    expect(error).to.include({ status: 422, code: 'validation_failed' });
    expect(error.fieldMessage('user_type')).to.be.a('string');
  });

  it('413 and 415 are refused before any byte leaves, with a message naming the limit', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const id = await startSession(client);
    const big = await failure(client.uploadChatMedia(id, png('huge.png', 10 * 1024 * 1024 + 1)));
    expect(big).to.include({ source: 'client', status: 413, code: 'file_too_large' });
    expect(big.message).to.include('10 MB');
    const video = await failure(client.uploadChatMedia(id, blobFile('movie.mp4', 100 * 1024 * 1024 + 1)));
    expect(video.message).to.include('100 MB');
    const svg = await failure(client.uploadChatMedia(id, blobFile('logo.svg', 100, 'image/svg+xml')));
    expect(svg).to.include({ source: 'client', status: 415, code: 'unsupported_media_type' });
    const uploads = (await log({ token })).filter((e: { operation_id: string }) => e.operation_id === 'uploadChatMedia');
    expect(uploads).to.have.length(0);
  });

  it('the package\'s checkUpload and UPLOAD_KINDS name each accepted extension\'s MIME type', () => {
    expect(checkUpload({ name: 'Photo.JPG', size: 10 })).to.deep.equal({ mediaType: 'image', extension: 'jpg', maxBytes: 10 * 1024 * 1024, mimeType: 'image/jpeg' });
    expect(checkUpload({ name: 'deck.pptx', size: 10 }).mimeType).to.equal('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(UPLOAD_KINDS.find((k) => k.mediaType === 'video')?.extensions).to.include({ mov: 'video/quicktime', webm: 'video/webm' });
    expect(UPLOAD_KINDS.flatMap((k) => Object.keys(k.extensions)).map((e) => `.${e}`)).to.deep.equal(ACCEPTED_EXTENSIONS);
    // A name of Object.prototype is no extension.
    expect(() => checkUpload({ name: 'x.constructor', size: 10 })).to.throw().with.property('code', 'unsupported_media_type');
  });

  it('a read answered 429 waits for Retry-After, then succeeds', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    await setFaults([{ token, operation: 'listChatSessions', rate_limit_rate: 1, retry_after: 1, times: 1 }]);
    const started = performance.now();
    await client.listChatSessions();
    expect(performance.now() - started).to.be.at.least(900);
    const statuses = (await log({ token })).map((e: { status: number }) => e.status);
    expect(statuses).to.deep.equal([429, 200]);
  });

  it('a write answered 429 is not repeated: the caller gets retryAfter', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const id = await startSession(client);
    await setFaults([{ token, operation: 'sendChatMessage', rate_limit_rate: 1, retry_after: 2 }]);
    const error = await failure(client.sendChatMessage(id, { content: 'hi' }));
    expect(error).to.include({ status: 429, code: 'rate_limited', retryAfter: 2, transient: true });
    const sends = (await log({ token })).filter((e: { operation_id: string }) => e.operation_id === 'sendChatMessage');
    expect(sends).to.have.length(1);
  });

  it('reads retry 500s with backoff', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    await setFaults([{ token, operation: 'listChatSessions', error_rate: 1, times: 2 }]);
    await client.listChatSessions();
    const statuses = (await log({ token })).map((e: { status: number }) => e.status);
    expect(statuses).to.deep.equal([500, 500, 200]);
  });

  it('a write that hangs past the timeout fails with source timeout; a read is retried', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token, timeout: 400 });
    const id = await startSession(client);
    await setFaults([{ token, operation: 'sendChatMessage', latency_ms: 1500 }, { token, operation: 'getChatMessageHistory', latency_ms: 1500, times: 1 }]);
    const error = await failure(client.sendChatMessage(id, { content: 'slow' }));
    expect(error).to.include({ source: 'timeout', code: 'timeout', status: 0, transient: true });
    const page = await client.getChatMessageHistory(id);
    expect(page.messages.length).to.be.greaterThan(0);
  });

  it('an AbortSignal cancels a request', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const id = await startSession(client);
    await setFaults([{ token, operation: 'getChatMessageHistory', hang_rate: 1 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(client.getChatMessageHistory(id, {}, { signal: controller.signal }));
    expect(error).to.include({ source: 'aborted', code: 'aborted', transient: false });
  });

  it('a send whose answer was lost is repeated safely with the same client_message_id', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const id = await startSession(client);
    // Every try is dropped (Chromium itself re-sends once when a kept-alive connection closes unanswered).
    await setFaults([{ token, operation: 'sendChatMessage', drop_after_commit_rate: 1 }]);
    const lost = await failure(client.sendChatMessage(id, { content: 'only once', client_message_id: 'once-1' }));
    expect(lost).to.include({ source: 'network', code: 'network_error', transient: true });
    await setFaults([]);
    const again = await client.sendChatMessage(id, { content: 'only once', client_message_id: 'once-1' });
    expect(again.client_message_id).to.equal('once-1');
    const page = await client.getChatMessageHistory(id);
    expect(page.messages.filter((m) => m.content === 'only once')).to.have.length(1);
  });

  it('reports upload progress in bytes', async () => {
    const client = createChatClient({ baseUrl, token: newUser() });
    const id = await startSession(client);
    const file = png('photo.png', 3 * 1024 * 1024);
    const seen: Array<{ loaded: number; total: number }> = [];
    const media = await client.uploadChatMedia(id, file, { onProgress: (p) => seen.push(p) });
    expect(media.size_bytes).to.equal(file.size);
    expect(seen.length).to.be.greaterThan(0);
    // The file's bytes, not the multipart request's (the file plus its framing, which every engine reports, WebKit
    // from its first event): the same total throughout, up to the file's size, never backwards.
    expect(seen.map((p) => p.total)).to.deep.equal(seen.map(() => file.size));
    expect(seen.at(-1)!.loaded).to.equal(file.size);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.loaded).to.be.at.least(seen[i - 1]!.loaded);
  });

  it('an upload can be cancelled, and nothing is stored', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const id = await startSession(client);
    await setFaults([{ token, operation: 'uploadChatMedia', latency_ms: 3000 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await failure(client.uploadChatMedia(id, png('big.png', 8 * 1024 * 1024), { signal: controller.signal }));
    expect(error).to.include({ source: 'aborted', code: 'aborted' });
    await setFaults([]);
    expect(await client.listChatMedia(id)).to.deep.equal([]);
  });

  it('conditional reads answer changed: false on 304', async () => {
    const client = createChatClient({ baseUrl, token: newUser() });
    const id = await startSession(client);
    const first = await client.getChatMessageHistoryIfChanged(id, { limit: 20 });
    expect(first.changed).to.equal(true);
    expect(first.etag).to.be.a('string');
    const same = await client.getChatMessageHistoryIfChanged(id, { limit: 20 }, first.etag!);
    expect(same).to.deep.equal({ changed: false, etag: first.etag });
    await client.sendChatMessage(id, { content: 'news' });
    const next = await client.getChatMessageHistoryIfChanged(id, { limit: 20 }, first.etag!);
    expect(next.changed).to.equal(true);
    const list = await client.listChatSessionsIfChanged({});
    expect((await client.listChatSessionsIfChanged({}, list.etag!)).changed).to.equal(false);
  });
});
