// Opening the panel rendered ahead (src/components/chat/prerender.ts) only shows it: the frame after the click has
// the panel under way, and the requests opening makes (the poll for what came while closed, the read mark) go after
// that frame. Not timed: `npm run bench` and bench/trace-open.js time it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { inject, newUser, startVendor } from '../helpers/emulator.js';

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/** A closed widget on a vendor conversation, with its thread's rows rendered ahead. */
async function renderedAhead() {
  const token = newUser();
  const { session } = await startVendor(token, 'Do the boots come in 42?');
  await inject(session.id, { sender_kind: 'vendor', content: 'Yes, in brown and black.' });
  const el = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session.id}></kesk-chat>`);
  const thread = () => el.shadowRoot!.querySelector('kesk-thread');
  await waitUntil(() => thread()?.shadowRoot?.textContent?.includes('Yes, in brown and black.'), 'the rows render ahead', { timeout: 10_000 });
  // Whatever the mount asked for has come back, and its frames are drawn.
  await new Promise((r) => setTimeout(r, 300));
  await nextFrame();
  const panel = el.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
  return { el, session, panel, thread: thread()!, composer: el.shadowRoot!.querySelector('kesk-composer')! };
}

describe('<kesk-chat> opening the panel rendered ahead', () => {
  afterEach(() => document.querySelector('kesk-chat')?.remove());

  it('starts the open transition at once: the next frame shows the panel under way, not transparent', async () => {
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const { el, panel } = await renderedAhead();
    el.open();
    await el.updateComplete;
    const transitions = panel.getAnimations();
    expect(transitions.length, 'the panel fades and rises in').to.be.greaterThan(0);
    for (const t of transitions) {
      expect(t.pending, 'started, not waiting for the frame that draws it').to.equal(false);
      // (Within a rounding: engines keep times as doubles of whole microseconds.)
      expect(t.startTime, 'started at the current frame').to.be.a('number').and.at.most((document.timeline.currentTime as number) + 0.01);
    }
    await nextFrame();
    const opacity = Number(getComputedStyle(panel).opacity);
    expect(opacity, 'the first frame after the open shows the panel fading in').to.be.greaterThan(0);
    expect(opacity, 'still fading in (the animation is kept)').to.be.lessThan(1);
    await waitUntil(() => getComputedStyle(panel).opacity === '1', 'the fade ends', { timeout: 2000 });
  });

  it('polls and marks read after the first frame the open shows, not before it', async () => {
    const { el, session, thread } = await renderedAhead();
    // A spy that passes every call on (the requests still go to the emulator): which requests start before the frame.
    const original = globalThis.fetch;
    const calls: { path: string; framed: boolean }[] = [];
    let framed = false;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      const path = url.pathname.split(`/sessions/${session.id}/`)[1];
      if (path) calls.push({ path, framed });
      return original(input, init);
    };
    // The thread asks the store to mark read (the request itself may start a task later): when it asks.
    const store = el.context!.conversation;
    const markRead = store.markRead.bind(store);
    store.markRead = () => {
      calls.push({ path: 'markRead()', framed });
      return markRead();
    };
    try {
      el.open();
      await el.updateComplete;
      await thread.updateComplete;
      // Every frame callback the open queued (the read marks' check among them) was queued before this one.
      await new Promise((r) => requestAnimationFrame(() => r((framed = true))));
      await waitUntil(() => ['markRead()', 'read', 'messages'].every((p) => calls.some((c) => c.path === p)), 'the poll and the read mark go', { timeout: 5000 });
    } finally {
      globalThis.fetch = original;
    }
    for (const c of calls) expect(c.framed, `${c.path}: asked after the open's first frame`).to.equal(true);
  });

  it('tells its conversation of an open or a close once, not on every render', async () => {
    const { el } = await renderedAhead();
    const store = el.context!.conversation;
    const told: boolean[] = [];
    const setOpen = store.setOpen.bind(store);
    store.setOpen = (open: boolean) => {
      told.push(open);
      setOpen(open);
    };
    el.open();
    await el.updateComplete;
    // Renders while open (each message renders the element so): none of them tells it again.
    for (const heading of ['One', 'Two', 'Three']) {
      el.heading = heading;
      await el.updateComplete;
      await nextFrame();
    }
    await nextFrame();
    expect(told).to.deep.equal([true]);
    el.close();
    await el.updateComplete;
    el.heading = 'Four';
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(told).to.deep.equal([true, false]);
  });
});
