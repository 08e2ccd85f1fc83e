// The CDN build's src/page/first-request.ts (scripts/cdn-bundle.js puts it in its place): the conversation's first
// request, started as the CDN widget's code runs (src/define.ts imports it first). It is the newest page of the
// session the widget will resume, which `<kesk-chat>` would otherwise ask for only once the loader has mounted it and
// its store has restored the outbox from IndexedDB (src/state/shown-session.ts): the session the loader's tag names
// (`data-session-id`), else the one remembered for this mode and target under this token, read as the store reads
// it. The client's fetch (src/page/create-chat-context.ts) hands the answer to the same request (address and token),
// once: the widget asks for nothing it would not have asked for, and nothing twice. (Each byte here is in the first
// open's budget: no `Accept` header, which the API does without.)
import { DEFAULT_BASE_URL } from '../api/client.js';
import { tokenFingerprint } from '../api/token.js';
import { scopeOf, type ConversationTarget } from '../state/conversation-config.js';
import { Remembered } from '../state/remembered.js';
import { pageStorage } from '../page/page-adapters.js';

/**
 * The request started ahead: its address and its answer, as soon as the address is known (undefined when there is
 * none to start), until a client takes the answer. Only that request waits on the answer: a stalled one is given up
 * by the client's timeout, whose next try goes to the network; other requests wait for the address alone.
 */
let early: Promise<[url: string, answer: Promise<Response>] | undefined> | undefined;
/** Its `Authorization` header. */
let auth: string;

/** Starts the first request for the loader's tag (the page's first `<script data-token>`), if the page has one. */
export function startFirstRequest(): void {
  const tag = document.querySelector('script[data-token]');
  if (!tag) return;
  // The tag's data-* attributes, as the loader gives them to <kesk-chat> (`data-vendor-location-id` → vendorLocationId).
  const data = (tag as HTMLElement).dataset;
  auth = `Bearer ${data.token}`;
  early = (async (): Promise<[string, Promise<Response>] | undefined> => {
    // The store's remembered session (src/state/shown-session.ts): under the key of this mode and target, for this token.
    const id = Number(data.sessionId || (await new Remembered(pageStorage(), () => tokenFingerprint(data.token!)).get(`kesk-chat:session:${scopeOf({ mode: 'assistant', ...data } as ConversationTarget)}`)));
    const url = new URL(`${data.apiBase || DEFAULT_BASE_URL}/chat/sessions/${id}/messages?limit=50`, document.baseURI).href;
    if (id > 0) return [url, fetch(url, { headers: { Authorization: auth } })];
  })().catch(() => undefined);
}

/** The client's fetch while the first request may be on its way (undefined otherwise: the global one). */
export function firstRequestFetch(): typeof fetch | undefined {
  return (
    early &&
    (async (input, init) => {
      const got = await early;
      // The same request (only the history's GET has that address; the client asks with a Request, a string has no
      // `url`), not yet taken. Its answer failed (offline): the client repeats it as it repeats any, then from the network.
      if (got && early && (input as Request).url == got[0] && (input as Request).headers.get('authorization') == auth) {
        early = undefined;
        return got[1];
      }
      return fetch(input, init);
    })
  );
}
