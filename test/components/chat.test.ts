import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE, createTestContext, FAST_CADENCE, mountChat, provide } from '../helpers/chat-harness.js';
import { config, inject, log, newUser, setFaults, startRag, world } from '../helpers/emulator.js';
import { deep, deepAll } from '../helpers/deep-query.js';
import { motionSettled } from '../helpers/engine.js';
import { chatOf } from '../../src/controllers/chat-member.js';

const launcherButton = (el: KeskChat) => deep(el, '[part~="launcher"]') as HTMLButtonElement;
const messagesText = (el: KeskChat) => deepAll(el, '[part~="message"]').map((m) => m.innerText).join('\n');
const ops = async (token: string) => (await log({ token })).map((e: { operation_id: string }) => e.operation_id);

function record<K extends keyof GlobalEventHandlersEventMap>(el: HTMLElement, type: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  el.addEventListener(type, (e) => events.push(e as GlobalEventHandlersEventMap[K]));
  return events;
}

/** Types into the composer's textarea, in its shadow root, and presses Enter, as a user does. */
async function typeAndSend(el: KeskChat, text: string) {
  await waitUntil(() => deep(el, 'kesk-composer textarea, textarea'), 'the composer renders');
  const input = deep(el, 'textarea') as HTMLTextAreaElement;
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** Switches the theme and waits out the colour transitions. */
async function setTheme(el: KeskChat, theme: KeskChat['theme']) {
  el.theme = theme;
  await el.updateComplete;
  // The colours ease to the new theme: axe must read them once there, however long that takes on a busy machine.
  await motionSettled();
}

async function openByClick(el: KeskChat) {
  launcherButton(el).click();
  await waitUntil(() => el.isOpen && deep(el, 'textarea'), 'the panel opens');
  const panel = deep(el, '[part~="panel"]')!;
  await waitUntil(() => getComputedStyle(panel).opacity === '1', 'the opening transition ends');
}

describe('<kesk-chat>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setFaults([]));

  it('opening the widget creates no session', async () => {
    const token = newUser();
    const el = await mountChat({ token });
    await openByClick(el);
    await aTimeout(700);
    expect(deep(el, '[part~="empty"]'), 'the greeting shows').to.exist;
    const called = await ops(token);
    for (const op of ['startChat', 'startDirectChat', 'startBotConversation', 'sendRagQuery', 'sendChatMessage']) {
      expect(called).not.to.include(op);
    }
    el.remove();
  });

  it('assistant: a question typed in the composer is answered with sources, and the events fire', async () => {
    const token = newUser();
    const el = await mountChat({ token });
    const sent = record(el, 'kesk-message-sent');
    const received = record(el, 'kesk-message-received');
    const before = record(el, 'kesk-before-send');
    await openByClick(el);
    await typeAndSend(el, 'How long does delivery take?');
    await waitUntil(() => deepAll(el, '[part~="sources"]').length > 0, 'the answer shows its sources', { timeout: 10000 });
    expect(messagesText(el)).to.contain('How long does delivery take?');
    expect(messagesText(el).toLowerCase()).to.contain('working days');
    await waitUntil(() => sent.length && received.length, 'kesk-message-sent and kesk-message-received fire');
    expect(sent[0]!.detail.message.content).to.equal('How long does delivery take?');
    expect(received[0]!.detail.messages[0]!.sender.kind).to.equal('assistant');
    expect(before[0]!.detail.text).to.equal('How long does delivery take?');
    const called = await ops(token);
    expect(called.filter((o: string) => o === 'startChat')).to.have.length(1);
    expect(called).to.include('sendRagQuery');
    el.remove();
  });

  it('assistant: a starter question sends on click', async () => {
    const token = newUser();
    const el = await mountChat({ token });
    await openByClick(el);
    const starters = deepAll(el, '[part~="starter"]');
    expect(starters.length).to.be.within(2, 3);
    const question = starters[0]!.textContent!.trim();
    starters[0]!.click();
    await waitUntil(() => deepAll(el, '[part~="sources"]').length > 0, 'the answer arrives', { timeout: 10000 });
    expect(messagesText(el)).to.contain(question);
    el.remove();
  });

  describe('with fast replies', () => {
    before(() => config({ reply_delay_ms: 100 }));
    after(() => config({ reply_delay_ms: 1200 }));

    it('vendor: starts a vendor chat and the reply arrives by polling', async () => {
      const token = newUser();
      const { vendor_locations } = await world();
      const location = vendor_locations[0];
      const el = await mountChat({ token, mode: 'vendor', vendor: location.id });
      const received = record(el, 'kesk-message-received');
      await openByClick(el);
      expect(deep(el, '[part~="heading"]')!.textContent).to.equal('Chat with the store');
      await typeAndSend(el, 'Do you have the Trailmark boots in UK 9?');
      await waitUntil(() => received.some((e) => e.detail.messages.some((m) => m.sender.kind === 'vendor')), 'the vendor replies', { timeout: 10000 });
      await waitUntil(() => deepAll(el, '[part~="message"][part~="other"]').length > 0, 'the reply shows');
      expect(deep(el, '[part~="heading"]')!.textContent).to.equal(location.name);
      const entries = await log({ token });
      expect(entries.map((e: { operation_id: string }) => e.operation_id)).to.include('startChat');
      expect(entries.map((e: { operation_id: string }) => e.operation_id)).to.include('getChatMessageHistory');
      el.remove();
    });

    it('direct: starts a direct chat with recipient-id and shows the other user’s reply', async () => {
      const token = newUser();
      const el = await mountChat({ token, mode: 'direct', recipient: 1002 });
      const received = record(el, 'kesk-message-received');
      await openByClick(el);
      await typeAndSend(el, 'Hi Maya, which jacket for Snowdon in March?');
      await waitUntil(() => received.length > 0, 'Maya replies', { timeout: 10000 });
      expect(received[0]!.detail.messages[0]!.sender).to.include({ id: 1002, kind: 'user' });
      await waitUntil(() => deep(el, '[part~="heading"]')!.textContent === 'Maya Chen', 'the header names her');
      expect(await ops(token)).to.include('startDirectChat');
      // Her message is on the other side, ours on our side.
      expect(deepAll(el, '[part~="message"][part~="own"]').length).to.be.greaterThan(0);
      expect(deepAll(el, '[part~="message"][part~="other"]').length).to.be.greaterThan(0);
      el.remove();
    });

    it('bot: starts a bot conversation, shows the reply and suggestion chips that send', async () => {
      const token = newUser();
      const el = await mountChat({ token, mode: 'bot', bot: 'shopbot' });
      await openByClick(el);
      expect(deep(el, '[part~="heading"]')!.textContent).to.equal('Shopbot');
      await typeAndSend(el, 'Hello');
      await waitUntil(() => deepAll(el, '[part~="suggestion"]').length > 0, 'suggestion chips show', { timeout: 10000 });
      expect(deep(el, '[part~="heading"]')!.textContent).to.equal('ShopBot');
      const chip = deepAll(el, '[part~="suggestion"]')[0]!;
      const text = chip.textContent!.trim();
      chip.click();
      await waitUntil(() => messagesText(el).includes(text), 'the chip’s text is sent as the user’s message', { timeout: 10000 });
      const called = await ops(token);
      expect(called).to.include('startBotConversation');
      await waitUntil(async () => (await ops(token)).includes('sendBotMessage'), 'the chip goes to sendBotMessage');
      el.remove();
    });
  });

  it('send() sends a message without opening the panel', async () => {
    const token = newUser();
    const el = await mountChat({ token });
    const sent = record(el, 'kesk-message-sent');
    const received = record(el, 'kesk-message-received');
    el.send('What are your store opening hours?');
    await waitUntil(() => sent.length && received.length, 'the question is stored and answered', { timeout: 10000 });
    expect(sent[0]!.detail.message.content).to.equal('What are your store opening hours?');
    expect(el.isOpen).to.equal(false);
    expect(() => el.send('   ')).to.throw(/Write a message/);
    el.remove();
  });

  it('the unread badge counts a message that arrives while closed, and drops to zero on opening', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Is the parka warm enough for Scotland?');
    const el = await mountChat({ token, session: session.id });
    const changes = record(el, 'kesk-unread-change');
    await aTimeout(400);
    await inject(session.id, { sender_kind: 'assistant', content: 'One more thing: it packs into its own pocket.' });
    await waitUntil(() => deep(el, '[part~="badge"]'), 'the badge shows', { timeout: 5000 });
    expect(deep(el, '[part~="badge"]')!.textContent!.trim()).to.equal('1');
    expect(launcherButton(el).innerText.replace(/\s+/g, ' ')).to.contain('1 unread message');
    expect(changes.at(-1)!.detail.count).to.equal(1);
    await openByClick(el);
    await waitUntil(() => changes.at(-1)!.detail.count === 0, 'kesk-unread-change reports 0');
    await waitUntil(() => messagesText(el).includes('packs into its own pocket'), 'the message shows');
    el.close();
    await aTimeout(800);
    expect(deep(el, '[part~="badge"]') === undefined, 'no badge after reading').to.equal(true);
    expect(await ops(token)).to.include('markChatMessagesAsRead');
    el.remove();
  });

  it('session-id resumes that session', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Do you repair zips?');
    const el = await mountChat({ token, session: session.id });
    await openByClick(el);
    await waitUntil(() => messagesText(el).includes('Do you repair zips?'), 'the session’s history shows');
    expect(deep(el, '[part~="empty"]') === undefined, 'no greeting').to.equal(true);
    // The one startChat is the setup's: the widget started nothing.
    expect((await ops(token)).filter((o: string) => o === 'startChat')).to.have.length(1);
    el.remove();
  });

  it('the theme attribute switches the colours', async () => {
    const el = await mountChat();
    await openByClick(el);
    const panel = deep(el, '[part~="panel"]')!;
    const header = deep(el, '[part~="header"]')!;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(11, 110, 79)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(24, 25, 28)');
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(95, 211, 165)');
    // A page's own value on the element wins over the dark defaults.
    el.style.setProperty('--kesk-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.remove();
  });

  it('inline: the panel sits in the page as a region, with no launcher or close button', async () => {
    const el = await mountChat({ inline: true });
    await waitUntil(() => deep(el, 'textarea'), 'the panel renders at once');
    const panel = deep(el, '[part~="panel"]')!;
    expect(panel.getAttribute('role')).to.equal('region');
    expect(panel.getAttribute('aria-label')).to.equal('Store assistant');
    expect(deep(el, 'kesk-launcher') === undefined, 'no launcher').to.equal(true);
    expect(deep(el, '[part~="close-button"]') === undefined, 'no close button').to.equal(true);
    expect(getComputedStyle(panel).visibility).to.equal('visible');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('the header switches to the conversations and media views and back', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Where is my nearest store?');
    const el = await mountChat({ token, session: session.id });
    await openByClick(el);
    await waitUntil(() => deep(el, '[part~="media-button"]'), 'a session has media');
    deep(el, '[part~="sessions-button"]')!.click();
    await waitUntil(() => deep(el, 'kesk-session-list'), 'the session list shows');
    expect(deep(el, '[part~="heading"]')!.textContent).to.equal('Conversations');
    // Its code loads on demand, the first time the view opens; then it lists the session.
    await waitUntil(() => customElements.get('kesk-session-list') && deep(el, '[part~="session-title"]'), 'the list loads and renders');
    deep(el, '[part~="back-button"]')!.click();
    await waitUntil(() => !deep(el, 'kesk-session-list'), 'back to the thread');
    deep(el, '[part~="media-button"]')!.click();
    await waitUntil(() => deep(el, 'kesk-media-gallery'), 'the gallery shows');
    expect(deep(el, '[part~="heading"]')!.textContent).to.equal('Photos & files');
    await waitUntil(() => customElements.get('kesk-media-gallery') && deep(el, '[part~="empty"], [part~="gallery"]'), 'the gallery loads and renders');
    deep(el, '[part~="back-button"]')!.click();
    await waitUntil(() => !deep(el, 'kesk-media-gallery'));
    expect(messagesText(el)).to.contain('Where is my nearest store?');
    el.remove();
  });

  it('host pages style the children’s parts from outside', async () => {
    const style = document.createElement('style');
    style.textContent = 'kesk-chat.styled::part(send-button) { outline: 4px solid rgb(255, 0, 0); } kesk-chat.styled::part(launcher) { background: rgb(0, 0, 255); }';
    document.head.append(style);
    const el = await mountChat();
    el.classList.add('styled');
    await openByClick(el);
    expect(getComputedStyle(deep(el, '[part~="send-button"]')!).outlineColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(launcherButton(el)).backgroundColor).to.equal('rgb(0, 0, 255)');
    style.remove();
    el.remove();
  });

  it('is accessible, light and dark, empty and with a conversation', async () => {
    const token = newUser();
    const el = await mountChat({ token });
    await expect(el).to.be.accessible();
    await openByClick(el);
    await expect(el).to.be.accessible();
    await setTheme(el, 'dark');
    await expect(el).to.be.accessible();
    await setTheme(el, 'light');
    await typeAndSend(el, 'What is your returns policy?');
    await waitUntil(() => deepAll(el, '[part~="sources"]').length > 0, 'answered', { timeout: 10000 });
    await expect(el).to.be.accessible();
    await setTheme(el, 'dark');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('composed by hand: elements placed inside it get its context, and it renders no panel or launcher', async () => {
    const token = newUser();
    const el = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${token} .cadence=${FAST_CADENCE}>
      <div class="layout">
        <kesk-thread></kesk-thread>
        <kesk-composer></kesk-composer>
      </div>
    </kesk-chat>`);
    expect(el.shadowRoot!.querySelector('[part~="panel"], kesk-launcher') === null, 'no panel or launcher').to.equal(true);
    const composer = el.querySelector('kesk-composer')!;
    await waitUntil(() => composer.shadowRoot?.querySelector('textarea'), 'the composer renders');
    composer.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Can I pay with Klarna?' });
    await sendKeys({ press: 'Enter' });
    const thread = el.querySelector('kesk-thread')!;
    await waitUntil(() => deepAll(thread, '[part~="sources"]').length > 0, 'the page’s thread shows the answer', { timeout: 10000 });
    expect(deepAll(thread, '[part~="message"]').map((m) => m.innerText).join(' ')).to.contain('Klarna');
    el.remove();
  });

  it('a root upgraded late takes over the elements inside it from a provider above it', async () => {
    const outer = await fixture<HTMLElement>(html`<div><kesk-chat-late api-base=${API_BASE} token=${newUser()}><kesk-composer></kesk-composer></kesk-chat-late></div>`);
    const outerChat = createTestContext(newUser());
    provide(outer, outerChat);
    const composer = outer.querySelector<HTMLElement>('kesk-composer')!;
    // Connected again under the page's provider, before the root is defined: it takes the page's context.
    const root = composer.parentElement!;
    root.append(composer);
    await waitUntil(() => chatOf(composer) === outerChat, 'the page’s provider answers first');
    customElements.define('kesk-chat-late', class extends (customElements.get('kesk-chat') as typeof KeskChat) {});
    const late = root as KeskChat;
    await waitUntil(() => late.context && chatOf(composer) === late.context, 'the root’s context reaches the composer');
    late.remove();
    outerChat.conversation.dispose();
  });

  it('a tokenProvider supplies the token', async () => {
    const token = newUser();
    const el = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} .tokenProvider=${() => token} .cadence=${FAST_CADENCE}></kesk-chat>`);
    const sent = record(el, 'kesk-message-sent');
    el.send('Do you ship to Norway?');
    await waitUntil(() => sent.length, 'sent with the provided token', { timeout: 10000 });
    expect(await ops(token)).to.include('startChat');
    el.remove();
  });

  it('changing the mode starts over with that mode’s heading and greeting', async () => {
    const el = await mountChat();
    await openByClick(el);
    expect(deep(el, '[part~="heading"]')!.textContent).to.equal('Store assistant');
    const before = el.context;
    el.mode = 'direct';
    el.recipientId = 1003;
    await el.updateComplete;
    expect(el.context).not.to.equal(before);
    expect(deep(el, '[part~="heading"]')!.textContent).to.equal('Direct message');
    expect(deep(el, '[part~="empty"]')!.innerText).to.contain('Say hello');
    expect(deepAll(el, '[part~="starter"]')).to.have.length(0);
    el.remove();
  });

  it('a failure reaches the page as kesk-error', async () => {
    const token = newUser();
    await setFaults([{ operation: 'startChat', token, error_rate: 1, error_status: 422 }]);
    const el = await mountChat({ token });
    const errors = record(el, 'kesk-error');
    await openByClick(el);
    await typeAndSend(el, 'Hello?');
    await waitUntil(() => errors.length > 0, 'kesk-error fires', { timeout: 10000 });
    expect(errors[0]!.detail.error.message).to.be.a('string').and.not.be.empty;
    el.remove();
  });
});
