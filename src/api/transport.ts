import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { ChatApiError, errorFromResponse, incompleteResponse, INCOMPLETE_RESPONSE, parseAnswer } from './errors.js';
import type { TokenSource } from './token.js';

export interface TransportOptions {
  baseUrl: string;
  tokens: TokenSource;
  /** Milliseconds before a request is abandoned. */
  timeout: number;
  /** How many times a read (GET) is repeated after a transient failure. */
  retries: number;
  /** Longest wait between two tries, in milliseconds (also caps `Retry-After`). */
  maxRetryDelay: number;
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's timeout for this request, in milliseconds. */
  timeout?: number;
  headers?: Record<string, string>;
}

export interface Call {
  operationId: string;
  method: string;
  /** Path relative to the base URL, parameters already filled in. */
  path: string;
  searchParams?: Record<string, string | number | undefined | null>;
  json?: unknown;
  ifNoneMatch?: string;
}

export interface RawResult {
  status: number;
  etag: string | null;
  headers: Headers;
  /** The parsed JSON body; undefined on 304. */
  body: unknown;
}

const READ_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** Turns what fetch or ky threw into the one typed error. */
export async function toChatApiError(error: unknown, operationId: string, signal?: AbortSignal): Promise<ChatApiError> {
  if (error instanceof ChatApiError) return error;
  if (error instanceof HTTPError) {
    const text = await error.response.text().catch(() => '');
    return errorFromResponse(error.response.status, error.response.headers, text, operationId);
  }
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return new ChatApiError({ source: 'aborted', code: 'aborted', message: 'The request was cancelled.', operationId, cause: error });
  }
  if (error instanceof TimeoutError) {
    return new ChatApiError({ source: 'timeout', code: 'timeout', message: 'The server took too long to answer.', operationId, cause: error });
  }
  return new ChatApiError({
    source: 'network',
    code: 'network_error',
    message: 'Could not reach the chat service. Check the connection.',
    operationId,
    cause: error,
  });
}

const timeoutError = (operationId: string, cause?: unknown) =>
  new ChatApiError({ source: 'timeout', code: 'timeout', message: 'The server took too long to answer.', operationId, cause });

/** Errors met reading a body after ky was done: a read repeats them itself (ky repeated the ones before). */
const bodyFailures = new WeakSet<ChatApiError>();

/**
 * Reads a response's body within `ms` (ky's timeout ends when the headers arrive; a body can stall after them).
 * `deadline` aborts the request's signal, which ends the body's stream. A body that breaks off is
 * `incomplete_response`, one that stalls a timeout, one the caller cancels `aborted`.
 */
async function readBody(response: Response, deadline: AbortController, ms: number, operationId: string, signal?: AbortSignal): Promise<string> {
  const timer = setTimeout(() => deadline.abort(), ms);
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw await toChatApiError(error, operationId, signal);
    const failure = deadline.signal.aborted ? timeoutError(operationId, error) : incompleteResponse(response.status, operationId, error);
    bodyFailures.add(failure);
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

/** Waits `ms`, or rejects as `aborted` when the caller cancels meanwhile. */
function pause(ms: number, operationId: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => {
      clearTimeout(timer);
      reject(new ChatApiError({ source: 'aborted', code: 'aborted', message: 'The request was cancelled.', operationId }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', cancelled);
      resolve();
    }, ms);
    if (signal?.aborted) cancelled();
    else signal?.addEventListener('abort', cancelled, { once: true });
  });
}

