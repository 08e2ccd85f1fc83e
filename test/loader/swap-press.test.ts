// A press that begins on the loader's stand-in launcher and ends after the widget has replaced it. Hover, focus
// and idle time start the load, so the swap can land inside a press (on touch the load starts at touch-down): the
// press then ends on another element than it began on, and the browser fires no click. The shopper pressed the
// launcher; the panel must open. Real input (a mouse through the test runner's sendMouse, keys through the engine-neutral keyDown/keyUp) in
// every engine, with the widget file held by the test server until the press has begun.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { keyDown, keyUp } from '../helpers/engine.js';
import { newUser } from '../helpers/emulator.js';
import { framePage, frames, heldFiles, standIn, type FramePage, type HeldFiles } from './frame-page.js';

interface Chat extends HTMLElement {
  isOpen: boolean;
}

/** A page running the loader (from sources), whose widget file is held until `release()`. */
async function heldLoader(): Promise<FramePage & { held: HeldFiles; release(): Promise<void>; chat(): Chat | null }> {
  const held = await heldFiles({ hold: ['src/define.ts'] });
  const data = { bundle: `${held.prefix}/src/define.ts`, 'api-base': '/v1', token: newUser() };
  const page = await framePage(
    'en',
    `<script type="module">
      import { start } from '/src/loader/loader.ts';
      const tag = document.createElement('script');
      for (const [name, value] of Object.entries(${JSON.stringify(data)})) tag.setAttribute('data-' + name, value);
      start(tag);
    </script>`,
  );
  return Object.assign(page, { held, release: () => held.set({}), chat: () => page.doc.querySelector<Chat>('kesk-chat') });
}

/** The widget's own launcher button, once the widget has replaced the stand-in. */
const realLauncher = (chat: Chat | null) => chat?.shadowRoot?.querySelector('kesk-launcher')?.shadowRoot?.querySelector('button') ?? null;

/** Whether the widget has replaced the stand-in (and drawn its own launcher). */
const swapped = (page: FramePage & { chat(): Chat | null }) => !standIn(page.doc) && !!realLauncher(page.chat());

describe('the loader: a press across the swap to the real widget', () => {
  let page: (FramePage & { release(): Promise<void> }) | undefined;
  afterEach(async () => {
    await resetMouse();
    await page?.release();
    page?.frame.remove();
    page = undefined;
  });

  it('a mouse press that starts on the stand-in and ends on the real launcher opens the panel', async () => {
    const p = (page = await heldLoader());
    await waitUntil(() => standIn(p.doc), 'the stand-in is drawn');
    const box = standIn(p.doc)!.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    await sendMouse({ type: 'move', position: at });
    await sendMouse({ type: 'down' });
    await p.release();
    await waitUntil(() => swapped(p), 'the widget replaces the stand-in under the pressed button', { timeout: 15000 });
    const chat = p.chat()!;
    expect(chat.isOpen, 'not open before the press ends').to.equal(false);
    await sendMouse({ type: 'up' });
    await waitUntil(() => chat.isOpen, 'the press opens the panel', { timeout: 5000 });
    await frames(p.win, 3);
    expect(chat.isOpen, 'opened once, not toggled shut by a click that followed').to.equal(true);
  });

  it('a press that leaves the launcher before it ends opens nothing, as a button does', async () => {
    const p = (page = await heldLoader());
    await waitUntil(() => standIn(p.doc), 'the stand-in is drawn');
    const box = standIn(p.doc)!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await sendMouse({ type: 'down' });
    await p.release();
    await waitUntil(() => swapped(p), 'the swap', { timeout: 15000 });
    await sendMouse({ type: 'move', position: [20, 20] });
    await sendMouse({ type: 'up' });
    await frames(p.win, 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(p.chat()!.isOpen).to.equal(false);
  });

  for (const key of [' ', 'Enter']) {
    it(`a key press (${key === ' ' ? 'Space' : key}) down on the stand-in and up on the real launcher opens the panel`, async () => {
      const p = (page = await heldLoader());
      await waitUntil(() => standIn(p.doc), 'the stand-in is drawn');
      standIn(p.doc)!.focus();
      await keyDown(key);
      await p.release();
      await waitUntil(() => swapped(p), 'the widget replaces the stand-in while the key is down', { timeout: 15000 });
      // The focus follows the swap: the key goes up on the real launcher (or in the panel Enter opened on keydown).
      await frames(p.win, 2);
      expect(p.doc.activeElement?.localName, 'the focus is in the widget').to.equal('kesk-chat');
      await keyUp(key);
      const chat = p.chat()!;
      await waitUntil(() => chat.isOpen, 'the key press opens the panel', { timeout: 5000 });
      await frames(p.win, 3);
      expect(chat.isOpen, 'opened once').to.equal(true);
    });
  }
});
