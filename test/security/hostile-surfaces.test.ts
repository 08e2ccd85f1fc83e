// Every hostile payload (payloads.ts) through every surface the widget renders, put there THROUGH THE EMULATOR as
// the real API would deliver it: message content from each kind of sender, as text and as markdown; senders' names
// and pictures; sources' titles, URLs and snippets; file names and media URLs; session titles and last messages;
// direct-chat peers' names in the header and the list; bot chips; the gallery's tiles and viewer. Then the real
// <kesk-chat> renders them, and each must be inert: no script ran (window.__pwned stays unset: every payload tries
// to set it), nothing was requested from another origin (a recording server, resource timing), nothing changed in
// the page outside the widget (a MutationObserver), and the DOM holds nothing that runs, loads or navigates.
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { displayFileName, downloadFileName } from '../../src/api/file-name.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { MESSAGE_CLIP } from '../../src/components/thread/message-view.js';
import { API_BASE, chatTemplate } from '../helpers/chat-harness.js';
import { deep } from '../helpers/deep-query.js';
import { api, control, inject, newUser, startRag, startVendor } from '../helpers/emulator.js';
import { allElements, expectInert, squash } from './inert.js';
import { hostilePayloads, type Payload } from './payloads.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const EVIL: string = (await (await fetch('/__test/evil')).json()).url;
const PAYLOADS = hostilePayloads(EVIL);
const API_ORIGIN = new URL(API_BASE).origin;
/** The widget's own controls, allowed where content is not. */
const OWN = (el: Element) => el.matches('[part~="input"], input[type="file"], [part~="rename-form"], [part~="rename-input"]');
/** Messages per session: the thread renders the newest 40 at first. */
const CHUNK = 30;

// ---- The page around the widget: what may not change, and what may not be requested ----

const containers = new Set<HTMLElement>();
const outside: MutationRecord[] = [];
const foreign: string[] = [];
const allowedOrigins = new Set([location.origin, API_ORIGIN]);
const pageState = () => JSON.stringify([document.title, document.cookie, location.href, document.head.childElementCount]);
let pageBefore = '';

new MutationObserver((records) => {
  const ours = (node: Node) => [...containers].some((c) => c === node || c.contains(node));
  // Mounting and removing a widget's own container is the test's doing, not the widget's.
  const mounting = (r: MutationRecord) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => containers.has(n as HTMLElement));
  for (const r of records) if (!ours(r.target) && !mounting(r)) outside.push(r);
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
performance.setResourceTimingBufferSize(1_000_000);
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!allowedOrigins.has(new URL(e.name).origin)) foreign.push(e.name);
}).observe({ type: 'resource', buffered: true });

async function evilHits(): Promise<{ url: string }[]> {
  return (await (await fetch('/__test/evil', { cache: 'no-store' })).json()).hits;
}

/** Mounts a widget in a container of its own (kept across tests, unlike fixture()), with fast polling. */
async function mount(attrs: { mode: string; token: string; session?: number; vendor?: number; bot?: string; recipient?: number }): Promise<KeskChat> {
  const box = document.createElement('div');
  containers.add(box);
  document.body.append(box);
  render(chatTemplate({ ...attrs, inline: true }), box);
  const chat = box.firstElementChild as KeskChat;
  await chat.updateComplete;
  return chat;
}

function unmount(chat: KeskChat | undefined): void {
  const box = chat?.parentElement;
  if (!box) return;
  box.remove();
  // Kept in the set: a late re-render inside a removed widget is not a change to the page.
}

const row = (chat: KeskChat, id: number) => deep(chat, 'kesk-thread')?.shadowRoot?.querySelector<HTMLElement>(`.row[data-key="m:${id}"]`) ?? undefined;

/**
 * One rule for every URL (src/markdown/safe-url.ts): a URL payload becomes an href or src only as itself, absolute
 * as written, never resolved against the page or the API; one that is not an absolute URL becomes none at all.
 */
function expectUrlAsWritten(el: Element, p: Payload): void {
  let asWritten: string | undefined;
  try {
    asWritten = new URL(p.text).href;
  } catch {
    asWritten = undefined;
  }
  for (const node of allElements(el)) {
    for (const name of ['href', 'src']) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      expect(value, `${name} on <${node.localName}> from ${JSON.stringify(p.text.slice(0, 60))}`).to.equal(asWritten);
    }
  }
}

function cut(p: Payload, max?: number): string {
  return max && p.text.length > max ? p.text.slice(0, max) : p.text;
}

// ---- Surfaces ----

