// What a conversation's configuration means, alone: the key of its outbox and remembered session, the sessions of
// the list it can continue, and the checks a message passes before anything is queued.
import { expect } from '@open-wc/testing';
import { ChatApiError } from '../../src/api/errors.js';
import { canContinue, scopeOf } from '../../src/state/conversation-config.js';
import { checkMessage } from '../../src/state/message-checks.js';
import { session } from '../helpers/fake-api.js';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ChatApiError);
    return (error as ChatApiError).message;
  }
  throw new Error('it was not refused');
};

describe('conversation config', () => {
  it('scopes the outbox and the remembered session by mode and target', () => {
    expect(scopeOf({ mode: 'assistant' })).to.equal('assistant:customer');
    expect(scopeOf({ mode: 'assistant', userType: 'guest' })).to.equal('assistant:guest');
    expect(scopeOf({ mode: 'vendor', vendorLocationId: 501 })).to.equal('vendor:501');
    expect(scopeOf({ mode: 'bot', botUsername: 'shopbot' })).to.equal('bot:shopbot');
    expect(scopeOf({ mode: 'direct', recipientId: 9 })).to.equal('direct:9');
    expect(scopeOf({ mode: 'direct' })).to.equal('direct:');
  });

  it('continues only sessions of its chat type and target', () => {
    const vendor = session(1, { vendor_location_id: 501 });
    expect(canContinue({ mode: 'vendor', vendorLocationId: 501 }, vendor)).to.equal(true);
    expect(canContinue({ mode: 'vendor', vendorLocationId: 502 }, vendor)).to.equal(false);
    expect(canContinue({ mode: 'vendor' }, vendor), 'any vendor').to.equal(true);
    expect(canContinue({ mode: 'assistant' }, vendor)).to.equal(false);
    expect(canContinue({ mode: 'assistant' }, session(2, { chat_type: 'rag' }))).to.equal(true);
    const bot = session(3, { chat_type: 'bot', bot_username: 'shopbot' });
    expect([canContinue({ mode: 'bot', botUsername: 'shopbot' }, bot), canContinue({ mode: 'bot', botUsername: 'other' }, bot)]).to.deep.equal([true, false]);
    const direct = session(4, { chat_type: 'direct', participants: [{ id: 1, kind: 'user', name: 'A', avatar_url: null }, { id: 9, kind: 'user', name: 'B', avatar_url: null }] });
    expect([canContinue({ mode: 'direct', recipientId: 9 }, direct), canContinue({ mode: 'direct', recipientId: 8 }, direct)]).to.deep.equal([true, false]);
  });
});

describe('checkMessage', () => {
  const png = (size = 10) => new File(['x'.repeat(size)], 'p.png', { type: 'image/png' });

  it('sends the text trimmed, with or without files', () => {
    expect(checkMessage('  hello  ', [], false)).to.equal('hello');
    expect(checkMessage(' ', [png()], false)).to.equal('');
  });

  it('refuses, before anything is queued, what the API or the bot would refuse', () => {
    expect(refusal(() => checkMessage('   ', [], false))).to.equal('Write a message or attach a file.');
    expect(refusal(() => checkMessage('x'.repeat(4001), [], false))).to.match(/at most 4000 characters; this one has 4001/);
    expect(checkMessage('x'.repeat(4000), [], false)).to.have.length(4000);
    expect(refusal(() => checkMessage('', Array.from({ length: 11 }, () => png()), false))).to.match(/At most 10 files/);
    expect(refusal(() => checkMessage('a photo', [png()], true))).to.match(/bot cannot read files/);
    expect(checkMessage('text only', [], true), 'text to a bot is fine').to.equal('text only');
    expect(refusal(() => checkMessage('', [new File([], 'empty.png', { type: 'image/png' })], false))).to.match(/is empty/);
  });
});
