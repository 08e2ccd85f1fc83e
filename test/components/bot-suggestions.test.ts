import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/bot-suggestions/define.js';
import '../../src/components/composer/define.js';
import type { KeskBotSuggestions } from '../../src/components/bot-suggestions/bot-suggestions.js';
import type { KeskComposer } from '../../src/components/composer/composer.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import type { ConversationConfig } from '../../src/state/index.js';
import { disposeMounted, mountInChat } from '../helpers/chat-harness.js';
import { config, log } from '../helpers/emulator.js';

interface Mounted {
  token: string;
  chat: ChatContextValue;
  wrapper: HTMLElement;
  el: KeskBotSuggestions;
  composer: KeskComposer;
}

/** The bot's suggestions above a composer, as <kesk-chat> lays them out. */
async function mount(config: Partial<ConversationConfig> = { mode: 'bot', botUsername: 'shopbot' }): Promise<Mounted> {
  const m = await mountInChat<KeskBotSuggestions>(['kesk-bot-suggestions', 'kesk-composer'], { config, style: 'inline-size: 420px', open: true });
  return { token: m.token!, chat: m.chat, wrapper: m.host, el: m.el, composer: m.elements[1] as KeskComposer };
}

const part = (m: Mounted, name: string) => m.el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`);
const chips = (m: Mounted) => [...m.el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="suggestion"]')];
const toolbarItems = (m: Mounted) => [...m.el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=toolbar] button')];
const statusText = (m: Mounted) => part(m, 'bot-status')?.textContent?.trim() ?? '';
const senders = (m: Mounted) => m.chat.conversation.state.items.map((i) => i.message.sender.kind);

/** Starts the conversation the way a user does: writes in the composer and presses Enter. */
async function start(m: Mounted, text = 'Hello') {
  const input = m.composer.shadowRoot!.querySelector('textarea')!;
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => chips(m).length > 0, 'no chips', { timeout: 8000 });
}

describe('<kesk-bot-suggestions>', () => {
  before(() => config({ reply_delay_ms: 100 }));
  after(() => config({ reply_delay_ms: 1200 }));
  afterEach(disposeMounted);

  it('renders nothing outside bot mode, nor before a bot conversation exists', async () => {
    const assistant = await mount({ mode: 'assistant' });
    expect(assistant.el.shadowRoot!.children).to.have.length(0);
    const bot = await mount();
    expect(part(bot, 'base')).to.equal(null);
  });

  it('a started conversation shows the status and chips; a chip sends and the bot replies', async () => {
    const m = await mount();
    await start(m);
    expect(part(m, 'bot-status')!.getAttribute('role')).to.equal('status');
    expect(statusText(m)).to.match(/automated assistant/);
    expect(part(m, 'suggestions')!.getAttribute('role')).to.equal('toolbar');
    expect(part(m, 'handover-button')!.textContent).to.match(/person/i);
    expect(part(m, 'restart-button')).to.exist;
    await expect(m.el).to.be.accessible();

    const chip = chips(m)[0]!;
    const text = chip.textContent!.trim();
    const botMessages = () => m.chat.conversation.state.items.filter((i) => i.message.sender.kind === 'bot').length;
    const before = botMessages();
    chip.click();
    await waitUntil(() => botMessages() > before && !m.chat.conversation.state.awaitingReply, 'no reply', { timeout: 8000 });
    const history = await m.chat.api.getChatMessageHistory(m.chat.conversation.state.sessionId!);
    const stored = history.messages.filter((x) => x.sender.kind === 'user').map((x) => x.content);
    expect(stored).to.include(text);
    expect(history.messages.at(-1)!.sender.kind).to.equal('bot');
    expect((await log({ token: m.token })).map((e: { operation_id: string }) => e.operation_id)).to.include('sendBotMessage');
  });

  it('a cancelled kesk-before-send keeps a chip from sending', async () => {
    const m = await mount();
    await start(m);
    m.wrapper.addEventListener('kesk-before-send', (e) => e.preventDefault());
    const count = m.chat.conversation.state.items.length;
    chips(m)[0]!.click();
    await new Promise((r) => setTimeout(r, 200));
    expect(m.chat.conversation.state.items).to.have.length(count);
  });

  it('the chips are one toolbar with a single tab stop: arrows, Home and End move focus', async () => {
    const m = await mount();
    await start(m);
    const items = toolbarItems(m);
    expect(items.length).to.be.greaterThan(2);
    expect(items.filter((b) => b.tabIndex === 0)).to.have.length(1);
    items[0]!.focus();
    const active = () => m.el.shadowRoot!.activeElement;
    await sendKeys({ press: 'ArrowRight' });
    expect(active()).to.equal(items[1]);
    await m.el.updateComplete;
    expect(items[1]!.tabIndex).to.equal(0);
    expect(items[0]!.tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    expect(active()).to.equal(part(m, 'handover-button'));
    await sendKeys({ press: 'ArrowRight' });
    expect(active(), 'wraps to the first').to.equal(items[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(), 'wraps to the last').to.equal(items.at(-1));
    await sendKeys({ press: 'Home' });
    expect(active()).to.equal(items[0]);
    // Enter on a chip sends it, like a click.
    const text = items[0]!.textContent!.trim();
    // (Taken before Enter: on a busy machine the new chips can arrive before the sent message is seen.)
    const suggestions = m.chat.conversation.state.bot.suggestions;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => m.chat.conversation.state.items.some((i) => i.own && i.message.content === text), 'chip not sent');
    // New chips replace the old ones under the keyboard: focus stays in the toolbar.
    await waitUntil(() => m.chat.conversation.state.bot.suggestions !== suggestions && !m.chat.conversation.state.awaitingReply, 'no new chips', { timeout: 8000 });
    await m.el.updateComplete;
    expect(active()?.closest('[role=toolbar]')).to.equal(part(m, 'suggestions'));
  });

  it('"Talk to a person" hands over: the status says so, the chips go, focus moves to the composer, an agent replies', async () => {
    const m = await mount();
    await start(m);
    part(m, 'handover-button')!.focus();
    part(m, 'handover-button')!.click();
    await waitUntil(() => /with a person/i.test(statusText(m)), 'status not updated', { timeout: 8000 });
    expect(part(m, 'suggestions')).to.equal(null);
    expect(part(m, 'handover-button')).to.equal(null);
    expect(m.composer.shadowRoot!.activeElement).to.equal(m.composer.shadowRoot!.querySelector('textarea'));
    expect(senders(m)).to.include('system');
    await expect(m.el).to.be.accessible();
    // The person answers what the user writes next; files can go to a person.
    await m.composer.updateComplete;
    expect(m.composer.shadowRoot!.querySelector('[part~="attach-button"]')).to.exist;
    await sendKeys({ type: 'My parcel never arrived' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => senders(m).includes('agent'), 'no agent reply', { timeout: 8000 });
  });

  it('asking the bot for a person in words hands over too, and the status follows', async () => {
    const m = await mount();
    await start(m);
    const input = m.composer.shadowRoot!.querySelector('textarea')!;
    input.focus();
    await sendKeys({ type: 'Can I talk to a real person please' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /with a person/i.test(statusText(m)), 'status not updated', { timeout: 8000 });
    expect(part(m, 'suggestions')).to.equal(null);
  });

  it('Restart brings the bot back with new chips', async () => {
    const m = await mount();
    await start(m);
    part(m, 'handover-button')!.click();
    await waitUntil(() => /with a person/i.test(statusText(m)), 'not handed over', { timeout: 8000 });
    part(m, 'restart-button')!.click();
    await waitUntil(() => /automated assistant/.test(statusText(m)) && chips(m).length > 0, 'not restarted', { timeout: 8000 });
    expect(m.chat.conversation.state.bot.status).to.equal('active');
    expect((await log({ token: m.token })).map((e: { operation_id: string }) => e.operation_id)).to.include('restartBotConversation');
    const history = await m.chat.api.getChatMessageHistory(m.chat.conversation.state.sessionId!);
    expect(history.messages.at(-1)!.sender.kind).to.equal('bot');
  });

  it('arrow keys follow the reading direction in right-to-left pages', async () => {
    const m = await mount();
    m.wrapper.dir = 'rtl';
    await start(m);
    const items = toolbarItems(m);
    items[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(m.el.shadowRoot!.activeElement).to.equal(items[1]);
  });
});
