import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { MessageWindow, WINDOW_INITIAL } from '../../src/components/thread/message-window.js';
import { EDGE, REVEAL_OFFSET, ThreadScroll, type ScrollParts } from '../../src/components/thread/thread-scroll.js';

// The thread's scrolling on its own, without a thread: a plain scroller of fixed-height rows, a host that counts
// the renders asked for, and the controller between them. The rows are rendered by `render()` below as the
// thread renders them (one element per message, its message the last child).

const ROW = 50;
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

class FakeHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  isConnected = true;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

interface Rig {
  host: FakeHost;
  scroll: ThreadScroll;
  window: MessageWindow;
  parts: ScrollParts;
  items: { key: string; own: boolean; message: { id: number } }[];
  olderAsked: number;
  moved: number;
  /** What the thread does on a render: the window's rows into the content, then `rendered()`. */
  render(): void;
  row(key: string): HTMLElement | undefined;
  dispose(): void;
}

const item = (i: number, own = false) => ({ key: `m:${i}`, own, message: { id: i } });

function rig(count: number): Rig {
  const scroller = document.createElement('div');
  scroller.style.cssText = 'height: 300px; overflow-y: auto; overflow-anchor: none';
  const [above, content, below] = [0, 1, 2].map(() => scroller.appendChild(document.createElement('div')));
  document.body.append(scroller);
  const host = new FakeHost();
  const window = new MessageWindow();
  const r: Rig = {
    host,
    window,
    parts: { scroller, above: above!, content: content!, below: below! },
    items: Array.from({ length: count }, (_, i) => item(i + 1)),
    olderAsked: 0,
    moved: 0,
    scroll: undefined as unknown as ThreadScroll,
    render() {
      r.scroll.hostUpdate();
      content!.replaceChildren(
        ...r.items.slice(window.start, window.end).map((it) => {
          const el = document.createElement('div');
          el.dataset.key = it.key;
          const message = el.appendChild(document.createElement('article'));
          message.style.height = `${ROW}px`;
          message.textContent = it.key;
          return el;
        }),
      );
      r.scroll.rendered();
    },
    row: (key) => [...content!.children].find((e) => (e as HTMLElement).dataset.key === key) as HTMLElement | undefined,
    dispose() {
      r.scroll.hostDisconnected();
      scroller.remove();
    },
  };
  r.scroll = new ThreadScroll(host, {
    parts: () => r.parts,
    rows: () => [...content!.children] as HTMLElement[],
    items: () => r.items,
    window,
    loadOlder: () => r.olderAsked++,
    moved: () => r.moved++,
  });
  r.scroll.follow(r.items);
  return r;
}

const atBottom = (r: Rig) => {
  const s = r.parts.scroller;
  return s.scrollHeight - s.scrollTop - s.clientHeight < 1;
};

/** The reader scrolls; the host renders when the controller asked it to (as Lit would). */
const scrollTo = async (r: Rig, top: number) => {
  const updates = r.host.updates;
  r.parts.scroller.scrollTop = top;
  r.scroll.onScroll();
  if (r.host.updates > updates) r.render();
  await frame();
};

