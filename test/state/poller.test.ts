// The poller's cadence on a clock that moves only when the test says: every poll is checked at its exact time.
import { expect } from '@open-wc/testing';
import { DEFAULT_CADENCE, Poller, type PollerCadence } from '../../src/state/index.js';
import type { PollKind } from '../../src/state/poller.js';
import { manualClock } from '../helpers/manual-clock.js';

const START = 1_700_000_000_000;

/** A started poller whose rounds are recorded as `kind@ms since the start`; `changed` says what each round found. */
function polling(cadence: Partial<PollerCadence> = {}, changed: (kind: PollKind) => boolean = () => false) {
  const clock = manualClock(START);
  const rounds: string[] = [];
  const poller = new Poller(async (kind) => (rounds.push(`${kind}@${clock.now() - START}`), changed(kind)), cadence, clock);
  return { clock, rounds, poller };
}

describe('Poller cadence', () => {
  it('polls nothing while hidden, only the unread check while closed, the thread while open', () => {
    const poller = new Poller(async () => false, {}, manualClock());
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

  it('closed: the unread check every 30 s, and nothing else', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    await clock.advance(95_000);
    expect(rounds).to.deep.equal(['unread@30000', 'unread@60000', 'unread@90000']);
  });

  it('opening polls the thread at once, then every 4 s; after 2 quiet minutes every 15 s; news brings 4 s back', async () => {
    let news = false;
    const { clock, rounds, poller } = polling({}, () => news);
    poller.start();
    poller.setOpen(true);
    await clock.advance(0);
    expect(rounds, 'at once').to.deep.equal(['thread@0']);
    await clock.advance(120_000);
    expect(rounds, 'every 4 s for two minutes').to.have.length(31);
    expect(rounds.at(-1)).to.equal('thread@120000');
    await clock.advance(60_000);
    expect(rounds.slice(31), 'then every 15 s').to.deep.equal(['thread@124000', 'thread@139000', 'thread@154000', 'thread@169000']);
    news = true;
    await clock.advance(15_000);
    expect(rounds.slice(35), 'a change is activity: 4 s again').to.deep.equal(['thread@184000', 'thread@188000', 'thread@192000']);
  });

  it('awaiting a reply: every 1.5 s for up to 60 s, then the open cadence again', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    await clock.advance(0);
    poller.expectReply();
    expect(poller.awaiting).to.equal(true);
    await clock.advance(60_000);
    const awaiting = rounds.slice(1);
    expect(awaiting[0]).to.equal('thread@1500');
    expect(awaiting, 'one every 1.5 s').to.have.length(40);
    expect(poller.awaiting, 'no reply in 60 s').to.equal(false);
    await clock.advance(8_000);
    expect(rounds.slice(41)).to.deep.equal(['thread@64000', 'thread@68000']);
  });

  it('the reply ends the fast polling: after the round already due, every 4 s', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    await clock.advance(0);
    poller.expectReply();
    await clock.advance(3_000);
    expect(rounds).to.deep.equal(['thread@0', 'thread@1500', 'thread@3000']);
    poller.replyArrived();
    await clock.advance(8_000);
    expect(rounds.slice(3)).to.deep.equal(['thread@4500', 'thread@8500']);
  });

  it('hidden or offline polls nothing at all; visible or online again polls at once, then at the cadence', async () => {
    // Nothing changed in the ten hidden minutes: the cadence after them is the quiet one.
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    poller.setVisible(false);
    await clock.advance(600_000);
    expect(rounds, 'hidden for ten minutes').to.deep.equal(['thread@0']);
    expect(clock.pending, 'not even a timer').to.equal(0);
    poller.setVisible(true);
    await clock.advance(15_000);
    expect(rounds.slice(1)).to.deep.equal(['thread@600000', 'thread@615000']);
    poller.setOnline(false);
    await clock.advance(600_000);
    expect(rounds, 'offline for ten minutes').to.have.length(3);
    poller.setOnline(true);
    await clock.advance(0);
    expect(rounds.at(-1)).to.equal('thread@1215000');
  });

  it('a round asked for while one is in flight is not made twice', async () => {
    const clock = manualClock(START);
    let calls = 0;
    let finish!: () => void;
    const poller = new Poller(() => (calls++, new Promise<boolean>((r) => (finish = () => r(false)))), {}, clock);
    poller.start();
    poller.setOpen(true);
    void poller.now();
    void poller.now();
    await clock.advance(10_000);
    expect(calls, 'the first round is still out').to.equal(1);
    finish();
    await clock.advance(4_000);
    expect(calls, 'the next one comes at the cadence after it').to.equal(2);
  });

  it('stop clears the timer: nothing more is polled', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    await clock.advance(8_000);
    expect(rounds).to.deep.equal(['thread@0', 'thread@4000', 'thread@8000']);
    poller.stop();
    expect(clock.pending).to.equal(0);
    await clock.advance(60_000);
    expect(rounds).to.have.length(3);
  });
});