interface Mounted {
  /** The element that renders payload `i` (found, or mounted for it). */
  find(i: number): Promise<Element | undefined>;
  /** What payload `i` must show as, literally (checked when given). */
  shows?(i: number, el: Element): void;
  chats: KeskChat[];
  cleanup?(): Promise<void> | void;
}

interface Surface {
  name: string;
  /** Only URL-like payloads (surfaces that take a URL). */
  urls?: boolean;
  /** The payload is the one URL the element may hold (a URL field, or a message's whole text): see expectUrlAsWritten. */
  asUrl?: boolean;
  /** Longest text this surface takes (API limits, or sense). */
  max?: number;
  setup(list: Payload[]): Promise<Mounted>;
}

/** Puts each payload into a message, in sessions of CHUNK, and mounts a widget on each session. */
async function threadSurface(list: Payload[], put: (sessionId: number, p: Payload, i: number) => Promise<number>): Promise<Mounted & { ids: number[] }> {
  const token = newUser();
  const ids: number[] = [];
  const chats: KeskChat[] = [];
  const owner: KeskChat[] = [];
  for (let start = 0; start < list.length; start += CHUNK) {
    const { session } = await startVendor(token, 'Hello');
    const part = list.slice(start, start + CHUNK);
    for (const [k, p] of part.entries()) ids.push(await put(session.id, p, start + k));
    const chat = await mount({ mode: 'vendor', token, session: session.id, vendor: 501 });
    chats.push(chat);
    part.forEach(() => owner.push(chat));
  }
  await waitUntil(() => ids.every((id, i) => row(owner[i]!, id)), 'every payload is rendered', { timeout: 60_000, interval: 100 });
  return { ids, chats, find: async (i) => row(owner[i]!, ids[i]!), cleanup: () => chats.forEach(unmount) };
}

const KINDS = ['user', 'vendor', 'agent', 'assistant', 'bot', 'system'] as const;
const RAW_TAG = /<[a-z]+/i;

/** Gives session `id` the title `title`; the title the API kept. */
async function retitle(token: string, id: number, title: string): Promise<string> {
  const res = await api(token, 'PUT', `/chat/sessions/${id}/metadata`, { title });
  expect(res.status, res.text).to.equal(200);
  return res.body.title;
}

/** Makes `text` the last message of session `id`; its title, unchanged. */
async function lastMessage(id: number, text: string, title: string): Promise<string> {
  await inject(id, { sender_kind: 'assistant', content: text });
  return title;
}

/** One widget per peer, mounted for its test: the header names the one person of a direct chat. */
function peerInHeader(viewer: string, peers: { id: number; session: number; name: string }[]): Mounted {
  let chat: KeskChat | undefined;
  return {
    chats: [],
    async find(i) {
      unmount(chat);
      chat = await mount({ mode: 'direct', token: viewer, recipient: peers[i]!.id, session: peers[i]!.session });
      const heading = () => deep(chat!, '[part~="heading"]');
      await waitUntil(() => heading()?.textContent === peers[i]!.name, 'the header names the peer', { timeout: 10_000 });
      return deep(chat, '[part~="header"]');
    },
    shows: (i, el) => expect(el.querySelector('[part~="heading"]')?.getAttribute('title')).to.equal(peers[i]!.name),
    cleanup: () => unmount(chat),
  };
}

