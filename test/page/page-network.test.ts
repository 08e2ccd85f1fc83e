import { expect } from '@open-wc/testing';
import { pageNetwork } from '../../src/page/page-adapters.js';
import '../../src/define.js';
import { mountChat } from '../helpers/chat-harness.js';

// pageNetwork() used to add a pair of window listeners each time a context was built (each rebuild of <kesk-chat>:
// a changed mode, target or API address) and never remove them. Counted here as the window holds them.

/** How many `online` / `offline` listeners `work` added to the window and left there. */
async function windowListeners(work: () => unknown): Promise<number> {
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const live = new Set<unknown>();
  const network = (type: string) => type === 'online' || type === 'offline';
  window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (network(type)) live.add(listener);
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (network(type)) live.delete(listener);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof window.removeEventListener;
  try {
    await work();
  } finally {
    window.addEventListener = add;
    window.removeEventListener = remove;
  }
  return live.size;
}

describe('pageNetwork()', () => {
  it('adds no window listener however often it is called, beyond those of live subscriptions', async () => {
    pageNetwork();
    const left = await windowListeners(() => {
      for (let i = 0; i < 50; i++) {
        const signal = pageNetwork()!;
        const off = signal.subscribe(() => {});
        off();
      }
    });
    expect(left).to.equal(0);
  });

  it('tells a subscriber of each change, and reads the latest event over navigator.onLine', () => {
    const a = pageNetwork()!;
    const b = pageNetwork()!;
    const heard: boolean[] = [];
    const off = a.subscribe((online) => heard.push(online));
    window.dispatchEvent(new Event('offline'));
    expect(a.online).to.equal(false);
    expect(b.online, 'every signal of the page').to.equal(false);
    window.dispatchEvent(new Event('online'));
    expect(a.online).to.equal(true);
    off();
    window.dispatchEvent(new Event('offline'));
    expect(heard).to.deep.equal([false, true]);
    window.dispatchEvent(new Event('online'));
  });

  it('a <kesk-chat> rebuilt ten times leaves the window no more listeners than one build', async () => {
    const el = await mountChat({ inline: true, cadence: null });
    await el.updateComplete;
    const left = await windowListeners(async () => {
      for (let i = 0; i < 10; i++) {
        el.mode = i % 2 ? 'vendor' : 'assistant';
        if (el.mode === 'vendor') el.vendorLocationId = 1;
        await el.updateComplete;
      }
      el.remove();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(left, 'listeners left on the window after the widget is gone').to.equal(0);
  });
});
