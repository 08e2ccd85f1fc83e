import { expect } from '@open-wc/testing';
import { ChatApiError } from '../../src/api/errors.js';
import { DEFAULT_RETRY_POLICY, isRetryable, isUnreachable, retryDelay } from '../../src/state/retry-policy.js';

const http = (status: number, retryAfter?: number) => new ChatApiError({ source: 'http', status, code: `http_${status}`, message: 'x', retryAfter });
const policy = { baseMs: 1000, maxMs: 8000, maxRetryAfterMs: 60_000 };
const almostOne = () => 0.999999;

describe('retry policy', () => {
  it('full jitter: each wait is drawn from zero up to a ceiling that doubles and is capped', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelay(n, undefined, policy, almostOne))).to.deep.equal([999, 1999, 3999, 7999, 7999, 7999]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, undefined, policy, () => 0))).to.deep.equal([0, 0, 0, 0]);
    expect(retryDelay(3, undefined, policy, () => 0.5)).to.equal(2000);
  });

  it('never sooner than Retry-After, itself capped', () => {
    expect(retryDelay(1, http(429, 3), policy, () => 0)).to.equal(3000);
    // A longer backoff wins over a shorter Retry-After.
    expect(retryDelay(5, http(503, 1), policy, almostOne)).to.equal(7999);
    expect(retryDelay(1, http(429, 3600), policy, () => 0)).to.equal(60_000);
  });

  it('defaults: 1 s doubling to 30 s, Retry-After obeyed up to 5 minutes', () => {
    expect(DEFAULT_RETRY_POLICY).to.deep.equal({ baseMs: 1000, maxMs: 30_000, maxRetryAfterMs: 300_000 });
    expect(retryDelay(20, undefined, DEFAULT_RETRY_POLICY, almostOne)).to.be.below(30_000);
  });

  it('retries what may succeed later, and nothing else', () => {
    const retried = [408, 425, 429, 500, 502, 503, 504].map((s) => isRetryable(http(s)));
    expect(retried.every(Boolean)).to.equal(true);
    const refused = [400, 401, 403, 404, 409, 413, 415, 422].map((s) => isRetryable(http(s)));
    expect(refused.some(Boolean)).to.equal(false);
    expect(isRetryable(new ChatApiError({ source: 'network', code: 'network_error', message: 'x' }))).to.equal(true);
    expect(isRetryable(new ChatApiError({ source: 'timeout', code: 'timeout', message: 'x' }))).to.equal(true);
    expect(isRetryable(new ChatApiError({ source: 'client', code: 'cancelled', message: 'x' }))).to.equal(false);
  });

  it('tells "no answer at all" from an answered failure', () => {
    expect(isUnreachable(new ChatApiError({ source: 'network', code: 'network_error', message: 'x' }))).to.equal(true);
    expect(isUnreachable(new ChatApiError({ source: 'timeout', code: 'timeout', message: 'x' }))).to.equal(true);
    expect(isUnreachable(http(503))).to.equal(false);
  });
});
