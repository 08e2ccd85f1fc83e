// The React wrapper (src/react): <KeskChat> rendered by react-dom, talking real HTTP to the emulator.
// React 18 is CommonJS; test/react/react-esm-plugin.mjs serves it to the browser as ES modules.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as React from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { KeskChat } from '../../src/react/index.js';
import type { KeskChat as KeskChatElement } from '../../src/components/chat/chat.js';
import type {
  KeskBeforeSendEvent,
  KeskCloseEvent,
  KeskMessageReceivedEvent,
  KeskMessageSentEvent,
  KeskOpenEvent,
} from '../../src/events/events.js';
import { API_BASE, FAST_CADENCE } from '../helpers/chat-harness.js';
import { motionSettled } from '../helpers/engine.js';
import { log, newUser } from '../helpers/emulator.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every element matching `selector` in `root` and the shadow roots below it. */
function deep(root: Element, selector: string): HTMLElement | undefined {
  const walk = (scope: Element | ShadowRoot): HTMLElement | undefined => {
    for (const el of scope.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(selector)) return el;
      const inner = el.shadowRoot && walk(el.shadowRoot);
      if (inner) return inner;
    }
    return undefined;
  };
  return (root.shadowRoot && walk(root.shadowRoot)) || walk(root);
}

describe('React wrapper (kesk-chat/react)', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('renders <kesk-chat> with its props; event props fire; a message reaches the API', async () => {
    const token = newUser();
    const ref = React.createRef<KeskChatElement>();
    const opened: KeskOpenEvent[] = [];
    const closed: KeskCloseEvent[] = [];
    const sent: KeskMessageSentEvent[] = [];
    const received: KeskMessageReceivedEvent[] = [];
    await act(async () =>
      root.render(
        React.createElement(KeskChat, {
          ref,
          apiBase: API_BASE,
          mode: 'assistant',
          token,
          cadence: FAST_CADENCE,
          heading: 'Help from React',
          onOpen: (e) => opened.push(e),
          onClose: (e) => closed.push(e),
          onMessageSent: (e) => sent.push(e),
          onMessageReceived: (e) => received.push(e),
        }),
      ),
    );
    const el = ref.current!;
    expect(el).to.be.instanceOf(customElements.get('kesk-chat')!);
    expect(el.localName).to.equal('kesk-chat');
    expect(el.apiBase).to.equal(API_BASE);
    expect(el.token).to.equal(token);
    expect(el.getAttribute('mode')).to.equal('assistant');

    el.open();
    await waitUntil(() => opened.length === 1, 'onOpen fires');
    expect(opened[0]).to.be.instanceOf(Event);
    expect(opened[0]!.type).to.equal('kesk-open');
    expect(el.hasAttribute('open')).to.be.true;

    el.send('Hello from React');
    await waitUntil(() => sent.length === 1, 'onMessageSent fires', { timeout: 10000 });
    expect(sent[0]!.detail.message.content).to.equal('Hello from React');
    await waitUntil(() => received.length > 0, 'onMessageReceived fires with the answer', { timeout: 10000 });
    expect(received[0]!.detail.messages[0]!.sender.kind).to.equal('assistant');

    const called = (await log({ token })).map((e: { operation_id: string }) => e.operation_id);
    expect(called).to.include('startChat');
    expect(called).to.include('sendRagQuery');

    el.close();
    await waitUntil(() => closed.length === 1, 'onClose fires');
    // axe reads colours as painted: not while the panel fades out.
    await motionSettled();
    await expect(el).to.be.accessible();
  });

  it('prop changes update the element and its reflected attributes; onBeforeSend can veto', async () => {
    const token = newUser();
    const ref = React.createRef<KeskChatElement>();
    const before: KeskBeforeSendEvent[] = [];
    const sent: KeskMessageSentEvent[] = [];
    const props = (theme: 'light' | 'dark', inline: boolean) =>
      React.createElement(KeskChat, {
        ref,
        apiBase: API_BASE,
        mode: 'assistant',
        token,
        theme,
        inline,
        cadence: FAST_CADENCE,
        onBeforeSend: (e) => {
          before.push(e);
          e.preventDefault();
        },
        onMessageSent: (e) => sent.push(e),
      });
    await act(async () => root.render(props('light', false)));
    const el = ref.current!;
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    expect(el.hasAttribute('inline')).to.be.false;

    await act(async () => root.render(props('dark', true)));
    await el.updateComplete;
    expect(el.theme).to.equal('dark');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.hasAttribute('inline')).to.be.true;

    await waitUntil(() => deep(el, 'textarea'), 'the inline panel shows the composer');
    const input = deep(el, 'textarea') as HTMLTextAreaElement;
    input.focus();
    await sendKeys({ type: 'Not yet' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => before.length === 1, 'onBeforeSend fires');
    expect(before[0]!.detail.text).to.equal('Not yet');
    expect(input.value, 'a vetoed message stays in the composer').to.equal('Not yet');
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
