// Fault injection: every rule here carries a fresh token selector, so tests running beside it are untouched.
import { expect } from '@open-wc/testing';
import { API, api, control, expectError, history, log, newId, newUser, send, setFaults, startRag, waitFor } from '../helpers/emulator.js';

describe('emulator: faults', () => {
  afterEach(async () => {
    await setFaults([]);
  });

  it('error_rate 1 answers 500 internal_error and stores nothing', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'before the fault');
    await setFaults([{ operation: 'sendChatMessage', token, error_rate: 1 }]);
    const c = newId();
    const res = await send(token, session.id, 'lost', { client_message_id: c });
    expectError(res, 500, 'internal_error');
    await setFaults([]);
    const stored = await history(token, session.id);
    expect(stored.map((m) => m.content)).to.deep.equal(['before the fault']);
    // The key was never used: a retry stores the message fresh, not as a replay.
    const retry = await send(token, session.id, 'found', { client_message_id: c });
    expect(retry.status).to.equal(200);
    expect(retry.body.content).to.equal('found');
    expect(retry.headers.get('idempotent-replayed')).to.not.equal('true');
  });

  it('error_status answers another of the contract\'s errors, and stores nothing', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'before the fault');
    await setFaults([{ operation: 'sendChatMessage', token, error_rate: 1, error_status: 403 }]);
    expectError(await send(token, session.id, 'refused'), 403, 'forbidden');
    await setFaults([{ operation: 'sendChatMessage', token, error_rate: 1, error_status: 422 }]);
    const res = await send(token, session.id, 'refused');
    expectError(res, 422, 'validation_failed');
    expect(res.body.error.details).to.have.length(1);
    await setFaults([]);
    expect((await history(token, session.id)).map((m) => m.content)).to.deep.equal(['before the fault']);
    const bad = await control('PUT', '/faults', { rules: [{ token, error_rate: 1, error_status: 418 }] });
    expect(bad.status).to.equal(422);
  });

  it('applies only to the selected operation and token', async () => {
    const token = newUser();
    const other = newUser();
    const { session } = await startRag(token);
    const theirs = await startRag(other);
    await setFaults([{ operation: 'sendChatMessage', token, error_rate: 1 }]);
    expect((await api(token, 'GET', `/chat/sessions/${session.id}/messages`)).status).to.equal(200);
    expect((await send(other, theirs.session.id, 'fine')).status).to.equal(200);
    expect((await send(token, session.id, 'faulted')).status).to.equal(500);
  });

  it('selects by method too', async () => {
    const token = newUser();
    const { session } = await startRag(token);
    await setFaults([{ method: 'GET', token, error_rate: 1 }]);
    expect((await api(token, 'GET', `/chat/sessions/${session.id}/messages`)).status).to.equal(500);
    expect((await send(token, session.id, 'posts still work')).status).to.equal(200);
  });

  it('rate_limit_rate 1 answers 429 rate_limited with Retry-After', async () => {
    const token = newUser();
    await setFaults([{ token, rate_limit_rate: 1, retry_after: 7 }]);
    const res = await api(token, 'GET', '/chat/sessions');
    expectError(res, 429, 'rate_limited');
    expect(res.headers.get('retry-after')).to.equal('7');
    const write = await api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'guest', message: 'hi' });
    expect(write.status).to.equal(429);
    await setFaults([]);
    expect((await api(token, 'GET', '/chat/sessions')).body.sessions).to.deep.equal([]);
  });

  it('latency_ms delays the answer by at least that much', async () => {
    const token = newUser();
    await setFaults([{ token, latency_ms: 400 }]);
    const t0 = performance.now();
    const res = await api(token, 'GET', '/chat/sessions');
    const elapsed = performance.now() - t0;
    expect(res.status).to.equal(200);
    expect(elapsed).to.be.at.least(400);
    const entries = await log({ token });
    expect(entries.at(-1).fault).to.equal('latency');
    expect(entries.at(-1).duration_ms).to.be.at.least(400);
  });

  it('latency_ms as [min, max] stays within the range', async () => {
    const token = newUser();
    await setFaults([{ token, latency_ms: [150, 250] }]);
    for (let i = 0; i < 3; i += 1) {
      const t0 = performance.now();
      expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(200);
      expect(performance.now() - t0).to.be.at.least(150);
    }
  });

  it('latency_rate delays only that share of the requests', async () => {
    const token = newUser();
    await setFaults([{ token, latency_ms: 120, latency_rate: 0.5 }], 11);
    for (let i = 0; i < 24; i += 1) expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(200);
    const faults = (await log({ token })).map((e) => e.fault);
    expect(faults).to.include('latency');
    expect(faults).to.include('none');
    const slow = (await log({ token })).filter((e) => e.fault === 'latency');
    expect(slow.every((e) => e.duration_ms >= 120)).to.equal(true);
    const bad = await control('PUT', '/faults', { rules: [{ token, latency_ms: 10, latency_rate: 2 }] });
    expect(bad.status).to.equal(422);
  });

  it('adds latency before an error when one rule has both', async () => {
    const token = newUser();
    await setFaults([{ token, latency_ms: 300, error_rate: 1 }]);
    const t0 = performance.now();
    const res = await api(token, 'GET', '/chat/sessions');
    expect(performance.now() - t0).to.be.at.least(300);
    expectError(res, 500, 'internal_error');
    expect((await log({ token })).at(-1).fault).to.equal('error');
  });

  it('hang_rate 1 never answers, and the log shows the hang', async () => {
    const token = newUser();
    await setFaults([{ token, hang_rate: 1 }]);
    let error;
    const signal = AbortSignal.timeout(600);
    try {
      await api(token, 'GET', '/chat/sessions', undefined, {}, { signal });
    } catch (err) {
      error = err;
    }
    expect(error, 'the hung request must not answer').to.exist;
    // Our timeout ended it. Chromium and Firefox reject the fetch with the signal's reason, WebKit with an AbortError.
    expect(signal.reason.name).to.equal('TimeoutError');
    expect(error.name).to.be.oneOf(['TimeoutError', 'AbortError']);
    const entry = await waitFor(async () => (await log({ token })).find((e) => e.fault === 'hang'));
    expect(entry.status).to.equal(0);
    expect(entry.operation_id).to.equal('listChatSessions');
  });

  it('drop_after_commit_rate 1 commits the message but never answers; the retry replays it', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'first');
    await setFaults([{ operation: 'sendChatMessage', token, drop_after_commit_rate: 1 }]);
    const c = newId();
    let error;
    try {
      await send(token, session.id, 'committed but unanswered', { client_message_id: c });
    } catch (err) {
      error = err;
    }
    expect(error, 'the dropped request must reject').to.be.instanceOf(TypeError);
    await setFaults([]);

    const stored = await history(token, session.id);
    const matching = stored.filter((m) => m.client_message_id === c);
    expect(matching).to.have.length(1);
    expect(matching[0].content).to.equal('committed but unanswered');

    const retry = await send(token, session.id, 'committed but unanswered', { client_message_id: c });
    expect(retry.status, retry.text).to.equal(200);
    expect(retry.body.id).to.equal(matching[0].id);
    expect(retry.headers.get('idempotent-replayed')).to.equal('true');
    expect(await history(token, session.id)).to.have.length(2);

    const drops = (await log({ token })).filter((e) => e.fault === 'drop');
    expect(drops.length).to.be.at.least(1);
    expect(drops[0].status).to.equal(0);
    expect(drops[0].operation_id).to.equal('sendChatMessage');
  });

  // A cut answer: the status and headers arrive, then half the body, then the connection ends. The write is stored.
  async function cutSend(token, sessionId, content, clientMessageId) {
    const res = await fetch(`${API}/chat/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content, client_message_id: clientMessageId }),
    });
    let text;
    let error;
    try {
      text = await res.text();
    } catch (err) {
      error = err;
    }
    return { res, text, error };
  }

  async function expectStoredOnceAndReplayed(token, sessionId, content, c) {
    const matching = (await history(token, sessionId)).filter((m) => m.client_message_id === c);
    expect(matching.map((m) => m.content)).to.deep.equal([content]);
    const retry = await send(token, sessionId, content, { client_message_id: c });
    expect(retry.status, retry.text).to.equal(200);
    expect(retry.body.id).to.equal(matching[0].id);
    expect(retry.headers.get('idempotent-replayed')).to.equal('true');
  }

  it('cut_length_rate 1 stores the message, then sends a Content-Length longer than the body it sends', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'first');
    await setFaults([{ operation: 'sendChatMessage', token, cut_length_rate: 1 }]);
    const c = newId();
    const { res, text, error } = await cutSend(token, session.id, 'stored, answer cut', c);
    // The status arrived; the body could not be read to its declared end.
    expect(res.status).to.equal(200);
    expect(Number(res.headers.get('content-length'))).to.be.greaterThan(0);
    // Chromium and Firefox refuse a body shorter than its Content-Length (TypeError); WebKitGTK hands over what came.
    // Either way the client never holds the whole answer, so it cannot mistake it for one.
    expect(error === undefined ? 'short body' : error.name, 'reading the cut body must fail or come short').to.be.oneOf(['TypeError', 'short body']);
    expect(new TextEncoder().encode(text ?? '').length).to.be.lessThan(Number(res.headers.get('content-length')));
    await setFaults([]);
    await expectStoredOnceAndReplayed(token, session.id, 'stored, answer cut', c);
    const cuts = (await log({ token })).filter((e) => e.fault === 'cut_length');
    expect(cuts).to.have.length(1);
    expect(cuts[0]).to.include({ operation_id: 'sendChatMessage', status: 200 });
  });

  it('cut_close_rate 1 stores the message, then ends a close-delimited body half way: it reads whole but is not JSON', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'first');
    await setFaults([{ operation: 'sendChatMessage', token, cut_close_rate: 1 }]);
    const c = newId();
    const { res, text, error } = await cutSend(token, session.id, 'stored, answer cut', c);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-length')).to.equal(null);
    // Nothing tells the client the body is short: it reads what came, and only parsing it fails.
    expect(error).to.equal(undefined);
    expect(text).to.match(/^\{"id":/);
    expect(() => JSON.parse(text)).to.throw(SyntaxError);
    await setFaults([]);
    await expectStoredOnceAndReplayed(token, session.id, 'stored, answer cut', c);
    const cuts = (await log({ token })).filter((e) => e.fault === 'cut_close');
    expect(cuts).to.have.length(1);
    expect(cuts[0]).to.include({ operation_id: 'sendChatMessage', status: 200 });
  });

  it('cuts the answer of a read too, and of startChat after the session is stored', async () => {
    const token = newUser();
    await setFaults([{ operation: 'startChat', token, cut_close_rate: 1, times: 1 }]);
    const c = newId();
    const res = await fetch(`${API}/chat/sessions/start`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ chat_type: 'rag', user_type: 'customer', message: 'hello', client_message_id: c }),
    });
    expect(res.status).to.equal(200);
    const cutStart = await res.text();
    expect(() => JSON.parse(cutStart)).to.throw(SyntaxError);
    // The session exists, and the repeat gives it back instead of starting another.
    const again = await api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'customer', message: 'hello', client_message_id: c });
    expect(again.status, again.text).to.equal(200);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    const sessions = (await api(token, 'GET', '/chat/sessions')).body.sessions;
    expect(sessions.map((s) => s.id)).to.deep.equal([again.body.session.id]);

    await setFaults([{ method: 'GET', token, cut_length_rate: 1, times: 1 }]);
    let error;
    let text;
    // no-store: the browser's cache would otherwise ask If-None-Match, and a 304 has no body to cut.
    const cutRead = await fetch(`${API}/chat/sessions`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
    try {
      text = await cutRead.text();
    } catch (err) {
      error = err;
    }
    expect(error === undefined ? 'short body' : error.name).to.be.oneOf(['TypeError', 'short body']);
    expect(new TextEncoder().encode(text ?? '').length).to.be.lessThan(Number(cutRead.headers.get('content-length')));
    expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(200);
  });

  it('stall_body_rate 1 stores the message, sends half the body and holds the rest until the client gives up', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'first');
    await setFaults([{ operation: 'sendChatMessage', token, stall_body_rate: 1 }]);
    const c = newId();
    const res = await fetch(`${API}/chat/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'stored, answer stalled', client_message_id: c }),
      signal: AbortSignal.timeout(800),
    });
    expect(res.status).to.equal(200);
    let error;
    try {
      await res.text();
    } catch (err) {
      error = err;
    }
    expect(error, 'the stalled body must not finish').to.exist;
    // The timeout's reason; WebKit reports a body read cut by a timed-out signal as AbortError.
    expect(error.name).to.be.oneOf(['TimeoutError', 'AbortError']);
    await setFaults([]);
    await expectStoredOnceAndReplayed(token, session.id, 'stored, answer stalled', c);
    expect((await log({ token })).filter((e) => e.fault === 'stall_body').map((e) => e.status)).to.deep.equal([200]);
  });

  it('a hang and a stalled body end when the fault rules change, even if the client never lets go', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'first');
    await setFaults([
      { operation: 'sendChatMessage', token, hang_rate: 1, times: 1 },
      { operation: 'getChatMessageHistory', token, stall_body_rate: 1, times: 1 },
    ]);
    // No timeout, no signal: only the emulator can end these.
    const hung = fetch(`${API}/chat/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'held', client_message_id: newId() }),
    }).then(() => 'answered', () => 'closed');
    const stalled = await fetch(`${API}/chat/sessions/${session.id}/messages`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
    const body = stalled.text().then((t) => `body of ${t.length}`, () => 'closed');
    await waitFor(async () => (await log({ token })).some((e) => e.fault === 'hang'), { timeout: 5000 });
    const t0 = performance.now();
    await setFaults([]);
    const ended = await Promise.all([hung, body]);
    // Closed; Chromium may send the request again by itself on a fresh connection (it had no answer), and the rules
    // that made it hang are gone: either way it ends, and at once.
    expect(ended[0]).to.be.oneOf(['closed', 'answered']);
    expect(ended[1]).to.match(/^closed$|^body of \d+$/);
    expect(performance.now() - t0, 'at once').to.be.below(3000);
  });

  it('checks the cut rates like the others', async () => {
    const token = newUser();
    for (const rule of [{ cut_length_rate: 2 }, { cut_close_rate: -0.1 }, { cut_close_rate: 0.6, cut_length_rate: 0.6 }, { stall_body_rate: 1.5 }]) {
      const res = await control('PUT', '/faults', { rules: [{ token, ...rule }] });
      expectError(res, 422, 'validation_failed');
    }
  });

  it('times spends a rule after it has fired that many times', async () => {
    const token = newUser();
    await setFaults([{ token, error_rate: 1, times: 2 }]);
    expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(500);
    expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(500);
    expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(200);
    expect((await api(token, 'GET', '/chat/sessions')).status).to.equal(200);
  });

  it('rolls the dice per request: error_rate 0.5 fails some and passes some', async () => {
    const token = newUser();
    await setFaults([{ token, error_rate: 0.5 }], 7);
    const statuses = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await api(token, 'GET', '/chat/sessions')).status);
    expect(statuses).to.include(500);
    expect(statuses).to.include(200);
    expect(statuses.every((s) => s === 200 || s === 500)).to.equal(true);
  });

  it('logs method, path, operation_id, status and fault, filtered by token and since', async () => {
    const token = newUser();
    const other = newUser();
    const { session } = await startRag(token);
    await startRag(other);
    await setFaults([{ operation: 'getChatMessageHistory', token, error_rate: 1, times: 1 }]);
    await api(token, 'GET', `/chat/sessions/${session.id}/messages?limit=5`);
    await api(token, 'GET', `/chat/sessions/${session.id}/messages`);

    const entries = await log({ token });
    expect(entries.map((e) => e.operation_id)).to.deep.equal(['startChat', 'getChatMessageHistory', 'getChatMessageHistory']);
    const [start, failed, ok] = entries;
    expect(start).to.include({ method: 'POST', status: 200, fault: 'none' });
    expect(start.path).to.match(/^(\/v1)?\/chat\/sessions\/start$/);
    expect(failed).to.include({ method: 'GET', status: 500, fault: 'error' });
    expect(failed.path).to.match(new RegExp(`^(/v1)?/chat/sessions/${session.id}/messages`));
    expect(ok).to.include({ status: 200, fault: 'none' });
    for (const e of entries) {
      expect(e.id).to.be.a('number');
      expect(Date.parse(e.time)).to.not.be.NaN;
      expect(e.duration_ms).to.be.a('number');
      expect(e.user_id).to.equal(start.user_id);
    }
    expect(new Set(entries.map((e) => e.id)).size).to.equal(3);

    const since = await log({ token, since: failed.id });
    expect(since.map((e) => e.id)).to.deep.equal([ok.id]);
    const theirs = await log({ token: other });
    expect(theirs.map((e) => e.operation_id)).to.deep.equal(['startChat']);
    expect(theirs[0].user_id).to.not.equal(start.user_id);
  });
});
