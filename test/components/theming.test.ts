import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { deep } from '../helpers/deep-query.js';
import { emulateMedia } from '../helpers/engine.js';
import { newUser, startVendor } from '../helpers/emulator.js';

// The theming guide's promises (docs/theming.md): one token each for the brand colour, the corners, the font and
// the density, read by every element; set on kesk-chat or any ancestor.

async function conversation(style = ''): Promise<KeskChat> {
  const token = newUser();
  const { session } = await startVendor(token, 'Hello, a question about boots');
  const wrapper = await fixture<HTMLElement>(html`<div style=${style}>
    <kesk-chat api-base=${API_BASE} token=${token} mode="vendor" session-id=${session.id} open></kesk-chat>
  </div>`);
  const el = wrapper.querySelector<KeskChat>('kesk-chat')!;
  await waitUntil(() => deep(el, '[part~="bubble"]') && deep(el, 'textarea'), 'the conversation shows');
  return el;
}

const css = (el: KeskChat, selector: string) => getComputedStyle(deep(el, selector)!);

before(() => emulateMedia({ reducedMotion: 'reduce' }));
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

describe('theming tokens', () => {
  it('--kesk-brand colours the header, the launcher, your bubbles and the send button, from an ancestor', async () => {
    const el = await conversation('--kesk-brand: rgb(109, 40, 217); --kesk-on-brand: rgb(255, 255, 255)');
    expect(css(el, '[part~="header"]').backgroundColor).to.equal('rgb(109, 40, 217)');
    expect(css(el, '[part~="launcher"]').backgroundColor).to.equal('rgb(109, 40, 217)');
    expect(css(el, '[part~="own"] [part~="bubble"]').backgroundColor).to.equal('rgb(109, 40, 217)');
    deep(el, 'textarea')!.focus();
    const input = deep(el, 'textarea') as HTMLTextAreaElement;
    input.value = 'x';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => !(deep(el, '[part~="send-button"]') as HTMLButtonElement).disabled);
    expect(css(el, '[part~="send-button"]').backgroundColor).to.equal('rgb(109, 40, 217)');
  });

  it('--kesk-radius shapes the panel and the bubbles; --kesk-font sets the type everywhere', async () => {
    const el = await conversation('--kesk-radius: 4px; --kesk-font: Georgia, serif');
    expect(css(el, '[part~="panel"]').borderTopLeftRadius).to.equal('4px');
    expect(css(el, '[part~="bubble"]').borderTopLeftRadius).to.match(/^[24]px$/);
    for (const part of ['heading', 'bubble', 'input']) expect(css(el, `[part~="${part}"]`).fontFamily, part).to.equal('Georgia, serif');
  });

  it('--kesk-space sets the density of the header, the thread and the composer', async () => {
    const spacing = (el: KeskChat) => [
      parseFloat(css(el, '[part~="header"]').paddingTop),
      parseFloat(css(el, '[part~="bubble"]').paddingTop) + parseFloat(css(el, '[part~="bubble"]').paddingLeft),
      parseFloat(css(el, '[part~="composer"]').paddingTop),
    ];
    const normal = spacing(await conversation());
    const compact = spacing(await conversation('--kesk-space: 4px'));
    const roomy = spacing(await conversation('--kesk-space: 12px'));
    for (let i = 0; i < normal.length; i++) {
      expect(compact[i], `compact ${i}`).to.be.closeTo(normal[i]! / 2, 1);
      expect(roomy[i], `roomy ${i}`).to.be.closeTo(normal[i]! * 1.5, 1.5);
    }
  });

  it('asks no third party for anything: fonts, icons and styles ship inside', async () => {
    performance.clearResourceTimings();
    const el = await conversation();
    for (const view of ['sessions-button', 'back-button', 'media-button', 'back-button']) {
      await waitUntil(() => deep(el, `[part~="${view}"]`), view);
      deep(el, `[part~="${view}"]`)!.click();
      await el.updateComplete;
    }
    await new Promise((r) => setTimeout(r, 300));
    const foreign = performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.origin !== location.origin);
    expect(foreign.map(String)).to.deep.equal([]);
    expect(document.fonts.size === 0 || [...document.fonts].every((f) => f.status !== 'loading')).to.equal(true);
  });
});
