// The `/v1` pipeline: route by the contract, log, roll the fault dice, authenticate, check the input, run the
// operation, then answer (with an ETag where the contract gives one), or after committing drop the connection or
// cut the answer short.
import { matchRoute } from './contract.js';
import { ApiError, FAULT_ERRORS, internalError, notFound, rateLimited } from './errors.js';
import { ClientGone } from './body-reader.js';
import { bearerToken, pathParams, queryParams, requestBody, requireToken } from './request-input.js';
import { etagMatches, sendJson, sendNotModified, weakEtag } from './respond.js';
import { sendCut } from './cut-answer.js';

const API_HEADERS = { 'Cache-Control': 'private, no-cache' };

/**
 * @param {object} env the emulator's shared parts (see index.js)
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {string} path the path below the base path, e.g. `/chat/sessions`
 */
export async function handleApi(env, req, res, url, path) {
  const token = bearerToken(req);
  const match = matchRoute(env.routes, req.method === 'HEAD' ? 'GET' : req.method, path);
  const entry = env.log.start({ method: req.method, path: url.pathname, operationId: match?.route.operationId ?? null, token });
  let cut = null;
  const answer = (status, body, headers = {}) => {
    // A cut answer (a fault rule) when its body can be written; otherwise the whole answer, as sendJson writes it.
    if (cut && req.method !== 'HEAD' && sendCut(res, cut, status, body, { ...API_HEADERS, ...headers })) {
      entry.finish(status);
      // The rest of a stalled body never comes: held until the client gives up or the emulator lets go.
      if (cut === 'stall_body') void env.hang(res);
    } else entry.finish(sendJson(res, status, body, { ...API_HEADERS, ...headers }));
  };
  const fail = (error) => answer(error.status, error.toBody(), error.headers);

  if (!match) {
    fail(notFound(`No operation ${req.method} ${url.pathname}`));
    return;
  }
  const { route, params: rawParams } = match;
  const { operation, operationId } = route;

  const decision = env.live.faults.decide({ operationId, method: route.method, token });
  // Faulted requests are logged under their user too, when the token is already known.
  entry.set({ fault: decision.label, user_id: env.live.store.usersByToken.get(token)?.id ?? null });
  if (decision.latencyMs > 0) {
    const stillThere = await env.pause(res, decision.latencyMs);
    if (!stillThere) return entry.finish(0);
  }
  if (decision.outcome === 'hang') {
    await env.hang(res);
    return entry.finish(0);
  }
  if (decision.outcome === 'rate_limit') return fail(rateLimited(decision.retryAfter));
  if (decision.outcome === 'error') return fail(FAULT_ERRORS[decision.errorStatus]());

  let reply;
  let user = null;
  try {
    user = env.live.store.userForToken(requireToken(req));
    entry.set({ user_id: user.id });
    const params = pathParams(operation, rawParams, env.doc);
    const query = queryParams(operation, url.searchParams, env.doc);
    const input = await requestBody(req, operation, env.doc);
    const handler = env.operations[operationId];
    if (!handler) throw internalError(`Operation ${operationId} is not implemented`);
    reply = await handler({ ...env.context(req, user), params, query, body: input.body, parts: input.parts, headers: req.headers });
  } catch (err) {
    if (err instanceof ClientGone) return entry.finish(0);
    if (!(err instanceof ApiError)) {
      console.error(`[emulator] ${operationId} failed:`, err);
      err = internalError();
    }
    reply = { error: err };
  }

  if (decision.outcome === 'drop') {
    // The work is done and stored; only the answer is lost, as when a connection breaks at the worst moment.
    req.socket?.destroy();
    return entry.finish(0);
  }
  // The work is done and stored; the answer arrives cut short.
  if (decision.outcome === 'cut_length' || decision.outcome === 'cut_close' || decision.outcome === 'stall_body') cut = decision.outcome;
  if (reply.error) return fail(reply.error);

  const headers = { ...reply.headers };
  if (route.operation.responses?.['200']?.headers?.ETag) {
    // Keyed by user too: a tag another user got (say, for the same empty list) never validates my copy.
    // Null when the body cannot be serialised: then no tag, and answer() reports the 500.
    const etag = weakEtag([user.id, reply.body]);
    if (etag) headers.ETag = etag;
    if (etag && etagMatches(req.headers['if-none-match'], etag)) {
      sendNotModified(res, { ...API_HEADERS, ETag: etag });
      return entry.finish(304);
    }
  }
  answer(reply.status ?? 200, reply.body, headers);
}
