import { expect } from '@open-wc/testing';
import { createChatClient, type ChatClient } from '../../src/api/index.js';
import { newUser, world } from '../helpers/emulator.js';
import { operationIds, responseProblems } from './contract-check.js';
import { png } from './media-bytes.js';

// Calls every operation of the contract through the client, against the emulator over real HTTP, and checks
// each response against the OpenAPI document's schema.
describe('contract: the client against the emulator', () => {
  const exercised = new Set<string>();
  let client: ChatClient;

  async function conforms<T>(operationId: string, promise: Promise<T>): Promise<T> {
    const value = await promise;
    const problems = await responseProblems(operationId, value);
    expect(problems, `${operationId} response problems`).to.deep.equal([]);
    exercised.add(operationId);
    return value;
  }

  before(() => {
    client = createChatClient({ baseUrl: `${location.origin}/v1`, token: newUser() });
  });

  it('the contract has the 23 operations of the seed', async () => {
    const ids = await operationIds();
    expect(ids).to.have.length(23);
    for (const id of ids) expect(client, id).to.have.property(id).that.is.a('function');
  });

  it('sessions: startChat (rag and vendor), startDirectChat, listChatSessions, updateChatSessionMetadata', async () => {
    const w = await world();
    const rag = await conforms('startChat', client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'How long does shipping take?' }));
    expect(rag.session.chat_type).to.equal('rag');
    expect(rag.message.content).to.equal('How long does shipping take?');
    const vendor = await conforms(
      'startChat',
      client.startChat({ chat_type: 'vendor', vendor_location_id: w.vendor_locations[0].id, message: 'Do you have size 42?' }),
    );
    expect(vendor.session.chat_type).to.equal('vendor');
    const direct = await conforms('startDirectChat', client.startDirectChat({ recipient_user_id: w.users[1].id, message: 'Hi Maya' }));
    expect(direct.session.chat_type).to.equal('direct');
    const list = await conforms('listChatSessions', client.listChatSessions({ limit: 10 }));
    expect(list.sessions.map((s) => s.id)).to.include.members([rag.session.id, vendor.session.id, direct.session.id]);
    const renamed = await conforms(
      'updateChatSessionMetadata',
      client.updateChatSessionMetadata(vendor.session.id, { title: 'Boots', metadata: { order: 'A-1' } }),
    );
    expect(renamed.title).to.equal('Boots');
    expect(renamed.metadata).to.include({ order: 'A-1' });
  });

  it('rag: sendRagQuery answers the first question without storing it twice', async () => {
    const first = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'What is your return policy?', client_message_id: 'q-1' });
    const answer = await conforms('sendRagQuery', client.sendRagQuery(first.session.id, { query: 'What is your return policy?', client_message_id: 'q-1' }));
    expect(answer.query_message.id).to.equal(first.message.id);
    expect(answer.message.sender.kind).to.equal('assistant');
    expect(answer.sources.length).to.be.greaterThan(0);
  });

  it('messages: send, edit, get, history, reactions, mark read, delete', async () => {
    const { session } = await client.startChat({ chat_type: 'rag', user_type: 'guest', message: 'hello' });
    const sent = await conforms('sendChatMessage', client.sendChatMessage(session.id, { content: 'first draft' }));
    expect(sent.client_message_id).to.be.a('string').and.not.empty;
    const edited = await conforms('editChatMessage', client.editChatMessage(session.id, sent.id, { content: 'final text' }));
    expect(edited.content).to.equal('final text');
    expect(edited.edited_at).to.be.a('string');
    const fetched = await conforms('getSpecificChatMessage', client.getSpecificChatMessage(session.id, sent.id));
    expect(fetched.content).to.equal('final text');
    const page = await conforms('getChatMessageHistory', client.getChatMessageHistory(session.id, { limit: 10 }));
    expect(page.messages.at(-1)!.id).to.equal(sent.id);
    const added = await conforms('addChatReaction', client.addChatReaction(session.id, sent.id, { emoji: '👍' }));
    expect(added.reactions).to.deep.equal([{ emoji: '👍', count: 1, reacted_by_me: true }]);
    const removed = await conforms('removeChatReaction', client.removeChatReaction(session.id, sent.id, { emoji: '👍' }));
    expect(removed.reactions).to.deep.equal([]);
    const read = await conforms('markChatMessagesAsRead', client.markChatMessagesAsRead(session.id, { last_read_message_id: sent.id }));
    expect(read.success).to.equal(true);
    const gone = await conforms('deleteChatMessage', client.deleteChatMessage(session.id, sent.id));
    expect(gone.deleted).to.equal(true);
  });

  it('media: upload, list, get, delete', async () => {
    const { session } = await client.startChat({ chat_type: 'rag', user_type: 'guest', message: 'a picture' });
    const media = await conforms('uploadChatMedia', client.uploadChatMedia(session.id, png('receipt.png')));
    expect(media).to.include({ media_type: 'image', mime_type: 'image/png', filename: 'receipt.png' });
    const list = await conforms('listChatMedia', client.listChatMedia(session.id, { limit: 5, offset: 0 }));
    expect(list.map((m) => m.id)).to.deep.equal([media.id]);
    const one = await conforms('getChatMedia', client.getChatMedia(session.id, media.id));
    expect(one.url).to.equal(media.url);
    const bytes = await fetch(one.url);
    expect(bytes.headers.get('content-type')).to.match(/^image\/png/);
    const deleted = await conforms('deleteChatMedia', client.deleteChatMedia(session.id, media.id));
    expect(deleted).to.equal('Media deleted');
  });

  it('bots: start, status, suggestions, send, restart, transfer', async () => {
    const started = await conforms('startBotConversation', client.startBotConversation('shopbot', { message: 'Where is my order?' }));
    expect(started.status).to.equal('active');
    const status = await conforms('getBotConversationStatus', client.getBotConversationStatus('shopbot'));
    expect(status.chat_session_id).to.equal(started.chat_session_id);
    const chips = await conforms('getBotSuggestions', client.getBotSuggestions('shopbot'));
    expect(chips.suggestions.map((s) => s.id)).to.include('human');
    const reply = await conforms('sendBotMessage', client.sendBotMessage('shopbot', { message: chips.suggestions[0]!.text, suggestion_id: chips.suggestions[0]!.id }));
    expect(reply.sender.kind).to.equal('bot');
    const restarted = await conforms('restartBotConversation', client.restartBotConversation('shopbot'));
    expect(restarted.message.chat_session_id).to.equal(started.chat_session_id);
    const handed = await conforms('transferBotToHuman', client.transferBotToHuman('shopbot', { reason: 'I want a person' }));
    expect(handed.message.sender.kind).to.equal('system');
    expect((await client.getBotConversationStatus('shopbot')).status).to.equal('transferred');
  });

  it('exercised 23 of 23 operations through the client', async () => {
    expect([...exercised].sort()).to.deep.equal((await operationIds()).sort());
  });
});
