// The loader loads the widget in idle time after the page's `load`. Safari (WebKit) has no requestIdleCallback: its
// fallback must load as soon as the page is idle too, not on a fixed timer (it was 2 s, so the widget came ~2 s late
// on every iPhone). Tested in every engine with requestIdleCallback taken away from the page.
import { expect, waitUntil } from '@open-wc/testing';
import { newUser } from '../helpers/emulator.js';
import { framePage, type FramePage } from './frame-page.js';

/** A page without requestIdleCallback, running the loader (from sources) with `data`; it records its `load` time. */
async function pageWithoutIdleCallback(data: Record<string, string>): Promise<FramePage> {
  return framePage(
    'en',
    `<script type="module">
      import { start } from '/src/loader/loader.ts';
      const tag = document.createElement('script');
      for (const [name, value] of Object.entries(${JSON.stringify(data)})) tag.setAttribute('data-' + name, value);
      start(tag);
    </script>`,
    `<script>
      delete window.requestIdleCallback;
      delete window.cancelIdleCallback;
      addEventListener('load', () => (window.__loadAt = performance.now()));
    </script>`,
  );
}

const BUNDLE = '/src/define.ts';

describe('the loader without requestIdleCallback (Safari)', () => {
  let page: FramePage | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('loads the widget as soon as the page is idle after its load, not on a timer', async () => {
    const p = (page = await pageWithoutIdleCallback({ bundle: BUNDLE, 'api-base': '/v1', token: newUser() }));
    expect('requestIdleCallback' in p.win, 'the page has no requestIdleCallback, as in Safari').to.equal(false);
    await waitUntil(() => p.doc.querySelector('kesk-chat') && !p.doc.querySelector('[data-kesk-chat-facade]'), 'the widget replaces the stand-in', { timeout: 10000 });
    const loadAt = (p.win as unknown as { __loadAt: number }).__loadAt;
    const request = p.win.performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === BUNDLE)!;
    expect(request, 'the widget file was requested').to.exist;
    expect(request.startTime, 'not before the page’s own load').to.be.at.least(loadAt);
    // Not a benchmark: a bound that tells "when the page is idle" (a frame and a task after `load`, tens of
    // milliseconds) from a fixed timer (the old fallback's 2000 ms), with room for a loaded machine.
    expect(request.startTime - loadAt, 'ms from the page’s load to the widget’s request').to.be.below(1000);
  });

  it('with Save-Data on, still waits for the shopper', async () => {
    const p = (page = await framePage(
      'en',
      `<script type="module">
        import { start } from '/src/loader/loader.ts';
        const tag = document.createElement('script');
        tag.setAttribute('data-bundle', '${BUNDLE}');
        start(tag);
      </script>`,
      `<script>
        delete window.requestIdleCallback;
        Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
      </script>`,
    ));
    await waitUntil(() => p.doc.querySelector('[data-kesk-chat-facade]'), 'the stand-in is drawn');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(p.win.performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === BUNDLE), 'no widget request').to.equal(false);
  });
});
