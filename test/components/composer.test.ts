import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/composer/define.js';
import type { KeskComposer } from '../../src/components/composer/composer.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import type { ConversationConfig } from '../../src/state/index.js';
import type { KeskBeforeSendEvent, KeskErrorEvent } from '../../src/events/events.js';
import { blobFile, png } from '../api/media-bytes.js';
import { disposeMounted, mountInChat } from '../helpers/chat-harness.js';
import { chord } from '../helpers/engine.js';
import { log, world } from '../helpers/emulator.js';

const MB = 1024 * 1024;

interface Mounted {
  token: string;
  chat: ChatContextValue;
  wrapper: HTMLElement;
  el: KeskComposer;
  part: (name: string) => HTMLElement | null;
  input: HTMLTextAreaElement;
}

async function mount(config: Partial<ConversationConfig> = {}): Promise<Mounted> {
  const m = await mountInChat<KeskComposer>(['kesk-composer'], { config, style: 'inline-size: 420px', open: true });
  return { token: m.token!, chat: m.chat, wrapper: m.host, el: m.el, part: m.part, input: m.part('input') as HTMLTextAreaElement };
}

const opsOf = async (token: string): Promise<string[]> => (await log({ token })).map((e: { operation_id: string }) => e.operation_id);

/** Types like a person: focus, then real key presses. */
async function type(m: Mounted, text: string) {
  m.input.focus();
  await sendKeys({ type: text });
  await m.el.updateComplete;
}

/** Sets a long text at once (typing 4000 characters key by key would take minutes). */
async function fill(m: Mounted, text: string) {
  m.input.value = text;
  m.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await m.el.updateComplete;
}

function filesOf(...files: File[]): DataTransfer {
  const data = new DataTransfer();
  files.forEach((f) => data.items.add(f));
  return data;
}

/**
 * A paste carrying files. Firefox copies only the strings of a DataTransfer handed to the constructor, so the files
 * go into the event's own clipboardData, which every engine lets a script fill.
 */
function pasteOf(...files: File[]): ClipboardEvent {
  const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, composed: true, cancelable: true });
  files.forEach((f) => paste.clipboardData!.items.add(f));
  return paste;
}

async function pick(m: Mounted, ...files: File[]) {
  const picker = m.el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  picker.files = filesOf(...files).files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  await m.el.updateComplete;
}

const shiftEnter = () => chord('Shift', 'Enter');

const chips = (m: Mounted) => [...m.el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="attachment"]')];
const focused = (m: Mounted) => m.el.shadowRoot!.activeElement;

async function waitForSession(m: Mounted): Promise<number> {
  await waitUntil(() => m.chat.conversation.state.sessionId !== null, 'no session started', { timeout: 8000 });
  return m.chat.conversation.state.sessionId!;
}

async function serverTexts(m: Mounted): Promise<string[]> {
  const page = await m.chat.api.getChatMessageHistory(m.chat.conversation.state.sessionId!);
  return page.messages.filter((x) => x.sender.kind === 'user').map((x) => x.content);
}

