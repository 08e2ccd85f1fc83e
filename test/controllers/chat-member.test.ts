import { expect, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChatMember, chatOf } from '../../src/controllers/chat-member.js';
import { fakeApi } from '../helpers/fake-api.js';
import { memoryStorage, mountInChat } from '../helpers/chat-harness.js';
import type { ChatContextValue } from '../../src/context/chat-context.js';
import { ConversationStore, MediaStore, SessionListStore, UiStore } from '../../src/state/index.js';

// How every element joins the chat, on its own: an element that names the stores it follows and the view it is,
// inside a provider, with stores that never reach the network (what is tested is the joining, not the stores).

class MemberProbe extends LitElement {
  readonly member = new ChatMember(this, { stores: ['ui', 'sessions'], view: 'sessions' });
  renders = 0;
  loads = 0;
  protected override willUpdate(): void {
    if (this.member.loadDue()) {
      this.member.loaded();
      this.loads++;
    }
  }
  protected override render() {
    this.renders++;
    return html`${this.member.state('ui')?.view ?? 'none'}`;
  }
}
customElements.define('member-probe', MemberProbe);

function context(): ChatContextValue {
  const api = fakeApi({});
  const conversation = new ConversationStore(api, { mode: 'assistant', storage: memoryStorage() });
  return { api, conversation, sessions: new SessionListStore(api), media: new MediaStore(api), ui: new UiStore() };
}

/** The probe inside a host that provides `context()`. */
async function mounted(): Promise<{ host: HTMLElement; probe: MemberProbe; chat: ChatContextValue }> {
  const { host, el: probe, chat } = await mountInChat<MemberProbe>(['member-probe'], { chat: context() });
  return { host, probe, chat };
}

describe('ChatMember (how an element joins the chat)', () => {
  it('finds the chat around its element and renders its stores\' states', async () => {
    const { probe, chat } = await mounted();
    expect(probe.member.chat).to.equal(chat);
    expect(probe.member.state('ui')).to.equal(chat.ui.state);
    expect(probe.shadowRoot!.textContent).to.equal('thread');
  });

  it('re-renders its element when a store it follows changes', async () => {
    const { probe, chat } = await mounted();
    const renders = probe.renders;
    chat.ui.set({ view: 'media' });
    await probe.updateComplete;
    expect(probe.renders).to.be.greaterThan(renders);
    expect(probe.shadowRoot!.textContent).to.equal('media');
  });

  it('says to load on joining, each time the panel switches to its view, and after reconnecting', async () => {
    const { host, probe, chat } = await mounted();
    expect(probe.loads, 'on joining').to.equal(1);
    chat.ui.set({ view: 'sessions' });
    await probe.updateComplete;
    expect(probe.loads, 'the panel switched to its view').to.equal(2);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.loads, 'a render in the same view').to.equal(2);
    chat.ui.set({ view: 'thread' });
    await probe.updateComplete;
    expect(probe.loads, 'another view').to.equal(2);
    chat.ui.set({ view: 'sessions' });
    await probe.updateComplete;
    expect(probe.loads, 'back to its view').to.equal(3);
    probe.remove();
    host.append(probe);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.loads, 'connected again').to.equal(4);
  });

  it('stops re-rendering when its element leaves the page', async () => {
    const { probe, chat } = await mounted();
    probe.remove();
    const renders = probe.renders;
    chat.ui.set({ view: 'media' });
    await new Promise((r) => setTimeout(r, 20));
    expect(probe.renders).to.equal(renders);
  });
});

describe('chatOf', () => {
  it('names the chat an element joined, and none for an element that joined none', async () => {
    const { probe, chat } = await mounted();
    expect(chatOf(probe)).to.equal(chat);
    expect(chatOf(document.body)).to.equal(undefined);
  });
});
