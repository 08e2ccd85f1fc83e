import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderMarkdown, safeHref } from '../../src/markdown/index.js';

// The CommonMark spec's own examples for the constructs the widget reads as CommonMark has them (docs/embedding.md, "Thread"):
// thematic breaks, list items, lists and autolinks, from the `commonmark-spec` package (spec 0.31.2, the version the
// README names). Each example's markdown goes through the widget's renderer; its DOM and the spec's HTML are both
// printed in one canonical form and must be equal.
//
// What the widget does differently on purpose is normalised away, on the side named:
//  1. Every newline in a paragraph is a line break, as people typing in a chat expect: the spec's soft breaks (a
//     newline in its text) are <br> (spec side).
//  2. The widget adds `part` to every element, and `target="_blank" rel="noopener noreferrer"` to links: dropped
//     (widget side). Headings are <h3>–<h6> inside someone else's page, their written level in the part: read back
//     from the part (widget side).
//  3. Links only to absolute http(s), mailto and tel URLs, as the browser's URL parser reads them (safe-url.ts): a
//     spec link to anything else is its text, and an href is compared as safeHref reads it (spec side).
//  4. Raw HTML is shown as its text: an HTML block (a comment) is a paragraph of its source (spec side).
//  5. A code block's language is the first word of its info string, as `data-lang` on the <pre> (both sides).
// Examples left out need what the widget does not read (README): see NOT_READ. Examples where the widget's output
// differs on purpose carry it, with the reason, in DIFFERS.

/** The spec's sections checked here. */
const SECTIONS = ['Thematic breaks', 'List items', 'Lists', 'Autolinks'];

/** Examples left out, by what they need that the widget does not read, and why. */
const NOT_READ: Record<string, number[]> = {
  'indented code blocks: in a chat, indenting is not asking for code (a fence is); the lines are text': [
    48, 253, 254, 257, 264, 270, 271, 272, 273, 274, 278, 286, 287, 288, 289, 290, 309, 313,
  ],
  'setext headings: in a chat `---` under a line is meant as a rule': [59, 300],
  'link reference definitions: shown as the text they are': [317],
};

/** Examples whose output differs on purpose: [reason, the widget's HTML]. */
const DIFFERS: Record<number, [string, string]> = {
  297: [
    'a list of another kind two columns past an item\'s marker nests in it, as people write `- b` under `1. a`',
    '<ol start="10"><li>foo<ul><li>bar</li></ul></li></ol>',
  ],
  602: ['bare URLs are links (GFM), after `<` too', '<p>&lt;<a href="https://foo.bar/baz">https://foo.bar/baz</a> bim&gt;</p>'],
  603: [
    'the browser\'s URL parser reads every URL (safe-url.ts), as it reads any href: `\\` in an http(s) URL is a `/`, not %5C',
    '<p><a href="https://example.com//[/">https://example.com/\\[\\</a></p>',
  ],
  608: ['bare URLs are links (GFM)', '<p>&lt; <a href="https://foo.bar">https://foo.bar</a> &gt;</p>'],
  611: ['bare URLs are links (GFM)', '<p><a href="https://example.com">https://example.com</a></p>'],
};

interface Example {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const specText = await (await fetch('/node_modules/commonmark-spec/spec.txt')).text();

/**
 * The examples, read from spec.txt with the pattern of the package's own index.js (which reads the file with Node's
 * fs); the spec writes a tab as →.
 */
function examples(): Example[] {
  const tests = specText.replace(/\r\n?/g, '\n').replace(/^<!-- END TESTS -->(.|[\n])*/m, '');
  const out: Example[] = [];
  let section = '';
  tests.replace(/^`{32} example\n([\s\S]*?)^\.\n([\s\S]*?)^`{32}$|^#{1,6} *(.*)$/gm, (_, markdown, html, heading) => {
    if (heading) section = heading;
    else out.push({ markdown: markdown.replace(/→/g, '\t'), html: html.replace(/→/g, '\t'), section, number: out.length + 1 });
    return '';
  });
  return out;
}

