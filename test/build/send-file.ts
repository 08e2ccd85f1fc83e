// Sending a message with a file from a page's CDN widget (test/build: the upload's code ships in the views file).
import { waitUntil } from '@open-wc/testing';
import { deep } from '../helpers/deep-query.js';
import { log } from '../helpers/emulator.js';

/** Opens the panel, picks a text file in the composer, types `text` and sends both (with the page's own File). */
export async function sendWithFile(win: Window & typeof globalThis, chat: Element, text: string) {
  (deep(chat, '[part~="launcher"]') as HTMLElement | null)?.click();
  await waitUntil(() => deep(chat, 'textarea'), 'the panel opens', { timeout: 10000 });
  const composer = deep(chat, 'kesk-composer') as HTMLElement & { updateComplete: Promise<unknown> };
  await waitUntil(() => composer.shadowRoot!.querySelector('input[type=file]'), 'the composer renders its picker', { timeout: 10000 });
  const picker = composer.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const data = new win.DataTransfer();
  data.items.add(new win.File(['the order number is 4711'], 'order.txt', { type: 'text/plain' }));
  picker.files = data.files;
  picker.dispatchEvent(new win.Event('change', { bubbles: true }));
  await waitUntil(() => composer.shadowRoot!.querySelector('[part~="attachment"]'), 'the file is chosen', { timeout: 10000 });
  const input = composer.shadowRoot!.querySelector('textarea')!;
  input.value = text;
  input.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
  await composer.updateComplete;
  composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
}

/** The API's log of `token`'s uploads. */
export const uploadsOf = async (token: string) => (await log({ token })).filter((e: { operation_id: string }) => e.operation_id === 'uploadChatMedia');

/** The thread's row of the message `text`. */
export const rowOf = (chat: Element, text: string) =>
  [...(deep(chat, 'kesk-thread')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="message"]') ?? [])].find((r) => r.textContent?.includes(text));

/** Whether the message `text` is stored with its files (its tick, "Sent", and no upload left). */
export const sentWithFiles = (chat: Element, text: string) => !!rowOf(chat, text)?.querySelector('.delivery.sent') && !rowOf(chat, text)?.querySelector('[part~="upload"]');

/** Whether the file of the message `text` waits for its next try (neither failed nor lost). */
export const fileWaits = (chat: Element, text: string) => !!rowOf(chat, text)?.querySelector('[part~="upload"].waiting');
