/** One field's problem, as the API reports it in `error.details`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Where an error came from: the server answered with an error status (`http`), the request never got an answer
 * (`network`, `timeout`), the caller cancelled it (`aborted`), or the client refused it before sending (`client`).
 */
export type ErrorSource = 'http' | 'network' | 'timeout' | 'aborted' | 'client';

export interface ChatApiErrorInit {
  source: ErrorSource;
  status?: number;
  code: string;
  message: string;
  details?: FieldError[];
  retryAfter?: number;
  operationId?: string;
  cause?: unknown;
}

/** Statuses that may succeed if the same request is sent again later. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The one error every client method throws. */
export class ChatApiError extends Error {
  override readonly name = 'ChatApiError';
  readonly source: ErrorSource;
  /** HTTP status; 0 when no response arrived (with `incomplete_response`: the status that arrived before the body broke). */
  readonly status: number;
  /** Machine-readable code: the server's (`validation_failed`, `rate_limited`, …) or `network_error`, `timeout`, `aborted`. */
  readonly code: string;
  readonly details: FieldError[];
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfter?: number;
  readonly operationId?: string;

  constructor(init: ChatApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.source = init.source;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfter = init.retryAfter;
    this.operationId = init.operationId;
  }

  /** Whether sending the same request again may succeed: lost connections, timeouts, 408, 429 and 5xx. */
  get transient(): boolean {
    if (this.source === 'network' || this.source === 'timeout') return true;
    return this.source === 'http' && TRANSIENT_STATUSES.has(this.status);
  }

  /** The message for one field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

/** The code of an answer that arrived but could not be read: its body was cut short, or is not JSON. */
export const INCOMPLETE_RESPONSE = 'incomplete_response';

/**
 * The JSON of a successful answer. One whose body could not be read or parsed (the connection closed mid-body, a
 * proxy's page instead of JSON) is `incomplete_response`: what the server did is unknown, as when no answer came at
 * all, so it is a network error, safe to repeat with the same `client_message_id`. Never the parser's own words:
 * they are not for a shopper.
 */
export function parseAnswer(text: string, status: number, operationId?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ChatApiError({
      source: 'network',
      status,
      code: INCOMPLETE_RESPONSE,
      message: 'The answer from the chat service was cut off.',
      operationId,
      cause,
    });
  }
}

/** The error for input the client refuses before sending (422 `validation_failed` unless told), with the reason to show. */
export function invalidInput(message: string, details?: FieldError[], status = 422, code = 'validation_failed'): ChatApiError {
  return new ChatApiError({ source: 'client', status, code, message, details });
}

/** Parses a `Retry-After` header (seconds or an HTTP date) into seconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds the typed error from an error response (status, headers and the body's `{error: {...}}`). */
export function errorFromResponse(
  status: number,
  headers: { get(name: string): string | null },
  bodyText: string,
  operationId?: string,
): ChatApiError {
  let code = `http_${status}`;
  let message = `The server answered ${status}.`;
  let details: FieldError[] | undefined;
  try {
    const body = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    if (body?.error) {
      if (typeof body.error.code === 'string') code = body.error.code;
      if (typeof body.error.message === 'string') message = body.error.message;
      if (Array.isArray(body.error.details)) details = body.error.details as FieldError[];
    }
  } catch {
    // A proxy's HTML error page: keep the generic message.
  }
  return new ChatApiError({
    source: 'http',
    status,
    code,
    message,
    details,
    retryAfter: parseRetryAfter(headers.get('retry-after')),
    operationId,
  });
}
