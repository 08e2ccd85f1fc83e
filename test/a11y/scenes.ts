// The widget in the states a shopper meets, built for real against the emulator, for the accessibility matrix:
// every element, every kind of message, in light, dark and right-to-left.
import { waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { blobFile, png } from '../api/media-bytes.js';
import { mountChat } from '../helpers/chat-harness.js';
import { deep, deepAll } from '../helpers/deep-query.js';
import { api, config, inject, newUser, revoke, startVendor, world } from '../helpers/emulator.js';

export interface Scene {
  name: string;
  /** Builds the scene and returns the root; `theme` and `lang` are set on it before it renders. */
  build(theme: string, lang: string): Promise<KeskChat>;
}

/** Waits until the panel shows the thread's messages (and the lazy views, when asked for, their content). */
async function settled(el: KeskChat, selector: string, message: string) {
  await waitUntil(() => deep(el, selector), message, { timeout: 10000 });
  await el.updateComplete;
  // Locale tables load on demand: wait until the panel speaks the language.
  await waitUntil(() => el.lang === 'en' || deep(el, '[part~="panel"]')?.getAttribute('lang')?.startsWith(el.lang), 'the locale applies');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** A vendor conversation with every kind of message: text, markdown, an image, a file, reactions, a reply, your own. */
async function vendorConversation(token: string) {
  const { session } = await startVendor(token, 'Hi, do you have the trail boots in size 42?');
  const up = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return (await api(token, 'POST', `/chat/sessions/${session.id}/media`, form)).body;
  };
  const image = await up(png('boots.png'));
  const doc = await up(blobFile('size-chart.pdf', 2048, 'application/pdf'));
  const own = await api(token, 'POST', `/chat/sessions/${session.id}/messages`, { content: 'Here is a photo of mine', media_ids: [image.id] });
  const reply = await inject(session.id, {
    sender_kind: 'vendor',
    content: 'Yes! **Size 42** is in stock. See the [size chart](https://example.com/sizes) and:\n\n- free returns\n- `code BOOTS10`',
    content_format: 'markdown',
    media_ids: [doc.id],
  });
  await api(token, 'POST', `/chat/sessions/${session.id}/messages/${reply.id}/reactions`, { emoji: '👍' });
  await api(token, 'POST', `/chat/sessions/${session.id}/messages/${own.body.id}/reactions`, { emoji: '❤️' });
  await inject(session.id, { sender_kind: 'system', content: 'An agent joined the conversation' });
  return session.id as number;
}

export const scenes: Scene[] = [
  {
    name: 'closed, with an unread badge',
    async build(theme, lang) {
      const token = newUser();
      const session = await vendorConversation(token);
      await inject(session, { sender_kind: 'vendor', content: 'Anything else?' });
      const el = await mountChat({ token, mode: 'vendor', theme, lang, session });
      await waitUntil(() => deep(el, '[part~="badge"]')?.textContent?.trim(), 'the badge shows', { timeout: 10000 });
      return el;
    },
  },
  {
    name: 'assistant, before the first message (greeting and starters)',
    async build(theme, lang) {
      const el = await mountChat({ open: true, mode: 'assistant', theme, lang });
      await settled(el, '[part~="starter"]', 'the starters show');
      return el;
    },
  },
  {
    name: 'assistant answer with sources',
    async build(theme, lang) {
      const token = newUser();
      const { body } = await api(token, 'POST', '/chat/sessions/start', { chat_type: 'rag', user_type: 'customer', message: 'What is your returns policy?', client_message_id: 'c-1' });
      await api(token, 'POST', `/chat/sessions/${body.session.id}/rag`, { query: 'What is your returns policy?', client_message_id: 'c-1' });
      const el = await mountChat({ open: true, token, mode: 'assistant', theme, lang, session: body.session.id });
      await settled(el, '[part~="sources"]', 'the answer shows its sources');
      return el;
    },
  },
  {
    name: 'vendor conversation: text, markdown, image, file, reactions, a notice',
    async build(theme, lang) {
      const token = newUser();
      const session = await vendorConversation(token);
      const el = await mountChat({ open: true, token, mode: 'vendor', theme, lang, session });
      await settled(el, '[part~="attachment"]', 'the conversation shows');
      await waitUntil(() => deepAll(el, 'img[part~="media"]').every((img) => (img as HTMLImageElement).complete), 'images load');
      return el;
    },
  },
  {
    name: 'a message that was not sent, with Retry and Discard',
    async build(theme, lang) {
      const token = newUser();
      const session = await vendorConversation(token);
      const el = await mountChat({ open: true, token, mode: 'vendor', theme, lang, session });
      await settled(el, '[part~="attachment"]', 'the conversation shows');
      // A revoked token is refused for good (401 with no way to refresh it): the message stays, failed.
      await revoke(token);
      el.send('Are you still there?');
      await settled(el, '[part~="failed"]', 'the send fails');
      return el;
    },
  },
  {
    name: 'editing one message, confirming the delete of another, a reply awaited',
    async build(theme, lang) {
      const token = newUser();
      const session = await vendorConversation(token);
      const el = await mountChat({ open: true, token, mode: 'vendor', theme, lang, session });
      await settled(el, '[part~="attachment"]', 'the conversation shows');
      const own = () => deepAll(el, 'article[part~="own"]');
      // The actions come into being on the message pointed at.
      own()[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await settled(el, 'article[part~="own"] [aria-label="Delete"], article[part~="own"] .actions .icon-button:last-child', 'its actions show');
      own()[0]!.querySelector<HTMLButtonElement>('[aria-label="Delete"], .actions .icon-button:last-child')!.click();
      await settled(el, '[part~="confirm"]', 'the delete asks first');
      el.context!.ui.set({ editingMessageId: el.context!.conversation.state.items.find((i) => i.own && i.message.content)!.message.id });
      await settled(el, '[part~="edit-bar"]', 'the composer edits');
      // The vendor takes its time (the matrix restores the delay after each test).
      await config({ reply_delay_ms: 60000 });
      el.send('Is the blue one in stock too?');
      await settled(el, '[part~="typing"]', 'the typing indicator shows');
      return el;
    },
  },
  {
    name: 'bot with suggestions',
    async build(theme, lang) {
      const token = newUser();
      const el = await mountChat({ open: true, token, mode: 'bot', bot: 'shopbot', theme, lang });
      await waitUntil(() => deep(el, 'textarea'), 'the composer shows');
      el.send('Hi');
      await settled(el, '[part~="suggestion"]', 'the bot suggests');
      return el;
    },
  },
  {
    name: 'conversations view',
    async build(theme, lang) {
      const token = newUser();
      await vendorConversation(token);
      const w = await world();
      const el = await mountChat({ open: true, token, mode: 'vendor', vendor: w.vendor_locations[0].id, theme, lang });
      await waitUntil(() => deep(el, '[part~="sessions-button"]'), 'the header shows');
      deep(el, '[part~="sessions-button"]')!.click();
      await settled(el, '[part~="session-title"]', 'the list loads');
      return el;
    },
  },
  {
    name: 'photos and files, with the viewer open',
    async build(theme, lang) {
      const token = newUser();
      const session = await vendorConversation(token);
      const el = await mountChat({ open: true, token, mode: 'vendor', theme, lang, session });
      await waitUntil(() => deep(el, '[part~="media-button"]'), 'the header shows');
      deep(el, '[part~="media-button"]')!.click();
      await settled(el, '[part~="open-button"]', 'the gallery loads');
      deep(el, '[part~="open-button"]')!.click();
      await settled(el, 'dialog[open] [part~="viewer-title"]', 'the viewer opens');
      deep(el, 'dialog[open] [part~="delete-button"]')!.click();
      await settled(el, 'dialog[open] [part~="confirm-button"]', 'the delete asks first');
      return el;
    },
  },
  {
    name: 'composer with an attachment and an error',
    async build(theme, lang) {
      const el = await mountChat({ open: true, mode: 'vendor', vendor: 501, theme, lang });
      await waitUntil(() => deep(el, 'kesk-composer'), 'the composer shows');
      const composer = deep(el, 'kesk-composer') as HTMLElement & { addFiles?(files: File[]): void };
      const input = composer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(png('receipt.png'));
      transfer.items.add(blobFile('huge.png', 11 * 1024 * 1024, 'image/png'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settled(el, '[part~="attachment"]', 'the attachment shows');
      await waitUntil(() => deep(el, '[part~="error"]')?.textContent?.trim(), 'the error shows');
      return el;
    },
  },
];