describe('ThreadScroll (the thread\'s scrolling, without a thread)', () => {
  let r: Rig;
  afterEach(() => r.dispose());

  it('attaches to its host and starts at the bottom, with the room of the messages outside the window kept', () => {
    r = rig(100);
    expect(r.host.controllers).to.include(r.scroll);
    r.render();
    expect(r.scroll.stuck).to.equal(true);
    expect(atBottom(r), 'at the bottom').to.equal(true);
    expect(r.window.start).to.equal(100 - WINDOW_INITIAL);
    expect(r.scroll.rowHeight).to.equal(ROW);
    expect(r.parts.above.offsetHeight).to.equal((100 - WINDOW_INITIAL) * ROW);
    expect(r.parts.below.offsetHeight).to.equal(0);
  });

  it('stops following when the reader scrolls up, and says when others\' messages arrive then', async () => {
    r = rig(100);
    r.render();
    await scrollTo(r, r.parts.scroller.scrollTop - 400);
    expect(r.scroll.stuck, 'the reader scrolled up').to.equal(false);
    const updates = r.host.updates;
    r.items = [...r.items, item(101)];
    r.scroll.arrived([item(101)]);
    expect(r.scroll.unseen, 'a new message while up in the history').to.equal(true);
    expect(r.host.updates, 'the host re-renders for the "New messages" button').to.be.greaterThan(updates);
    r.scroll.follow(r.items);
    r.render();
    expect(atBottom(r), 'the view stayed where the reader was').to.equal(false);
  });

  it('follows again, and drops "New messages", when the reader is back at the bottom', async () => {
    r = rig(WINDOW_INITIAL);
    r.render();
    await scrollTo(r, 0);
    r.scroll.arrived([item(61)]);
    expect(r.scroll.unseen).to.equal(true);
    const s = r.parts.scroller;
    await scrollTo(r, s.scrollHeight);
    expect(r.scroll.unseen).to.equal(false);
    expect(r.scroll.stuck).to.equal(true);
  });

  it('brings the view down when the reader sends a message, whatever they were reading', async () => {
    r = rig(60);
    r.render();
    await scrollTo(r, 100);
    expect(r.scroll.stuck).to.equal(false);
    const mine = { key: 'c:x', own: true, message: { id: 0 } };
    r.items = [...r.items, mine];
    r.scroll.arrived([mine]);
    expect(r.scroll.unseen, 'not a "New messages" for one\'s own').to.equal(false);
    r.scroll.follow(r.items);
    r.render();
    expect(atBottom(r)).to.equal(true);
  });

  it('keeps the first message on screen where it was when older ones are added above it', async () => {
    r = rig(30);
    r.render();
    await scrollTo(r, 7 * ROW + 20);
    const before = r.row('m:8')!.getBoundingClientRect().top;
    // An older page arrives: ten messages above everything.
    r.items = [...Array.from({ length: 10 }, (_, i) => item(-10 + i)), ...r.items];
    r.scroll.follow(r.items);
    r.render();
    expect(r.row('m:8'), 'the window kept its messages').to.exist;
    expect(r.parts.above.offsetHeight, 'room for the older page above').to.be.greaterThan(9 * ROW);
    expect(r.row('m:8')!.getBoundingClientRect().top).to.be.closeTo(before, 1);
  });

  it('grows the window when the reader nears its top, and asks for older history at the very top', async () => {
    r = rig(200);
    r.render();
    const start = r.window.start;
    const updates = r.host.updates;
    await scrollTo(r, r.parts.above.offsetHeight + EDGE / 4);
    expect(r.window.start, 'grown upwards').to.be.lessThan(start);
    expect(r.host.updates).to.be.greaterThan(updates);
    expect(r.olderAsked, 'not at the top yet').to.equal(0);
    r.window.reset(r.items);
    r.window.jump(0);
    r.render();
    await scrollTo(r, 0);
    expect(r.olderAsked, 'at the top of what is loaded').to.be.greaterThan(0);
    expect(r.moved, 'every scroll is reported').to.be.greaterThan(0);
  });

  it('moves the window to where the reader dragged the scroll bar, far from the rendered messages', async () => {
    r = rig(1000);
    r.render();
    await scrollTo(r, 300 * ROW);
    expect(r.window.start).to.be.lessThan(300);
    expect(r.window.end).to.be.greaterThan(300);
  });

  it('toNewest() goes back to the newest messages and follows them', async () => {
    r = rig(500);
    r.render();
    await scrollTo(r, 100 * ROW);
    r.render();
    expect(r.window.end).to.be.lessThan(500);
    r.scroll.toNewest();
    r.render();
    expect(r.window.end).to.equal(500);
    expect(r.scroll.stuck).to.equal(true);
    expect(atBottom(r)).to.equal(true);
  });

  it('reveal() shows a message far up near the top of the view, and stays there', async () => {
    r = rig(1000);
    r.render();
    r.scroll.reveal(100);
    expect(r.scroll.stuck).to.equal(false);
    r.render();
    const top = r.row('m:101')!.lastElementChild!.getBoundingClientRect().top - r.parts.scroller.getBoundingClientRect().top;
    expect(top).to.be.closeTo(REVEAL_OFFSET, 1);
    r.items = [...r.items, item(1001)];
    r.scroll.arrived([item(1001)]);
    r.scroll.follow(r.items);
    r.render();
    expect(r.row('m:101'), 'a new message does not move the view away').to.exist;
    expect(r.scroll.unseen).to.equal(true);
  });

  it('stays at the bottom while pinned when the messages change size without a render', async () => {
    r = rig(50);
    r.render();
    (r.parts.content.lastElementChild!.firstElementChild as HTMLElement).style.height = '400px';
    await frame();
    await frame();
    expect(atBottom(r)).to.equal(true);
  });
});