const surfaces: Surface[] = [
  ...KINDS.flatMap((kind) =>
    (['text', 'markdown'] as const).map<Surface>((format) => ({
      name: `message content from ${kind === 'user' ? 'the user' : `a ${kind}`} (${format})`,
      asUrl: true,
      async setup(list) {
        const m = await threadSurface(list, async (sid, p) => (await inject(sid, { sender_kind: kind, content: p.text, content_format: format })).id);
        return {
          ...m,
          shows(i, el) {
            const p = list[i]!;
            const text = squash(el.textContent ?? '');
            // Plain text (and system notices) show every character; markdown shows raw HTML as its own text. A text
            // too long to show at once shows its beginning and a button for the rest.
            // A notice from the system shows its beginning only, with no button for the rest.
            const long = p.text.length > MESSAGE_CLIP;
            const clipped = long && kind !== 'system';
            expect(!clipped || el.querySelector('[part~="show-all"]') !== null, 'a long message is clipped').to.equal(true);
            const shown = long ? p.text.slice(0, 2000) : p.text;
            const verbatim = format === 'text' || kind === 'system';
            const rawTag = !verbatim && p.text.startsWith('<') && !p.text.startsWith('<javascript');
            // What must be in the text: all of it, the raw tag markdown leaves as text, or (other markdown) nothing.
            const must = verbatim ? squash(shown) : rawTag ? RAW_TAG.exec(p.text)![0] : '';
            expect(text.includes(must), 'the text shows as it was written').to.equal(true);
          },
        };
      },
    })),
  ),
  ...(['vendor', 'agent', 'bot', 'assistant'] as const).map<Surface>((kind) => ({
    name: `the name of a ${kind}`,
    max: 65_536,
    async setup(list) {
      const m = await threadSurface(list, async (sid, p) => (await inject(sid, { sender_kind: kind, sender: { name: cut(p, 65_536) }, content: 'Hello' })).id);
      return { ...m, shows: (i, el) => expect(el.querySelector('[part~="name"]')?.textContent).to.equal(cut(list[i]!, 65_536)) };
    },
  })),
  {
    name: "a sender's picture (avatar_url)",
    asUrl: true,
    async setup(list) {
      const m = await threadSurface(list, async (sid, p) => (await inject(sid, { sender_kind: 'agent', sender: { name: 'Ava Agent', avatar_url: p.text }, content: 'Hi' })).id);
      // No payload is on the API's origin: each shows initials, and no <img> at all.
      return { ...m, shows: (_, el) => expect(el.querySelector('img')).to.equal(null) };
    },
  },
  ...(['title', 'url', 'snippet'] as const).map<Surface>((field) => ({
    name: `a source's ${field}`,
    urls: field === 'url',
    asUrl: field === 'url',
    max: 65_536,
    async setup(list) {
      const source = (p: Payload) => ({ title: 'Returns policy', url: 'https://help.kesk.example/returns', snippet: 'Thirty days.', score: 0.9, [field]: cut(p, 65_536) });
      const m = await threadSurface(list, async (sid, p) =>
        (await inject(sid, { sender_kind: 'assistant', content: 'See the source.', content_format: 'markdown', sources: [source(p)] })).id,
      );
      return {
        ...m,
        shows(i, el) {
          const li = el.querySelector('[part~="sources"] li')!;
          const value = cut(list[i]!, 65_536);
          // Where each field shows literally (a URL is checked as a URL: asUrl).
          const shown = { title: [li.textContent!.trim(), value.trim()], snippet: [li.getAttribute('title'), value], url: [] }[field];
          expect(shown[0], field).to.equal(shown[1]);
        },
      };
    },
  })),
  ...(['file', 'image'] as const).map<Surface>((type) => ({
    name: `the name of ${type === 'file' ? 'a document' : 'an image'}`,
    max: 4096,
    async setup(list) {
      const m = await threadSurface(list, async (sid, p) => {
        const media = await control('POST', `/sessions/${sid}/media`, { filename: cut(p, 4096), media_type: type, mime_type: type === 'file' ? 'application/pdf' : 'image/png', content: 'x' });
        return (await inject(sid, { sender_kind: 'agent', content: '', media_ids: [media.body.id] })).id;
      });
      return {
        ...m,
        shows(i, el) {
          const name = cut(list[i]!, 4096);
          const shown =
            type === 'image'
              ? [el.querySelector('img')?.getAttribute('alt')]
              : [el.querySelector('.file-name')?.textContent, el.querySelector('[part~="attachment"]')?.getAttribute('download')];
          expect(shown).to.deep.equal(type === 'image' ? [displayFileName(name)] : [displayFileName(name), downloadFileName(name)]);
        },
      };
    },
  })),
  ...(['image', 'audio', 'video', 'file'] as const).map<Surface>((type) => ({
    name: `the URL of ${type === 'file' ? 'a document' : `an ${type === 'image' ? 'image' : type === 'audio' ? 'audio clip' : 'video'}`}`,
    urls: true,
    asUrl: true,
    async setup(list) {
      return threadSurface(list, async (sid, p) => {
        const media = await control('POST', `/sessions/${sid}/media`, { filename: `clip.${type === 'file' ? 'pdf' : 'png'}`, media_type: type, url: p.text });
        return (await inject(sid, { sender_kind: 'vendor', content: '', media_ids: [media.body.id] })).id;
      });
    },
  })),
  ...(['title', 'last message'] as const).map<Surface>((what) => ({
    name: `a session's ${what} in the conversations list`,
    max: what === 'title' ? 120 : undefined,
    async setup(list) {
      const token = newUser();
      const sessions: { id: number; title: string }[] = [];
      for (const p of list) {
        const { session } = await startRag(token, 'Hello');
        const title = what === 'title' ? await retitle(token, session.id, cut(p, 120).trim() || 'x') : await lastMessage(session.id, p.text, session.title);
        sessions.push({ id: session.id, title });
      }
      const chat = await mount({ mode: 'assistant', token });
      await waitUntil(() => deep(chat, '[part~="sessions-button"]'), 'the header renders');
      deep(chat, '[part~="sessions-button"]')!.click();
      const li = (id: number) => deep(chat, 'kesk-session-list')?.shadowRoot?.querySelector(`li[data-id="${id}"]`) ?? undefined;
      await waitUntil(
        () => {
          if (sessions.every((s) => li(s.id))) return true;
          const more = deep(chat, 'kesk-session-list')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="load-more"]');
          more?.click();
          return false;
        },
        'every session is listed',
        { timeout: 60_000, interval: 200 },
      );
      return {
        chats: [chat],
        find: async (i) => li(sessions[i]!.id),
        shows(i, el) {
          const [part, want] = what === 'title' ? ['session-title', sessions[i]!.title] : ['last-message', list[i]!.text.replace(/\s+/g, ' ').trim().slice(0, 200)];
          expect(el.querySelector(`[part~="${part}"]`)?.textContent).to.equal(want);
        },
        cleanup: () => unmount(chat),
      };
    },
  })),
  ...(['header', 'conversations list'] as const).map<Surface>((where) => ({
    name: `a direct-chat peer's name in the ${where}`,
    max: 65_536,
    async setup(list) {
      const viewer = newUser();
      const peers: { id: number; session: number; name: string }[] = [];
      for (const p of list) {
        const guest = newUser();
        const set = await control('POST', '/users', { token: guest, name: cut(p, 65_536) });
        expect(set.status, set.text).to.equal(200);
        const start = await api(viewer, 'POST', '/chat/sessions/direct', { recipient_user_id: set.body.id, message: 'Hi' });
        expect(start.status, start.text).to.equal(200);
        await inject(start.body.session.id, { sender_kind: 'user', sender_id: set.body.id, content: 'Hello back' });
        peers.push({ id: set.body.id, session: start.body.session.id, name: set.body.name });
      }
      if (where === 'header') return peerInHeader(viewer, peers);
      const chat = await mount({ mode: 'direct', token: viewer });
      await waitUntil(() => deep(chat, '[part~="sessions-button"]'), 'the header renders');
      deep(chat, '[part~="sessions-button"]')!.click();
      const li = (session: number) => deep(chat, 'kesk-session-list')?.shadowRoot?.querySelector(`li[data-id="${session}"]`) ?? undefined;
      await waitUntil(
        () => {
          if (peers.every((p) => li(p.session))) return true;
          deep(chat, 'kesk-session-list')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="load-more"]')?.click();
          return false;
        },
        'every conversation is listed',
        { timeout: 60_000, interval: 200 },
      );
      return {
        chats: [chat],
        find: async (i) => li(peers[i]!.session),
        shows: (i, el) => expect(el.querySelector('[part~="session-title"]')?.textContent).to.equal(peers[i]!.name),
        cleanup: () => unmount(chat),
      };
    },
  })),
  {
    name: "a bot's suggestion chips",
    max: 65_536,
    async setup(list) {
      const token = newUser();
      const put = await control('PUT', '/bots/shopbot/suggestions', { suggestions: list.map((p, i) => ({ id: `p${i}`, text: cut(p, 65_536) })) });
      expect(put.status, put.text).to.equal(200);
      const start = await api(token, 'POST', '/chat/bots/shopbot/start', { message: 'Hello' });
      expect(start.status, start.text).to.equal(200);
      const chat = await mount({ mode: 'bot', token, bot: 'shopbot', session: start.body.chat_session_id });
      const chips = () => deep(chat, 'kesk-bot-suggestions')?.shadowRoot?.querySelectorAll('[part~="suggestion"]') ?? [];
      await waitUntil(() => chips().length === list.length, 'every chip renders', { timeout: 20_000 });
      return {
        chats: [chat],
        find: async (i) => chips()[i],
        shows: (i, el) => expect(squash(el.textContent ?? '')).to.equal(squash(cut(list[i]!, 65_536))),
        cleanup: async () => {
          unmount(chat);
          await control('DELETE', '/bots/shopbot/suggestions');
        },
      };
    },
  },
  ...(['tile', 'viewer'] as const).map<Surface>((where) => ({
    name: `a file in the gallery (${where})`,
    asUrl: true,
    max: 4096,
    async setup(list) {
      const token = newUser();
      const { session } = await startRag(token, 'Hello');
      const ids: number[] = [];
      for (const [i, p] of list.entries()) {
        const type = (['file', 'image', 'audio', 'video'] as const)[i % 4];
        const body = { filename: cut(p, 4096), media_type: type, content: 'x', ...(p.url ? { url: p.text } : {}) };
        ids.push((await control('POST', `/sessions/${session.id}/media`, body)).body.id);
      }
      const chat = await mount({ mode: 'assistant', token, session: session.id });
      await waitUntil(() => deep(chat, '[part~="media-button"]'), 'the media button renders', { timeout: 10_000 });
      deep(chat, '[part~="media-button"]')!.click();
      const gallery = () => deep(chat, 'kesk-media-gallery')?.shadowRoot;
      const li = (id: number) => gallery()?.querySelector<HTMLElement>(`li[data-id="${id}"]`) ?? undefined;
      await waitUntil(
        () => {
          if (ids.every((id) => li(id))) return true;
          gallery()?.querySelector<HTMLButtonElement>('[part~="load-more"]')?.click();
          return false;
        },
        'every file is in the gallery',
        { timeout: 60_000, interval: 200 },
      );
      return {
        chats: [chat],
        async find(i) {
          if (where === 'tile') return li(ids[i]!);
          const dialog = gallery()!.querySelector('dialog')!;
          if (dialog.open) dialog.close();
          await waitUntil(() => !dialog.open, 'the viewer closes');
          li(ids[i]!)!.querySelector<HTMLButtonElement>('[part~="open-button"]')!.click();
          const title = displayFileName(cut(list[i]!, 4096), 60);
          await waitUntil(() => dialog.open && dialog.querySelector('[part~="viewer-title"]')?.textContent === title, 'the viewer opens', { timeout: 10_000 });
          return dialog;
        },
        shows(i, el) {
          const name = cut(list[i]!, 4096);
          // The viewer: its title, and any download link saved under the base name. A tile: its name, or the
          // image's text alternative.
          const label =
            where === 'viewer'
              ? [el.querySelector('[part~="viewer-title"]')?.textContent, displayFileName(name, 60)]
              : [(el.querySelector('[part~="name"]')?.textContent ?? el.querySelector('img')?.getAttribute('alt')), displayFileName(name)];
          expect(label[0]).to.equal(label[1]);
          const downloads = [...el.querySelectorAll('[part~="download"]')].map((a) => a.getAttribute('download'));
          expect(downloads.filter((d) => d !== downloadFileName(name)), 'saved under its base name').to.deep.equal([]);
        },
        cleanup: () => unmount(chat),
      };
    },
  })),
];

