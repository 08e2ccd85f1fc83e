import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { ReadWhenSeen } from '../../src/components/thread/thread-read-marks.js';

// When the thread marks the conversation read, without a thread: a host, and what it says is on screen.

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

function rig() {
  const seen = { open: true, onScreen: true, marks: 0 };
  const host = { isConnected: true, controllers: [] as ReactiveController[], addController(c: ReactiveController) { this.controllers.push(c); }, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  const reads = new ReadWhenSeen(host, { open: () => seen.open, newestOnScreen: () => seen.onScreen, markRead: () => seen.marks++ });
  return { seen, host, reads };
}

describe('ReadWhenSeen (read marks, without a thread)', () => {
  it('marks read a frame after a check, once however often it was asked', async () => {
    const { seen, reads, host } = rig();
    expect(host.controllers).to.include(reads);
    reads.check();
    reads.check();
    reads.check();
    expect(seen.marks, 'not at once: the layout of the render is not done').to.equal(0);
    await frame();
    expect(seen.marks).to.equal(1);
  });

  it('marks nothing while the panel is closed, the newest message off screen, or the host gone', async () => {
    const { seen, reads, host } = rig();
    seen.open = false;
    reads.check();
    await frame();
    seen.open = true;
    seen.onScreen = false;
    reads.check();
    await frame();
    seen.onScreen = true;
    host.isConnected = false;
    reads.check();
    await frame();
    expect(seen.marks).to.equal(0);
  });

  it('checks when the page becomes visible, while connected only', async () => {
    const { seen, reads } = rig();
    reads.hostConnected();
    document.dispatchEvent(new Event('visibilitychange'));
    await frame();
    expect(seen.marks).to.equal(1);
    reads.hostDisconnected();
    document.dispatchEvent(new Event('visibilitychange'));
    await frame();
    expect(seen.marks).to.equal(1);
  });
});
