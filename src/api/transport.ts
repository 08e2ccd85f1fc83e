import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { ChatApiError, errorFromResponse, INCOMPLETE_RESPONSE, parseAnswer } from './errors.js';
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

/**
 * Sends JSON requests through ky: bearer auth (one refresh on 401), a timeout (for the headers, then again for the
 * body), an AbortSignal, and retries with backoff, jitter and `Retry-After` for reads only. An answer whose body
 * cannot be read (broken off, stalled, or not JSON) is `incomplete_response`, a network error: a read is repeated
 * like any other. Writes are never repeated here: the caller decides, and `client_message_id` makes a repeat safe.
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
    const retries = call.method === 'GET' ? this.#options.retries : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.withAuth(
          // A cut body may sit in the browser's cache (it cannot tell it is short), and a revalidation answered 304
          // would hand it back again: the next tries go to the server.
          (token) => this.#sendOnce(call, options, token, attempt > 0),
          (e) => e instanceof HTTPError && e.response.status === 401,
        );
      } catch (error) {
        const e = await toChatApiError(error, call.operationId, options.signal);
        if (attempt >= retries || e.code !== INCOMPLETE_RESPONSE) throw e;
        // ky's own backoff: 0.3 s, 0.6 s, 1.2 s … with full jitter, capped.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(this.#options.maxRetryDelay, 300 * 2 ** attempt)));
        if (options.signal?.aborted) throw await toChatApiError(undefined, call.operationId, options.signal);
      }
    }
  }

  async #sendOnce(call: Call, options: CallOptions, token: string | undefined, reload: boolean): Promise<RawResult> {
    const timeout = options.timeout ?? this.#options.timeout;
    // Aborted once the body is read or given up (ky's timeout ends when the headers arrive): Firefox closes the
    // connection of a body given up on only then.
    const done = new AbortController();
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (call.ifNoneMatch) headers['If-None-Match'] = call.ifNoneMatch;
    const response = await this.#ky(call.path.replace(/^\//, ''), {
      method: call.method,
      json: call.json,
      searchParams: Object.fromEntries(Object.entries(call.searchParams ?? {}).filter((e): e is [string, string | number] => e[1] != null)),
      headers,
      signal: options.signal ? AbortSignal.any([options.signal, done.signal]) : done.signal,
      timeout,
      cache: reload ? 'reload' : undefined,
    });
    const result: RawResult = { status: response.status, etag: response.headers.get('etag'), headers: response.headers, body: undefined };
    if (response.status === 304) return result;
    // Broken off, or stalled past the timeout (ky's ends when the headers arrive): read as nothing, which does not
    // parse (unless the caller cancelled).
    result.body = parseAnswer(await readBody(response, timeout, options.signal).finally(() => done.abort()), response.status, call.operationId);
    return result;
  }
}

/**
 * The body as text, or '' when it breaks off or outlasts `timeout`. Giving up cancels the body's stream, which closes
 * the connection in WebKit: an abort signal alone leaves it open there once the signal is garbage-collected (one of
 * six per host; a few stalled answers and every request of the page waits behind them).
 */
async function readBody(response: Response, timeout: number, signal?: AbortSignal): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled: (() => void) | undefined;
  // The race ends the wait: a pending read need not settle when its stream is cancelled.
  const givenUp = new Promise<undefined>((resolve, reject) => {
    timer = setTimeout(() => resolve(undefined), timeout);
    signal?.addEventListener('abort', (cancelled = () => reject(signal.reason)), { once: true });
  });
  try {
    for (let chunk; reader && !(chunk = await Promise.race([reader.read(), givenUp]))?.done; ) {
      if (!chunk) return '';
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (signal?.aborted) throw error;
    return '';
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancelled!);
    // Read to the end: a no-op.
    reader?.cancel().catch(() => {});
  }
}
