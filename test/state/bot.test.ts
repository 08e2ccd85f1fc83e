// The bot unit alone: with a scripted API for what it decides (when to ask, what to keep, what to report), and
// against the emulator for what the server decides (a real bot's status, suggestions, restart and hand-over).
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import type { BotConversationSession, ChatMessage } from '../../src/api/types.gen.js';
import { Bot } from '../../src/state/bot.js';
import type { ChatApi } from '../../src/state/chat-api.js';
import type { ThreadItem } from '../../src/state/thread-item.js';
import { API_BASE } from '../helpers/chat-harness.js';
import { newUser } from '../helpers/emulator.js';
import { fakeApi, httpError, message } from '../helpers/fake-api.js';
import { invalidResponse } from '../../src/state/checked-api.js';

const conversation = (status: BotConversationSession['status'], chat_session_id = 7): BotConversationSession => ({
  bot_username: 'shopbot',
  chat_session_id,
  status,
  started_at: new Date(0).toISOString(),
  updated_at: new Date(0).toISOString(),
});
const item = (m: ChatMessage): ThreadItem => ({ key: `m:${m.id}`, message: m, own: m.sender.kind === 'user', delivery: 'sent' });

/** A bot over `api` whose thread is `thread`; `reported` collects what it reports. */
function botOver(api: ChatApi, thread: ChatMessage[] = [], mode: 'bot' | 'vendor' = 'bot') {
  const reported: unknown[] = [];
  const bot = new Bot(api, { mode, botUsername: 'shopbot' }, () => thread.map(item), (error) => reported.push(error));
  return { bot, reported, thread };
}

