// The client meets answers cut short (the emulator's cut_close and cut_length faults) and answers that are not
// JSON: always a ChatApiError `incomplete_response`, a transient network error, never a parser's SyntaxError; a
// read is repeated by itself (past the browser's cache, which may hold the short body), a write is not.
import { expect } from '@open-wc/testing';
import { ChatApiError, createChatClient } from '../../src/api/index.js';
import { api as raw, heldOpen, log, newUser, setFaults, waitFor } from '../helpers/emulator.js';
import { png } from './media-bytes.js';

const baseUrl = `${location.origin}/v1`;
const PARSER_WORDS = /JSON|Syntax|Unexpected token|position \d/;
type Entry = { operation_id: string; status: number; fault: string };

async function failure(promise: Promise<unknown>): Promise<ChatApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(ChatApiError);
    return error as ChatApiError;
  }
  throw new Error('expected the call to fail');
}

function expectIncomplete(error: ChatApiError, operationId: string) {
  expect(error).to.include({ source: 'network', code: 'incomplete_response', status: 200, transient: true, operationId });
  expect(error.message).to.not.match(PARSER_WORDS);
}

describe('client: answers cut short', () => {
  afterEach(() => setFaults([]));

  for (const cut of ['cut_close', 'cut_length'] as const) {
    it(`a read whose answer is ${cut} is read again, from the server, and succeeds`, async () => {
      const token = newUser();
      const client = createChatClient({ baseUrl, token });
      const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
      await setFaults([{ token, operation: 'getChatMessageHistory', [`${cut}_rate`]: 1, times: 1 }]);
      const page = await client.getChatMessageHistory(session.id);
      expect(page.messages.map((m) => m.content)).to.deep.equal(['hello']);
      const reads = ((await log({ token })) as Entry[]).filter((e) => e.operation_id === 'getChatMessageHistory');
      expect(reads.map((e) => [e.status, e.fault])).to.deep.equal([
        [200, cut],
        [200, 'none'],
      ]);
    });

    it(`a write whose answer is ${cut} fails as incomplete_response, not repeated; the repeat replays what was stored`, async () => {
      const token = newUser();
      const client = createChatClient({ baseUrl, token });
      const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
      await setFaults([{ token, operation: 'sendChatMessage', [`${cut}_rate`]: 1, times: 1 }]);
      const error = await failure(client.sendChatMessage(session.id, { content: 'stored', client_message_id: 'c-cut-1' }));
      expectIncomplete(error, 'sendChatMessage');
      expect(((await log({ token })) as Entry[]).filter((e) => e.operation_id === 'sendChatMessage')).to.have.length(1);
      const again = await client.sendChatMessage(session.id, { content: 'stored', client_message_id: 'c-cut-1' });
      const page = await client.getChatMessageHistory(session.id);
      expect(page.messages.filter((m) => m.client_message_id === 'c-cut-1').map((m) => m.id)).to.deep.equal([again.id]);
    });
  }

  it('a body that stalls after the headers is given up after the timeout: a write fails as incomplete_response, a read is repeated', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token, timeout: 600 });
    const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
    await setFaults([{ token, operation: 'sendChatMessage', stall_body_rate: 1, times: 1 }]);
    const t0 = performance.now();
    expectIncomplete(await failure(client.sendChatMessage(session.id, { content: 'stalled', client_message_id: 'c-stall' })), 'sendChatMessage');
    expect(performance.now() - t0).to.be.below(5000);
    await setFaults([{ token, operation: 'getChatMessageHistory', stall_body_rate: 1, times: 1 }]);
    const page = await client.getChatMessageHistory(session.id);
    expect(page.messages.map((m) => m.content)).to.deep.equal(['hello', 'stalled']);
    const reads = ((await log({ token })) as Entry[]).filter((e) => e.operation_id === 'getChatMessageHistory');
    expect(reads.map((e) => e.fault)).to.deep.equal(['stall_body', 'none']);
  });

  // WebKit keeps the connection of a request it was told to abandon once the signal that said so has been collected
  // (after the headers, the fetch no longer holds it): one of its six per host, and after a few stalls every request
  // of the page waits behind them. Whoever ends the wait (the timeout, or the caller cancelling) must close it, on a
  // busy page too.
  for (const fault of ['stall_body', 'hang'] as const) {
    for (const operation of ['sendChatMessage', 'getChatMessageHistory'] as const) {
      for (const ender of ['timeout', 'caller'] as const) {
        it(`${fault === 'hang' ? 'a hang' : 'a stalled body'} (${operation}) given up by ${ender === 'timeout' ? 'the timeout' : 'the caller'} closes its connection`, async () => {
          const token = newUser();
          const client = createChatClient({ baseUrl, token, timeout: ender === 'timeout' ? 500 : 20_000, retries: 0 });
          const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
          await setFaults([{ token, operation, [`${fault}_rate`]: 1, times: 1 }]);
          const caller = new AbortController();
          const call =
            operation === 'sendChatMessage'
              ? client.sendChatMessage(session.id, { content: 'stalled', client_message_id: 'c-held' }, { signal: caller.signal })
              : client.getChatMessageHistory(session.id, {}, { signal: caller.signal });
          // The server holds the request (for a stall, once the headers and half the body are out).
          await waitFor(async () => (await heldOpen(token)) === 1, { timeout: 3000, interval: 20 });
          if (ender === 'caller') caller.abort();
          // Garbage made meanwhile, as a busy page makes it: a collection must not undo the giving up.
          let churn = true;
          void (async () => {
            while (churn) {
              for (let i = 0; i < 200; i++) new Array(10_000).fill({ i });
              await new Promise((r) => setTimeout(r, 5));
            }
          })();
          const error = await failure(call).finally(() => (churn = false));
          const code = ender === 'caller' ? 'aborted' : fault === 'hang' ? 'timeout' : 'incomplete_response';
          expect(error).to.include({ code, operationId: operation });
          expect(error.message).to.not.match(PARSER_WORDS);
          // No rule change in between (that would let go of it from the server's side).
          await waitFor(async () => (await heldOpen(token)) === 0, { timeout: 3000 });
        });
      }
    }
  }

  for (const fault of ['stall_body', 'hang'] as const) {
    it(`an upload sent whole whose answer ${fault === 'hang' ? 'never comes' : 'stalls'} times out after the client's timeout, not the upload's`, async () => {
      const token = newUser();
      const client = createChatClient({ baseUrl, token, timeout: 700 });
      const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
      await setFaults([{ token, operation: 'uploadChatMedia', [`${fault}_rate`]: 1, times: 1 }]);
      const t0 = performance.now();
      const error = await failure(client.uploadChatMedia(session.id, png('dot.png', 5000), { idempotencyKey: `k-${fault}` }));
      expect(error).to.include({ source: 'timeout', code: 'timeout', transient: true });
      // The upload's own timeout is ten minutes: this was the answer's.
      expect(performance.now() - t0).to.be.below(10_000);
      // And its connection is closed, not left to hold one of the browser's few per host.
      await waitFor(async () => (await heldOpen(token)) === 0, { timeout: 3000 });
      const media = await client.uploadChatMedia(session.id, png('dot.png', 5000), { idempotencyKey: `k-${fault}` });
      expect((await client.listChatMedia(session.id)).map((m) => m.id)).to.deep.equal([media.id]);
    });
  }

  it('a read cut short every time ends in incomplete_response after the retries', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token, retries: 2, maxRetryDelay: 50 });
    await setFaults([{ token, operation: 'listChatSessions', cut_close_rate: 1 }]);
    expectIncomplete(await failure(client.listChatSessions()), 'listChatSessions');
    const cut = ((await log({ token })) as Entry[]).filter((e) => e.fault === 'cut_close');
    expect(cut).to.have.length(3);
  });

  it('an upload whose answer is cut short fails as incomplete_response; repeated with its Idempotency-Key it stores one file', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
    await setFaults([{ token, operation: 'uploadChatMedia', cut_close_rate: 1, times: 1 }]);
    const file = png('dot.png', 5000);
    expectIncomplete(await failure(client.uploadChatMedia(session.id, file, { idempotencyKey: 'k-1' })), 'uploadChatMedia');
    const media = await client.uploadChatMedia(session.id, file, { idempotencyKey: 'k-1' });
    expect((await client.listChatMedia(session.id)).map((m) => m.id)).to.deep.equal([media.id]);
    // Another key is another file.
    const other = await client.uploadChatMedia(session.id, file, { idempotencyKey: 'k-2' });
    expect(other.id).to.not.equal(media.id);
  });

  it('a success whose body is not JSON (a proxy page) is incomplete_response too, not a SyntaxError', async () => {
    const token = newUser();
    // A misconfigured proxy in front of the API answers every path with one of the site's own pages (200).
    const proxy = (() => fetch(`${location.origin}/README.md`, { cache: 'no-store' })) as typeof fetch;
    const client = createChatClient({ baseUrl, token, fetch: proxy, retries: 0 });
    expectIncomplete(await failure(client.sendChatMessage(1, { content: 'hi' })), 'sendChatMessage');
    expectIncomplete(await failure(client.listChatSessions()), 'listChatSessions');
  });

  it('the emulator answers a repeated upload with the stored media and Idempotent-Replayed', async () => {
    const token = newUser();
    const client = createChatClient({ baseUrl, token });
    const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello' });
    const first = await client.uploadChatMedia(session.id, png('a.png'), { idempotencyKey: 'same' });
    const form = new FormData();
    form.append('file', png('a.png'), 'a.png');
    const again = await raw(token, 'POST', `/chat/sessions/${session.id}/media`, form, { 'Idempotency-Key': 'same' });
    expect(again.status).to.equal(200);
    expect(again.body.id).to.equal(first.id);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
  });
});
