// What an integrator writes to show a Kesk conversation in deep-chat (which knows nothing of the Kesk API): the
// page reads the conversation from the same emulator our widget talks to and hands it to deep-chat, and sends
// what the shopper types through the same API. Two ways, as deep-chat's documentation offers them:
//   history=all   — the whole conversation fetched at page load (100 messages a request, the API's largest page)
//                   and given to deep-chat as `history` when the panel opens;
//   history=paged — deep-chat's `loadHistory`: the newest 50 when it opens, 50 older ones each time the reader
//                   reaches the top (as our widget pages).
// `window.__benchReady` turns true once the page is ready to be clicked.
const script = document.querySelector('script[data-session]');
const token = script.dataset.token;
const session = script.dataset.session;
const mode = script.dataset.history || 'all';

const api = async (path, init = {}) => {
  const res = await fetch(`/v1${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json();
};
const page = (limit, before) => {
  const q = new URLSearchParams({ limit: String(limit) });
  if (before) q.set('before_message_id', String(before));
  return api(`/chat/sessions/${session}/messages?${q}`);
};
const toDeepChat = (m) => ({ role: m.sender.kind === 'user' ? 'user' : 'ai', text: m.content });

async function wholeConversation() {
  const pages = [];
  let before;
  for (;;) {
    const p = await page(100, before);
    pages.unshift(p.messages);
    if (!p.has_more || p.messages.length === 0) return pages.flat();
    before = p.messages[0].id;
  }
}

let oldest;
async function olderPage() {
  const p = await page(50, oldest);
  if (p.messages.length) oldest = p.messages[0].id;
  const messages = p.messages.map(toDeepChat);
  // deep-chat's convention: a `false` in the array means there is more to load.
  return p.has_more ? [false, ...messages] : messages;
}

const history = mode === 'all' ? (await wholeConversation()).map(toDeepChat) : undefined;
await customElements.whenDefined('deep-chat');

document.getElementById('launcher').addEventListener('click', () => {
  const panel = document.getElementById('panel');
  if (!panel.hidden) return;
  const chat = document.createElement('deep-chat');
  chat.chatStyle = { width: '380px', height: '600px', borderRadius: '16px' };
  if (history) chat.history = history;
  else chat.loadHistory = () => olderPage();
  chat.textInput = { placeholder: { text: 'Message' } };
  chat.connect = {
    handler: async (body, signals) => {
      try {
        const text = body.messages?.[0]?.text ?? '';
        await api(`/chat/sessions/${session}/messages`, { method: 'POST', body: JSON.stringify({ content: text, client_message_id: crypto.randomUUID() }) });
        // The store answers later (our widget polls for it); deep-chat wants an answer to end the request.
        await signals.onResponse({ text: 'Sent to the store.' });
      } catch (error) {
        await signals.onResponse({ error: String(error) });
      }
    },
  };
  panel.append(chat);
  panel.hidden = false;
});
window.__benchReady = true;
