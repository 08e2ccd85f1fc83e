// The whole widget on a page served with "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'":
// the page (test/security/strict/) records every CSP violation, Trusted Types ones included, and the test drives the
// widget through what people do — the script-tag loader's launcher, opening, sending, a vendor's reply, an answer in
// markdown with sources, reactions, an edit, an upload with its preview, the conversations list, the gallery and
// its viewer, a bot's chips, right-to-left — and then expects not one violation.
import { expect, waitUntil } from '@open-wc/testing';
import { STRICT_CSP } from '../../scripts/strict-csp.js';
import { config, newUser, startVendor, inject } from '../helpers/emulator.js';
import { deep, deepAll } from '../helpers/deep-query.js';
import type { KeskChatApi } from '../../src/loader/loader.js';

type StrictWindow = Window &
  typeof globalThis & {
    __violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
    __errors: string[];
    kesk: { mount(o: Record<string, unknown>): HTMLElement; loader(token: string): void; ready: true };
  };

/** The loader's handle in the strict page. */
const keskChat = () => win.KeskChat as KeskChatApi | undefined;

const PAGE = '/test/security/strict/strict.html';
// A 1×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

let frame: HTMLIFrameElement;
let win: StrictWindow;

const violations = () => win.__violations.map((v) => `${v.directive} ${v.blocked} ${v.sample} (${v.source}:${v.line})`);

/** Types into a widget's composer and sends with the Send button, as a user does. */
async function typeAndSend(chat: HTMLElement, text: string) {
  await waitUntil(() => deep(chat, 'textarea'), 'the composer renders');
  const input = deep(chat, 'textarea') as HTMLTextAreaElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  await waitUntil(() => !(deep(chat, '[part~="send-button"]') as HTMLButtonElement).disabled, 'Send is enabled');
  deep(chat, '[part~="send-button"]')!.click();
}

const texts = (chat: HTMLElement) => deepAll(chat, '[part~="message"], [part~="system-notice"]').map((m) => m.textContent ?? '').join('\n');

