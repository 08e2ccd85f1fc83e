// The poller's schedule on a clock that moves only when the test says: every poll is checked at its exact time.
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
  const at = () => rounds.map((r) => Number(r.split('@')[1]));
  return { clock, rounds, poller, at };
}

/** An open poller, polled once on opening, whose user sends at `sendAt` ms after the start. */
async function afterSend(sendAt = 0, changed?: (kind: PollKind) => boolean) {
  const p = polling({}, changed);
  p.poller.start();
  p.poller.setOpen(true);
  await p.clock.advance(sendAt);
  p.rounds.length = 0;
  p.poller.expectReply();
  return p;
}

describe('Poller schedule', () => {
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
    expect(poller.awaiting).to.equal(true);
    poller.replyArrived();
    expect(poller.awaiting).to.equal(false);
    expect(poller.nextDelay()!.ms).to.equal(DEFAULT_CADENCE.openMs);
  });

  it('closed: the unread check every 30 s, and nothing else', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    await clock.advance(95_000);
    expect(rounds).to.deep.equal(['unread@30000', 'unread@60000', 'unread@90000']);
  });

  it('after a send: the quick ramp over the first 10.5 s, then waits of a quarter of the time since the send', async () => {
    const { clock, at } = await afterSend();
    await clock.advance(60_000);
    expect(at(), 'the first minute').to.deep.equal([1000, 2000, 3500, 5500, 8000, 10500, 13125, 16406, 20507, 25633, 32041, 40051, 50063]);
  });

  it('no reply for minutes: the waits stop growing at 15 s', async () => {
    const { clock, at } = await afterSend();
    await clock.advance(180_000);
    const times = at();
    const waits = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.max(...waits)).to.equal(15_000);
    expect(waits.slice(-4), 'the ceiling').to.deep.equal([15_000, 15_000, 15_000, 15_000]);
    expect(times.filter((t) => t <= 60_000), 'requests in the first minute').to.have.length(13);
  });

  it('a reply is seen within a quarter of its delay after the ramp, and within 2.5 s inside it', async () => {
    const { at, clock } = await afterSend();
    await clock.advance(200_000);
    const times = at();
    // The worst case is a reply stored just after a poll: seen at the next one.
    const pairs = times.slice(1).map((seen, i) => ({ before: times[i], lag: seen - times[i] }));
    const inRamp = pairs.filter((p) => p.before < 10_500);
    const after = pairs.filter((p) => p.before >= 10_500);
    expect(inRamp.length && after.length, 'polls in the ramp and after it').to.be.greaterThan(0);
    expect(Math.max(...inRamp.map((p) => p.lag)), 'inside the ramp').to.be.at.most(2500);
    expect(Math.max(...after.map((p) => p.lag / p.before)), 'after the ramp').to.be.at.most(0.25);
  });

  it('the reply ends the ramp: the next waits start at 6 s and grow from there', async () => {
    const { clock, rounds, poller } = await afterSend();
    await clock.advance(2_000);
    expect(rounds).to.deep.equal(['thread@1000', 'thread@2000']);
    poller.replyArrived();
    await clock.advance(30_000);
    expect(rounds.slice(2)).to.deep.equal(['thread@8000', 'thread@15500', 'thread@24875']);
  });

  it('news while a reply is awaited does not slow the ramp (the store of our own message is news too)', async () => {
    const { clock, rounds } = await afterSend(0, () => true);
    await clock.advance(5_500);
    expect(rounds).to.deep.equal(['thread@1000', 'thread@2000', 'thread@3500', 'thread@5500']);
  });

  it('opening polls at once, then waits of 6 s that grow to 15 s; news makes them short again', async () => {
    let news = false;
    const { clock, rounds, poller, at } = polling({}, () => news);
    poller.start();
    poller.setOpen(true);
    await clock.advance(0);
    expect(rounds, 'at once').to.deep.equal(['thread@0']);
    await clock.advance(30_000);
    expect(at().slice(1)).to.deep.equal([6000, 13500, 22875]);
    await clock.advance(120_000);
    const quiet = at().slice(-3);
    expect([quiet[1] - quiet[0], quiet[2] - quiet[1]], 'quiet: every 15 s').to.deep.equal([15_000, 15_000]);
    news = true;
    await clock.advance(15_000);
    news = false;
    const newsAt = at().at(-1)!;
    await clock.advance(14_000);
    expect(at().slice(-3), 'news: 6 s again, then growing').to.deep.equal([newsAt, newsAt + 6000, newsAt + 13500]);
  });

  it('hidden or offline polls nothing at all; visible or online again polls at once, then on the schedule', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    poller.setVisible(false);
    await clock.advance(600_000);
    expect(rounds, 'hidden for ten minutes').to.deep.equal(['thread@0']);
    expect(clock.pending, 'not even a timer').to.equal(0);
    poller.setVisible(true);
    await clock.advance(15_000);
    expect(rounds.slice(1), 'quiet for ten minutes: 15 s waits').to.deep.equal(['thread@600000', 'thread@615000']);
    poller.setOnline(false);
    await clock.advance(600_000);
    expect(rounds, 'offline for ten minutes').to.have.length(3);
    poller.setOnline(true);
    await clock.advance(0);
    expect(rounds.at(-1)).to.equal('thread@1215000');
  });

  it('a send in a hidden tab polls nothing until the tab is visible', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    await clock.advance(0);
    poller.setVisible(false);
    poller.expectReply();
    await clock.advance(60_000);
    expect(rounds).to.deep.equal(['thread@0']);
    expect(clock.pending).to.equal(0);
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
    await clock.advance(10_000);
    expect(calls, 'the next one comes on the schedule after it').to.equal(2);
  });

  it('stop clears the timer: nothing more is polled', async () => {
    const { clock, rounds, poller } = polling();
    poller.start();
    poller.setOpen(true);
    await clock.advance(14_000);
    expect(rounds).to.deep.equal(['thread@0', 'thread@6000', 'thread@13500']);
    poller.stop();
    expect(clock.pending).to.equal(0);
    await clock.advance(60_000);
    expect(rounds).to.have.length(3);
  });
});
