// The route table, built from contract/openapi.json so the emulator serves exactly the contract's paths and
// checks requests against the contract's own schemas.
import { readFileSync } from 'node:fs';

const CONTRACT_URL = new URL('../contract/openapi.json', import.meta.url);

/**
 * @typedef {object} Route
 * @property {string} method upper case
 * @property {string} template e.g. `/chat/sessions/{chat_session_id}/messages`
 * @property {string[]} segments the template split on '/'
 * @property {string} operationId
 * @property {object} operation the OpenAPI operation object
 */

/** Reads the contract from disk (once per emulator; a changed file is picked up on the next createEmulator). */
export function loadContract() {
  return JSON.parse(readFileSync(CONTRACT_URL, 'utf8'));
}

/** @returns {Route[]} literal segments first, so `/chat/sessions/start` wins over a `{param}` in its place. */
export function buildRoutes(doc) {
  const routes = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      routes.push({
        method: method.toUpperCase(),
        template,
        segments: template.split('/').filter(Boolean),
        operationId: operation.operationId,
        operation: { ...operation, parameters },
      });
    }
  }
  const literals = (route) => route.segments.filter((s) => !s.startsWith('{')).length;
  return routes.sort((a, b) => literals(b) - literals(a));
}

/**
 * Finds the route of a request path (relative to the base path).
 * @returns {{ route: Route, params: Record<string, string> } | null}
 */
export function matchRoute(routes, method, path) {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.method !== method || route.segments.length !== parts.length) continue;
    const params = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const segment = route.segments[i];
      if (segment.startsWith('{')) params[segment.slice(1, -1)] = safeDecode(parts[i]);
      else ok = segment === parts[i];
    }
    if (ok) return { route, params };
  }
  return null;
}

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
