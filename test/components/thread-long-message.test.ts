// A megabyte of short lines (issue 12, §6): only a backend can send it, and however it is shaped, one step of the
// thread renders a bounded part of it (characters and lines, so nodes), "Show more" reveals the next part, and the
// whole text is always offered as a file. The time each step takes is measured by `npm run bench:markdown`.
import { expect, waitUntil } from '@open-wc/testing';
import { MESSAGE_CLIP, MESSAGE_CLIP_LINES, MESSAGE_STEPS } from '../../src/components/thread/message-view.js';
import { inject } from '../helpers/emulator.js';
import { disposeAll, mount, settle, vendorSession, type Mounted } from './thread-harness.js';

const MB = 1_048_576;
/** The most nodes one step may add: a text and a break (or a list item and its text) per line, and a few around. */
const STEP_NODES = 2 * MESSAGE_CLIP_LINES + 16;

const SHAPES = [
  { name: "'a\\n' × 500,000, as text", content: 'a\n'.repeat(MB / 2), format: 'text' },
  { name: "'a\\n' × 500,000, as markdown", content: 'a\n'.repeat(MB / 2), format: 'markdown' },
  { name: "'- a\\n' × 250,000, as markdown (a list)", content: '- a\n'.repeat(MB / 4), format: 'markdown' },
  { name: "'- a\\n' × 250,000, as text", content: '- a\n'.repeat(MB / 4), format: 'text' },
  { name: 'a 1 MB word', content: 'a'.repeat(MB), format: 'text' },
] as const;

/** Every node under `root`, itself left out. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Lines of text shown: line breaks, list items and paragraphs. */
const linesShown = (text: Element) => text.querySelectorAll('br, li, p').length;

async function longMessage(content: string, format: string): Promise<{ m: Mounted; id: number }> {
  const token = `t-${crypto.randomUUID()}`;
  const sessionId = await vendorSession(token);
  const { id } = await inject(sessionId, { sender_kind: 'agent', content, content_format: format });
  const m = await mount({ mode: 'vendor', sessionId }, { token });
  await waitUntil(() => m.root.querySelector(`.row[data-key="m:${id}"] [part~="show-all"]`), 'the long message is shown, clipped', { timeout: 15_000 });
  return { m, id };
}

describe('<kesk-thread> with a megabyte-long message', function () {
  this.timeout(120_000);
  afterEach(disposeAll);

  for (const shape of SHAPES) {
    describe(shape.name, () => {
      it('renders a bounded step at a time, and offers the whole text as a file', async () => {
        const { m, id } = await longMessage(shape.content, shape.format);
        const row = m.root.querySelector<HTMLElement>(`.row[data-key="m:${id}"]`)!;
        const text = () => row.querySelector<HTMLElement>('.text')!;
        const more = () => row.querySelector<HTMLButtonElement>('[part~="show-all"]');
        expect(more()!.textContent).to.equal('Show more');
        let nodes = nodeCount(text());
        let lines = linesShown(text());
        expect(nodes, 'nodes of the first step').to.be.at.most(STEP_NODES);
        expect(lines, 'lines of the first step').to.be.at.most(MESSAGE_CLIP_LINES);
        expect(text().textContent!.length, 'characters of the first step').to.be.at.most(MESSAGE_CLIP);

        // Where the keyboard is after each step but the last, collected and asserted after the loop.
        const focusOnMore: boolean[] = [];
        for (let step = 1; step < MESSAGE_STEPS; step++) {
          more()!.click();
          await waitUntil(() => nodeCount(text()) > nodes, `step ${step + 1} renders`);
          const added = nodeCount(text()) - nodes;
          expect(added, `nodes step ${step + 1} added`).to.be.at.most(STEP_NODES);
          expect(linesShown(text()) - lines, `lines step ${step + 1} added`).to.be.at.most(MESSAGE_CLIP_LINES);
          nodes += added;
          lines = linesShown(text());
          // The keyboard stays on "Show more", and the reader hears how far it got.
          focusOnMore.push(more() !== null && m.root.activeElement === more());
          await waitUntil(() => m.root.querySelector('.announcer')!.textContent!.includes('% of the message shown'), 'the step is announced');
        }
        expect(focusOnMore.slice(0, -1), 'focus stays on "Show more" after each step but the last').to.deep.equal(new Array(MESSAGE_STEPS - 2).fill(true));
        // As far as "Show more" goes: the rest is in the file, where the keyboard now is.
        await settle(0);
        expect(more(), 'no more steps').to.equal(null);
        const download = row.querySelector<HTMLButtonElement>('[part~="download-message"]')!;
        expect(m.root.activeElement).to.equal(download);
        expect(nodeCount(text()), 'nodes after every step').to.be.at.most(MESSAGE_STEPS * STEP_NODES);
        expect(await downloaded(download)).to.equal(shape.content);
      });
    });
  }

  it('shows the whole of a message that fits in a few steps, in order', async () => {
    const content = Array.from({ length: 1000 }, (_, i) => `line ${i + 1}`).join('\n');
    const { m, id } = await longMessage(content, 'text');
    const row = m.root.querySelector<HTMLElement>(`.row[data-key="m:${id}"]`)!;
    const text = row.querySelector<HTMLElement>('.text')!;
    expect(text.innerText.split('\n'), 'the first step: its lines').to.deep.equal(content.split('\n').slice(0, MESSAGE_CLIP_LINES));
    for (let clicks = 0; row.querySelector('[part~="show-all"]'); clicks++) {
      expect(clicks).to.be.below(MESSAGE_STEPS);
      row.querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
      await settle(0);
    }
    expect(text.textContent).to.equal(content.replace(/\n/g, ''));
    // WebKit's innerText ends the last line with a line break of its own; the lines shown are what counts.
    expect(text.innerText.replace(/\n+$/, '').split('\n')).to.deep.equal(content.split('\n'));
    expect(row.querySelector('[part~="download-message"]'), 'nothing left to download').to.equal(null);
    // The keyboard goes to the message once the button is gone.
    expect(m.root.activeElement).to.equal(row.querySelector('article'));
  });
});

/** What the download button saves: the file's text (the click that would save it is caught). */
async function downloaded(button: HTMLButtonElement): Promise<string> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let saved: HTMLAnchorElement | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return create.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved = this;
  };
  try {
    button.click();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(saved?.download).to.equal('message.txt');
  expect(saved?.href).to.match(/^blob:/);
  return blob!.text();
}