describe('the strict page (CSP without unsafe-inline, Trusted Types)', function () {
  this.timeout(60_000);

  before(async () => {
    await config({ reply_delay_ms: 150 });
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1200px; block-size: 900px; border: 0';
    frame.src = PAGE;
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as StrictWindow | null)?.kesk?.ready, 'the strict page loads', { timeout: 20_000 });
    win = frame.contentWindow as unknown as StrictWindow;
  });

  after(async () => {
    frame?.remove();
    await config({ reply_delay_ms: 1200 });
  });

  it('is served with exactly the promised policy, and Trusted Types are enforced', async () => {
    const res = await fetch(PAGE);
    expect(res.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    expect(STRICT_CSP).to.equal("script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
    expect(win.document.querySelector('script:not([src])'), 'the page has no inline script').to.equal(null);
    expect(violations(), 'loading the page and registering the widget').to.deep.equal([]);
  });

  it("the script-tag loader's launcher loads and opens the widget", async () => {
    win.kesk.loader(newUser());
    const facade = () => win.document.querySelector<HTMLElement>('[data-kesk-chat-facade]');
    await waitUntil(() => facade() || keskChat()?.element, 'the launcher is drawn');
    // The launcher, unless the widget was drawn first (then it opens from code); a launcher must be styled.
    const button = facade()?.shadowRoot!.querySelector('button') ?? null;
    const NO_LAUNCHER = 'no launcher: the widget was drawn first';
    expect(button ? getComputedStyle(button).borderRadius : NO_LAUNCHER, 'its styles apply').to.be.oneOf(['50%', NO_LAUNCHER]);
    (button ?? { click: () => keskChat()!.open() }).click();
    await waitUntil(() => keskChat()?.element?.hasAttribute('open'), 'the widget opens', { timeout: 20_000 });
    const chat = keskChat()!.element!;
    await typeAndSend(chat, 'Are you open on Sunday?');
    await waitUntil(() => deepAll(chat, '[part~="message"][part~="other"]').length > 0, 'the store replies', { timeout: 15_000 });
    expect(violations()).to.deep.equal([]);
  });

  it('vendor chat: send, a reply, reactions and an edit', async () => {
    const token = newUser();
    const chat = win.kesk.mount({ mode: 'vendor', token, vendor: 501, inline: true });
    await typeAndSend(chat, 'Do you have the trail boots in size 42?');
    await waitUntil(() => deepAll(chat, '[part~="message"][part~="other"]').length > 0, 'the vendor replies', { timeout: 15_000 });
    // An avatar with initials (its hue set through the CSSOM) and the sender's name.
    expect(deep(chat, '[part~="avatar"]')).to.exist;
    // React to the reply.
    // The actions come into being on the message pointed at.
    deep(chat, '[part~="other"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => deep(chat, '[part~="other"] .react'), 'its actions show');
    deep(chat, '[part~="other"] .react')!.click();
    await waitUntil(() => deep(chat, '.pick'), 'the emoji picker opens');
    deep(chat, '.pick')!.click();
    await waitUntil(() => deep(chat, '[part~="reaction"]'), 'the reaction shows');
    // Edit our message.
    const own = deep(chat, '[part~="own"]')!;
    own.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => own.querySelector('[aria-label="Edit"]'), 'its actions show');
    own.querySelector<HTMLButtonElement>('[aria-label="Edit"]')!.click();
    await waitUntil(() => deep(chat, '[part~="edit-bar"]'), 'edit mode');
    const input = deep(chat, 'textarea') as HTMLTextAreaElement;
    input.value = 'Do you have the trail boots in size 43?';
    input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    deep(chat, '[part~="send-button"]')!.click();
    await waitUntil(() => texts(chat).includes('size 43'), 'the edit is saved', { timeout: 10_000 });
    expect(violations()).to.deep.equal([]);
  });

  it('an upload: a chosen image previews in the composer, sends, and shows in the thread', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const chat = win.kesk.mount({ mode: 'vendor', token, vendor: 501, session: session.id, inline: true });
    await waitUntil(() => deep(chat, 'input[type="file"]'), 'the composer renders', { timeout: 10_000 });
    const picker = deep(chat, 'input[type="file"]') as HTMLInputElement;
    const files = new win.DataTransfer();
    files.items.add(new win.File([PNG], 'boots.png', { type: 'image/png' }));
    picker.files = files.files;
    picker.dispatchEvent(new win.Event('change', { bubbles: true }));
    await waitUntil(() => deep(chat, '[part~="attachment"] img'), 'the preview shows');
    deep(chat, '[part~="send-button"]')!.click();
    await waitUntil(() => deep(chat, 'kesk-thread')?.shadowRoot?.querySelector('[part~="image"] img'), 'the image shows in the thread', { timeout: 15_000 });
    // The gallery, and its viewer.
    deep(chat, '[part~="media-button"]')!.click();
    await waitUntil(() => deep(chat, 'kesk-media-gallery')?.shadowRoot?.querySelector('[part~="open-button"]'), 'the gallery lists it', { timeout: 10_000 });
    deep(chat, 'kesk-media-gallery')!.shadowRoot!.querySelector<HTMLElement>('[part~="open-button"]')!.click();
    await waitUntil(() => deep(chat, 'kesk-media-gallery')!.shadowRoot!.querySelector('dialog[open] img'), 'the viewer shows it', { timeout: 10_000 });
    deep(chat, 'kesk-media-gallery')!.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
    // The conversations list.
    deep(chat, '[part~="back-button"]')!.click();
    await waitUntil(() => deep(chat, '[part~="sessions-button"]'), 'back in the thread');
    deep(chat, '[part~="sessions-button"]')!.click();
    await waitUntil(() => deep(chat, 'kesk-session-list')?.shadowRoot?.querySelector('[part~="session"]'), 'the list shows', { timeout: 10_000 });
    expect(violations()).to.deep.equal([]);
  });

  it('the assistant: an answer in markdown with its sources', async () => {
    const chat = win.kesk.mount({ mode: 'assistant', token: newUser(), inline: true });
    await typeAndSend(chat, 'How do I return my boots?');
    await waitUntil(() => deep(chat, '[part~="sources"] a'), 'the answer shows its sources', { timeout: 20_000 });
    expect(deep(chat, '.markdown')).to.exist;
    expect(violations()).to.deep.equal([]);
  });

  it('markdown with code, tables, quotes and links from an injected message', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    await inject(session.id, {
      sender_kind: 'agent',
      content_format: 'markdown',
      content: '# Title\n\n**bold** _em_ `code` [link](https://kesk.example)\n\n> quote\n\n- a\n- b\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n```js\nlet a = 1;\n```',
    });
    const chat = win.kesk.mount({ mode: 'vendor', token, vendor: 501, session: session.id, inline: true });
    await waitUntil(() => deep(chat, '[part~="md-table"]'), 'the markdown renders', { timeout: 10_000 });
    expect(violations()).to.deep.equal([]);
  });

  it("a bot: its chips, one tapped, and a hand-over", async () => {
    const chat = win.kesk.mount({ mode: 'bot', token: newUser(), bot: 'shopbot', inline: true });
    await typeAndSend(chat, 'Where is my order?');
    const chips = () => deep(chat, 'kesk-bot-suggestions')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="suggestion"]') ?? [];
    await waitUntil(() => chips().length > 0, 'the bot suggests', { timeout: 15_000 });
    chips()[0]!.click();
    await waitUntil(() => deepAll(chat, '[part~="own"]').length > 1, 'the chip is sent', { timeout: 10_000 });
    deep(chat, 'kesk-bot-suggestions')!.shadowRoot!.querySelector<HTMLElement>('[part~="handover-button"]')!.click();
    await waitUntil(() => deep(chat, '[part~="system-notice"]'), 'the hand-over notice', { timeout: 15_000 });
    expect(violations()).to.deep.equal([]);
  });

  it('right-to-left (Arabic), and dark', async () => {
    const chat = win.kesk.mount({ mode: 'vendor', token: newUser(), vendor: 503, inline: true, lang: 'ar' });
    chat.setAttribute('theme', 'dark');
    await waitUntil(() => deep(chat, '[part~="panel"]')?.getAttribute('dir') === 'rtl', 'the panel is right-to-left', { timeout: 10_000 });
    await typeAndSend(chat, 'مرحبا');
    await waitUntil(() => deepAll(chat, '[part~="message"][part~="other"]').length > 0, 'a reply', { timeout: 15_000 });
    expect(violations()).to.deep.equal([]);
  });

  it('after all of it: not one violation nor error, and the recorder does catch one', async () => {
    expect(violations()).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The page would report a violation, had there been one: an HTML string into a sink without a policy.
    expect(() => {
      win.document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
    }).to.throw();
    await waitUntil(() => win.__violations.length === 1, 'the violation is recorded');
    expect(win.__violations[0]!.directive).to.equal('require-trusted-types-for');
  });
});