const BLOCK = /^(p|ul|ol|li|blockquote|pre|h[1-6]|hr|table|div)$/;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A tree in canonical form: elements with the attributes that mean something, text escaped, a soft break as <br>. */
function canon(parent: Node, spec: boolean, pre = false): string {
  let out = '';
  const isBlock = (n: Node | null) => !n || (n instanceof Element && (BLOCK.test(n.localName) || n.localName === 'br'));
  for (const node of parent.childNodes) {
    if (node instanceof Comment) {
      // Lit's markers on the widget side; an HTML block on the spec side, which the widget shows as text.
      if (spec) out += `<p>${escape(`<!--${node.data}-->`)}</p>`;
    } else if (node instanceof Text) {
      let text = node.data;
      if (!pre) {
        // Newlines that only lay out the spec's HTML (next to a block or after a <br>) go; the rest are soft breaks.
        if (isBlock(node.previousSibling)) text = text.replace(/^\n+/, '');
        if (isBlock(node.nextSibling) && node.nextSibling?.nodeName !== 'BR') text = text.replace(/\n+$/, '');
        if (!node.previousSibling && !node.nextSibling && BLOCK.test((parent as Element).localName ?? '')) text = text.replace(/^\n+|\n+$/g, '');
        out += escape(text).replace(/\n/g, '<br>');
      } else out += escape(text);
    } else if (node instanceof Element) {
      let tag = node.localName;
      const attrs: string[] = [];
      if (!spec && /^h[3-6]$/.test(tag)) tag = /md-(h\d)/.exec(node.getAttribute('part') ?? '')?.[1] ?? tag;
      if (tag === 'a') {
        const href = node.getAttribute('href');
        const safe = spec ? safeHref(href) : href;
        if (!safe) {
          out += canon(node, spec);
          continue;
        }
        attrs.push(`href=${safe}`);
        if (node.getAttribute('title')) attrs.push(`title=${node.getAttribute('title')}`);
      }
      if (tag === 'ol' && node.hasAttribute('start')) attrs.push(`start=${node.getAttribute('start')}`);
      if (tag === 'pre') {
        const lang = spec ? /language-(\S+)/.exec(node.firstElementChild?.className ?? '')?.[1] : node.getAttribute('data-lang');
        if (lang) attrs.push(`lang=${lang}`);
      }
      // The spec's code blocks end with a newline; the widget's hold the lines only.
      const inner = canon(node, spec, pre || tag === 'pre');
      const open = `<${[tag, ...attrs].join(' ')}>`;
      out += tag === 'br' || tag === 'hr' ? open : `${open}${tag === 'code' && pre && spec ? inner.replace(/\n$/, '') : inner}</${tag}>`;
    }
  }
  return out;
}

function widget(markdown: string): string {
  const el = document.createElement('div');
  render(renderMarkdown(markdown), el);
  return canon(el, false);
}

function spec(html: string): string {
  const t = document.createElement('template');
  t.innerHTML = html;
  return canon(t.content, true);
}

const all = examples().filter((e) => SECTIONS.includes(e.section));
const notRead = new Set(Object.values(NOT_READ).flat());

describe('CommonMark spec examples: thematic breaks, list items, lists, autolinks', () => {
  it('are those of the spec the README names', () => {
    expect(/^version: '(.*)'$/m.exec(specText)?.[1]).to.equal('0.31.2');
  });

  it('are all there', () => {
    expect(all.map((e) => e.section).filter((s, k, list) => list.indexOf(s) === k)).to.deep.equal(SECTIONS);
    expect(all).to.have.length(112);
  });

  for (const e of all.filter((x) => !notRead.has(x.number))) {
    const differs = DIFFERS[e.number];
    it(`#${e.number} (${e.section})${differs ? `, differs on purpose: ${differs[0]}` : ''}: ${JSON.stringify(e.markdown)}`, () => {
      expect(widget(e.markdown)).to.equal(spec(differs?.[1] ?? e.html));
    });
  }

  // Each difference listed is one: an example that came to match the spec would be taken off the lists.
  it('lists only examples that differ', () => {
    const same = all.filter((e) => (notRead.has(e.number) || e.number in DIFFERS) && widget(e.markdown) === spec(e.html));
    expect(same.map((e) => e.number)).to.deep.equal([]);
  });
});