describe('Bot', () => {
  it('asks for suggestions once per bot message, only while the bot answers, and keeps them with its status', async () => {
    const api = fakeApi({ getBotSuggestions: async (_bot, context) => ({ suggestions: [{ id: 'a', text: `answer to ${context}` }] }) });
    const { bot, thread } = botOver(api, [message(1, 'user'), message(2, 'bot')]);
    await bot.suggest();
    expect(api.calls, 'status unknown: nothing asked').to.deep.equal([]);
    bot.set('active');
    await bot.suggest();
    await bot.suggest();
    expect(api.calls).to.deep.equal(['getBotSuggestions("shopbot", "message 2")']);
    expect(bot.state).to.deep.equal({ status: 'active', suggestions: [{ id: 'a', text: 'answer to message 2' }] });
    thread.push(message(3, 'user'), message(4, 'bot'));
    await bot.suggest();
    expect(api.calls.at(-1), 'the next bot message').to.equal('getBotSuggestions("shopbot", "message 4")');
    bot.set('transferred');
    expect(bot.state.suggestions, 'a new status drops the chips of the turn before').to.deep.equal([]);
    thread.push(message(5, 'bot'));
    await bot.suggest();
    expect(api.calls, 'handed over: no chips').to.have.length(2);
  });

  it('reports a failed suggestion and asks again next time; another session shown asks afresh', async () => {
    let fail = true;
    const api = fakeApi({
      getBotSuggestions: async () => {
        if (fail) throw httpError(503);
        return { suggestions: [{ id: 'a', text: 'A' }] };
      },
    });
    const { bot, reported } = botOver(api, [message(2, 'bot')]);
    bot.set('active');
    await bot.suggest();
    expect(reported).to.have.length(1);
    fail = false;
    await bot.suggest();
    expect(bot.state.suggestions).to.have.length(1);
    await bot.suggest();
    expect(api.calls, 'asked again after the failure, then not again').to.have.length(2);
    bot.clearSuggested();
    await bot.suggest();
    expect(api.calls).to.have.length(3);
  });

  it('finds the conversation in progress: its session and status; none when ended or never started (404, not reported)', async () => {
    const answers = [conversation('transferred', 42), conversation('ended'), httpError(404), httpError(500)];
    const api = fakeApi({
      getBotConversationStatus: async () => {
        const next = answers.shift()!;
        if (next instanceof Error) throw next;
        return next;
      },
    });
    const { bot, reported } = botOver(api);
    expect(await bot.inProgress()).to.equal(42);
    expect(bot.state.status).to.equal('transferred');
    expect(await bot.inProgress(), 'ended').to.equal(undefined);
    expect(await bot.inProgress(), 'never started').to.equal(undefined);
    expect(reported, 'a 404 is no failure').to.deep.equal([]);
    expect(await bot.inProgress(), 'the API failed').to.equal(undefined);
    expect(reported).to.have.length(1);
  });

  it('re-reads the status after a turn: a failure keeps the old one, an answer of the wrong shape is reported', async () => {
    const answers: Array<BotConversationSession | Error> = [conversation('active'), httpError(503), invalidResponse('a bot conversation', 'status'), conversation('ended')];
    const api = fakeApi({
      getBotConversationStatus: async () => {
        const next = answers.shift()!;
        if (next instanceof Error) throw next;
        return next;
      },
    });
    const { bot, reported } = botOver(api);
    expect(await bot.active(), 'unknown: read first').to.equal(true);
    await bot.refreshStatus();
    expect(bot.state.status, 'a 503 changes nothing').to.equal('active');
    expect(reported).to.deep.equal([]);
    await bot.refreshStatus();
    expect(reported).to.have.length(1);
    await bot.refreshStatus();
    expect(await bot.active(), 'the bot said bye').to.equal(false);
    expect(api.calls, 'a known status is not read again to send').to.have.length(4);
  });

  it('restarts (active again, chips asked afresh) and hands over (the notice comes back for the thread)', async () => {
    const api = fakeApi({
      restartBotConversation: async () => ({ message: message(10, 'bot') }),
      transferBotToHuman: async (_bot, body) => ({ message: message(11, 'system', { content: body?.reason ?? '' }) }),
      getBotSuggestions: async () => ({ suggestions: [{ id: 'a', text: 'A' }] }),
    });
    const { bot, thread } = botOver(api, [message(2, 'bot')]);
    bot.set('active');
    await bot.suggest();
    bot.set('transferred');
    const restarted = await bot.restart();
    expect(restarted!.id).to.equal(10);
    expect(bot.state.status).to.equal('active');
    await bot.suggest();
    expect(api.calls.filter((c) => c.startsWith('getBotSuggestions')), 'the same message, asked again after a restart').to.have.length(2);
    thread.push(restarted!);
    const notice = await bot.handOver('A person, please');
    expect(notice!.content).to.equal('A person, please');
    expect(bot.state.status).to.equal('transferred');
  });

  it('asks nothing outside a bot conversation', async () => {
    const api = fakeApi({});
    const { bot } = botOver(api, [message(2, 'bot')], 'vendor');
    bot.set('active');
    expect(await bot.inProgress()).to.equal(undefined);
    await bot.learnStatus();
    await bot.refreshStatus();
    await bot.suggest();
    expect(await bot.restart()).to.equal(undefined);
    expect(await bot.handOver('why')).to.equal(undefined);
    expect(api.calls).to.deep.equal([]);
  });

  it('against the emulator: a real bot conversation, its chips, a restart and a hand-over', async () => {
    const api = createChatClient({ baseUrl: API_BASE, token: newUser() });
    const thread: ChatMessage[] = [];
    const { bot, reported } = botOver(api, thread);
    expect(await bot.inProgress(), 'a new user has no bot conversation').to.equal(undefined);
    const started = await api.startBotConversation('shopbot', { message: 'Hello' });
    thread.push(...(await api.getChatMessageHistory(started.chat_session_id)).messages);
    expect(await bot.inProgress()).to.equal(started.chat_session_id);
    expect(bot.state.status).to.equal('active');
    await bot.suggest();
    expect(bot.state.suggestions.length, 'the bot offers chips').to.be.greaterThan(0);
    const first = await bot.restart();
    expect(first!.sender.kind).to.equal('bot');
    const notice = await bot.handOver('Please, a person');
    expect(notice!.sender.kind).to.equal('system');
    await bot.refreshStatus();
    expect(bot.state.status, 'the server agrees').to.equal('transferred');
    expect(reported).to.deep.equal([]);
  });
});
