// The strict page's own script: registers the widget, draws the script-tag loader's launcher, and lets the test in
// the parent frame mount widgets. Builds everything with createElement and attributes: this page allows no inline
// script, no inline style and no string-to-HTML sink.
import '../../../src/define.js';
import { start } from '../../../src/loader/loader.js';

interface Mount {
  mode: string;
  token: string;
  inline?: boolean;
  lang?: string;
  session?: number;
  vendor?: number;
  bot?: string;
  cadence?: Record<string, number>;
}

const api = `${location.origin}/v1`;

function mount(o: Mount): HTMLElement {
  const chat = document.createElement('kesk-chat') as HTMLElement & { cadence?: unknown };
  chat.setAttribute('api-base', api);
  chat.setAttribute('token', o.token);
  chat.setAttribute('mode', o.mode);
  if (o.inline) chat.setAttribute('inline', '');
  if (o.lang) chat.setAttribute('lang', o.lang);
  if (o.session) chat.setAttribute('session-id', String(o.session));
  if (o.vendor) chat.setAttribute('vendor-location-id', String(o.vendor));
  if (o.bot) chat.setAttribute('bot-username', o.bot);
  chat.cadence = o.cadence ?? { awaitingMs: 150, openMs: 300, closedMs: 300 };
  document.getElementById('widgets')!.append(chat);
  return chat;
}

/** The one-script-tag loader, as a vendor page would have it, with the widget bundle served from 'self'. */
function loader(token: string): void {
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries({ 'api-base': api, token, mode: 'vendor', 'vendor-location-id': '502', bundle: '/src/define.ts' })) {
    tag.setAttribute(`data-${name}`, value);
  }
  start(tag);
}

declare global {
  interface Window {
    kesk: { mount: typeof mount; loader: typeof loader; ready: true };
  }
}

window.kesk = { mount, loader, ready: true };
