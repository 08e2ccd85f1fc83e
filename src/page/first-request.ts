// The conversation's first request, started as the CDN widget's code runs: the newest page of the session it will
// resume, which `<kesk-chat>` would otherwise ask for only once the loader has mounted it and its store has restored
// the outbox (src/state/shown-session.ts). The session is the one the loader's tag names (`data-session-id`), else the
// one remembered for this mode and target under this token, read as the store reads it. The client's fetch
// (src/page/create-chat-context.ts) hands the answer to the same request (address and token), once: the widget asks
// for nothing it would not have asked for, and nothing twice.
import { DEFAULT_BASE_URL } from '../api/client.js';
import { tokenFingerprint } from '../api/token.js';
import { scopeOf, type ConversationTarget } from '../state/conversation-config.js';
import { Remembered } from '../state/remembered.js';
import { pageStorage } from './page-adapters.js';

type Early = [url: string, auth: string, answer: Promise<Response>];
let early: Promise<Early | undefined> | undefined;

/**
 * Starts the first request for the loader's tag (the page's first `<script data-token>`). Only where the CDN boot ran
 * (src/loader/boot.ts): a page that mounts `<kesk-chat>` itself has its element ask.
 */
export function startFirstRequest(): void {
  const tag = window.__keskChatFiles && document.querySelector('script[data-token]');
  if (!tag || customElements.get('kesk-chat')) return;
  const data = (name: string) => tag.getAttribute(`data-${name}`) ?? undefined;
  const number = (name: string) => (data(name) ? Number(data(name)) : undefined);
  const token = data('token')!;
  // As <kesk-chat> reads its attributes (src/components/chat/chat-config.ts).
  const target = { mode: data('mode') || 'assistant', userType: data('user-type'), vendorLocationId: number('vendor-location-id'), botUsername: data('bot-username'), recipientId: number('recipient-id') } as ConversationTarget;
  early = (async (): Promise<Early | undefined> => {
    const id = number('session-id') || Number(await new Remembered(pageStorage(), () => tokenFingerprint(token)).get(`kesk-chat:session:${scopeOf(target)}`));
    if (!(id > 0)) return;
    const url = new URL(`${(data('api-base') || DEFAULT_BASE_URL).replace(/\/+$/, '')}/chat/sessions/${id}/messages?limit=50`, document.baseURI).href;
    const auth = `Bearer ${token}`;
    return [url, auth, fetch(url, { headers: { Accept: 'application/json', Authorization: auth } })];
  })().catch(() => undefined);
}

/** The client's fetch while the first request may be on its way (undefined otherwise: the global one). */
export function firstRequestFetch(): typeof fetch | undefined {
  return (
    early &&
    (async (input, init) => {
      const got = await early;
      // (Only the history's GET has that address; the client asks with a Request.)
      if (got && early && input instanceof Request && input.url == got[0] && input.headers.get('authorization') == got[1]) {
        early = undefined;
        // Failed (offline): the client's own request, which it repeats as it repeats any.
        return got[2].catch(() => fetch(input, init));
      }
      return fetch(input, init);
    })
  );
}
