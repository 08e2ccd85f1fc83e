// Which session a conversation shows, alone (ShownSession): resuming one (configured, remembered per mode and
// target, the bot conversation in progress), opening another, a deep link, leaving, following a new conversation
// to its session, and the list entry read by ETag; over real units and a scripted API. The widget end to end,
// against the emulator, is test/state/conversation-store.test.ts and test/components/deep-link.test.ts.
import { expect } from '@open-wc/testing';
import type { ChatApi } from '../../src/state/chat-api.js';
import { Bot } from '../../src/state/bot.js';
import { ConversationOutbox } from '../../src/state/conversation-outbox.js';
import { initialState, type ConversationState } from '../../src/state/conversation-state.js';
import type { ConversationConfig } from '../../src/state/conversation-config.js';
import { History } from '../../src/state/history.js';
import { ReadMarks } from '../../src/state/read-marks.js';
import { Remembered } from '../../src/state/remembered.js';
import { ShownSession } from '../../src/state/shown-session.js';
import { memoryStorage } from '../helpers/chat-harness.js';
import { fakeApi, httpError, message, session, type FakeApi } from '../helpers/fake-api.js';

const VENDOR: ConversationConfig = { mode: 'vendor', vendorLocationId: 501 };
const unchanged = { listChatSessionsIfChanged: (async () => ({ changed: false })) as never };
const history = (ids: number[]) => async () => ({ messages: ids.map((id) => message(id)), has_more: false });
/** The history of whichever session is asked for: messages 1 and 2 of it. */
const anyHistory = { getChatMessageHistory: (async (sid: number) => ({ messages: [1, 2].map((id) => message(id, 'vendor', { chat_session_id: sid })), has_more: false })) as never };

/** A ShownSession over real units and a scripted API, with the view's state and calls recorded. */
function shownSession(answers: Partial<ChatApi>, config: ConversationConfig = VENDOR, storage = memoryStorage()) {
  const api: FakeApi = fakeApi({ ...unchanged, ...answers });
  let state: ConversationState = initialState(config);
  const reported: unknown[] = [];
  const steps: string[] = [];
  const hist = new History(api, 3, () => state.sessionId, () => false);
  const outbox = new ConversationOutbox(api, config, {} as ConstructorParameters<typeof ConversationOutbox>[2]);
  const unit = new ShownSession(
    config,
    {
      api,
      history: hist,
      outbox,
      readMarks: new ReadMarks(api),
      bot: new Bot(api, config, () => state.items, () => undefined),
      poller: { start: () => void steps.push('poll') },
      remembered: new Remembered(storage, async () => undefined),
    },
    {
      state: () => state,
      setState: (patch) => void (state = { ...state, ...patch }),
      composeThread: () => void (state = { ...state, items: [...hist.items] }),
      knowMe: (me) => void steps.push(`me ${me}`),
      setUnread: (count) => void steps.push(`unread ${count}`),
      report: (error) => void reported.push(error),
    },
  );
  const status = (e: unknown) => (e as { status?: number }).status;
  return { api, unit, state: () => state, storage, outbox, steps, reported: () => reported.map(status), dispose: () => outbox.dispose() };
}

