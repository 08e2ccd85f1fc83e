// A buggy or hostile backend, for the tests of malformed data: the real emulator answers over real HTTP, and a
// man in the middle (the `fetch` the client is given) rewrites the JSON of its answers before the client reads them,
// as a proxy between the widget and the API could. The emulator itself refuses to store such values.
import { createChatClient } from '../../src/api/index.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import { ConversationStore, MediaStore, SessionListStore, UiStore, type ConversationConfig } from '../../src/state/index.js';
import { API_BASE, FAST_CADENCE, memoryStorage } from '../helpers/chat-harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A fetch that passes every request to the network and lets `rewrite` change each JSON answer (in place). */
export function tamperingFetch(rewrite: (body: Json, url: string) => Json | void): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return response;
    const body = await response.json();
    const changed = rewrite(body, url) ?? body;
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(changed), { status: response.status, statusText: response.statusText, headers });
  };
}

/** Every object in `body` (depth first) for which `match` holds. */
export function objectsIn(body: Json, match: (o: Json) => boolean, found: Json[] = []): Json[] {
  if (body && typeof body === 'object') {
    if (!Array.isArray(body) && match(body)) found.push(body);
    for (const value of Object.values(body)) objectsIn(value, match, found);
  }
  return found;
}

/** Sets `path` (`sender.name`, `media`) of `o` to `value`; the empty path replaces nothing (use `replace`). */
export function setPath(o: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let at = o;
  for (const k of keys) at = at[k];
  at[last] = value;
}

/** The context `<kesk-chat>` provides, with a client whose answers `rewrite` changes, and fast polling. */
export function hostileContext(token: string, config: Partial<ConversationConfig>, rewrite: (body: Json, url: string) => Json | void): ChatContextValue {
  const api = createChatClient({ baseUrl: API_BASE, token, fetch: tamperingFetch(rewrite) });
  const conversation = new ConversationStore(api, {
    mode: 'assistant',
    storage: memoryStorage(),
    cadence: FAST_CADENCE,
    ...config,
  });
  return { api, conversation, sessions: new SessionListStore(api, 20, (s) => conversation.canContinue(s)), media: new MediaStore(api), ui: new UiStore() };
}
