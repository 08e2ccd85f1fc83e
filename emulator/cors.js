// CORS for the standalone server, so a page on another local origin can call the emulator. Any origin is echoed
// back; no credentials are involved (the bearer token is an ordinary header).

const ALLOW_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, If-None-Match, Idempotency-Key';
const EXPOSE_HEADERS = 'ETag, Retry-After, Idempotent-Replayed';

/** Adds the CORS headers to a response; they survive a later `writeHead`. */
export function applyCors(req, res) {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (!origin) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
}

/** Whether the request is a preflight (answered by `answerPreflight`, never by an operation). */
export function isPreflight(req) {
  return req.method === 'OPTIONS' && Boolean(req.headers['access-control-request-method']);
}

export function answerPreflight(req, res) {
  res.writeHead(204, {
    'Access-Control-Allow-Methods': ALLOW_METHODS,
    'Access-Control-Allow-Headers': ALLOW_HEADERS,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
}
