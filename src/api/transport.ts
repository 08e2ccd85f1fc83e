import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { ChatApiError, errorFromResponse } from './errors.js';
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
  text: string;
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
 * Sends JSON requests through ky: bearer auth (one refresh on 401), a timeout, an AbortSignal, and retries with
 * backoff, jitter and `Retry-After` for reads only. Writes are never repeated here: the caller decides, and
 * `client_message_id` makes a repeated send safe.
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
    try {
      return await this.withAuth(
        async (token) => {
          const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
          if (token) headers.Authorization = `Bearer ${token}`;
          if (call.ifNoneMatch) headers['If-None-Match'] = call.ifNoneMatch;
          const searchParams = Object.fromEntries(
            Object.entries(call.searchParams ?? {}).filter((e): e is [string, string | number] => e[1] != null),
          );
          const response = await this.#ky(call.path.replace(/^\//, ''), {
            method: call.method,
            json: call.json,
            searchParams,
            headers,
            signal: options.signal,
            ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
          });
          return {
            status: response.status,
            etag: response.headers.get('etag'),
            headers: response.headers,
            text: response.status === 304 ? '' : await response.text(),
          };
        },
        (e) => e instanceof HTTPError && e.response.status === 401,
      );
    } catch (error) {
      throw await toChatApiError(error, call.operationId, options.signal);
    }
  }
}
