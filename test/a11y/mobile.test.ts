import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { KeyboardInsetController, type ViewportLike } from '../../src/controllers/keyboard-inset.js';
import { mountChat } from '../helpers/chat-harness.js';
import { deep } from '../helpers/deep-query.js';
import { emulateMedia, engine, itWhere, motionSettled, runsHere, setViewport } from '../helpers/engine.js';

// Phones: below 640 px the panel takes the whole screen, keeps its header and composer clear of notches and home
// indicators (Chromium's safe-area emulation, through the DevTools protocol), and keeps the composer above the
// on-screen keyboard (Chromium's virtual-keyboard emulation; the visual-viewport path with a viewport of its own).

// A phone in portrait. MiniBrowser's window cannot be narrower than its toolbar (447 px): WebKit gets a narrow
// phone's width instead, still below the 640 px breakpoint.
const PHONE = engine === 'webkit' ? { width: 460, height: 844 } : { width: 390, height: 844 };

const cdp = (method: string, params: object = {}) => executeServerCommand('cdp', { method, params });
const safeArea = (insets: Record<string, number>) => cdp('Emulation.setSafeAreaInsetsOverride', { insets });
const keyboard = (rect?: { x: number; y: number; width: number; height: number }) =>
  cdp('Emulation.setVirtualKeyboardGeometryOverride', rect ? { keyboardRect: rect } : {});

async function openOnPhone(lang = 'en'): Promise<KeskChat> {
  const el = await mountChat({ mode: 'vendor', vendor: 501, lang, cadence: null });
  el.open();
  await waitUntil(() => deep(el, 'textarea'), 'the panel renders');
  // Another language's table loads on its own: the panel may open before it is there.
  await waitUntil(() => deep(el, '[part~="panel"]')?.getAttribute('lang')?.startsWith(lang), 'the panel speaks the page’s language');
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  // Where reduced motion cannot be emulated (WebKit), the panel's opening runs: measure where it ends up.
  await motionSettled();
  return el;
}

const rect = (el: KeskChat, selector: string) => deep(el, selector)!.getBoundingClientRect();
const padding = (el: KeskChat, selector: string) => getComputedStyle(deep(el, selector)!);

