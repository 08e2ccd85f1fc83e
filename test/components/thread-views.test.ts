import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { png } from '../api/media-bytes.js';
import { api, inject, newUser, send } from '../helpers/emulator.js';
import { disposeAll, injectMany, mount, mountFixedThread, onScreen, settle, until, vendorSession } from './thread-harness.js';

async function upload(token: string, sessionId: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await api(token, 'POST', `/chat/sessions/${sessionId}/media`, form);
  if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${res.text}`);
  return res.body as { id: number; url: string };
}

const bytes = (name: string, size: number, type: string) => new File([new Uint8Array(size).fill(65)], name, { type });

describe('kesk-thread views', () => {
  afterEach(() => disposeAll());

  it('shows images, audio, video and files inline, loading only http(s) URLs', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token);
    const image = await upload(token, sessionId, png('shelf.png'));
    const audio = await upload(token, sessionId, bytes('voice.mp3', 2048, 'audio/mpeg'));
    const video = await upload(token, sessionId, bytes('unboxing.mp4', 4096, 'video/mp4'));
    const doc = await upload(token, sessionId, bytes('manual.pdf', 150 * 1024, 'application/pdf'));
    await send(token, sessionId, 'Photos of the shelf', { media_ids: [image.id, audio.id] });
    await inject(sessionId, { sender_kind: 'vendor', content: 'Here is the video and the manual', media_ids: [video.id, doc.id] });
    const m = await mount({ mode: 'vendor', sessionId }, { token, height: 900 });
    await until(() => m.message('the video and the manual'), 'the messages render');
    await settle(300);

    const img = m.root.querySelector<HTMLImageElement>('img[alt="shelf.png"]')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.src).to.equal(image.url);
    const link = img.closest('a')!;
    expect(link.href).to.equal(image.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');

    const player = m.root.querySelector<HTMLAudioElement>('audio')!;
    expect(player.controls).to.be.true;
    expect(player.src).to.equal(audio.url);
    const movie = m.root.querySelector<HTMLVideoElement>('video')!;
    expect(movie.controls).to.be.true;
    expect(movie.preload).to.equal('metadata');

    const chip = m.part('attachment') as HTMLAnchorElement;
    expect(chip.textContent).to.include('manual.pdf');
    expect(chip.textContent).to.include('150 KB');
    expect(chip.hasAttribute('download')).to.be.true;
    expect(chip.href).to.equal(doc.url);
    await expect(m.el).to.be.accessible();
  });

  it('never lets markup or unsafe links through, and shows only safe sources', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token);
    await inject(sessionId, {
      sender_kind: 'assistant',
      content_format: 'markdown',
      content: '**Returns** take 14 days. <img src=x onerror="window.__pwned=1"> [click](javascript:alert(1)) see [1].',
      sources: [
        { title: 'Returns policy', url: 'https://help.example.com/returns', snippet: 'Returns take 14 days.', score: 3 },
        { title: 'Sneaky', url: 'javascript:alert(1)', snippet: 'x', score: 1 },
      ],
    });
    await inject(sessionId, { sender_kind: 'vendor', content: 'Plain <b>text</b> stays text' });
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    await until(() => m.message('stays text'), 'the messages render');

    const answer = m.message('Returns')!;
    expect(answer.querySelector('strong')!.textContent).to.equal('Returns');
    expect(!!answer.querySelector('[part~="bubble"] img'), 'no image from markup').to.be.false;
    expect(answer.textContent).to.include('<img src=x');
    expect([...answer.querySelectorAll('a')].every((a) => /^https?:/.test(a.href))).to.be.true;
    const sources = [...answer.querySelectorAll('[part~="sources"] li')];
    expect(sources.map((li) => li.textContent!.trim())).to.deep.equal(['Returns policy', 'Sneaky']);
    expect(sources[0]!.querySelector('a')!.href).to.equal('https://help.example.com/returns');
    expect(!!sources[1]!.querySelector('a'), 'an unsafe source is text, not a link').to.be.false;
    expect(!!m.message('stays text')!.querySelector('b')).to.be.false;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('reacts and cancels a delete from the keyboard', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token, 'My own question');
    await inject(sessionId, { sender_kind: 'vendor', content: 'A vendor answer' });
    const m = await mount({ mode: 'vendor', sessionId }, { token });
    await until(() => m.message('A vendor answer'), 'the messages render');
    const active = () => m.root.activeElement as HTMLElement | null;

    m.message('A vendor answer')!.querySelector<HTMLButtonElement>('button[aria-label="React"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active()?.getAttribute('aria-label') === 'React with 👍', 'the picker takes focus');
    await expect(m.el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => active()?.getAttribute('aria-label') === 'React', 'Escape returns to the React button');
    expect(!!m.part('reaction-picker')).to.be.false;

    await sendKeys({ press: 'Enter' });
    await until(() => active()?.getAttribute('aria-label') === 'React with 👍', 'the picker opens again');
    await sendKeys({ press: 'Tab' });
    expect(active()!.getAttribute('aria-label')).to.equal('React with ❤️');
    await sendKeys({ press: 'Enter' });
    await until(() => m.message('A vendor answer')!.querySelector('[part~="reaction"][aria-pressed="true"]'), 'the reaction is added');
    await until(() => active()?.getAttribute('aria-label') === 'React', 'focus returns to the React button');

    // Actions come into being on the message the reader is on: move there first, as the arrow keys do.
    m.message('My own question')!.focus();
    await until(() => m.message('My own question')!.querySelector('button[aria-label="Delete"]'), 'the actions of the message moved to');
    m.message('My own question')!.querySelector<HTMLButtonElement>('button[aria-label="Delete"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active()?.textContent === 'Cancel', 'the confirm step takes focus');
    await sendKeys({ press: 'Escape' });
    await until(() => active()?.getAttribute('aria-label') === 'Delete', 'Escape cancels and returns to Delete');
    expect(!!m.message('My own question')!.querySelector('[part~="confirm"]')).to.be.false;
  });

  it('keeps the DOM to a few screens in a thread of 10,000 messages', async () => {
    const wraps = ' with a longer line of text that wraps onto a second line in the bubble';
    const m = await mountFixedThread(10_000, { own: (i) => (i - 1) % 4 === 0, text: (i) => `Bulk message ${i}${(i - 1) % 7 === 0 ? wraps : ''}` });
    await until(() => onScreen(m, m.message('Bulk message 10000')), 'the newest message is on screen');
    expect(m.articles().length).to.be.within(5, 149);

    m.scroller.scrollTop = m.scroller.scrollHeight / 2;
    await settle(300);
    const middle = m.articles().filter((a) => onScreen(m, a));
    expect(middle.length).to.be.greaterThan(0);
    expect(m.articles().length).to.be.within(5, 149);

    // Dragging the scroll bar to the top. The window moves there; a drag still held at the top re-asserts it (the
    // first landing can settle a screen short while row heights are re-estimated: a known rough edge).
    m.scroller.scrollTop = 0;
    await settle(300);
    await until(() => {
      if (m.scroller.scrollTop > 0 && !onScreen(m, m.message('Bulk message 1 '))) m.scroller.scrollTop = 0;
      return onScreen(m, m.message('Bulk message 1 ') ?? m.articles()[0]);
    }, 'the oldest message is reachable');
    expect(m.articles()[0]!.textContent).to.include('Bulk message 1');
    expect(m.articles().length).to.be.within(5, 149);
    expect(m.parts('date-separator').length).to.be.lessThan(10);
  });

  it('slides its window back down after reading far up: the DOM stays bounded and the newest is reachable', async () => {
    const m = await mountFixedThread(2000, { height: 400, text: (i) => `Line ${i} end` });
    await until(() => onScreen(m, m.message('Line 2000 end')), 'the newest message is on screen');
    const numbers = () => m.articles().map((a) => Number(a.textContent!.match(/Line (\d+) end/)![1]));
    const firstOnScreen = () => Number(m.articles().find((a) => onScreen(m, a))!.textContent!.match(/Line (\d+) end/)![1]);

    // Read upward a screen and a half at a time, well past what was rendered at first (at least 40 steps, more on
    // a slow machine where each step gets less far before the window catches up).
    let most = 0;
    for (let i = 0; i < 40 || (i < 160 && firstOnScreen() >= 1700); i++) {
      m.scroller.scrollTop -= 600;
      await settle(40);
      most = Math.max(most, m.articles().length);
    }
    const reading = firstOnScreen();
    expect(reading, 'the reader went far up').to.be.lessThan(1700);
    expect(Math.max(...numbers()), 'the bottom was dropped while reading up').to.be.lessThan(1900);
    expect(most, 'the DOM stayed bounded going up').to.be.at.most(150);

    // Back down: the window slides, dropping what is above, until the newest message shows.
    for (let i = 0; i < 80 && !onScreen(m, m.message('Line 2000 end')); i++) {
      m.scroller.scrollTop += 600;
      await settle(40);
      most = Math.max(most, m.articles().length);
      expect(firstOnScreen(), 'going down never jumps back up').to.be.at.least(reading);
    }
    await until(() => onScreen(m, m.message('Line 2000 end')), 'the newest message is reachable');
    expect(most, 'the DOM stayed bounded going down').to.be.at.most(150);
    expect(Math.min(...numbers()), 'what was read far above has left the DOM').to.be.greaterThan(reading);
    expect(m.articles().length).to.be.at.most(150);
  });

  it('growing its window above keeps the messages already rendered: the same elements, focus and all', async () => {
    const m = await mountFixedThread(300, { height: 400, text: (i) => `Row ${i} end` });
    await until(() => onScreen(m, m.message('Row 300 end')), 'the newest message is on screen');
    const oldest = m.articles()[0]!;
    const newest = m.message('Row 300 end')!;
    const before = m.articles().length;
    oldest.focus({ preventScroll: true });
    // Up a screen at a time (a jump far up would move the window rather than grow it).
    for (let i = 0; i < 20 && m.articles().length === before; i++) {
      m.scroller.scrollTop -= 300;
      await settle(40);
    }
    expect(m.articles().length, 'the window grew above').to.be.greaterThan(before);
    expect(oldest.isConnected && newest.isConnected, 'the rendered messages kept their elements').to.equal(true);
    expect(m.articles().indexOf(oldest)).to.equal(m.articles().length - before);
    expect(m.root.activeElement, 'focus stayed on the message').to.equal(oldest);
    const rows = [...m.root.querySelectorAll<HTMLElement>('.content > [data-key]')].map((r) => Number(r.dataset.key!.slice(2)));
    expect(rows, 'the rows are in order').to.deep.equal([...rows].sort((a, b) => a - b));
  });

  it('renders a message’s text again only when the text changes', async () => {
    const m = await mountFixedThread(30, { height: 400, text: (i) => `Text ${i} end, see https://example.com/${i}` });
    await until(() => onScreen(m, m.message('Text 30 end')), 'the newest message is on screen');
    const text = () => m.message('Text 30 end')!.querySelector('.text')!;
    const before = text();
    const node = before.firstChild;
    // Re-renders that leave the text as it was: another message's picker opening, a bare update.
    // Pointing at another message brings its actions into being; its React opens the picker.
    m.message('Text 29 end')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until(() => m.message('Text 29 end')!.querySelector('button[aria-label="React"]'), 'the actions of the message pointed at');
    m.message('Text 29 end')!.querySelector<HTMLButtonElement>('button[aria-label="React"]')!.click();
    await until(() => m.part('reaction-picker'), 'the picker opens');
    m.el.requestUpdate();
    await m.el.updateComplete;
    expect(text(), 'the same element').to.equal(before);
    expect(text().firstChild, 'the same nodes').to.equal(node);
  });

  it('"New messages" jumps to the newest and renders just the newest again', async () => {
    const token = newUser();
    const sessionId = await vendorSession(token, 'Start');
    await injectMany(sessionId, 100, 'Row');
    const m = await mount({ mode: 'vendor', sessionId, pageSize: 100 }, { token, height: 400 });
    await until(() => onScreen(m, m.message('Row 100')), 'the newest message is on screen');
    const initial = m.articles().length;
    expect(initial).to.be.lessThan(60);

    for (let i = 0; i < 30 && !onScreen(m, m.message('Start')); i++) {
      m.scroller.scrollTop -= 800;
      await settle(40);
    }
    await until(() => onScreen(m, m.message('Start')), 'the reader reached the first message');
    expect(m.articles().length, 'the window grew upward').to.be.greaterThan(initial);

    await inject(sessionId, { sender_kind: 'vendor', content: 'Arrived while reading' });
    await until(() => m.part('new-messages'), 'the jump button appears', 8000);
    expect(onScreen(m, m.message('Start')), 'the reader stays where they were').to.be.true;
    m.part('new-messages')!.click();
    await until(() => onScreen(m, m.message('Arrived while reading')), 'the button jumps to the newest message');
    await settle();
    expect(!!m.part('new-messages')).to.be.false;
    expect(m.articles().length, 'only the newest are rendered again').to.be.at.most(initial + 1);
    expect(!!m.message('Start'), 'the oldest left the DOM').to.be.false;
    expect(m.root.activeElement, 'focus goes to the log').to.equal(m.scroller);
  });
});
