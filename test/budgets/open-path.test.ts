// What opening the panel must not do (issue 6, "time to open the panel"): work that can be done before the click is
// done before it. The first Intl.DateTimeFormat of a page loads the locale's data (about 20 ms), so the widget makes
// the thread's formatter while the page is idle; and reading the visual viewport forces a layout of the whole panel,
// so the keyboard-inset controller reads it once and then only when the viewport changes, not after every render.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { mountChat } from '../helpers/chat-harness.js';
import { deepAll } from '../helpers/deep-query.js';
import { newUser, send, startVendor, world } from '../helpers/emulator.js';

/** Counts `new Intl.DateTimeFormat(…)` and reads of `visualViewport.height`, from now on. */
function spy() {
  const counts = { formats: 0, viewportReads: 0 };
  const Original = Intl.DateTimeFormat;
  const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    counts.formats++;
    return new Original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(Counting, Original);
  Counting.supportedLocalesOf = Original.supportedLocalesOf;
  Intl.DateTimeFormat = Counting;
  const proto = Object.getPrototypeOf(visualViewport!);
  const height = Object.getOwnPropertyDescriptor(proto, 'height')!;
  Object.defineProperty(proto, 'height', {
    configurable: true,
    get() {
      counts.viewportReads++;
      return height.get!.call(this);
    },
  });
  const restore = () => {
    Intl.DateTimeFormat = Original;
    Object.defineProperty(proto, 'height', height);
  };
  return { counts, restore };
}

// Safari has no requestIdleCallback: there the widget warms its formatters on a timer, which a few ms cover.
const idle = () => new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 20)));

describe('budgets: the open path', () => {
  it('makes no date formatter and reads no viewport geometry while the panel opens on a conversation', async () => {
    const token = newUser();
    const vendor = String((await world()).vendor_locations[0].id);
    const { session } = await startVendor(token, 'Are the boots waterproof?', { vendor_location_id: Number(vendor) });
    for (let i = 0; i < 5; i++) await send(token, session.id, `Message ${i}`);
    const { counts, restore } = spy();
    try {
      const el = await mountChat({ token, mode: 'vendor', vendor: Number(vendor), session: session.id, theme: 'light', cadence: null });
      await el.updateComplete;
      await idle();
      await idle();
      expect(counts.formats, 'the time formatter is made before the click').to.be.greaterThan(0);
      expect(counts.viewportReads, 'the viewport is read once for the panel').to.be.greaterThan(0);
      const before = { ...counts };
      el.open();
      await waitUntil(() => deepAll(el, '[part~="time"]').length >= 6, 'the messages show with their times', { timeout: 10000 });
      await el.updateComplete;
      expect(counts.formats - before.formats, 'date formatters made while opening').to.equal(0);
      expect(counts.viewportReads - before.viewportReads, 'viewport reads while opening').to.equal(0);
      // The viewport still counts when it changes (the on-screen keyboard): the controller reads it then.
      visualViewport!.dispatchEvent(new Event('resize'));
      expect(counts.viewportReads - before.viewportReads).to.be.greaterThan(0);
      el.remove();
    } finally {
      restore();
    }
  });
});
