import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import type { KeskLauncher } from '../../src/components/launcher/launcher.js';
import { createTestContext, mountChat, provide } from '../helpers/chat-harness.js';
import { inject, newUser, startRag } from '../helpers/emulator.js';

const launcherOf = (el: KeskChat) => el.shadowRoot!.querySelector('kesk-launcher')!;
const buttonOf = (el: KeskChat) => launcherOf(el).shadowRoot!.querySelector('button')!;

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The button's name from its content, as assistive technology computes it: aria-hidden subtrees left out. */
function accessibleName(button: HTMLButtonElement) {
  const text = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map(text).join(' ');
  };
  return text(button).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}

function count(el: HTMLElement, type: 'kesk-open' | 'kesk-close') {
  const seen = { n: 0 };
  el.addEventListener(type, () => seen.n++);
  return seen;
}

describe('<kesk-launcher>', () => {
  beforeEach(() => localStorage.clear());

  it('opens and closes the panel by click, with its name and aria-expanded', async () => {
    const el = await mountChat();
    const opened = count(el, 'kesk-open');
    const closed = count(el, 'kesk-close');
    const button = buttonOf(el);
    expect(accessibleName(button)).to.equal('Open chat');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="panel"]')!).visibility).to.equal('hidden');

    button.click();
    await waitUntil(() => el.isOpen && button.getAttribute('aria-expanded') === 'true');
    expect(el.hasAttribute('open')).to.equal(true);
    expect(accessibleName(button)).to.equal('Close chat');
    expect(opened.n).to.equal(1);
    const panel = el.shadowRoot!.querySelector('[part~="panel"]')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.getAttribute('aria-label')).to.equal('Store assistant');
    expect(getComputedStyle(panel).visibility).to.equal('visible');

    button.click();
    await waitUntil(() => !el.isOpen);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(closed.n).to.equal(1);
    el.remove();
  });

  it('is keyboard operable: Enter opens and focuses the composer, Escape closes and returns focus, Space opens', async () => {
    const el = await mountChat();
    buttonOf(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.isOpen, 'Enter opens');
    await waitUntil(() => deepActive()?.localName === 'textarea', 'focus moves into the composer');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.isOpen, 'Escape closes');
    await waitUntil(() => deepActive() === buttonOf(el), 'focus returns to the launcher');

    await sendKeys({ press: ' ' });
    await waitUntil(() => el.isOpen, 'Space opens');
    await waitUntil(() => deepActive()?.localName === 'textarea');
    el.remove();
  });

  it('the header’s close button closes and returns focus to the launcher', async () => {
    const el = await mountChat();
    const closed = count(el, 'kesk-close');
    buttonOf(el).click();
    await waitUntil(() => deepActive()?.localName === 'textarea');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await waitUntil(() => !el.isOpen);
    await waitUntil(() => deepActive() === buttonOf(el));
    expect(closed.n).to.equal(1);
    el.remove();
  });

  it('open(), close() and toggle() fire the events; setting the property does not', async () => {
    const el = await mountChat();
    const opened = count(el, 'kesk-open');
    const closed = count(el, 'kesk-close');
    el.open();
    await el.updateComplete;
    expect(el.isOpen).to.equal(true);
    el.toggle();
    await el.updateComplete;
    expect(el.isOpen).to.equal(false);
    expect([opened.n, closed.n]).to.deep.equal([1, 1]);
    el.isOpen = true;
    await el.updateComplete;
    expect(buttonOf(el).getAttribute('aria-expanded')).to.equal('true');
    el.removeAttribute('open');
    await el.updateComplete;
    expect(buttonOf(el).getAttribute('aria-expanded')).to.equal('false');
    expect([opened.n, closed.n]).to.deep.equal([1, 1]);
    el.remove();
  });

  it('sits at the chosen corner', async () => {
    const end = await mountChat({ position: 'bottom-end' });
    const start = await mountChat({ position: 'bottom-start' });
    const right = buttonOf(end).getBoundingClientRect();
    const left = buttonOf(start).getBoundingClientRect();
    expect(right.right).to.be.closeTo(innerWidth - 20, 2);
    expect(left.left).to.be.closeTo(20, 2);
    expect(right.bottom).to.be.closeTo(innerHeight - 20, 2);
    end.remove();
    start.remove();
  });

  it('composed by hand: shows the unread count from the context, hidden at zero, and toggles ui.open', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Do you sell gift cards?');
    const chat = createTestContext(token, { sessionId: session.id });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provide(host, chat);
    const launcher = document.createElement('kesk-launcher') as KeskLauncher;
    host.append(launcher);
    await chat.conversation.init();
    await launcher.updateComplete;
    expect(launcher.shadowRoot!.querySelector('[part~="badge"]') === null, 'no badge at zero').to.equal(true);

    await inject(session.id, { sender_kind: 'assistant', content: 'Yes, from £10 to £250.' });
    await inject(session.id, { sender_kind: 'assistant', content: 'They never expire.' });
    await inject(session.id, { sender_kind: 'assistant', content: 'And you can spend them in store.' });
    await waitUntil(() => launcher.shadowRoot!.querySelector('[part~="badge"]'), 'the badge shows', { timeout: 5000 });
    const button = launcher.shadowRoot!.querySelector('button')!;
    expect(launcher.shadowRoot!.querySelector('[part~="badge"]')!.textContent!.trim()).to.equal('3');
    expect(accessibleName(button)).to.equal('Open chat, 3 unread messages');
    await expect(launcher).to.be.accessible();

    button.click();
    expect(chat.ui.state.open).to.equal(true);
    await launcher.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // The panel would now show the thread: the messages load, and reading them clears the count.
    chat.conversation.setOpen(true);
    await waitUntil(() => chat.conversation.state.items.length === 4, 'the messages load');
    await chat.conversation.markRead();
    button.click();
    expect(chat.ui.state.open).to.equal(false);
    await launcher.updateComplete;
    expect(launcher.shadowRoot!.querySelector('[part~="badge"]') === null, 'no badge once read').to.equal(true);
    chat.conversation.dispose();
  });

  it('is accessible', async () => {
    const el = await mountChat();
    await expect(launcherOf(el)).to.be.accessible();
    el.remove();
  });
});
