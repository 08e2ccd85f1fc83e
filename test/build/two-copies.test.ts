import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { deep } from '../helpers/deep-query.js';
import { newUser } from '../helpers/emulator.js';

// Two copies of the widget on one page — the CDN build beside the npm build, or a script tag included twice — break
// nothing: registration is guarded, and a root from one copy provides its context to elements of the other.

describe('two copies of the widget on one page', () => {
  it('the second copy loads without an error and registers nothing twice', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const before = customElements.get('kesk-chat');
    const copy = await import(/* @vite-ignore */ `${location.origin}/__test/second-copy.js`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(copy.KeskChat, 'the copy has classes of its own').to.exist.and.not.equal(KeskChat);
    expect(customElements.get('kesk-chat'), 'the first registration stays').to.equal(before);
  });

  it('a root of one copy provides the client and stores to the elements of the other', async () => {
    const copy = await import(/* @vite-ignore */ `${location.origin}/__test/second-copy.js`);
    if (!customElements.get('kesk-chat-copy')) customElements.define('kesk-chat-copy', class extends copy.KeskChat {});
    const token = newUser();
    const root = await fixture<HTMLElement & { context?: unknown; send(text: string): void }>(html`<kesk-chat-copy
      api-base=${API_BASE} token=${token} mode="vendor" vendor-location-id="501">
      <kesk-thread></kesk-thread><kesk-composer></kesk-composer>
    </kesk-chat-copy>`);
    const thread = root.querySelector('kesk-thread')!;
    expect(thread).to.be.instanceOf(customElements.get('kesk-thread')!);
    root.send('Hello from the other copy');
    await waitUntil(() => deep(thread, '[part~="message"]')?.textContent?.includes('Hello from the other copy'), 'the first copy’s thread shows the message of the second copy’s store', { timeout: 10000 });
  });
});
