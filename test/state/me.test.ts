// Who the user is: the rules alone (which messages are theirs, what their sessions tell), and the conversation's
// `state.me` over the emulator, which the session list and the gallery read instead of working it out again.
import { expect } from '@open-wc/testing';
import { createChatClient } from '../../src/api/index.js';
import { isOwn, userOfSessions } from '../../src/state/me.js';
import { ConversationStore, type ConversationConfig } from '../../src/state/index.js';
import { API_BASE, memoryStorage } from '../helpers/chat-harness.js';
import { newUser, startVendor, userIdOf, waitFor } from '../helpers/emulator.js';
import { message, session } from '../helpers/fake-api.js';

const user = (id: number) => ({ id, kind: 'user' as const, name: `User ${id}`, avatar_url: null });

describe('who the user is', () => {
  it('a message is ours by the id this page wrote; otherwise any user’s, except in a direct chat, where only our id tells', () => {
    const wrote = (id: string) => id === 'mine';
    const peer = message(1, user(5));
    expect(isOwn(message(1, user(5), { client_message_id: 'mine' }), wrote, true, null), 'written here').to.equal(true);
    expect(isOwn(peer, wrote, false, null), 'the one user of a vendor chat').to.equal(true);
    expect(isOwn(message(1, 'vendor'), wrote, false, 5)).to.equal(false);
    expect(isOwn(peer, wrote, true, null), 'a direct chat, us unknown').to.equal(false);
    expect(isOwn(peer, wrote, true, 5)).to.equal(true);
    expect(isOwn(peer, wrote, true, 6)).to.equal(false);
  });

  it('the user’s sessions tell who they are, except direct chats (both sides are users)', () => {
    const direct = session(1, { chat_type: 'direct', participants: [user(8), user(9)] });
    expect(userOfSessions([direct])).to.equal(null);
    expect(userOfSessions([direct, session(2, { participants: [{ id: 501, kind: 'vendor', name: 'Shop', avatar_url: null }] }), session(3, { participants: [user(4)] })])).to.equal(4);
  });

  describe('ConversationStore state.me', () => {
    const stores: ConversationStore[] = [];
    const make = (token: string, config: Partial<ConversationConfig> = {}) => {
      const store = new ConversationStore(createChatClient({ baseUrl: API_BASE, token }), { mode: 'vendor', vendorLocationId: 501, storage: memoryStorage(), ...config });
      stores.push(store);
      return store;
    };
    afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

    it('is learned from the user’s first message, and known at once on the next visit, but not by another person', async () => {
      const storage = memoryStorage();
      const token = newUser();
      const first = make(token, { storage });
      await first.init();
      expect(first.state.me, 'a new user, nothing remembered').to.equal(null);
      first.send('Hello');
      await waitFor(() => first.state.items[0]?.delivery === 'sent');
      const sender = first.state.items[0]!.message.sender.id;
      expect(first.state.me).to.equal(sender);
      first.dispose();
      await new Promise((r) => setTimeout(r, 20));

      const again = make(token, { storage, sessionId: undefined, mode: 'assistant' });
      const seen: Array<number | null> = [];
      again.subscribe((s) => seen.push(s.me));
      await again.init();
      expect(seen[0], 'known before anything is loaded').to.equal(sender);

      const other = make(newUser(), { storage, mode: 'assistant' });
      await other.init();
      expect(other.state.me, 'another token on the same browser').to.equal(null);
    });

    it('is read from the user’s sessions when a conversation is resumed, with nothing remembered', async () => {
      const token = newUser();
      const { session: started } = await startVendor(token, 'Hi');
      const store = make(token, { sessionId: started.id });
      await store.init();
      expect(store.state.me).to.equal(started.participants.find((p: { kind: string }) => p.kind === 'user').id);
    });

    it('in a direct chat: ours are told from the other person’s by it', async () => {
      const peer = newUser();
      const peerId = await userIdOf(peer);
      const token = newUser();
      const myId = await userIdOf(token);
      const store = make(token, { mode: 'direct', recipientId: peerId });
      await store.init();
      store.send('Hi!');
      await waitFor(() => store.state.sessionId !== null && store.state.items[0]?.delivery === 'sent');
      expect(store.state.me).to.equal(myId);
      const sessionId = store.state.sessionId!;
      await createChatClient({ baseUrl: API_BASE, token: peer }).sendChatMessage(sessionId, { content: 'Hello back' });
      store.setOpen(true);
      await waitFor(() => store.state.items.length === 2, { timeout: 8000 });
      expect(store.state.items.map((i) => [i.message.content, i.own])).to.deep.equal([
        ['Hi!', true],
        ['Hello back', false],
      ]);
    });
  });
});
