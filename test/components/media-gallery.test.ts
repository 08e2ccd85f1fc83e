import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatMediaResponse } from '../../src/api/types.gen.js';
import '../../src/components/media-gallery/define.js';
import type { KeskMediaGallery } from '../../src/components/media-gallery/media-gallery.js';
import { safeFileHref } from '../../src/markdown/safe-url.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import { MediaStore } from '../../src/state/media-store.js';
import { blobFile, png } from '../api/media-bytes.js';
import { createTestContext, mountInChat } from '../helpers/chat-harness.js';
import { log, newUser, setFaults, userIdOf } from '../helpers/emulator.js';

// <kesk-media-gallery> against the emulator: real uploads of a fresh user, real HTTP.

let ctx: ChatContextValue | undefined;

/** The <kesk-media-gallery> inside a host as wide as the panel's, in the test's context. */
const mount = async (chat: ChatContextValue) => (await mountInChat<KeskMediaGallery>(['kesk-media-gallery'], { chat, style: 'inline-size: 360px' })).el;

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const tile = (el: HTMLElement, id: number) => $(el, `[part~="media-item"][data-id="${id}"] button`)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dialogOf = (el: HTMLElement) => $(el, 'dialog') as HTMLDialogElement;

async function loaded(el: KeskMediaGallery): Promise<void> {
  await waitUntil(() => !part(el, 'status')!.textContent!.trim(), 'the gallery did not finish loading');
  await el.updateComplete;
}

/** A session of a fresh user, opened in the conversation store, with the given files uploaded (oldest first). */
async function sessionWith(c: ChatContextValue, files: File[]): Promise<{ sessionId: number; media: ChatMediaResponse[] }> {
  const { session } = await c.api.startChat({ chat_type: 'rag', user_type: 'customer', message: 'Here are my files' });
  const media: ChatMediaResponse[] = [];
  for (const file of files) media.push(await c.api.uploadChatMedia(session.id, file));
  await c.conversation.openSession(session.id);
  return { sessionId: session.id, media };
}

const fourKinds = () => [
  png('photo.png'),
  blobFile('song.mp3', 2048, 'audio/mpeg'),
  blobFile('clip.mp4', 4096, 'video/mp4'),
  blobFile('invoice.pdf', 1536, 'application/pdf'),
];

afterEach(async () => {
  ctx?.conversation.dispose();
  ctx = undefined;
  await setFaults([]);
});