describe('<kesk-composer>', () => {
  let vendorLocationId: number;
  const vendor = () => ({ mode: 'vendor' as const, vendorLocationId });

  before(async () => {
    vendorLocationId = (await world()).vendor_locations[0].id;
  });
  afterEach(disposeMounted);

  it('is accessible, with the placeholder of its mode and a disabled Send while empty', async () => {
    const m = await mount({ mode: 'assistant' });
    expect(m.input.placeholder).to.equal('Ask a question…');
    expect(m.input.getAttribute('aria-label')).to.equal('Message');
    const send = m.part('send-button') as HTMLButtonElement;
    expect(send.getAttribute('aria-label')).to.equal('Send');
    expect(send.disabled).to.equal(true);
    await expect(m.el).to.be.accessible();
    await type(m, 'Hi');
    expect(send.disabled).to.equal(false);

    const v = await mount(vendor());
    expect(v.input.placeholder).to.equal('Write a message…');
  });

  it('Enter sends the text, which reaches the server; the composer empties and keeps focus', async () => {
    const m = await mount({ mode: 'assistant' });
    await type(m, 'How long does delivery take?');
    await sendKeys({ press: 'Enter' });
    await m.el.updateComplete;
    expect(m.input.value).to.equal('');
    expect(focused(m)).to.equal(m.input);
    await waitForSession(m);
    await waitUntil(async () => (await serverTexts(m)).includes('How long does delivery take?'), 'not stored', { timeout: 8000 });
  });

  it('Shift+Enter breaks the line without sending, and the textarea grows', async () => {
    const m = await mount(vendor());
    const before = m.input.offsetHeight;
    await type(m, 'First line');
    await shiftEnter();
    await sendKeys({ type: 'Second line' });
    await shiftEnter();
    await sendKeys({ type: 'Third line' });
    await m.el.updateComplete;
    expect(m.input.value).to.equal('First line\nSecond line\nThird line');
    expect(m.input.offsetHeight).to.be.greaterThan(before);
    expect(m.chat.conversation.state.items).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await waitForSession(m);
    await waitUntil(async () => (await serverTexts(m)).includes('First line\nSecond line\nThird line'), 'not stored', { timeout: 8000 });
  });

  it('grows only up to its maximum height, then scrolls', async () => {
    const m = await mount(vendor());
    await fill(m, Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'));
    expect(m.input.offsetHeight).to.be.at.most(162);
    expect(m.input.scrollHeight).to.be.greaterThan(m.input.clientHeight);
  });

  it('is one line tall when empty, fits a long line as it wraps, and shrinks back when emptied, by the next frame', async () => {
    const m = await mount(vendor());
    // The height is measured before the frame that shows the text draws.
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await frame();
    const empty = m.input.offsetHeight;
    await type(m, 'a');
    await frame();
    expect(m.input.offsetHeight).to.equal(empty);
    await fill(m, 'word '.repeat(16));
    await frame();
    expect(m.input.offsetHeight).to.be.greaterThan(empty);
    expect(m.input.scrollHeight).to.be.at.most(m.input.clientHeight + 1);
    await fill(m, '');
    await frame();
    expect(m.input.offsetHeight).to.equal(empty);
  });

  it('sends nothing while an input method is composing', async () => {
    const m = await mount(vendor());
    await type(m, 'konnichiwa');
    m.input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    const composing = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true, composed: true });
    m.input.dispatchEvent(composing);
    expect(composing.defaultPrevented).to.equal(false);
    m.input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: 'こんにちは' }));
    // Safari sends the committing Enter after compositionend, with keyCode 229.
    const committing = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true, composed: true });
    m.input.dispatchEvent(committing);
    expect(committing.defaultPrevented).to.equal(false);
    await aTimeout(50);
    expect(m.chat.conversation.state.items).to.have.length(0);
    expect(m.input.value).to.equal('konnichiwa');
    // Once composition is over, Enter sends.
    await sendKeys({ press: 'Enter' });
    await waitForSession(m);
    await waitUntil(async () => (await serverTexts(m)).includes('konnichiwa'), 'not stored', { timeout: 8000 });
  });

  it('fires kesk-before-send first; cancelling it keeps the text and sends nothing', async () => {
    const m = await mount(vendor());
    let detail: KeskBeforeSendEvent['detail'] | undefined;
    m.wrapper.addEventListener('kesk-before-send', (e) => {
      detail = e.detail;
      e.preventDefault();
    });
    await type(m, 'Not this one');
    await sendKeys({ press: 'Enter' });
    await m.el.updateComplete;
    expect(detail).to.deep.equal({ text: 'Not this one', files: [] });
    expect(m.input.value).to.equal('Not this one');
    expect(m.chat.conversation.state.items).to.have.length(0);
    await aTimeout(100);
    expect(await opsOf(m.token)).not.to.include('startChat');
  });

  it('refuses a file over its limit before any upload, with a message naming the limit', async () => {
    const m = await mount(vendor());
    const error = oneEvent(m.wrapper, 'kesk-error') as Promise<KeskErrorEvent>;
    await pick(m, png('holiday.png', 12 * MB));
    expect((await error).detail.error.code).to.equal('file_too_large');
    const alert = m.part('error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.hidden).to.equal(false);
    expect(alert.textContent).to.contain('Images can be at most 10 MB; holiday.png is 12 MB');
    expect(chips(m)).to.have.length(0);
    await pick(m, blobFile('notes.exe', 100));
    expect(m.part('error')!.textContent).to.contain("notes.exe can't be sent");
    // The text still goes; the refused files never leave the device.
    await type(m, 'Text only then');
    await sendKeys({ press: 'Enter' });
    await waitForSession(m);
    await waitUntil(async () => (await serverTexts(m)).includes('Text only then'), 'not stored', { timeout: 8000 });
    expect(await opsOf(m.token)).not.to.include('uploadChatMedia');
  });

  it('attaches by the file picker: a removable chip with name and size, then sends an image the server stores', async () => {
    const m = await mount(vendor());
    expect(m.part('attach-button')!.getAttribute('aria-label')).to.equal('Attach files');
    const picker = m.el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(picker.multiple).to.equal(true);
    expect(picker.accept).to.contain('.png');
    await pick(m, png('receipt.png', 2048), blobFile('invoice.pdf', 3000, 'application/pdf'));
    expect(chips(m).map((c) => c.querySelector('.name')!.textContent)).to.deep.equal(['receipt.png', 'invoice.pdf']);
    expect(chips(m)[0]!.textContent).to.contain('2 KB');
    expect(chips(m)[0]!.querySelector('img')).to.exist;
    await expect(m.el).to.be.accessible();
    // Remove the PDF again.
    (chips(m)[1]!.querySelector('[part~="attachment-remove"]') as HTMLButtonElement).click();
    await m.el.updateComplete;
    expect(chips(m)).to.have.length(1);
    expect((m.part('send-button') as HTMLButtonElement).disabled).to.equal(false);
    (m.part('send-button') as HTMLButtonElement).click();
    await m.el.updateComplete;
    expect(chips(m)).to.have.length(0);
    const sessionId = await waitForSession(m);
    const media = await (async () => {
      await waitUntil(async () => (await m.chat.api.listChatMedia(sessionId)).length === 1, 'image not stored', { timeout: 8000 });
      return m.chat.api.listChatMedia(sessionId);
    })();
    expect(media[0]).to.include({ filename: 'receipt.png', media_type: 'image' });
  });

  it('attaches by drag and drop (with a visible drop state) and by paste, then sends both', async () => {
    const m = await mount(vendor());
    const zone = m.part('composer')!;
    const dropped = filesOf(png('dropped.png', 1000));
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dropped, bubbles: true, composed: true, cancelable: true }));
    const over = new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, composed: true, cancelable: true });
    zone.dispatchEvent(over);
    await m.el.updateComplete;
    expect(over.defaultPrevented).to.equal(true);
    expect(m.part('drop-zone')).to.exist;
    expect(m.part('drop-zone')!.textContent).to.contain('Drop files to attach');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, composed: true, cancelable: true }));
    await m.el.updateComplete;
    expect(m.part('drop-zone')).to.equal(null);
    expect(chips(m)).to.have.length(1);

    const paste = pasteOf(png('pasted.png', 500));
    m.input.dispatchEvent(paste);
    await m.el.updateComplete;
    expect(paste.defaultPrevented).to.equal(true);
    expect(chips(m).map((c) => c.querySelector('.name')!.textContent)).to.deep.equal(['dropped.png', 'pasted.png']);

    await type(m, 'Two photos');
    const before = oneEvent(m.wrapper, 'kesk-before-send') as Promise<KeskBeforeSendEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await before).detail.files.map((f) => f.name)).to.deep.equal(['dropped.png', 'pasted.png']);
    const sessionId = await waitForSession(m);
    await waitUntil(async () => (await m.chat.api.listChatMedia(sessionId)).length === 2, 'images not stored', { timeout: 8000 });
  });

  it('a drag that leaves again clears the drop state', async () => {
    const m = await mount(vendor());
    const zone = m.part('composer')!;
    const data = filesOf(png('x.png', 10));
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    await m.el.updateComplete;
    expect(m.part('drop-zone')).to.exist;
    zone.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    await m.el.updateComplete;
    expect(m.part('drop-zone')).to.equal(null);
    expect(chips(m)).to.have.length(0);
  });

  it('when sending throws, keeps the text and the files and shows why', async () => {
    const m = await mount(vendor());
    await pick(m, png('photo.png', 100));
    await fill(m, 'x'.repeat(4001));
    const counter = m.part('counter')!;
    expect(counter.textContent).to.contain('4001 / 4000');
    expect(m.input.getAttribute('aria-invalid')).to.equal('true');
    (m.part('send-button') as HTMLButtonElement).click();
    await m.el.updateComplete;
    expect(m.part('error')!.textContent).to.contain('at most 4000 characters');
    expect(m.input.value).to.have.length(4001);
    expect(chips(m)).to.have.length(1);
    expect(m.chat.conversation.state.items).to.have.length(0);
    await expect(m.el).to.be.accessible();
  });

  it('shows the character counter only near the limit', async () => {
    const m = await mount(vendor());
    await fill(m, 'y'.repeat(3000));
    expect(m.part('counter')).to.equal(null);
    await fill(m, 'y'.repeat(3600));
    expect(m.part('counter')!.textContent).to.contain('3600 / 4000');
    expect(m.input.getAttribute('aria-describedby')).to.equal('counter');
  });

  it('edit mode: loads the message, Enter saves the edit on the server, then restores the draft', async () => {
    const m = await mount(vendor());
    await type(m, 'I ordered size 41');
    await sendKeys({ press: 'Enter' });
    await waitForSession(m);
    await waitUntil(() => m.chat.conversation.state.items.some((i) => i.own && i.delivery === 'sent' && i.message.id > 0), 'not sent', { timeout: 8000 });
    const id = m.chat.conversation.state.items.find((i) => i.own)!.message.id;
    await type(m, 'a draft');
    m.chat.ui.set({ editingMessageId: id });
    await m.el.updateComplete;
    expect(m.part('edit-bar')!.textContent).to.contain('Editing message');
    expect(m.input.value).to.equal('I ordered size 41');
    expect(m.input.getAttribute('aria-label')).to.equal('Edit message');
    expect(m.part('send-button')!.getAttribute('aria-label')).to.equal('Save');
    expect(m.part('attach-button')).to.equal(null);
    expect(focused(m)).to.equal(m.input);
    await expect(m.el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '42' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => m.chat.ui.state.editingMessageId === null, 'still editing', { timeout: 8000 });
    await m.el.updateComplete;
    expect(m.part('edit-bar')).to.equal(null);
    expect(m.input.value).to.equal('a draft');
    const stored = (await m.chat.api.getChatMessageHistory(m.chat.conversation.state.sessionId!)).messages.find((x) => x.id === id)!;
    expect(stored.content).to.equal('I ordered size 42');
    expect(stored.edited_at).to.be.a('string');
  });

  it('ArrowUp in an empty composer edits your last message; Escape and Cancel leave edit mode', async () => {
    const m = await mount(vendor());
    for (const text of ['first message', 'second message']) {
      await type(m, text);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => m.chat.conversation.state.items.filter((i) => i.own && i.delivery === 'sent' && i.message.id > 0).length >= (text === 'first message' ? 1 : 2), 'not sent', { timeout: 8000 });
    }
    m.input.focus();
    await sendKeys({ press: 'ArrowUp' });
    await m.el.updateComplete;
    expect(m.part('edit-bar')).to.exist;
    expect(m.input.value).to.equal('second message');
    let escaped = false;
    m.wrapper.addEventListener('keydown', (e) => (escaped ||= e.key === 'Escape'));
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(escaped, 'Escape in edit mode stays in the composer').to.equal(false);
    expect(m.chat.ui.state.editingMessageId).to.equal(null);
    expect(m.part('edit-bar')).to.equal(null);
    expect(m.input.value).to.equal('');

    await sendKeys({ press: 'ArrowUp' });
    await m.el.updateComplete;
    expect(m.input.value).to.equal('second message');
    (m.part('edit-cancel') as HTMLButtonElement).click();
    await m.el.updateComplete;
    expect(m.chat.ui.state.editingMessageId).to.equal(null);
    expect(m.input.value).to.equal('');
    expect(focused(m)).to.equal(m.input);
    expect(await opsOf(m.token)).not.to.include('editChatMessage');
  });

  it('ArrowUp in a composer with text moves the caret, not into edit mode', async () => {
    const m = await mount(vendor());
    await type(m, 'sent one');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => m.chat.conversation.state.items.some((i) => i.own && i.delivery === 'sent' && i.message.id > 0), 'not sent', { timeout: 8000 });
    await type(m, 'typing');
    await sendKeys({ press: 'ArrowUp' });
    await m.el.updateComplete;
    expect(m.part('edit-bar')).to.equal(null);
    expect(m.input.value).to.equal('typing');
  });

  it('takes focus when asked through the UI store', async () => {
    const m = await mount(vendor());
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focused(m)).to.equal(null);
    m.chat.ui.focusComposer();
    await m.el.updateComplete;
    expect(focused(m)).to.equal(m.input);
  });

  it('hides the attach button while a bot is answering, and refuses dropped files there', async () => {
    const m = await mount({ mode: 'bot', botUsername: 'shopbot' });
    expect(m.part('attach-button')).to.equal(null);
    await type(m, 'Hello');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => m.chat.conversation.state.bot.status === 'active', 'bot not active', { timeout: 8000 });
    await m.el.updateComplete;
    expect(m.part('attach-button')).to.equal(null);
    const data = filesOf(png('photo.png', 100));
    m.part('composer')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    await m.el.updateComplete;
    expect(chips(m)).to.have.length(0);
    expect(m.part('error')!.textContent).to.contain('The bot cannot read files');
  });
});
