// The one idle helper (src/page/when-idle.ts): the pre-render, the views fetched ahead and the warmed formats wait
// for an idle moment; where there is no requestIdleCallback (Safari), for the delay each asks for.
import { expect, waitUntil } from '@open-wc/testing';
import { whenIdle } from '../../src/page/when-idle.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` as in a browser without requestIdleCallback. */
async function withoutIdleCallback(fn: () => Promise<void>) {
  const own = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
  if (own) delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
  expect('requestIdleCallback' in window, 'no requestIdleCallback now').to.equal(false);
  try {
    await fn();
  } finally {
    if (own) Object.defineProperty(window, 'requestIdleCallback', own);
  }
}

describe('whenIdle', () => {
  it('calls back once the page is idle, within its timeout', async () => {
    const calls: number[] = [];
    whenIdle(() => calls.push(1), 1000);
    await waitUntil(() => calls.length === 1, 'called', { timeout: 2000 });
    await sleep(50);
    expect(calls).to.deep.equal([1]);
  });

  it('without requestIdleCallback (Safari): the delay asked for, else the next task', () =>
    withoutIdleCallback(async () => {
      const t0 = performance.now();
      let later = -1;
      let next = -1;
      whenIdle(() => (later = performance.now() - t0), 3000, 300);
      whenIdle(() => (next = performance.now() - t0));
      await sleep(150);
      expect(next, 'the next task').to.be.at.least(0);
      expect(later, 'not yet: the views wait half a second in Safari, not the frames of the open').to.equal(-1);
      await waitUntil(() => later >= 0, 'called', { timeout: 2000 });
      expect(later).to.be.at.least(295);
    }));
});