// ---- The matrix ----

describe('hostile input through every surface', function () {
  this.timeout(180_000);

  before(async () => {
    await fetch('/__test/evil', { method: 'DELETE' });
    pageBefore = pageState();
    outside.length = 0;
    delete window.__pwned;
  });

  it(`has at least 40 payloads (${PAYLOADS.length}) and covers ${surfaces.length} surfaces`, () => {
    expect(PAYLOADS.length).to.be.at.least(40);
    expect(surfaces.length).to.be.at.least(20);
  });

  for (const surface of surfaces) {
    describe(surface.name, () => {
      const list = PAYLOADS.filter((p) => !surface.urls || p.url);
      let mounted: Mounted;

      before(async function () {
        this.timeout(240_000);
        mounted = await surface.setup(list);
      });

      after(async () => {
        await mounted?.cleanup?.();
      });

      for (const [i, payload] of list.entries()) {
        it(`renders inert: ${payload.name}`, async () => {
          const el = await mounted.find(i);
          expect(el, 'the payload is rendered').to.exist;
          expectInert(el!, API_ORIGIN);
          if (surface.asUrl && payload.url) expectUrlAsWritten(el!, payload);
          mounted.shows?.(i, el!);
          expect(window.__pwned, 'no script ran').to.equal(undefined);
        });
      }

      it('nothing ran, nothing left for another origin, nothing changed outside the widget', async () => {
        for (const chat of mounted.chats) {
          // Links inside are never followed here, but were they clicked, none could run anything either.
          expectInert(chat, API_ORIGIN, OWN);
          expect(allElements(chat).filter((el) => el.localName === 'a' && (el as HTMLAnchorElement).protocol === 'javascript:')).to.have.length(0);
        }
        await new Promise((r) => setTimeout(r, 150));
        expect(window.__pwned, 'no script ran').to.equal(undefined);
        expect(await evilHits(), 'requests that reached the foreign origin').to.deep.equal([]);
        expect(foreign, 'resources from other origins').to.deep.equal([]);
        expect(outside.map((r) => `${r.type} on <${(r.target as Element).localName ?? r.target.nodeName}>`), 'changes outside the widget').to.deep.equal([]);
        expect(pageState(), 'title, cookies, address and head').to.equal(pageBefore);
      });
    });
  }
});
