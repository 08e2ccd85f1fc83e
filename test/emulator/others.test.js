// The other side of the conversation: vendors, direct peers, bots, human agents, and the inject endpoint.
import { expect } from '@open-wc/testing';
import { api, config, expectError, history, inject, newId, newUser, send, startRag, startVendor, waitFor, world } from '../helpers/emulator.js';

/** Polls the history until a message matching `pred` appears. */
function waitForMessage(token, sessionId, pred, timeout = 5000) {
  return waitFor(async () => (await history(token, sessionId)).find(pred), { timeout });
}

describe('emulator: the other side', () => {
  before(async () => {
    const res = await config({ reply_delay_ms: 100 });
    expect(res.status, res.text).to.equal(200);
  });

  after(async () => {
    await config({ reply_delay_ms: 1200 });
  });

  describe('vendors and direct peers', () => {
    it('a vendor replies to a user message, seen by polling history', async () => {
      const token = newUser();
      const { session, message } = await startVendor(token, 'What time do you open on Sunday?');
      const reply = await waitForMessage(token, session.id, (m) => m.sender.kind === 'vendor');
      expect(reply.id).to.be.above(message.id);
      expect(reply.content).to.be.a('string').and.not.be.empty;
      expect(reply.sender.name).to.be.a('string').and.not.be.empty;
    });

    it('a seeded user answers a direct chat', async () => {
      const token = newUser();
      const w = await world();
      const maya = w.users.find((u) => u.token === 'demo-maya');
      expect(maya, 'demo-maya in /__emulator/world').to.be.an('object');
      const start = await api(token, 'POST', '/chat/sessions/direct', { recipient_user_id: maya.id, message: 'Hi Maya, how are you?' });
      expect(start.status, start.text).to.equal(200);
      const reply = await waitForMessage(token, start.body.session.id, (m) => m.sender.id === maya.id);
      expect(reply.sender.kind).to.equal('user');
      expect(reply.content).to.be.a('string').and.not.be.empty;
      // Maya, signed in with her seeded token, sees the same session.
      const hers = await history(maya.token, start.body.session.id);
      expect(hers.map((m) => m.id)).to.include(reply.id);
    });
  });

  describe('bots', () => {
    let bot;
    before(async () => {
      bot = (await world()).bots[0].username;
    });

    const path = (b, op) => `/chat/bots/${b}/${op}`;

    async function startBot(token, message = 'I need help with my order') {
      const res = await api(token, 'POST', path(bot, 'start'), { message });
      if (res.status !== 200) throw new Error(`startBotConversation answered ${res.status}: ${res.text}`);
      return res.body;
    }

    it('starts a conversation: status active, history has the user message and the bot reply', async () => {
      const token = newUser();
      const conv = await startBot(token);
      expect(conv.bot_username).to.equal(bot);
      expect(conv.status).to.equal('active');
      expect(conv.chat_session_id).to.be.a('number');
      const stored = await history(token, conv.chat_session_id);
      expect(stored[0].sender.kind).to.equal('user');
      expect(stored[0].content).to.equal('I need help with my order');
      expect(stored.some((m) => m.sender.kind === 'bot' && m.content.length > 0)).to.equal(true);
      const status = await api(token, 'GET', path(bot, 'status'));
      expect(status.status).to.equal(200);
      expect(status.body.status).to.equal('active');
      expect(status.body.chat_session_id).to.equal(conv.chat_session_id);
      const item = (await api(token, 'GET', '/chat/sessions')).body.sessions.find((s) => s.id === conv.chat_session_id);
      expect(item.chat_type).to.equal('bot');
      expect(item.bot_username).to.equal(bot);
    });

    it('returns the same conversation to a repeated start with the same client_message_id', async () => {
      const token = newUser();
      const c = newId();
      const first = await api(token, 'POST', path(bot, 'start'), { message: 'hello', client_message_id: c });
      const again = await api(token, 'POST', path(bot, 'start'), { message: 'hello', client_message_id: c });
      expect(first.status, first.text).to.equal(200);
      expect(again.status, again.text).to.equal(200);
      expect(again.body.chat_session_id).to.equal(first.body.chat_session_id);
    });

    it('offers suggestion chips including "human", and answers a chosen one', async () => {
      const token = newUser();
      const conv = await startBot(token);
      const res = await api(token, 'GET', path(bot, 'suggestions'));
      expect(res.status, res.text).to.equal(200);
      const chips = res.body.suggestions;
      expect(chips).to.be.an('array').that.is.not.empty;
      for (const chip of chips) {
        expect(chip.id).to.be.a('string').and.not.be.empty;
        expect(chip.text).to.be.a('string').and.not.be.empty;
      }
      expect(chips.map((c) => c.id)).to.include('human');

      const pick = chips.find((c) => c.id !== 'human');
      const before = await history(token, conv.chat_session_id);
      const reply = await api(token, 'POST', path(bot, 'send'), { suggestion_id: pick.id });
      expect(reply.status, reply.text).to.equal(200);
      expect(reply.body.sender.kind).to.equal('bot');
      expect(reply.body.chat_session_id).to.equal(conv.chat_session_id);
      const after = await history(token, conv.chat_session_id);
      expect(after.length).to.be.at.least(before.length + 2);
      expect(after.at(-1).id).to.equal(reply.body.id);
      expect(after.at(-2).sender.kind).to.equal('user');
    });

    it('answers a typed message too, and 422s a message with neither text nor suggestion', async () => {
      const token = newUser();
      await startBot(token);
      const reply = await api(token, 'POST', path(bot, 'send'), { message: 'thanks' });
      expect(reply.status, reply.text).to.equal(200);
      expect(reply.body.sender.kind).to.equal('bot');
      expectError(await api(token, 'POST', path(bot, 'send'), {}), 422, 'validation_failed');
    });

    it('returns the same bot reply to a repeated send with the same client_message_id', async () => {
      const token = newUser();
      const conv = await startBot(token);
      const c = newId();
      const first = await api(token, 'POST', path(bot, 'send'), { message: 'where is my parcel?', client_message_id: c });
      expect(first.status, first.text).to.equal(200);
      const count = (await history(token, conv.chat_session_id)).length;
      const again = await api(token, 'POST', path(bot, 'send'), { message: 'where is my parcel?', client_message_id: c });
      expect(again.status, again.text).to.equal(200);
      expect(again.body.id).to.equal(first.body.id);
      expect(await history(token, conv.chat_session_id)).to.have.length(count);
    });

    it('answers 409 to a second start while the conversation is active', async () => {
      const token = newUser();
      await startBot(token);
      expectError(await api(token, 'POST', path(bot, 'start'), { message: 'again' }), 409, 'conflict');
    });

    it('restarts in the same session with a system notice and a greeting, still active', async () => {
      const token = newUser();
      const conv = await startBot(token);
      await api(token, 'POST', path(bot, 'send'), { message: 'something' });
      const res = await api(token, 'POST', path(bot, 'restart'));
      expect(res.status, res.text).to.equal(200);
      const greeting = res.body.message;
      expect(greeting.sender.kind).to.equal('bot');
      expect(greeting.chat_session_id).to.equal(conv.chat_session_id);
      const stored = await history(token, conv.chat_session_id);
      expect(stored.at(-1).id).to.equal(greeting.id);
      expect(stored.at(-2).sender.kind).to.equal('system');
      const status = await api(token, 'GET', path(bot, 'status'));
      expect(status.body.status).to.equal('active');
      expect(status.body.chat_session_id).to.equal(conv.chat_session_id);
    });

    it('transfers to a human: notice, status transferred, bot sends 409, an agent answers chat messages', async () => {
      const token = newUser();
      const conv = await startBot(token);
      const res = await api(token, 'POST', path(bot, 'transfer'), { reason: 'Wants to talk to a person' });
      expect(res.status, res.text).to.equal(200);
      const notice = res.body.message;
      expect(notice.sender.kind).to.equal('system');
      expect(notice.content).to.contain('Wants to talk to a person');
      const status = await api(token, 'GET', path(bot, 'status'));
      expect(status.body.status).to.equal('transferred');
      expect((await history(token, conv.chat_session_id)).map((m) => m.id)).to.include(notice.id);

      expectError(await api(token, 'POST', path(bot, 'send'), { message: 'hello bot?' }), 409, 'conflict');
      expectError(await api(token, 'POST', path(bot, 'start'), { message: 'again' }), 409, 'conflict');

      const sent = await send(token, conv.chat_session_id, 'Hello, is a person there?');
      expect(sent.status, sent.text).to.equal(200);
      const reply = await waitForMessage(token, conv.chat_session_id, (m) => m.sender.kind === 'agent' && m.id > sent.body.id);
      expect(reply.content).to.be.a('string').and.not.be.empty;
    });

    it('answers 404 to an unknown bot', async () => {
      const token = newUser();
      expectError(await api(token, 'POST', path('no_such_bot', 'start'), { message: 'hi' }), 404, 'not_found');
      expectError(await api(token, 'GET', path('no_such_bot', 'suggestions')), 404, 'not_found');
    });

    it('answers 404 to status, send, restart and transfer before any conversation', async () => {
      const token = newUser();
      expectError(await api(token, 'GET', path(bot, 'status')), 404, 'not_found');
      expectError(await api(token, 'POST', path(bot, 'send'), { message: 'hi' }), 404, 'not_found');
      expectError(await api(token, 'POST', path(bot, 'restart')), 404, 'not_found');
      expectError(await api(token, 'POST', path(bot, 'transfer'), {}), 404, 'not_found');
    });
  });

  describe('inject', () => {
    it('injects a message as a vendor and as the system', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      const v = await inject(session.id, { sender_kind: 'vendor', content: 'Injected vendor line' });
      expect(v.sender.kind).to.equal('vendor');
      expect(v.content).to.equal('Injected vendor line');
      expect(v.chat_session_id).to.equal(session.id);
      const s = await inject(session.id, { sender_kind: 'system', content: 'Injected notice' });
      expect(s.sender.kind).to.equal('system');
      const stored = await history(token, session.id);
      expect(stored.slice(-2).map((m) => [m.id, m.sender.kind, m.content])).to.deep.equal([
        [v.id, 'vendor', 'Injected vendor line'],
        [s.id, 'system', 'Injected notice'],
      ]);
    });

    it('injects markdown with sources as the assistant', async () => {
      const token = newUser();
      const { session } = await startRag(token);
      const sources = [{ title: 'Shipping', url: 'https://help.example/shipping', snippet: 'Two days.', score: 3.5 }];
      const a = await inject(session.id, { sender_kind: 'assistant', content: '**Two** days', content_format: 'markdown', sources });
      expect(a.content_format).to.equal('markdown');
      expect(a.sources).to.deep.equal(sources);
    });
  });
});