/**
 * Sends JSON requests through ky: bearer auth (one refresh on 401), a timeout (for the headers, then again for the
 * body), an AbortSignal, and retries with backoff, jitter and `Retry-After` for reads only. An answer whose body
 * cannot be read or parsed is `incomplete_response`, a network error: a read is repeated like any other, a write is
 * not. Writes are never repeated here: the caller decides, and `client_message_id` makes a repeated send safe.
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #options: TransportOptions;
  /** The API's base URL, without a trailing slash. */
  readonly baseUrl: string;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#ky = ky.create({
      prefixUrl: this.baseUrl,
      timeout: options.timeout,
      fetch: options.fetch,
      throwHttpErrors: (status) => status !== 304,
      retry: {
        limit: options.retries,
        methods: ['get'],
        statusCodes: READ_RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: options.maxRetryDelay,
        backoffLimit: options.maxRetryDelay,
        jitter: true,
        retryOnTimeout: true,
      },
    });
  }

  get fetchImpl(): typeof fetch | undefined {
    return this.#options.fetch;
  }

  /** Milliseconds a request may wait for its answer. */
  get timeout(): number {
    return this.#options.timeout;
  }

  /** Runs `attempt` with the current token; after a 401 asks for a fresh token and runs it once more. */
  async withAuth<T>(attempt: (token: string | undefined) => Promise<T>, isUnauthorized: (e: unknown) => boolean): Promise<T> {
    const tokens = this.#options.tokens;
    const token = await tokens.get();
    try {
      return await attempt(token);
    } catch (error) {
      if (!tokens.canRefresh || !isUnauthorized(error)) throw error;
      const fresh = await tokens.refresh(token);
      if (!fresh || fresh === token) throw error;
      return attempt(fresh);
    }
  }

  async send(call: Call, options: CallOptions = {}): Promise<RawResult> {
    // ky repeats a read that got no answer or an error status; one whose body broke off is repeated here, as often.
    const retries = call.method.toUpperCase() === 'GET' ? this.#options.retries : 0;
    for (let attempt = 1; ; attempt++) {
      try {
        // A cut body may sit in the browser's cache (it cannot tell it is short), and a revalidation that answers
        // 304 would hand it back again: the next tries go to the server.
        return await this.#sendOnce(call, options, attempt > 1);
      } catch (error) {
        const e = await toChatApiError(error, call.operationId, options.signal);
        if (attempt > retries || !(e.code === INCOMPLETE_RESPONSE || bodyFailures.has(e))) throw e;
        // ky's own backoff: 0.3 s, 0.6 s, 1.2 s … with full jitter, capped.
        await pause(Math.random() * Math.min(this.#options.maxRetryDelay, 300 * 2 ** (attempt - 1)), call.operationId, options.signal);
      }
    }
  }

  async #sendOnce(call: Call, options: CallOptions, reload: boolean): Promise<RawResult> {
    const timeout = options.timeout ?? this.#options.timeout;
    return this.withAuth(
      async (token) => {
        // Aborted only when a body outlasts the timeout: it ends the body's stream as well as the request.
        const deadline = new AbortController();
        const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
        const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
        if (token) headers.Authorization = `Bearer ${token}`;
        if (call.ifNoneMatch) headers['If-None-Match'] = call.ifNoneMatch;
        const searchParams = Object.fromEntries(
          Object.entries(call.searchParams ?? {}).filter((e): e is [string, string | number] => e[1] != null),
        );
        let response: Response;
        try {
          response = await this.#ky(call.path.replace(/^\//, ''), {
            method: call.method,
            json: call.json,
            searchParams,
            headers,
            signal,
            timeout,
            ...(reload ? { cache: 'reload' as const } : {}),
          });
        } catch (error) {
          if (!(error instanceof HTTPError)) throw error;
          const text = await readBody(error.response, deadline, timeout, call.operationId, options.signal).catch(() => '');
          throw errorFromResponse(error.response.status, error.response.headers, text, call.operationId);
        }
        const result = { status: response.status, etag: response.headers.get('etag'), headers: response.headers };
        if (response.status === 304) return { ...result, body: undefined };
        const text = await readBody(response, deadline, timeout, call.operationId, options.signal);
        return { ...result, body: parseAnswer(text, response.status, call.operationId) };
      },
      (e) => e instanceof ChatApiError && e.source === 'http' && e.status === 401,
    );
  }
}
