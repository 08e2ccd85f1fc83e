// The CDN widget starts the conversation's first request as its code runs, before the loader has mounted <kesk-chat>:
// src/loader/cdn-first-request.ts, which the CDN build puts in place of this file (scripts/cdn-bundle.js). An app's
// own build mounts its elements itself: its client asks when its store does.

/** Starts the first request (the CDN build's does). */
export function startFirstRequest(): void {}

/** The client's fetch while the first request may be on its way: the global one here. */
export function firstRequestFetch(): typeof fetch | undefined {
  return undefined;
}