/** Storage writes are queued (they wait for the token's fingerprint): let them land. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const opened = (calls: string[]) => calls.filter((c) => c.startsWith('getChatMessageHistory')).map((c) => Number(/\((\d+)/.exec(c)![1]));

describe('ShownSession', () => {
  it('resumes the configured session, else the one remembered for its mode and target, else none', async () => {
    const storage = memoryStorage();
    storage.setItem('kesk-chat:session:vendor:501', '7');
    const remembered = shownSession(anyHistory, VENDOR, storage);
    await remembered.unit.resume();
    expect(remembered.state().sessionId).to.equal(7);
    const configured = shownSession(anyHistory, { ...VENDOR, sessionId: 9 }, storage);
    await configured.unit.resume();
    expect(configured.state().sessionId).to.equal(9);
    const other = shownSession(anyHistory, { mode: 'vendor', vendorLocationId: 502 }, storage);
    await other.unit.resume();
    expect([other.state().sessionId, opened(other.api.calls)], 'another target: nothing opened').to.deep.equal([null, []]);
    expect([remembered.steps[0], other.steps], 'polling starts either way').to.deep.equal(['me null', ['me null', 'poll']]);
    [remembered, configured, other].forEach((s) => s.dispose());
  });

  it('resumes the bot conversation in progress when none is remembered', async () => {
    const s = shownSession({ ...anyHistory, getBotConversationStatus: (async () => ({ status: 'active', chat_session_id: 42 })) as never }, { mode: 'bot', botUsername: 'shopbot' });
    await s.unit.resume();
    expect(s.state().sessionId).to.equal(42);
    s.dispose();
  });

  it('remembers the session it shows, and who the user is, for the next visit', async () => {
    const storage = memoryStorage();
    const s = shownSession(anyHistory, VENDOR, storage);
    await s.unit.open(7);
    s.unit.rememberMe(1001);
    await settled();
    const next = shownSession(anyHistory, VENDOR, storage);
    await next.unit.resume();
    expect([next.state().sessionId, next.steps[0]]).to.deep.equal([7, 'me 1001']);
    [s, next].forEach((x) => x.dispose());
  });

  it('opens a session: its messages shown, its list entry read', async () => {
    const entry = { changed: true, etag: '"v1"', data: { sessions: [session(7, { unread_count: 2 })], has_more: false, next_before: null } };
    const s = shownSession({ getChatMessageHistory: history([1, 2]), listChatSessionsIfChanged: (async () => entry) as never });
    await s.unit.open(7);
    expect([s.state().sessionId, s.state().loading, s.state().session?.id]).to.deep.equal([7, false, 7]);
    expect(s.state().items.map((i) => i.message.id)).to.deep.equal([1, 2]);
    expect(s.steps).to.deep.equal(['me 1', 'unread 2']);
    s.dispose();
  });

  it("forgets a session that is gone or not this user's, shows none, and reports why", async () => {
    for (const code of [403, 404]) {
      const storage = memoryStorage();
      storage.setItem('kesk-chat:session:vendor:501', '7');
      const s = shownSession({ getChatMessageHistory: async () => Promise.reject(httpError(code)) }, VENDOR, storage);
      await s.unit.open(7);
      expect([s.state().sessionId, storage.getItem('kesk-chat:session:vendor:501'), s.reported()], `${code}`).to.deep.equal([null, null, [code]]);
      s.dispose();
    }
  });

  it('keeps a session it could not load for a passing reason (a server error): still shown and remembered', async () => {
    const storage = memoryStorage();
    storage.setItem('kesk-chat:session:vendor:501', '7');
    const s = shownSession({ getChatMessageHistory: async () => Promise.reject(httpError(503)) }, VENDOR, storage);
    await s.unit.open(7);
    expect([s.state().sessionId, storage.getItem('kesk-chat:session:vendor:501'), s.reported()]).to.deep.equal([7, '7', [503]]);
    s.dispose();
  });

  it('reads the session list only when it changed (its ETag)', async () => {
    const answers = [{ changed: true, etag: '"v1"', data: { sessions: [session(7)], has_more: false, next_before: null } }, { changed: false }];
    const s = shownSession({ ...anyHistory, listChatSessionsIfChanged: (async () => answers.shift()) as never });
    await s.unit.open(7);
    expect(await s.unit.refresh(), 'unchanged: no news').to.equal(false);
    expect(s.api.calls.filter((c) => c.startsWith('list'))).to.deep.equal(['listChatSessionsIfChanged({"limit":50}, )', 'listChatSessionsIfChanged({"limit":50}, "\\"v1\\"")']);
    s.dispose();
  });

  it('resumes at a linked message: found in its session', async () => {
    const s = shownSession({ getChatMessageHistory: history([1, 2]) }, { ...VENDOR, sessionId: 7, messageId: 2 });
    await s.unit.resume();
    expect(s.state().linked).to.deep.equal({ sessionId: 7, messageId: 2, status: 'found', key: 'm:2' });
    s.dispose();
  });

  it('says a linked message is unavailable when there is no session to resume, or its session is gone', async () => {
    const none = shownSession({}, { ...VENDOR, messageId: 5 });
    await none.unit.resume();
    expect(none.state().linked).to.deep.equal({ sessionId: null, messageId: 5, status: 'unavailable' });
    const gone = shownSession({ getChatMessageHistory: async () => Promise.reject(httpError(404)) }, { ...VENDOR, sessionId: 7, messageId: 5 });
    await gone.unit.resume();
    expect(gone.state().linked).to.deep.equal({ sessionId: 7, messageId: 5, status: 'unavailable' });
    expect(gone.api.calls.filter((c) => c.startsWith('getSpecific')), 'no message asked for').to.deep.equal([]);
    [none, gone].forEach((x) => x.dispose());
  });

  it('opens a linked message in another session by opening that session first', async () => {
    const s = shownSession(anyHistory);
    await s.unit.open(6);
    await s.unit.openMessage(7, 2);
    expect([s.state().sessionId, s.state().linked]).to.deep.equal([7, { sessionId: 7, messageId: 2, status: 'found', key: 'm:2' }]);
    s.dispose();
  });

  it('says failed, and reports it, when the linked message cannot be loaded', async () => {
    const s = shownSession({ getChatMessageHistory: history([10]), getSpecificChatMessage: async () => Promise.reject(httpError(503)) });
    await s.unit.open(7);
    await s.unit.openMessage(7, 2);
    expect([s.state().linked?.status, s.reported()]).to.deep.equal(['failed', [503]]);
    s.dispose();
  });

  it('leaves for a new conversation: nothing shown, nothing remembered', async () => {
    const s = shownSession(anyHistory);
    await s.unit.open(7);
    s.unit.leave();
    await settled();
    expect([s.state().sessionId, s.state().items.length, s.storage.getItem('kesk-chat:session:vendor:501')]).to.deep.equal([null, 0, null]);
    s.dispose();
  });

  it('follows a conversation not started yet to its session, only while that conversation is shown', async () => {
    const s = shownSession({});
    s.outbox.unstartedGroup = 'g1';
    expect(s.unit.moveToStarted(8, 'g2', null), 'another conversation').to.equal(false);
    expect(s.state().sessionId).to.equal(null);
    expect(s.unit.moveToStarted(8, 'g1', session(8))).to.equal(true);
    expect([s.state().sessionId, s.state().session?.id, s.outbox.unstartedGroup]).to.deep.equal([8, 8, null]);
    await settled();
    expect(s.storage.getItem('kesk-chat:session:vendor:501')).to.equal('8');
    s.dispose();
  });
});
