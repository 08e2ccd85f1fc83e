// The DOM budget of a long thread (issue: "stay fast at any thread length"): a thread of 10,000 messages puts no
// more in the DOM than a thread of 100, at the bottom, in the middle or at the top, and never more than the
// message window's maximum. Counted as the browser holds it: elements, text and comments of the thread's shadow tree.
import { expect } from '@open-wc/testing';
import { WINDOW_INITIAL, WINDOW_MAX } from '../../src/components/thread/message-window.js';
import { disposeAll, mountFixedThread, onScreen, settle, until, type Mounted } from '../components/thread-harness.js';

/**
 * Nodes per rendered message, at most: its row, bubble, name, avatar, time, delivery and Lit's markers; React, Edit
 * and Delete only in the message the reader is on or points at. Today 9 to 12 for a message that is text alone and
 * about 25 for the one with its actions (30 and 41 before the actions came into being only when used, 80 before the
 * row templates lost their white space and most of their marker comments).
 */
const NODES_PER_MESSAGE = 30;

function nodesIn(root: Node): number {
  let n = 0;
  const walk = (r: Node) => {
    const it = document.createTreeWalker(r, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let node = it.nextNode(); node; node = it.nextNode()) {
      n++;
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(root);
  return n;
}

async function thread(count: number): Promise<Mounted> {
  const wraps = ', with a longer line of text that wraps onto a second line in the bubble';
  const m = await mountFixedThread(count, { own: (i) => (i - 1) % 3 === 0, height: 600, text: (i) => `Message ${i} end${(i - 1) % 5 === 0 ? wraps : ''}` });
  await until(() => onScreen(m, m.message(`Message ${count} end`)), 'the newest message is on screen');
  await settle(200);
  return m;
}

describe('budget: the DOM of a 10,000-message thread', () => {
  afterEach(() => disposeAll());

  it('is no larger than that of a 100-message thread, and within the window wherever the reader is', async () => {
    const short = await thread(100);
    const shortNodes = nodesIn(short.root);
    const shortArticles = short.articles().length;
    disposeAll();

    const m = await thread(10_000);
    const budget = () => {
      const articles = m.articles().length;
      const nodes = nodesIn(m.root);
      expect(articles, 'message elements').to.be.at.most(WINDOW_MAX);
      expect(nodes, `${nodes} nodes for ${articles} messages`).to.be.at.most(12 * Math.max(articles, 1) + 400);
      for (const row of m.root.querySelectorAll('.content > [data-key]')) {
        // The message's own nodes: a row that starts a day also holds the date line (which rows hold one depends on
        // the hour the test runs).
        const separator = row.querySelector('[part~="date-separator"]');
        const own = nodesIn(row) + 1 - (separator ? nodesIn(separator) + 1 : 0);
        expect(own, `${own} nodes in the row of "${row.querySelector('.text')?.textContent}"`).to.be.at.most(NODES_PER_MESSAGE);
      }
      return { articles, nodes };
    };

    const bottom = budget();
    expect(bottom.articles, 'at the bottom: the newest screens only').to.be.at.most(WINDOW_INITIAL);
    expect(bottom.articles).to.equal(shortArticles);
    expect(bottom.nodes, 'as small as the 100-message thread').to.be.at.most(Math.ceil(shortNodes * 1.05));

    m.scroller.scrollTop = m.scroller.scrollHeight / 2;
    await until(() => m.articles().some((a) => onScreen(m, a) && !/Message 9\d{3} end/.test(a.textContent!)), 'the middle renders');
    await settle(200);
    budget();

    // Reading upward from the middle, a screen at a time: the window slides, the DOM does not grow.
    for (let i = 0; i < 30; i++) {
      m.scroller.scrollTop -= 500;
      await settle(30);
      budget();
    }
  });
});
