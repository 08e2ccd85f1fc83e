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
  for (const el of allElements(root)) {
    const tag = el.localName;
    const where = `<${tag}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;
    if (!own(el)) expect(FORBIDDEN.has(tag), `${where} must not be rendered`).to.equal(false);
    for (const { name, value } of el.attributes) {
      expect(name.startsWith('on'), `${name} on ${where}`).to.equal(false);
      expect(FORBIDDEN_ATTRIBUTES.has(name), `${name} on ${where}`).to.equal(false);
      if (name === 'style') expect(/url\s*\(|expression\s*\(|@import/i.test(value), `style="${value}" on ${where}`).to.equal(false);
    }
    if (el.hasAttribute('href')) {
      const href = el.getAttribute('href')!;
      expect(tag, `href on ${where}`).to.equal('a');
      const url = new URL(href, location.href);
      expect(LINK_SCHEMES.has(url.protocol), `${where} links to ${href.slice(0, 80)}`).to.equal(true);
      expect(url.href, 'links are absolute, as written').to.equal(href);
      if (url.protocol.startsWith('http')) {
        expect(el.getAttribute('rel') ?? '', `rel of ${where} → ${href.slice(0, 80)}`).to.match(/\bnoopener\b/);
        expect(el.getAttribute('target'), `target of ${where}`).to.equal('_blank');
      }
    }
    for (const name of ['src', 'poster']) {
      if (!el.hasAttribute(name)) continue;
      const value = el.getAttribute(name)!;
      const url = new URL(value, location.href);
      expect(['img', 'audio', 'video', 'source'].includes(tag), `${name} on ${where}`).to.equal(true);
      expect(url.origin, `${where} loads ${value.slice(0, 80)}`).to.equal(apiOrigin);
      expect(url.protocol.startsWith('http'), `${where} loads ${value.slice(0, 80)}`).to.equal(true);
    }
    if (tag === 'svg' || el instanceof SVGElement) {
      expect(el.getAttribute('aria-hidden') === 'true' || el.closest('svg')?.getAttribute('aria-hidden') === 'true', `${where}: only the widget's own icons`).to.equal(true);
      expect(['svg', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'g', 'ellipse'].includes(tag), `${where} inside an icon`).to.equal(true);
    }
  }
}

/** Whitespace and control characters out, to compare text that the DOM lays out differently (breaks, spans). */
export const squash = (text: string) => text.replace(/[\s\0-\x1f\x7f]+/g, '');
