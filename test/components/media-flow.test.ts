import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { createTestContext, mountChat } from '../helpers/chat-harness.js';
import { newUser, world } from '../helpers/emulator.js';
import { blobFile, png } from '../api/media-bytes.js';
import { deepAll } from '../helpers/deep-query.js';

describe('flow: sending an image, an audio clip, a video and a document', () => {
  it('uploads all four through the widget, and the thread shows each inline', async () => {
    const token = newUser();
    const w = await world();
    const el = await mountChat({ token, mode: 'vendor', vendor: w.vendor_locations[0].id, inline: true });
    await el.send('Hello, here is my order');
    const root = el;
    await waitUntil(() => deepAll(root, '[part~="message"]').length >= 1, 'the first message shows');
    await el.send('The receipt, a voice note, a video of the fault and the invoice', [
      png('receipt.png', 20_000),
      blobFile('voice-note.mp3', 30_000, 'audio/mpeg'),
      blobFile('fault.mp4', 40_000, 'video/mp4'),
      blobFile('invoice.pdf', 50_000, 'application/pdf'),
    ]);
    // Four uploads, one after the other: 1.4 s in WebKit here, over 8 s with the three engines running at once.
    await waitUntil(() => deepAll(root, 'img[alt="receipt.png"]').length === 1, 'the image shows', { timeout: 15000 });
    await waitUntil(() => deepAll(root, 'audio').length === 1 && deepAll(root, 'video').length === 1, 'audio and video players show');
    await waitUntil(() => deepAll(root, '[part~="attachment"]').some((a) => a.textContent!.includes('invoice.pdf')), 'the document shows as a file');
    for (const media of deepAll(root, 'img[alt="receipt.png"], audio, video')) {
      expect((media as HTMLMediaElement).src).to.match(/^http:\/\/[^/]+\/v1\/files\//);
    }
    // The API stored the four files on one message of this session.
    const ctx = createTestContext(token);
    const sessionId = el.context!.conversation.state.sessionId!;
    const media = await ctx.api.listChatMedia(sessionId);
    expect(media.map((m) => m.media_type).sort()).to.deep.equal(['audio', 'file', 'image', 'video']);
    const page = await ctx.api.getChatMessageHistory(sessionId);
    const withMedia = page.messages.filter((m) => m.media.length > 0);
    expect(withMedia).to.have.length(1);
    expect(withMedia[0]!.media.map((m) => m.filename)).to.have.members(['receipt.png', 'voice-note.mp3', 'fault.mp4', 'invoice.pdf']);
    await expect(el).to.be.accessible();
  });
});
