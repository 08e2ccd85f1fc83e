// The demo site's chrome: the ribbon, the store's header and navigation, the footer, a theme switch for every
// widget on the page and a log of the widget's public events. Each page holds only its own <main>.
import '../src/define.ts';
import type { KeskBeforeSendEvent, KeskErrorEvent, KeskMessageReceivedEvent, KeskMessageSentEvent, KeskUnreadChangeEvent } from '../src/index.ts';

const PAGES = [
  ['index.html', 'Shop', 'Assistant'],
  ['vendor.html', 'Harbour Street store', 'Vendor'],
  ['bot.html', 'Orders & sizing', 'Bots'],
  ['direct.html', 'Stylists', 'Direct'],
  ['inline.html', 'Help centre', 'Inline'],
  ['compose.html', 'Inbox', 'Composed'],
  ['vue.html', 'Your order', 'Vue, Svelte and Angular'],
  ['strict.html', 'Strict CSP', 'Strict Content-Security-Policy'],
  ['builder.html', 'Snippet builder', 'Snippet builder'],
] as const;

/** The order-help app written in each framework; the nav's "Your order" leads to the first. */
const FRAMEWORK_PAGES = ['vue.html', 'svelte.html', 'angular.html'];

const logo = `<svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true"><path fill="currentColor" d="M2 27 12 9l5 8 3-5 10 15z"/><path fill="#fff" d="m12 9 2.6 4.7L12 12.5l-2.3 1.7z"/></svg>`;

function chrome(): void {
  const here = location.pathname.split('/').pop() || 'index.html';
  const section = FRAMEWORK_PAGES.includes(here) ? FRAMEWORK_PAGES[0] : here;
  const nav = PAGES.map(([href, label, mode]) => {
    const current = href === here ? ' aria-current="page"' : href === section ? ' aria-current="true"' : '';
    return `<li><a href="./${href}"${current} title="${mode} demo">${label}</a></li>`;
  }).join('');
  document.body.insertAdjacentHTML(
    'afterbegin',
    `<div class="ribbon"><span>Demo of <strong>kesk-chat</strong> · every request goes to the local API emulator at <code>/v1</code></span>
      <label>Widget theme <select id="theme"><option>light</option><option>dark</option><option>auto</option></select></label></div>
    <header class="site"><a class="logo" href="./index.html">${logo}Northwind Outfitters</a>
      <nav aria-label="Demo pages"><ul>${nav}</ul></nav><span class="cart">Bag (0)</span></header>`,
  );
  document.body.insertAdjacentHTML(
    'beforeend',
    `<footer class="site-footer">Northwind Outfitters is a fictional store. Signed in as Alex Rivera (token <code>demo-shopper</code>).</footer>
    <details class="events"><summary>Widget events</summary><ol id="events" aria-live="off"></ol></details>`,
  );
  const theme = document.getElementById('theme') as HTMLSelectElement;
  // On the framework pages the app binds the theme itself, from its own picker.
  if (document.body.hasAttribute('data-app-theme')) {
    theme.closest('label')!.remove();
    return;
  }
  const saved = sessionStorage.getItem('kesk-demo-theme');
  if (saved) theme.value = saved;
  const apply = () => {
    sessionStorage.setItem('kesk-demo-theme', theme.value);
    document.querySelectorAll('kesk-chat').forEach((chat) => (chat.theme = theme.value as 'light' | 'dark' | 'auto'));
  };
  theme.addEventListener('change', apply);
  if (saved) apply();
}

/** A line about an event's detail: who said what, the count, the error. */
function describe(event: Event): string {
  const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  if (event.type === 'kesk-message-sent') return quote((event as KeskMessageSentEvent).detail.message.content);
  if (event.type === 'kesk-message-received') {
    return (event as KeskMessageReceivedEvent).detail.messages.map((m) => `${m.sender.name}: ${quote(m.content)}`).join(' · ');
  }
  if (event.type === 'kesk-unread-change') return String((event as KeskUnreadChangeEvent).detail.count);
  if (event.type === 'kesk-error') return (event as KeskErrorEvent).detail.error.message;
  if (event.type === 'kesk-before-send') return quote((event as KeskBeforeSendEvent).detail.text);
  return '';
}

function logEvents(): void {
  const list = document.getElementById('events')!;
  const types = ['kesk-open', 'kesk-close', 'kesk-before-send', 'kesk-message-sent', 'kesk-message-received', 'kesk-unread-change', 'kesk-error'] as const;
  for (const type of types) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      item.textContent = `${type} ${describe(event)}`;
      list.prepend(item);
      while (list.children.length > 30) list.lastElementChild!.remove();
    });
  }
}

chrome();
logEvents();
