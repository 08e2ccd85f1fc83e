import { ChatApiError, INCOMPLETE_RESPONSE } from '../api/errors.js';

/**
 * When the outbox tries a message again after a transient failure: exponential backoff with full jitter (a wait
 * drawn evenly from zero to `baseMs · 2^(attempt-1)`, capped at `maxMs`), so many widgets that lost the same
 * server do not come back in step; never sooner than the server's `Retry-After` (itself capped at
 * `maxRetryAfterMs`, so a wrong header cannot park a message for a day).
 */
export interface RetryPolicy {
  /** The ceiling of the first wait, in milliseconds. */
  baseMs: number;
  /** The largest ceiling of any wait, in milliseconds. */
  maxMs: number;
  /** The longest `Retry-After` obeyed, in milliseconds. */
  maxRetryAfterMs: number;
}

/** 1 s, 2 s, 4 s … up to 30 s between tries (each a random share of that), and up to 5 minutes when told. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 1000,
  maxMs: 30_000,
  maxRetryAfterMs: 5 * 60_000,
};

/** Milliseconds to wait before try number `attempt + 1`, after try number `attempt` (from 1) failed with `error`. */
export function retryDelay(attempt: number, error: ChatApiError | undefined, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  const asked = error?.retryAfter === undefined ? 0 : Math.min(error.retryAfter * 1000, policy.maxRetryAfterMs);
  return Math.max(jittered, asked);
}

/**
 * Whether a failed send is worth trying again by itself: no answer, or one that could not be read (network,
 * timeout, `incomplete_response`), 408, 425, 429 and 5xx, and an error that is not the API's at all (an unknown
 * outcome: the request may have been stored). Everything else (other 4xx, a refusal before sending) fails the
 * message with its reason, for the user to retry or discard. A 401 is not retried here: the client has already
 * asked the token provider once.
 */
export function isRetryable(error: ChatApiError): boolean {
  return error.transient || isUnknownOutcome(error);
}

/**
 * An error that is no answer of the API's (see the outbox's `asChatApiError`: a malformed answer, a fault after the
 * request went): it says nothing of whether the API stored the message, so it is tried again, never failed.
 */
export function isUnknownOutcome(error: { source: string; code: string }): boolean {
  return error.source === 'client' && error.code === UNEXPECTED;
}

/** The code of an error that was no answer of the API's. */
export const UNEXPECTED = 'unexpected';

/**
 * Whether the failure says nothing got through at all, which hints that the network is down. An answer cut short
 * did come back: the service is there.
 */
export function isUnreachable(error: ChatApiError): boolean {
  return (error.source === 'network' && error.code !== INCOMPLETE_RESPONSE) || error.source === 'timeout';
}

/**
 * Any error as the one type. One that is not the API's (a malformed answer, a fault after the request went) keeps
 * its text as the `cause` only: a JavaScript error's words are not for a shopper. In the outbox it is an unknown
 * outcome (`isUnknownOutcome`), tried again like a lost answer.
 */
export function asChatApiError(error: unknown): ChatApiError {
  if (error instanceof ChatApiError) return error;
  return new ChatApiError({ source: 'client', code: UNEXPECTED, message: 'Something went wrong. Try again.', cause: error });
}
