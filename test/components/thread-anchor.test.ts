import { expect } from '@open-wc/testing';
import { disposeAll, mountFixedThread, offsetIn, onScreen, settle, until, type Mounted } from './thread-harness.js';

// The reader's place in the history, whatever changes above it. The browser's own scroll anchoring is off in the
// thread (Safari has none, so it would keep the place in Chromium and Firefox only): the thread keeps it itself,
// through its renders (history arriving above: thread.test.ts) and through layout changes no render makes.

const LONG = 'a sentence long enough to wrap over a few lines in a narrow panel, so that its height depends on the width';

/** The first message on screen, and where its top is in the view. */
function reading(m: Mounted): { label: string; offset: number } {
  const first = m.articles().find((a) => a.getBoundingClientRect().bottom > m.scroller.getBoundingClientRect().top + 1)!;
  return { label: first.querySelector('.text')!.textContent!.match(/Note \d+/)![0], offset: offsetIn(m, first) };
}

const byLabel = (m: Mounted, label: string) => m.articles().find((a) => a.querySelector('.text')?.textContent!.startsWith(`${label}:`));

describe('kesk-thread: the reader keeps their place', () => {
  afterEach(() => disposeAll());

  it('when the panel narrows and every message above re-wraps (a phone turned, a window resized)', async () => {
    const m = await mountFixedThread(120, { height: 400, text: (i) => `Note ${i}: ${LONG}` });
    await until(() => onScreen(m, byLabel(m, 'Note 120')), 'the newest message is on screen');
    // Up into the history, a few screens above the newest (on a busy machine the thread may still be settling at the
    // bottom when the first steps come: step until the reader is there, within bounds).
    const noteOnScreen = () => Number(reading(m).label.split(' ')[1]);
    for (let i = 0; i < 30 && !(noteOnScreen() < 105); i++) {
      m.scroller.scrollTop -= 500;
      await settle(40);
    }
    await settle();
    const before = reading(m);
    expect(Number(before.label.split(' ')[1]), 'the reader is up in the history').to.be.lessThan(110);

    m.el.parentElement!.style.inlineSize = '260px';
    await settle();
    const again = byLabel(m, before.label)!;
    expect(again, `${before.label} is still rendered`).to.exist;
    const after = offsetIn(m, again);
    expect(Math.abs(after - before.offset), `${before.label} stayed at ${before.offset}px (now ${after}px)`).to.be.lessThan(3);

    // And back: wider again, the same message stays where it is.
    const wide = reading(m);
    m.el.parentElement!.style.inlineSize = '380px';
    await settle();
    expect(Math.abs(offsetIn(m, byLabel(m, wide.label)!) - wide.offset)).to.be.lessThan(3);
  });

  it('when a message above grows without a render of the thread (its picture or player sized late)', async () => {
    const m = await mountFixedThread(80, { height: 400, text: (i) => `Note ${i}: short` });
    await until(() => onScreen(m, byLabel(m, 'Note 80')), 'the newest message is on screen');
    for (let i = 0; i < 3; i++) {
      m.scroller.scrollTop -= 400;
      await settle(40);
    }
    await settle();
    const before = reading(m);
    const index = Number(before.label.split(' ')[1]);
    const above = byLabel(m, `Note ${index - 2}`)!;
    expect(above, 'a message above the first on screen is rendered').to.exist;
    // What a late layout does (media whose size the page learns late, a font): the message grows by 120 px.
    above.querySelector<HTMLElement>('.text')!.style.paddingBlockEnd = '120px';
    await settle();
    const after = offsetIn(m, byLabel(m, before.label)!);
    expect(Math.abs(after - before.offset), `${before.label} stayed at ${before.offset}px (now ${after}px)`).to.be.lessThan(3);
  });
});
