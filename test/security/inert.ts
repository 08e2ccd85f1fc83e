// What "rendered inert" means, checked on the DOM through every shadow root: nothing that runs, loads or navigates
// by itself, links only to http(s), mailto and tel and always without an opener, and media only from the API.
import { expect } from '@open-wc/testing';

/** Elements that run, load, frame, restyle or redirect: none may come from content. */
const FORBIDDEN = new Set(
  'script noscript iframe frame frameset object embed applet base meta link style form input textarea select template foreignobject portal math'.split(' '),
);
/** Attributes that run or load something; `href` and `src` are checked by value instead. */
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc', 'action', 'formaction', 'data', 'background', 'srcset', 'ping', 'xlink:href', 'lowsrc', 'dynsrc']);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The elements of `root` and of every shadow root below it. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

/**
 * Fails unless everything under `root` is inert. `apiOrigin` is the only origin media may load from; the widget's
 * own elements (controls: inputs in the composer and rename field, its own <form>) are allowed where `own` says.
 */
export function expectInert(root: Element | ShadowRoot, apiOrigin: string, own: (el: Element) => boolean = () => false): void {
  const all = allElements(root);
  const where = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;
  for (const el of all) {
    expect(FORBIDDEN.has(el.localName) && !own(el), `${where(el)} must not be rendered`).to.equal(false);
    for (const { name, value } of el.attributes) {
      expect(name.startsWith('on'), `${name} on ${where(el)}`).to.equal(false);
      expect(FORBIDDEN_ATTRIBUTES.has(name), `${name} on ${where(el)}`).to.equal(false);
      expect(name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(value), `style="${value}" on ${where(el)}`).to.equal(false);
    }
  }
  // Links: each element with an href, then each that leaves for the web.
  const links = all.filter((el) => el.hasAttribute('href')).map((el) => ({ el, href: el.getAttribute('href')!, url: new URL(el.getAttribute('href')!, location.href) }));
  for (const { el, href, url } of links) {
    expect(el.localName, `href on ${where(el)}`).to.equal('a');
    expect(LINK_SCHEMES.has(url.protocol), `${where(el)} links to ${href.slice(0, 80)}`).to.equal(true);
    expect(url.href, 'links are absolute, as written').to.equal(href);
  }
  for (const { el, href } of links.filter(({ url }) => url.protocol.startsWith('http'))) {
    expect(el.getAttribute('rel') ?? '', `rel of ${where(el)} → ${href.slice(0, 80)}`).to.match(/\bnoopener\b/);
    expect(el.getAttribute('target'), `target of ${where(el)}`).to.equal('_blank');
  }
  for (const el of all) {
    for (const name of ['src', 'poster']) {
      if (!el.hasAttribute(name)) continue;
      const value = el.getAttribute(name)!;
      const url = new URL(value, location.href);
      expect(['img', 'audio', 'video', 'source'].includes(el.localName), `${name} on ${where(el)}`).to.equal(true);
      expect(url.origin, `${where(el)} loads ${value.slice(0, 80)}`).to.equal(apiOrigin);
      expect(url.protocol.startsWith('http'), `${where(el)} loads ${value.slice(0, 80)}`).to.equal(true);
    }
  }
  for (const el of all.filter((e) => e.localName === 'svg' || e instanceof SVGElement)) {
    expect(el.getAttribute('aria-hidden') === 'true' || el.closest('svg')?.getAttribute('aria-hidden') === 'true', `${where(el)}: only the widget's own icons`).to.equal(true);
    expect(['svg', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'g', 'ellipse'].includes(el.localName), `${where(el)} inside an icon`).to.equal(true);
  }
}

/** Whitespace and control characters out, to compare text that the DOM lays out differently (breaks, spans). */
export const squash = (text: string) => text.replace(/[\s\0-\x1f\x7f]+/g, '');
