/**
 * Calls `fn` on the page's next idle moment, or after `timeout` ms if none comes first. Safari has no
 * requestIdleCallback: there it is `later` ms on (the next task by default). (The pre-render, the views fetched ahead
 * and the date formats warmed for the first render share it.)
 */
export function whenIdle(fn: () => void, timeout = 3000, later?: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, later);
}