describe('<kesk-media-gallery>', () => {
  it('shows the empty state without a session, and is accessible', async () => {
    ctx = createTestContext(newUser());
    const el = await mount(ctx);
    expect(text(part(el, 'empty'))).to.contain('No photos or files yet');
    expect(part(el, 'gallery')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for a session without media', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    await sessionWith(ctx, []);
    const el = await mount(ctx);
    await loaded(el);
    expect(text(part(el, 'empty'))).to.contain('No photos or files yet');
    expect((await log({ token })).some((e: { operation_id: string }) => e.operation_id === 'listChatMedia')).to.equal(true);
  });

  it('lists an image, an audio clip, a video and a document, and is accessible', async () => {
    ctx = createTestContext(newUser());
    const { media } = await sessionWith(ctx, fourKinds());
    const el = await mount(ctx);
    await loaded(el);
    expect(parts(el, 'media-item')).to.have.length(4);
    // Newest first.
    expect(parts(el, 'media-item').map((li) => Number(li.dataset.id))).to.deep.equal(media.map((m) => m.id).reverse());

    const thumb = tile(el, media[0]!.id).querySelector('img')!;
    expect(thumb.getAttribute('part')).to.equal('thumbnail');
    expect(thumb.getAttribute('loading')).to.equal('lazy');
    expect(thumb.alt).to.equal('photo.png');
    expect(thumb.src).to.match(/^http:\/\/.+\/v1\/files\/\d+\/.+\/photo\.png$/);
    await waitUntil(() => thumb.complete && thumb.naturalWidth === 1, 'the thumbnail did not load');

    expect(text(tile(el, media[1]!.id))).to.equal('song.mp3 , Audio, 2 KB');
    expect(text(tile(el, media[2]!.id))).to.contain('clip.mp4');
    expect(text(tile(el, media[3]!.id))).to.contain('1.5 KB');
    expect(tile(el, media[3]!.id).querySelector('[part~="icon"] svg')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('pages by limit and offset without duplicates', async () => {
    const token = newUser();
    ctx = { ...createTestContext(token) };
    ctx.media = new MediaStore(ctx.api, 3);
    const files = Array.from({ length: 7 }, (_, i) => blobFile(`note-${i + 1}.txt`, 100 + i, 'text/plain'));
    const { media } = await sessionWith(ctx, files);
    const el = await mount(ctx);
    await loaded(el);
    expect(parts(el, 'media-item')).to.have.length(3);
    part(el, 'load-more')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el, 'media-item').length === 6, 'the second page did not arrive');
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'open-button')[3]);
    part(el, 'load-more')!.click();
    await waitUntil(() => parts(el, 'media-item').length === 7, 'the third page did not arrive');
    await el.updateComplete;
    expect(part(el, 'load-more')).to.equal(null);
    const ids = parts(el, 'media-item').map((li) => Number(li.dataset.id));
    expect(ids).to.deep.equal(media.map((m) => m.id).reverse());
    expect((await log({ token })).filter((e: { operation_id: string }) => e.operation_id === 'listChatMedia')).to.have.length(3);
  });

  it('opens an item in a viewer that fetches it, closes with Escape and gives focus back', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const { media } = await sessionWith(ctx, fourKinds());
    const el = await mount(ctx);
    await loaded(el);
    const [photo, song, clip, pdf] = media;

    tile(el, photo!.id).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'the viewer did not open');
    await waitUntil(async () => (await log({ token })).some((e: { operation_id: string; path: string }) => e.operation_id === 'getChatMedia' && e.path.includes(`/media/${photo!.id}`)), 'getChatMedia was not called');
    const dialog = dialogOf(el);
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    expect(text(part(el, 'viewer-title'))).to.equal('photo.png');
    expect(part(el, 'viewer-media')!.querySelector('img')!.alt).to.equal('photo.png');
    expect(text(part(el, 'viewer-details'))).to.contain('Image');
    expect(part(el, 'download')!.getAttribute('href')).to.equal(photo!.url);
    expect(part(el, 'download')!.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'Escape did not close the viewer');
    await waitUntil(() => el.shadowRoot!.activeElement === tile(el, photo!.id), 'focus did not return to the tile');
    expect(ctx.media.state.open).to.equal(null);

    tile(el, song!.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'viewer-media')!.querySelector('audio'), 'no audio player');
    expect(part(el, 'viewer-media')!.querySelector('audio')!.controls).to.equal(true);
    part(el, 'close-button')!.click();
    await waitUntil(() => !dialogOf(el).open);
    await waitUntil(() => el.shadowRoot!.activeElement === tile(el, song!.id), 'focus did not return to the tile');

    tile(el, clip!.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'viewer-media')!.querySelector('video'), 'no video player');
    expect(part(el, 'viewer-media')!.querySelector('video')!.controls).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open);

    tile(el, pdf!.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'download'), 'no download link');
    expect(part(el, 'download')!.getAttribute('download')).to.equal('invoice.pdf');
    expect(text(part(el, 'viewer-details'))).to.contain('1.5 KB');
  });

  it('deletes your own item after a confirmation, and the server forgets it', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const { sessionId, media } = await sessionWith(ctx, fourKinds());
    const el = await mount(ctx);
    await loaded(el);
    const pdf = media[3]!;
    tile(el, pdf.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'delete-button'), 'no delete button');

    // The first press only asks; Escape leaves the question and keeps the viewer open.
    part(el, 'delete-button')!.click();
    await el.updateComplete;
    expect(text(part(el, 'confirm'))).to.contain('Delete invoice.pdf?');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cancel-button'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(dialogOf(el).open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'delete-button'));

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    part(el, 'confirm-button')!.click();
    await waitUntil(() => !dialogOf(el).open, 'the viewer did not close after deleting');
    await el.updateComplete;
    expect(parts(el, 'media-item')).to.have.length(3);
    expect(tile(el, pdf.id)).to.equal(null);
    expect(text(part(el, 'status'))).to.equal('invoice.pdf was deleted.');
    // Focus goes to the neighbour of what was deleted.
    expect(el.shadowRoot!.activeElement).to.equal(tile(el, media[2]!.id));
    const left = await ctx.api.listChatMedia(sessionId);
    expect(left.map((m) => m.id)).to.not.include(pdf.id);
    expect(left).to.have.length(3);
  });

  it('shows why a deletion failed, and keeps the item', async () => {
    const token = newUser();
    ctx = createTestContext(token);
    const { sessionId, media } = await sessionWith(ctx, [png('keep.png')]);
    await setFaults([{ operation: 'deleteChatMedia', token, error_rate: 1 }]);
    const el = await mount(ctx);
    await loaded(el);
    tile(el, media[0]!.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'delete-button'));
    part(el, 'delete-button')!.click();
    await el.updateComplete;
    part(el, 'confirm-button')!.click();
    await waitUntil(() => $(el, 'dialog [role="alert"]'), 'no error was shown');
    expect(text($(el, 'dialog [role="alert"]'))).to.contain('could not be deleted');
    expect(dialogOf(el).open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'delete-button'));
    // The failure belongs to the viewer, not to the grid.
    expect(part(el, 'retry-button')).to.equal(null);
    expect(parts(el, 'media-item')).to.have.length(1);
    expect(await ctx.api.listChatMedia(sessionId)).to.have.length(1);
  });

  it("offers to delete only your own files in a direct chat", async () => {
    const mine = newUser();
    const theirs = newUser();
    const theirId = await userIdOf(theirs);
    ctx = createTestContext(mine, { mode: 'direct', recipientId: theirId });
    const c = ctx;
    c.conversation.send('Here is my receipt');
    await waitUntil(() => c.conversation.state.items.length === 1 && c.conversation.state.items[0]!.delivery === 'sent', 'the message was not sent', { timeout: 5000 });
    const sessionId = c.conversation.state.sessionId!;
    const own = await c.api.uploadChatMedia(sessionId, png('mine.png'));
    const other = createTestContext(theirs);
    const foreign = await other.api.uploadChatMedia(sessionId, blobFile('theirs.pdf', 900, 'application/pdf'));
    const el = await mount(c);
    await loaded(el);
    expect(parts(el, 'media-item')).to.have.length(2);

    tile(el, foreign.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'download'));
    expect(part(el, 'delete-button')).to.equal(null);
    part(el, 'close-button')!.click();
    await waitUntil(() => !dialogOf(el).open);

    tile(el, own.id).click();
    await waitUntil(() => dialogOf(el).open && part(el, 'download'));
    expect(part(el, 'delete-button')).to.not.equal(null);
  });

  it('follows the conversation to another session', async () => {
    ctx = createTestContext(newUser());
    const c = ctx;
    const first = await sessionWith(c, [png('first.png')]);
    const second = await sessionWith(c, [blobFile('second.pdf', 300, 'application/pdf'), png('second.png')]);
    const el = await mount(c);
    await loaded(el);
    expect(parts(el, 'media-item').map((li) => Number(li.dataset.id))).to.deep.equal(second.media.map((m) => m.id).reverse());
    await c.conversation.openSession(first.sessionId);
    await waitUntil(() => parts(el, 'media-item').length === 1, 'the gallery did not follow the session');
    expect(Number(parts(el, 'media-item')[0]!.dataset.id)).to.equal(first.media[0]!.id);
    c.conversation.newConversation();
    await el.updateComplete;
    expect(text(part(el, 'empty'))).to.contain('No photos or files yet');
  });
});

describe('media URLs', () => {
  it('allows only absolute http and https, as every surface does', () => {
    expect(safeFileHref('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
    expect(safeFileHref('http://localhost:8000/v1/files/1/x/a.png')).to.equal('http://localhost:8000/v1/files/1/x/a.png');
    expect(safeFileHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeFileHref('data:image/png;base64,AAAA')).to.equal(undefined);
    expect(safeFileHref('blob:https://x/1')).to.equal(undefined);
    expect(safeFileHref('&#106;avascript:alert(1)')).to.equal(undefined);
    expect(safeFileHref('/v1/files/1/x/a.png')).to.equal(undefined);
  });
});
