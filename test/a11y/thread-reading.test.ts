import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { config, inject } from '../helpers/emulator.js';
import { disposeAll, injectMany, mount, settle, until, vendorSession, type Mounted } from '../components/thread-harness.js';

// How a screen reader and a keyboard read <kesk-thread>: new messages are announced once, through a live region of
// their own (never again as the window brings old ones back while scrolling), and the keyboard walks messages with
// the arrow keys, one tab stop for the whole log.

const announcer = (m: Mounted) => m.root.querySelector<HTMLElement>('.announcer')!;
const said = (m: Mounted) => [...announcer(m).children].map((p) => p.textContent);
const focused = (m: Mounted) => m.root.activeElement as HTMLElement | null;

afterEach(disposeAll);
// The vendor answers the opening line at once, before the test's own messages, so it never lands mid-test.
before(() => config({ reply_delay_ms: 0 }));
after(() => config({ reply_delay_ms: 1200 }));

describe('<kesk-thread> for screen readers and keyboards', () => {
  it('announces an arriving message once, and nothing while the reader scrolls through history', async () => {
    const token = `t-${crypto.randomUUID()}`;
    const sessionId = await vendorSession(token, 'Opening line');
    await injectMany(sessionId, 120, 'History');
    const m = await mount({ mode: 'vendor', sessionId, pageSize: 50 }, { token, height: 420 });
    await until(() => m.message('History 120'), 'the thread shows the newest messages');
    expect(m.scroller.getAttribute('role')).to.equal('log');
    expect(m.scroller.getAttribute('aria-live'), 'the log is silent').to.equal('off');
    expect(announcer(m).getAttribute('aria-live')).to.equal('polite');
    const history = () => said(m).filter((t) => t!.includes('History'));
    expect(history(), 'loading the conversation announces none of it').to.deep.equal([]);

    // Scrolling up brings older messages back into the DOM (and loads an older page): still nothing is said.
    for (let i = 0; i < 30 && !m.message('History 40'); i++) {
      m.scroller.scrollTop = 0;
      await settle(60);
    }
    expect(m.message('History 40'), 'older messages are rendered again').to.exist;
    expect(history()).to.deep.equal([]);

    const before = said(m).length;
    await inject(sessionId, { sender_kind: 'vendor', content: 'A **new** message', content_format: 'markdown' });
    await until(() => said(m).some((t) => t!.endsWith(': A new message')), 'the new message is announced');
    await settle(700); // a few more polls bring nothing new to say
    expect(said(m).filter((t) => t!.endsWith(': A new message'))).to.have.length(1);
    expect(said(m).length).to.be.at.most(before + 1);
  });

  it('the arrow keys walk the messages; only the current one has its buttons in the tab order', async () => {
    const token = `t-${crypto.randomUUID()}`;
    const sessionId = await vendorSession(token, 'Opening line');
    await injectMany(sessionId, 60, 'Line');
    const m = await mount({ mode: 'vendor', sessionId, pageSize: 50 }, { token, height: 420 });
    await until(() => m.message('Line 60'), 'the thread shows the newest messages');
    await settle();
    const newest = () => m.articles().at(-1)!;
    const tabbable = () => [...m.root.querySelectorAll<HTMLElement>('article button, article a[href]')].filter((b) => b.tabIndex >= 0);
    expect(tabbable().length).to.be.greaterThan(0);
    expect(tabbable().every((b) => newest().contains(b)), 'only the newest message’s buttons are tabbable').to.equal(true);

    m.scroller.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(m)).to.equal(newest());
    for (let i = 0; i < 12; i++) await sendKeys({ press: 'ArrowUp' });
    await settle();
    const all = m.articles();
    expect(focused(m)).to.equal(all[all.length - 13]);
    const current = focused(m)!;
    expect(tabbable().length).to.be.greaterThan(0);
    expect(tabbable().every((b) => current.contains(b)), 'now its buttons are the tabbable ones').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(m)).to.equal(all[all.length - 12]);
    // Home goes to the oldest rendered message, End back to the newest.
    await sendKeys({ press: 'End' });
    await settle();
    expect(focused(m)).to.equal(newest());

    // Walking past the oldest rendered message grows the window (and then pages in older history).
    await sendKeys({ press: 'Home' });
    const oldestRendered = focused(m)!.textContent!.match(/Line (\d+)|Opening line/)![0];
    await sendKeys({ press: 'ArrowUp' });
    await settle(300);
    const now = focused(m)?.textContent ?? '';
    expect(now, `ArrowUp went above ${oldestRendered}`).not.to.contain(oldestRendered);
    expect(focused(m)?.localName).to.equal('article');
  });
});
