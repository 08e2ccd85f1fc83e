import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { mountChat } from '../helpers/chat-harness.js';
import { deep } from '../helpers/deep-query.js';
import { config, newUser, startRag } from '../helpers/emulator.js';

// Every part the reference documents (custom-elements.json, from the @csspart JSDoc) can be styled from a page that
// wrote only <kesk-chat> (docs/theming.md, "Parts"): read from the exportparts chain of the rendered widget, then
// styled through kesk-chat::part() on the parts each view shows.

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const CHILDREN = ['kesk-launcher', 'kesk-thread', 'kesk-composer', 'kesk-bot-suggestions', 'kesk-session-list', 'kesk-media-gallery'];
let documented: Map<string, string[]>;

before(async () => {
  const manifest = (await (await fetch(`${location.origin}/custom-elements.json`, { cache: 'no-store' })).json()) as Manifest;
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  documented = new Map(decls.map((d) => [d.tagName!, (d.cssParts ?? []).map((p) => p.name)]));
});

async function open(el: KeskChat) {
  el.open();
  await waitUntil(() => deep(el, 'textarea'), 'the panel shows the composer');
}

/** The names each part of `child` has outside <kesk-chat>: its `exportparts`, `inner` or `inner:outer`, read. */
function exportsOf(child: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of (child.getAttribute('exportparts') ?? '').split(',')) {
    const [inner, outer = inner] = item.split(':').map((s) => s.trim());
    if (inner) map.set(inner, outer!);
  }
  return map;
}

/** The first `selector` in the shadow root of the `tag` element inside `el`. */
const inside = (el: KeskChat, tag: string, selector: string) => deep(el, tag)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? undefined;

/** The children <kesk-chat> renders in its own shadow root now, by tag. */
const children = (el: KeskChat) => [...el.shadowRoot!.querySelectorAll(CHILDREN.join(','))];

/**
 * Styles every exported name at once (`kesk-chat::part(name) { --probe: name }`), then checks each part element
 * the child renders: the value that reaches it is one of its own parts' exported names. A part left out of the
 * chain would get no rule (or its parent's, inherited).
 */
async function probeRendered(el: KeskChat, child: Element, names: Map<string, string>) {
  const style = document.createElement('style');
  style.textContent = [...names.values()].map((n) => `kesk-chat.probe::part(${n}) { --probe: ${n}; }`).join('\n');
  document.head.append(style);
  el.classList.add('probe');
  try {
    let checked = 0;
    for (const node of child.shadowRoot!.querySelectorAll('[part]')) {
      const own = node.getAttribute('part')!.split(/\s+/).filter((p) => p && !p.startsWith('md-'));
      if (!own.length) continue;
      expect(own.every((p) => names.has(p)), `<${child.localName}> renders undocumented part "${own.join(' ')}"`).to.equal(true);
      const value = getComputedStyle(node).getPropertyValue('--probe').trim();
      expect(own.map((p) => names.get(p)), `<${child.localName}> part "${own.join(' ')}" through kesk-chat::part()`).to.include(value);
      checked++;
    }
    return checked;
  } finally {
    el.classList.remove('probe');
    style.remove();
  }
}