describe('on a phone', () => {
  // Reduced motion: the panel is where it ends up at once, not mid-way through its opening.
  before(() => Promise.all([setViewport(PHONE), emulateMedia({ reducedMotion: 'reduce' })]));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(async () => {
    if (runsHere('safeArea')) await safeArea({});
    if (runsHere('virtualKeyboard')) await keyboard();
  });

  it('the open panel takes the whole screen, and the launcher steps aside', async () => {
    const el = await openOnPhone();
    const panel = rect(el, '[part~="panel"]');
    expect([panel.left, panel.top, panel.width, panel.height]).to.deep.equal([0, 0, PHONE.width, PHONE.height]);
    expect(getComputedStyle(deep(el, '[part~="panel"]')!).borderRadius).to.equal('0px');
    expect(getComputedStyle(deep(el, 'kesk-launcher')!).visibility).to.equal('hidden');
    expect(deep(el, '[part~="close-button"]'), 'the header has a close button').to.exist;
  });

  itWhere('safeArea', 'keeps the header and composer clear of a notch and a home indicator', async () => {
    await safeArea({ top: 47, bottom: 34 });
    const el = await openOnPhone();
    expect(parseFloat(padding(el, '[part~="header"]').paddingTop)).to.equal(47);
    expect(rect(el, '[part~="composer"]').bottom).to.be.at.most(844 - 34);
  });

  itWhere('safeArea', 'in landscape, the notch side is padded in either direction (the insets are physical)', async () => {
    await setViewport({ width: 600, height: 390 });
    try {
      await safeArea({ left: 44, right: 0 });
      const ltr = await openOnPhone('en');
      expect(parseFloat(padding(ltr, '[part~="header"]').paddingLeft), 'ltr: the start side is the notch').to.equal(44);
      expect(rect(ltr, '[part~="composer"]').left).to.be.at.least(44);
      ltr.remove();
      const rtl = await openOnPhone('ar');
      expect(deep(rtl, '[part~="panel"]')!.getAttribute('dir')).to.equal('rtl');
      expect(parseFloat(padding(rtl, '[part~="header"]').paddingLeft), 'rtl: the end side is the notch').to.equal(44);
      expect(parseFloat(padding(rtl, '[part~="header"]').paddingRight), 'rtl: the start side keeps its own padding').to.equal(14);
      expect(rect(rtl, '[part~="composer"]').left).to.be.at.least(44);
    } finally {
      await setViewport(PHONE);
    }
  });

  itWhere('virtualKeyboard', 'keeps the composer above an on-screen keyboard that overlays the page', async () => {
    const vk = (navigator as unknown as { virtualKeyboard: EventTarget & { overlaysContent: boolean } }).virtualKeyboard;
    vk.overlaysContent = true; // what a page does to draw its own layout under the keyboard
    try {
      const el = await openOnPhone();
      expect(rect(el, '[part~="composer"]').bottom).to.be.greaterThan(800);
      const changed = new Promise((r) => vk.addEventListener('geometrychange', r, { once: true }));
      await keyboard({ x: 0, y: 544, width: 390, height: 300 });
      await changed;
      await waitUntil(() => rect(el, '[part~="composer"]').bottom <= 544, 'the composer moves above the keyboard');
      expect(rect(el, '[part~="header"]').top, 'the header stays at the top').to.equal(0);
      await keyboard();
      await waitUntil(() => rect(el, '[part~="composer"]').bottom > 800, 'the composer goes back down when it closes');
    } finally {
      vk.overlaysContent = false;
    }
  });

  itWhere('touchScreen', 'on a touch screen, opening focuses the panel, not the composer (no keyboard over the conversation yet)', async () => {
    await cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    try {
      expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
      const el = await openOnPhone();
      const panel = deep(el, '[part~="panel"]')!;
      await waitUntil(() => el.shadowRoot!.activeElement === panel, 'the panel has focus');
      expect(panel.getAttribute('role')).to.equal('dialog');
      // The shopper's tap in the composer gives it focus (and, on a phone, the keyboard).
      const input = deep(el, 'textarea') as HTMLTextAreaElement;
      input.focus();
      expect(deep(el, 'textarea') === input && input.matches(':focus')).to.equal(true);
    } finally {
      await cdp('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
  });

  it('follows the visual viewport the keyboard shrinks, but not a pinch zoom', async () => {
    class FakeViewport extends EventTarget implements ViewportLike {
      height = 844;
      offsetTop = 0;
      scale = 1;
    }
    const viewport = new FakeViewport();
    class Host extends LitElement {
      constructor() {
        super();
        new KeyboardInsetController(this, () => this, viewport);
      }
    }
    customElements.define('kesk-test-inset-host', Host);
    const host = await fixture<Host>(html`<kesk-test-inset-host></kesk-test-inset-host>`);
    expect(host.style.getPropertyValue('--_vv-height')).to.equal('844px');
    // The keyboard opens: the visual viewport shrinks (and may scroll).
    Object.assign(viewport, { height: 500, offsetTop: 20 });
    viewport.dispatchEvent(new Event('resize'));
    expect(host.style.getPropertyValue('--_vv-height')).to.equal('500px');
    expect(host.style.getPropertyValue('--_vv-top')).to.equal('20px');
    // A pinch zoom also shrinks it, but the panel must not follow.
    Object.assign(viewport, { height: 422, offsetTop: 100, scale: 2 });
    viewport.dispatchEvent(new Event('resize'));
    expect(host.style.getPropertyValue('--_vv-height')).to.equal('');
    // And the phone layout uses what the controller sets.
    const el = await openOnPhone();
    deep(el, '[part~="panel"]')!.style.setProperty('--_vv-height', '500px');
    deep(el, '[part~="panel"]')!.style.setProperty('--_vv-top', '20px');
    const panel = rect(el, '[part~="panel"]');
    expect([panel.top, panel.height]).to.deep.equal([20, 500]);
  });
});
