import { expect } from '@open-wc/testing';
import { history, inject, listItem, log, newUser, setFaults, waitFor } from '../helpers/emulator.js';
import { disposeAll, injectMany, mount, offsetIn, onScreen, settle, until, vendorSession } from './thread-harness.js';

describe('kesk-thread', () => {

  afterEach(async () => {
    disposeAll();
    await setFaults([]);
  });

  it('renders a conversation started through the store: the question, then the markdown answer with its sources', async () => {
    const token = newUser();
    await setFaults([{ operation: 'sendRagQuery', token, latency_ms: 700 }]);
    const m = await mount({ mode: 'assistant' }, { token });
    expect(m.articles()).to.have.length(0);

    m.chat.conversation.send('How do I return an item?');
    await until(() => m.message('How do I return an item?'), 'the question shows at once');
    const question = m.message('How do I return an item?')!;
    expect(question.getAttribute('part')).to.include('own');
    expect(question.getAttribute('aria-label')).to.match(/^You, /);
    await until(() => m.part('typing'), 'the thinking indicator shows while the answer is awaited');
    expect(m.part('typing')!.textContent).to.include('Thinking');

    await until(() => m.part('sources'), 'the answer arrives with its sources', 10000);
    const answer = m.articles().find((a) => a.querySelector('[part~="sources"]'))!;
    expect(answer.getAttribute('part')).to.include('other');
    expect(answer.getAttribute('aria-label')).to.match(/, \d/);
    expect(!!answer.querySelector('[part~="md-p"]'), 'markdown is rendered as elements').to.be.true;
    expect(answer.textContent).not.to.match(/\*\*|<\w/);
    const links = [...answer.querySelectorAll<HTMLAnchorElement>('[part~="sources"] ol > li a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.href).to.match(/^https?:/);
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.target).to.equal('_blank');
    }
    expect(!!m.part('avatar'), 'the assistant has an avatar').to.be.true;
    await until(() => !m.part('typing'), 'the indicator goes once answered');
  });

  it('groups messages by sender under a date separator, own messages at the end side, notices centred', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token, 'First question');
    await waitFor(async () => (await history(token, sessionId)).length >= 2, { timeout: 8000 });
    await inject(sessionId, { sender_kind: 'vendor', content: 'Second vendor line' });
    await inject(sessionId, { sender_kind: 'vendor', content: 'Third vendor line' });
    await inject(sessionId, { sender_kind: 'system', content: 'An agent joined the conversation' });
    await inject(sessionId, { sender_kind: 'user', content: 'Thanks, one more thing' });
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    await until(() => m.message('Thanks, one more thing'), 'the history renders');

    const separators = m.parts('date-separator');
    expect(separators).to.have.length(1);
    expect(separators[0]!.textContent!.trim()).to.equal('Today');

    const second = m.message('Second vendor line')!;
    const third = m.message('Third vendor line')!;
    const reply = second.closest('.row')!.previousElementSibling?.querySelector('article');
    // The vendor's automatic reply starts the run: it has the name and avatar; the next two share them.
    expect(!!reply?.querySelector('[part~="name"]')).to.be.true;
    // The initials are drawn from the attribute (the avatar is decorative): one text node less in every group.
    expect(reply?.querySelector('[part~="avatar"]')!.getAttribute('data-initials')).to.match(/^[A-Z]{1,2}$/);
    expect(!!second.querySelector('[part~="name"]')).to.be.false;
    expect(!!second.querySelector('[part~="avatar"]')).to.be.false;
    expect(!!third.querySelector('[part~="name"]')).to.be.false;
    expect(second.getAttribute('aria-label')).to.equal(`${reply!.querySelector('[part~="name"]')!.textContent}, ${second.querySelector('time')!.textContent}`);

    const notice = m.part('system-notice')!;
    expect(notice.textContent).to.include('An agent joined the conversation');
    expect(notice.tagName).to.equal('ARTICLE');

    const own = m.message('Thanks, one more thing')!;
    expect(own.getAttribute('part')).to.include('own');
    const ownBubble = own.querySelector<HTMLElement>('[part~="bubble"]')!.getBoundingClientRect();
    const otherBubble = third.querySelector<HTMLElement>('[part~="bubble"]')!.getBoundingClientRect();
    const view = m.scroller.getBoundingClientRect();
    // Measured from the inside of the scroller: a classic scrollbar (Firefox, WebKit) takes its own width.
    const inner = view.left + m.scroller.clientLeft + m.scroller.clientWidth;
    expect(inner - ownBubble.right, 'own bubbles sit at the end side').to.be.lessThan(20);
    expect(otherBubble.left - view.left, 'others at the start side').to.be.lessThan(60);
    await expect(m.el).to.be.accessible();
  });

  it('adds and removes a reaction from the picker and the chip', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token);
    const target = await inject(sessionId, { sender_kind: 'vendor', content: 'We have it in blue' });
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    await until(() => m.message('We have it in blue'), 'the message renders');
    const article = () => m.message('We have it in blue')!;

    article().querySelector<HTMLButtonElement>('button[aria-label="React"]')!.click();
    await until(() => article().querySelector('[part~="reaction-picker"]'), 'the picker opens');
    const picks = [...article().querySelectorAll<HTMLButtonElement>('[part~="reaction-picker"] button')].map((b) => b.textContent!.trim());
    expect(picks).to.deep.equal(['👍', '❤️', '😂', '😮', '😢', '🙏']);
    article().querySelector<HTMLButtonElement>('button[aria-label="React with 👍"]')!.click();

    await until(() => article().querySelector('[part~="reaction"]'), 'the chip shows');
    const chip = () => article().querySelector<HTMLButtonElement>('[part~="reaction"]')!;
    expect(chip().textContent!.replace(/\s+/g, '')).to.equal('👍1');
    expect(chip().getAttribute('aria-pressed')).to.equal('true');
    expect(!!article().querySelector('[part~="reaction-picker"]'), 'the picker closes').to.be.false;
    const stored = (await history(token, sessionId)).find((x: { id: number }) => x.id === target.id);
    expect(stored.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);

    chip().click();
    await until(() => !article().querySelector('[part~="reaction"]'), 'clicking my chip removes the reaction');
    const after = (await history(token, sessionId)).find((x: { id: number }) => x.id === target.id);
    expect(after.reactions).to.deep.equal([]);
  });

  it('edits through the composer and deletes after a confirm step inside the bubble', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token, 'Typo in this mesage');
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    await until(() => m.message('Typo in this mesage'), 'the message renders');
    const own = () => m.message('Typo in this')!;
    const id = m.chat.conversation.state.items.find((i) => i.own)!.message.id;

    let focused = 0;
    m.chat.ui.onFocusComposer(() => focused++);
    own().querySelector<HTMLButtonElement>('button[aria-label="Edit"]')!.click();
    expect(m.chat.ui.state.editingMessageId).to.equal(id);
    expect(focused).to.equal(1);
    await m.el.updateComplete;
    expect(own().querySelector('[part~="bubble"]')!.classList.contains('editing')).to.be.true;

    await m.chat.conversation.edit(id, 'Typo in this message, fixed');
    m.chat.ui.set({ editingMessageId: null });
    await until(() => m.message('message, fixed')?.textContent!.includes('edited'), 'the edit shows as edited');

    own().querySelector<HTMLButtonElement>('button[aria-label="Delete"]')!.click();
    await until(() => own().querySelector('[part~="confirm"]'), 'a confirm step shows inside the bubble');
    expect(!!own().querySelector('[part~="bubble"] [part~="confirm"]')).to.be.true;
    expect(m.el.shadowRoot!.activeElement?.textContent).to.equal('Cancel');
    await expect(m.el).to.be.accessible();
    own().querySelector<HTMLButtonElement>('[part~="confirm-cancel"]')!.click();
    await until(() => !own().querySelector('[part~="confirm"]'), 'Cancel keeps the message');
    expect(own().textContent).to.include('fixed');

    own().querySelector<HTMLButtonElement>('button[aria-label="Delete"]')!.click();
    await until(() => own().querySelector('[part~="confirm-delete"]'), 'the confirm shows again');
    own().querySelector<HTMLButtonElement>('[part~="confirm-delete"]')!.click();
    await until(() => m.message('This message was deleted'), 'the message becomes a tombstone');
    const tombstone = m.message('This message was deleted')!;
    expect(!!tombstone.querySelector('[part~="message-actions"]')).to.be.false;
    const stored = (await history(token, sessionId)).find((x: { id: number }) => x.id === id);
    expect(stored.deleted).to.be.true;
  });

  it('shows why a send failed, with Retry that delivers exactly once, and Discard', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token);
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    // A refusal (not a 5xx, which the outbox retries by itself) fails the message.
    await setFaults([{ operation: 'sendChatMessage', token, error_rate: 1, error_status: 403 }]);

    m.chat.conversation.send('Can you ship to Tartu?');
    await until(() => m.part('failed'), 'the failure shows', 15000);
    const failed = m.part('failed')!;
    expect(failed.textContent).to.include('Not sent.');
    expect(failed.textContent!.length).to.be.greaterThan('Not sent. Retry Discard'.length);
    expect(!!m.message('Can you ship to Tartu?'), 'the text stays').to.be.true;
    await expect(m.el).to.be.accessible();

    await setFaults([]);
    m.part('retry-button')!.click();
    await until(() => !m.part('failed') && m.message('Can you ship to Tartu?')?.querySelector('.delivery.sent'), 'retry delivers', 15000);
    const stored = (await history(token, sessionId)).filter((x: { content: string }) => x.content === 'Can you ship to Tartu?');
    expect(stored).to.have.length(1);

    await setFaults([{ operation: 'sendChatMessage', token, error_rate: 1, error_status: 403 }]);
    m.chat.conversation.send('Never mind');
    await until(() => m.part('failed'), 'the second failure shows', 15000);
    m.part('discard-button')!.click();
    await until(() => !m.message('Never mind'), 'Discard drops it');
  });

  it('loads older history on scroll up without moving the first visible message', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token, 'Opening line');
    await injectMany(sessionId, 110, 'History');
    const m = await mount({ mode: 'vendor', sessionId, pageSize: 50 }, { token, height: 420 });
    await until(() => onScreen(m, m.message('History 110')), 'the newest message is on screen');
    expect(m.chat.conversation.state.hasMore).to.be.true;
    expect(m.articles().length).to.be.lessThan(50);

    await setFaults([{ operation: 'getChatMessageHistory', token, latency_ms: 900 }]);
    m.scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -3000, bubbles: true }));
    m.scroller.scrollTop = 0;
    await until(() => m.part('status')?.textContent!.includes('earlier'), 'loading older shows');
    await settle(200);
    const view = m.scroller.getBoundingClientRect();
    const first = m.articles().find((a) => a.getBoundingClientRect().bottom > view.top + 1)!;
    // The bubble's text: the article's textContent runs it into the time ("History 1211:15 AM").
    const textOf = (a: HTMLElement) => a.querySelector('.text')?.textContent ?? '';
    const label = textOf(first).match(/History \d+/)![0];
    const before = offsetIn(m, first);

    await until(() => m.chat.conversation.state.items.length >= 100, 'the older page arrives', 10000);
    await settle(400);
    const byLabel = (l: string) => m.articles().find((a) => textOf(a).match(/History \d+/)?.[0] === l);
    const again = byLabel(label)!;
    const after = offsetIn(m, again);
    expect(Math.abs(after - before), `${label} stayed at ${before}px (now ${after}px)`).to.be.lessThan(3);
    // The page before is there, just above it.
    const previous = byLabel(`History ${Number(label.split(' ')[1]) - 1}`)!;
    expect(previous.getBoundingClientRect().bottom).to.be.at.most(again.getBoundingClientRect().top + 1);
  });

  it('stays at the bottom as messages arrive, and offers "New messages" when the reader is scrolled up', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token, 'Hello');
    await injectMany(sessionId, 30, 'Line');
    const m = await mount({ mode: 'vendor', sessionId }, { token, height: 360 });
    await until(() => onScreen(m, m.message('Line 30')), 'the newest message is on screen');

    await inject(sessionId, { sender_kind: 'vendor', content: 'While at the bottom' });
    await until(() => onScreen(m, m.message('While at the bottom')), 'the view follows the new message', 8000);
    expect(!!m.part('new-messages')).to.be.false;

    m.scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -3000, bubbles: true }));
    m.scroller.scrollTop = 0;
    await settle();
    await inject(sessionId, { sender_kind: 'vendor', content: 'While scrolled up' });
    await until(() => m.part('new-messages'), 'the jump button appears', 8000);
    expect(onScreen(m, m.message('Line 1 ') ?? m.articles()[0]), 'the reader stays where they were').to.be.true;
    expect(m.part('new-messages')!.textContent).to.include('New messages');
    m.part('new-messages')!.click();
    await until(() => onScreen(m, m.message('While scrolled up')), 'the button jumps to the newest message');
    await settle();
    expect(!!m.part('new-messages')).to.be.false;
  });

  it('marks messages read when the newest is on screen and the panel is open', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token);
    await inject(sessionId, { sender_kind: 'vendor', content: 'Unread one' });
    await inject(sessionId, { sender_kind: 'vendor', content: 'Unread two' });
    expect((await listItem(token, sessionId)).unread_count).to.be.greaterThan(0);

    const m = await mount({ mode: 'vendor', sessionId }, { token, open: false });
    await until(() => m.message('Unread two'), 'the messages render');
    await settle(400);
    expect((await listItem(token, sessionId)).unread_count, 'a closed panel marks nothing').to.be.greaterThan(0);

    m.chat.ui.set({ open: true });
    await waitFor(async () => (await listItem(token, sessionId)).unread_count === 0, { timeout: 8000 });
  });

  it('shows an upload in bytes with a Cancel that stops it', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token);
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    await setFaults([{ operation: 'uploadChatMedia', token, latency_ms: 4000 }]);
    const file = new File([new Uint8Array(48 * 1024).fill(65)], 'invoice.pdf', { type: 'application/pdf' });
    m.chat.conversation.send('Here is the invoice', [file]);

    await until(() => m.part('upload'), 'the upload shows');
    // Once it has started (it may wait its turn a moment on a busy machine).
    await until(() => /of 48 KB/.test(m.part('upload')!.textContent!), 'the upload starts');
    const upload = m.part('upload')!;
    expect(upload.textContent).to.include('invoice.pdf');
    const progress = upload.querySelector('progress')!;
    expect(progress.max).to.equal(48 * 1024);
    expect(upload.textContent).to.match(/of 48 KB/);
    await expect(m.el).to.be.accessible();

    m.part('cancel-upload')!.click();
    await until(() => m.part('upload')?.textContent!.includes('Cancelled'), 'the upload is cancelled');
    expect(!!m.part('cancel-upload')).to.be.false;
    // The text still goes, without the cancelled file (which stays listed as cancelled).
    await until(() => m.message('Here is the invoice')?.querySelector('.delivery.sent'), 'the text is sent', 8000);
    expect(m.part('upload')!.textContent).to.include('Cancelled');
    expect(!!m.part('attachment')).to.be.false;
    const ops = (await log({ token })).map((e: { operation_id: string }) => e.operation_id);
    expect(ops.filter((o: string) => o === 'uploadChatMedia')).to.have.length(1);
  });
});
