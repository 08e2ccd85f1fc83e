// The first page: proves the path end to end with the typed client against the emulator (start a session,
// send, see the reply). Text only, set through textContent: nothing received is ever parsed as HTML.
import { ChatApiError, createChatClient, newClientMessageId, type ChatMessage } from '../src/api/index.js';

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const thread = $<HTMLOListElement>('thread');
const status = $<HTMLParagraphElement>('status');
const form = $<HTMLFormElement>('composer');
const input = $<HTMLInputElement>('input');
const mode = $<HTMLSelectElement>('mode');

const token = sessionStorage.getItem('kesk-demo-token') ?? 'demo-shopper';
const client = createChatClient({ baseUrl: `${location.origin}/v1`, token });

let sessionId: number | undefined;
let etag: string | undefined;
const shown = new Set<number>();

function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function render(message: ChatMessage): void {
  if (shown.has(message.id)) return;
  shown.add(message.id);
  const mine = message.sender.kind === 'user';
  const li = document.createElement('li');
  li.className = `msg ${mine ? 'mine' : 'theirs'}`;
  const who = document.createElement('span');
  who.className = 'who';
  who.textContent = mine ? 'You' : message.sender.name;
  li.append(who, document.createTextNode(message.content));
  if (message.sources.length) {
    const list = document.createElement('ol');
    list.className = 'sources';
    for (const source of message.sources) {
      const item = document.createElement('li');
      const href = safeHref(source.url);
      const link = document.createElement(href ? 'a' : 'span');
      link.textContent = source.title;
      if (href && link instanceof HTMLAnchorElement) {
        link.href = href;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
      }
      item.append(link);
      list.append(item);
    }
    li.append(list);
  }
  thread.append(li);
  thread.scrollTop = thread.scrollHeight;
}

async function poll(): Promise<void> {
  if (sessionId === undefined || document.hidden) return;
  try {
    const result = await client.getChatMessageHistoryIfChanged(sessionId, { limit: 50 }, etag);
    if (result.changed) {
      etag = result.etag ?? undefined;
      result.data.messages.forEach(render);
    }
  } catch (error) {
    status.textContent = error instanceof ChatApiError ? error.message : String(error);
  }
}

async function send(text: string): Promise<void> {
  const clientMessageId = newClientMessageId();
  if (sessionId === undefined) {
    const chatType = mode.value as 'rag' | 'vendor';
    const started = await client.startChat(
      chatType === 'rag'
        ? { chat_type: 'rag', user_type: 'customer', message: text, client_message_id: clientMessageId }
        : { chat_type: 'vendor', vendor_location_id: 501, message: text, client_message_id: clientMessageId },
    );
    sessionId = started.session.id;
    mode.disabled = true;
    render(started.message);
  } else if (mode.value === 'vendor') {
    render(await client.sendChatMessage(sessionId, { content: text, client_message_id: clientMessageId }));
  }
  if (mode.value === 'rag') {
    status.textContent = 'The assistant is looking it up…';
    const answer = await client.sendRagQuery(sessionId, { query: text, client_message_id: clientMessageId });
    render(answer.query_message);
    render(answer.message);
  } else {
    status.textContent = 'Sent. The store usually answers within a few seconds.';
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  const button = form.querySelector('button')!;
  button.disabled = true;
  status.textContent = '';
  try {
    await send(text);
    input.value = '';
    if (mode.value === 'rag') status.textContent = '';
  } catch (error) {
    // The text stays in the box, so nothing typed is lost; the reason is shown.
    status.textContent = `Not sent: ${error instanceof ChatApiError ? error.message : String(error)} Press Send to try again.`;
  } finally {
    button.disabled = false;
    input.focus();
  }
});

setInterval(poll, 1500);
document.addEventListener('visibilitychange', () => void poll());
