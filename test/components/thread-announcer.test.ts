import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import type { ChatMessage } from '../../src/api/types.gen.js';
import { ANNOUNCED_PER_BATCH, ANNOUNCER_LINES, ThreadAnnouncer } from '../../src/components/thread/thread-announcer.js';
import { terms } from '../../src/components/thread/thread.terms.js';
import { Emitter } from '../../src/state/emitter.js';
import type { ThreadItem } from '../../src/state/thread-item.js';

// The thread's live announcements on their own: a region, a store's `received` event, and what is said.

const host = () => ({ controllers: [] as ReactiveController[], addController(c: ReactiveController) { this.controllers.push(c); }, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });

const message = (id: number, over: Partial<ChatMessage> = {}) =>
  ({ id, content: `Hello ${id}`, content_format: 'plain', media: [], deleted: false, sender: { name: 'Ana' }, ...over }) as unknown as ChatMessage;

describe('ThreadAnnouncer (the thread\'s live region, without a thread)', () => {
  let region: HTMLElement;
  beforeEach(() => {
    region = document.createElement('div');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  });
  afterEach(() => region.remove());
  const lines = () => [...region.children].map((p) => p.textContent);

  it('says who wrote what for each message received, the newest few of a batch', () => {
    const h = host();
    const a = new ThreadAnnouncer(h, () => region, () => terms);
    expect(h.controllers).to.include(a);
    const store = new Emitter<{ received: ChatMessage[] }>();
    a.listen(store);
    store.emit('received', [1, 2, 3, 4, 5].map((i) => message(i)));
    expect(lines()).to.deep.equal(['Ana: Hello 3', 'Ana: Hello 4', 'Ana: Hello 5']);
    expect(ANNOUNCED_PER_BATCH).to.equal(3);
  });

  it('reads markdown as plain text, and names what a message without text holds', () => {
    const a = new ThreadAnnouncer(host(), () => region, () => terms);
    a.message(message(1, { content: '**Bold** and [a link](https://example.com)', content_format: 'markdown' } as Partial<ChatMessage>));
    a.message(message(2, { content: '', media: [{}, {}] } as unknown as Partial<ChatMessage>));
    a.message(message(3, { deleted: true }));
    a.message(message(4, { sender: { name: '' } } as unknown as Partial<ChatMessage>));
    expect(lines()).to.deep.equal(['Ana: Bold and a link', 'Ana: 2 attachments', `Ana: ${terms.deleted}`, 'Notice: Hello 4']);
  });

  it('keeps only the newest lines in the region', () => {
    const a = new ThreadAnnouncer(host(), () => region, () => terms);
    for (let i = 1; i <= 8; i++) a.say(`line ${i}`);
    expect(lines()).to.deep.equal(Array.from({ length: ANNOUNCER_LINES }, (_, i) => `line ${i + 4}`));
  });

  it('says each failed send once, with why', () => {
    const a = new ThreadAnnouncer(host(), () => region, () => terms);
    const failed = { key: 'c:1', own: true, delivery: 'failed', error: { message: 'Too long.' }, message: message(0) } as unknown as ThreadItem;
    const sending = { ...failed, delivery: 'sending', error: undefined } as ThreadItem;
    a.failures([sending], [failed]);
    a.failures([failed], [failed]);
    expect(lines()).to.deep.equal(['Not sent. Too long.']);
  });

  it('stops listening to a store it was switched away from, and when its host leaves the page', () => {
    const a = new ThreadAnnouncer(host(), () => region, () => terms);
    const one = new Emitter<{ received: ChatMessage[] }>();
    const two = new Emitter<{ received: ChatMessage[] }>();
    a.listen(one);
    a.listen(two);
    one.emit('received', [message(1)]);
    two.emit('received', [message(2)]);
    a.hostDisconnected();
    two.emit('received', [message(3)]);
    expect(lines()).to.deep.equal(['Ana: Hello 2']);
  });
});
