import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { mountChat } from '../helpers/chat-harness.js';
import { deep } from '../helpers/deep-query.js';
import { emulateMedia, itWhere } from '../helpers/engine.js';

// The operating system's settings: theme="auto" follows the colour scheme, and reduced motion stops the panel's
// slide and scale, the launcher's icon turn and the typing dots.

const durations = (el: Element) => {
  const s = getComputedStyle(el);
  return [...s.transitionDuration.split(','), ...s.animationDuration.split(',')].map((d) => parseFloat(d));
};

afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

describe('operating system preferences', () => {
  itWhere('mediaPreferences', 'theme="auto" follows prefers-color-scheme, live', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mountChat({ mode: 'vendor', vendor: 501, theme: 'auto', cadence: null });
    el.open();
    await waitUntil(() => deep(el, '[part~="header"]'), 'the panel renders');
    const header = deep(el, '[part~="header"]')!;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(11, 110, 79)');
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => getComputedStyle(header).backgroundColor === 'rgb(95, 211, 165)', 'dark colours apply');
    expect(getComputedStyle(deep(el, '[part~="panel"]')!).colorScheme).to.equal('dark');
    // A fixed theme ignores the system.
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(11, 110, 79)');
  });

  itWhere('mediaPreferences', 'reduced motion: nothing slides, turns or pulses', async () => {
    const el = await mountChat({ mode: 'vendor', vendor: 501, theme: 'light', cadence: null });
    el.open();
    await waitUntil(() => deep(el, 'textarea'), 'the panel renders');
    el.send('Hello?');
    await waitUntil(() => deep(el, '[part~="typing"] i'), 'the typing dots show while the vendor answers');
    const moving = () => [deep(el, '[part~="panel"]')!, deep(el, '[part~="launcher"]')!, deep(deep(el, 'kesk-launcher')!, '.icon')!, deep(el, '[part~="typing"] i')!];
    // With motion allowed, each of them moves…
    for (const node of moving()) expect(Math.max(...durations(node)), `${node.localName}.${node.className} moves`).to.be.greaterThan(0);
    // …and with reduced motion, none of them does.
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const node of moving()) expect(Math.max(...durations(node)), `${node.localName}.${node.className} is still`).to.equal(0);
    expect(getComputedStyle(deep(el, '[part~="panel"]')!).transform).to.equal('none');
  });
});
