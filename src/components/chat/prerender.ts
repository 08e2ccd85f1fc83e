// The closed panel's content (header, thread, composer) is rendered ahead, on idle time once the launcher shows, so
// that the click that opens the panel only has to show it: the conversation the store loaded at mount is already
// laid out in rows. Hidden (`visibility: hidden`), it is out of the accessibility tree and the tab order; it asks the
// API for nothing more (the store loads the conversation at mount either way; the thread marks read and polls the
// thread only once the panel is open).

import { whenIdle } from '../../page/when-idle.js';

/** How long the pre-render waits at most for an idle moment: a page that is never idle still gets it. */
export const PRERENDER_TIMEOUT_MS = 2000;

/** Calls `render` on the first idle moment after `host`'s first frame (not while the page is still busy starting). */
export function prerenderWhenIdle(host: { isConnected: boolean }, render: () => void): void {
  // After the frame that shows the launcher: the pre-render must not hold up the first paint of the widget.
  afterNextFrame(() => host.isConnected && whenIdle(render, PRERENDER_TIMEOUT_MS));
}

/** Calls `fn` once the next frame has been drawn (a task after it): work the frame does not need waits for it. */
export function afterNextFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
