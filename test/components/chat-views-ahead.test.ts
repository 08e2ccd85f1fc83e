// The views the panel does not show at first (the conversations list, the gallery) are fetched ahead on idle time
// once the panel is shown, but not while its conversation loads: on a slow network they would share the bandwidth
// with the conversation's answer (chat.ts, `#loaded`; measured by bench/cold-waterfall.js on Slow 4G).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { newUser, setFaults, startVendor } from '../helpers/emulator.js';

describe('<kesk-chat> views fetched ahead', () => {
  afterEach(() => setFaults([]));

  it('waits for the open conversation to load, then fetches them on idle time', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Do the boots come in 42?');
    // The conversation's history does not answer (until the rules are cleared, which releases it).
    await setFaults([{ token, operation: 'getChatMessageHistory', hang_rate: 1 }]);
    const el = await fixture<KeskChat>(html`<kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session.id} .isOpen=${true}></kesk-chat>`);
    await waitUntil(() => el.shadowRoot!.querySelector('kesk-composer'), 'the panel is shown');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(el.context!.conversation.state.loading, 'still loading').to.equal(true);
    expect(customElements.get('kesk-session-list'), 'not fetched while the conversation loads').to.equal(undefined);
    await setFaults([]);
    await waitUntil(() => customElements.get('kesk-session-list') && customElements.get('kesk-media-gallery'), 'fetched once it has loaded', { timeout: 15_000 });
    expect(el.context!.conversation.state.loading).to.equal(false);
  });
});
