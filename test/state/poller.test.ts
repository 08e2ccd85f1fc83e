import { expect } from '@open-wc/testing';
import { DEFAULT_CADENCE, Poller } from '../../src/state/index.js';

describe('Poller cadence', () => {
  it('polls nothing while hidden, only the unread check while closed, the thread while open', () => {
    const poller = new Poller(async () => false);
    expect(poller.nextDelay()).to.deep.equal({ kind: 'unread', ms: DEFAULT_CADENCE.closedMs });
    poller.setOpen(true);
    expect(poller.nextDelay()).to.deep.equal({ kind: 'thread', ms: DEFAULT_CADENCE.openMs });
    poller.setVisible(false);
    expect(poller.nextDelay()).to.equal(undefined);
    poller.setVisible(true);
    poller.expectReply();
    expect(poller.nextDelay()).to.deep.equal({ kind: 'thread', ms: DEFAULT_CADENCE.awaitingMs });
    poller.replyArrived();
    expect(poller.nextDelay()!.ms).to.equal(DEFAULT_CADENCE.openMs);
  });

  it('slows down after a quiet spell', async () => {
    const poller = new Poller(async () => false, { idleAfterMs: 50 });
    poller.setOpen(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(poller.nextDelay()).to.deep.equal({ kind: 'thread', ms: DEFAULT_CADENCE.idleMs });
  });

  it('polls at once when the page becomes visible again, and on its own at the cadence', async () => {
    const kinds: string[] = [];
    const poller = new Poller(async (kind) => (kinds.push(kind), true), { openMs: 40, closedMs: 40 });
    poller.start();
    poller.setVisible(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(kinds).to.deep.equal([]);
    poller.setOpen(true);
    poller.setVisible(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(kinds).to.deep.equal(['thread']);
    await new Promise((r) => setTimeout(r, 120));
    expect(kinds.length).to.be.at.least(2);
    poller.stop();
    const count = kinds.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(kinds.length).to.equal(count);
  });
});
