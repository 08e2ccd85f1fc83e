// Every failure the emulator reports, in the contract's one error shape. Handlers throw these; the dispatcher
// turns them into responses, so a handler never writes to the socket itself.

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code one of the contract's error codes
   * @param {string} message
   * @param {{ details?: {field: string, message: string}[], headers?: Record<string, string> }} [extra]
   */
  constructor(status, code, message, { details, headers } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers ?? {};
  }

  /** The response body: `{"error": {code, message, details?}}`. */
  toBody() {
    const error = { code: this.code, message: this.message };
    if (this.details?.length) error.details = this.details;
    return { error };
  }
}

export const badRequest = (message) => new ApiError(400, 'bad_request', message);
export const unauthorized = (message = 'Missing or malformed bearer token') =>
  new ApiError(401, 'unauthorized', message);
export const tokenExpired = () => new ApiError(401, 'token_expired', 'This token has been revoked');
export const forbidden = (message) => new ApiError(403, 'forbidden', message);
export const notFound = (message) => new ApiError(404, 'not_found', message);
export const conflict = (message) => new ApiError(409, 'conflict', message);
export const fileTooLarge = (message) => new ApiError(413, 'file_too_large', message);
export const unsupportedMediaType = (message) => new ApiError(415, 'unsupported_media_type', message);
export const rateLimited = (retryAfter) =>
  new ApiError(429, 'rate_limited', 'Too many requests', { headers: { 'Retry-After': String(retryAfter) } });
export const internalError = (message = 'Internal server error') => new ApiError(500, 'internal_error', message);

/** The contract's error of each status a fault rule may answer with (`error_status`). */
export const FAULT_ERRORS = {
  400: () => badRequest('Injected fault: bad request'),
  403: () => forbidden('Injected fault: forbidden'),
  404: () => notFound('Injected fault: not found'),
  409: () => conflict('Injected fault: conflict'),
  413: () => fileTooLarge('Injected fault: file too large'),
  415: () => unsupportedMediaType('Injected fault: unsupported media type'),
  422: () => validationFailed([{ field: 'content', message: 'Injected fault: refused' }]),
  500: () => internalError(),
};

/** 422 naming each offending field. */
export function validationFailed(details, message = 'Request validation failed') {
  return new ApiError(422, 'validation_failed', message, { details });
}

/** 422 for a single field, the common case in handlers. */
export function invalidField(field, message) {
  return validationFailed([{ field, message }]);
}