describe('kesk-chat exports every documented part of the elements it renders', () => {
  const seen = new Map<string, Map<string, string>>();
  let probed = 0;

  async function collect(el: KeskChat) {
    for (const child of children(el)) {
      await (child as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      const names = exportsOf(child);
      for (const part of documented.get(child.localName) ?? []) {
        expect(names.has(part), `<${child.localName}>'s part "${part}" is exported`).to.equal(true);
      }
      seen.set(child.localName, names);
      probed += await probeRendered(el, child, names);
    }
  }

  it('in bot mode: the launcher, the thread, the composer and the suggestions', async () => {
    await config({ reply_delay_ms: 100 });
    const el = await mountChat({ mode: 'bot', bot: 'shopbot' });
    await open(el);
    await el.send('Hello');
    await waitUntil(() => deep(el, '[part~="suggestion"]'), 'the bot answers with suggestions', { timeout: 8000 });
    await config({ reply_delay_ms: 1200 });
    await collect(el);
    expect([...seen.keys()]).to.have.members(['kesk-launcher', 'kesk-thread', 'kesk-composer', 'kesk-bot-suggestions']);
    el.remove();
  });

  it('in the conversations and media views: the list and the gallery', async () => {
    const token = newUser();
    const { session } = await startRag(token, 'Where is my nearest store?');
    const el = await mountChat({ token, bot: 'shopbot', session: session.id });
    await open(el);
    await waitUntil(() => deep(el, '[part~="bubble"]') && deep(el, '[part~="media-button"]'), 'the conversation shows');
    await collect(el);
    deep(el, '[part~="sessions-button"]')!.click();
    await waitUntil(() => customElements.get('kesk-session-list') && deep(el, '[part~="session-title"]'), 'the list loads and renders');
    await collect(el);
    deep(el, '[part~="back-button"]')!.click();
    await waitUntil(() => !deep(el, 'kesk-session-list'));
    deep(el, '[part~="media-button"]')!.click();
    await waitUntil(() => customElements.get('kesk-media-gallery') && inside(el, 'kesk-media-gallery', '[part~="empty"]'), 'the gallery loads, empty');
    await collect(el);
    el.remove();
  });

  it('under names no two of them share, none of them kesk-chat’s own', () => {
    expect([...seen.keys()]).to.have.members(CHILDREN);
    const exported = [...seen.values()].flatMap((m) => [...m.values()]);
    const all = [...(documented.get('kesk-chat') ?? []), ...exported];
    expect(all.filter((n, i) => all.indexOf(n) !== i), 'names exported twice').to.deep.equal([]);
    const count = CHILDREN.reduce((n, tag) => n + documented.get(tag)!.length, 0);
    expect(exported).to.have.length(count);
    expect(probed, 'rendered parts styled through kesk-chat::part()').to.be.greaterThan(40);
  });

  it('a page styles a part that shares its name through its prefixed name, and the bare name leaves it alone', async () => {
    const style = document.createElement('style');
    style.textContent = `
      kesk-chat.styled::part(toolbar) { background-color: rgb(1, 2, 3); }
      kesk-chat.styled::part(session-list-base) { outline: 3px solid rgb(4, 5, 6); }
      kesk-chat.styled::part(media-gallery-empty) { color: rgb(7, 8, 9); }
      kesk-chat.styled::part(empty) { color: rgb(200, 0, 0); }`;
    document.head.append(style);
    try {
      const token = newUser();
      const { session } = await startRag(token, 'Do you ship abroad?');
      const el = await mountChat({ token, bot: 'shopbot', session: session.id });
      el.classList.add('styled');
      await open(el);
      await waitUntil(() => deep(el, '[part~="media-button"]'), 'a session exists');
      deep(el, '[part~="sessions-button"]')!.click();
      await waitUntil(() => inside(el, 'kesk-session-list', '[part~="toolbar"]'), 'the list renders');
      expect(getComputedStyle(inside(el, 'kesk-session-list', '[part~="toolbar"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inside(el, 'kesk-session-list', '[part~="base"]')!).outlineColor).to.equal('rgb(4, 5, 6)');
      deep(el, '[part~="back-button"]')!.click();
      await waitUntil(() => !deep(el, 'kesk-session-list'));
      deep(el, '[part~="media-button"]')!.click();
      await waitUntil(() => inside(el, 'kesk-media-gallery', '[part~="empty"]'), 'the gallery renders, empty');
      const empty = inside(el, 'kesk-media-gallery', '[part~="empty"]')!;
      expect(getComputedStyle(empty).color).to.equal('rgb(7, 8, 9)');
      el.remove();
    } finally {
      style.remove();
    }
  });
});
