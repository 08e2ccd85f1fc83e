import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { png } from '../api/media-bytes.js';
import { chatTemplate } from '../helpers/chat-harness.js';
import { focusIndicatorContrast } from '../helpers/contrast.js';
import { chord, emulateMedia } from '../helpers/engine.js';
import { deep, deepAll } from '../helpers/deep-query.js';
import { config, history, inject, newUser, startVendor } from '../helpers/emulator.js';

// The whole widget by keyboard alone, with real key presses: open, read, send, react, edit, attach, close — and at
// every stop a visible focus indicator of at least 3:1, in light and in dark.

/** The focused element, through every shadow root. */
function active(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

/** What a screen reader would call the focused element, shortly. */
function nameOf(el: HTMLElement | null): string {
  if (!el) return 'nothing';
  const part = el.getAttribute('part');
  return el.getAttribute('aria-label') ?? (part ? `[${part}]` : el.localName);
}

/** Presses a key, or a chord such as `Shift+Tab`. */
async function press(keys: string) {
  await chord(...keys.split('+'));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** The focused element shows that it has focus, with enough contrast. */
function expectVisibleFocus(where: string) {
  const el = active()!;
  expect(el, `${where}: something has focus`).to.exist;
  expect(el.matches(':focus-visible') || el.localName === 'textarea', `${where}: ${nameOf(el)} matches :focus-visible`).to.equal(true);
  expect(focusIndicatorContrast(el), `${where}: the focus indicator of ${nameOf(el)} contrasts 3:1`).to.be.at.least(3);
}

for (const theme of ['light', 'dark']) {
  describe(`the keyboard path (${theme})`, () => {
    before(() => Promise.all([emulateMedia({ reducedMotion: 'reduce' }), config({ reply_delay_ms: 200 })]));
    after(() => Promise.all([emulateMedia({ reducedMotion: 'no-preference' }), config({ reply_delay_ms: 1200 })]));
    beforeEach(() => localStorage.clear());

    it('opens, reads, sends, reacts, edits, attaches and closes with Escape', async () => {
      const token = newUser();
      const { session } = await startVendor(token, 'Hi, do you have the trail boots in size 42?');
      await inject(session.id, { sender_kind: 'vendor', content: 'We do! Anything else?' });
      const page = await fixture<HTMLElement>(html`<div>
        <button id="before">A button of the host page</button>
        ${chatTemplate({ token, mode: 'vendor', session: session.id, theme })}
      </div>`);
      const el = page.querySelector<KeskChat>('kesk-chat')!;
      await el.updateComplete;

      // Open: Tab reaches the launcher, Enter opens the panel and puts the cursor in the composer.
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab');
      expect(active()?.getAttribute('part')).to.equal('launcher');
      expectVisibleFocus('launcher');
      await press('Enter');
      await waitUntil(() => active()?.localName === 'textarea', 'the composer has focus after opening');
      expect(el.isOpen).to.equal(true);
      expectVisibleFocus('composer');

      // Send: Enter sends, the text is on the server, and the cursor stays in the emptied composer.
      await sendKeys({ type: 'Do you have them in blue?' });
      await press('Enter');
      await waitUntil(async () => (await history(token, session.id)).some((m: { content: string }) => m.content === 'Do you have them in blue?'), 'the message reaches the server');
      expect(active()?.localName).to.equal('textarea');
      expect((active() as HTMLTextAreaElement).value).to.equal('');

      // The vendor's reply is announced by the live region (the log itself stays quiet while its window moves).
      const log = deep(el, '[role="log"]')!;
      expect(log.getAttribute('aria-live')).to.equal('off');
      const articles = () => deepAll(el, 'article');
      await waitUntil(() => !nameOf(articles().at(-1)!).startsWith('You'), 'the vendor replies', { timeout: 10000 });
      const announcer = deep(el, '.announcer')!;
      expect(announcer.getAttribute('aria-live')).to.equal('polite');
      await waitUntil(() => announcer.lastElementChild?.textContent?.startsWith('Northwind Outfitters'), 'the reply is announced');

      // Read: Shift+Tab goes back through the attach button and the newest message's one control to the log;
      // the arrow keys then walk the messages.
      const stops: string[] = [];
      for (let i = 0; i < 6 && active() !== log; i++) {
        await press('Shift+Tab');
        expectVisibleFocus(`Shift+Tab ${i + 1}`);
        stops.push(nameOf(active()));
      }
      expect(stops).to.deep.equal(['Attach files', 'React', 'Conversation']);
      await press('ArrowUp');
      expect(active()?.localName, 'ArrowUp from the log goes to the newest message').to.equal('article');
      expectVisibleFocus('the newest message');
      const newest = nameOf(active());
      await press('ArrowUp');
      expect(nameOf(active())).to.match(/^You, /);
      expect(nameOf(active())).not.to.equal(newest);
      await press('ArrowDown');
      expect(nameOf(active())).to.equal(newest);
      await press('ArrowUp');

      // React: Tab into your message, React opens the picker on its first emoji, Enter reacts.
      await press('Tab');
      expect(nameOf(active())).to.equal('React');
      await press('Enter');
      await waitUntil(() => nameOf(active()).startsWith('React with'), 'the picker takes focus');
      expectVisibleFocus('the picker');
      await press('Enter');
      await waitUntil(async () => (await history(token, session.id)).some((m: { reactions: unknown[] }) => m.reactions.length > 0), 'the reaction reaches the server');
      await waitUntil(() => nameOf(active()) === 'React', 'focus returns to React');

      // Edit: the next Tab is Edit; Enter puts the message in the composer; Enter saves it.
      await press('Tab');
      expect(nameOf(active())).to.equal('Edit');
      await press('Enter');
      await waitUntil(() => active()?.localName === 'textarea' && (active() as HTMLTextAreaElement).value === 'Do you have them in blue?', 'the composer edits the message');
      await press('Control+A');
      await sendKeys({ type: 'Do you have them in navy?' });
      await press('Enter');
      await waitUntil(async () => (await history(token, session.id)).some((m: { content: string; edited_at: string | null }) => m.content === 'Do you have them in navy?' && m.edited_at), 'the edit reaches the server');
      expect(active()?.localName).to.equal('textarea');

      // Attach: Shift+Tab to the attach button, Enter opens the file picker (answered here as a person would);
      // the cursor comes back to the composer with the file chosen, and Enter sends it.
      const picker = deep(el, 'input[type="file"]') as HTMLInputElement;
      picker.addEventListener('click', (e) => {
        e.preventDefault();
        const files = new DataTransfer();
        files.items.add(png('receipt.png'));
        picker.files = files.files;
        picker.dispatchEvent(new Event('change', { bubbles: true }));
      }, { once: true });
      await press('Shift+Tab');
      expect(nameOf(active())).to.equal('Attach files');
      await press('Enter');
      await waitUntil(() => deep(el, '[part~="attachment"]'), 'the file is chosen');
      expect(active()?.localName).to.equal('textarea');
      await press('Enter');
      await waitUntil(async () => (await history(token, session.id)).some((m: { media: unknown[] }) => m.media.length > 0), 'the file reaches the server');

      // Close: Escape closes the panel and gives focus back to the launcher.
      await press('Escape');
      await waitUntil(() => !el.isOpen, 'Escape closes the panel');
      expect(active()?.getAttribute('part')).to.equal('launcher');
    });
  });
}
