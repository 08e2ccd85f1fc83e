import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { MAX_DEPTH, parseMarkdown, renderMarkdown, renderPlainText, safeHref, type Block, type Inline } from '../../src/markdown/index.js';

// Markdown from a language model or a stranger, written to run script, load something, or hang the page. Every
// payload that could run sets window.__pwned; nothing may.
declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const ELEMENTS = new Set('p h3 h4 h5 h6 ul ol li blockquote pre code hr strong em del a br div table thead tbody tr th td'.split(' '));
const ATTRIBUTES = new Set(['part', 'href', 'title', 'target', 'rel', 'start', 'data-align', 'data-lang']);
const FORBIDDEN = 'script, img, iframe, frame, svg, math, style, link, meta, base, object, embed, form, input, video, audio, source, template';

/** Only the elements and attributes the renderer makes; no handler attributes; every href allowed by safeHref. */
function expectSafe(root: ParentNode) {
  expect(root.querySelectorAll(FORBIDDEN), 'forbidden elements').to.have.length(0);
  for (const el of root.querySelectorAll('*')) {
    expect(ELEMENTS.has(el.localName), `<${el.localName}>`).to.equal(true);
    for (const { name } of el.attributes) {
      expect(name.startsWith('on'), `${name} on <${el.localName}>`).to.equal(false);
      expect(ATTRIBUTES.has(name), `${name} on <${el.localName}>`).to.equal(true);
    }
  }
  for (const a of root.querySelectorAll('[href]')) {
    const href = a.getAttribute('href')!;
    expect(safeHref(href), href).to.equal(href);
    expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(href).protocol);
  }
}

async function renderInto(template: unknown): Promise<HTMLElement> {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, el);
  return el;
}

const PWN = 'window.__pwned=1';

/** [what, markdown] */
const payloads: [string, string][] = [
  ['javascript: link', `[x](javascript:${PWN})`],
  ['mixed-case scheme', `[x](JaVaScRiPt:${PWN})`],
  ['tab inside the scheme', `[x](<java\tscript:${PWN}>)`],
  ['tab inside the scheme, bare destination', `[x](java\tscript:${PWN})`],
  ['newline inside the scheme', `[x](<java\nscript:${PWN}>)`],
  ['control character before the scheme', `[x](<\u0001javascript:${PWN}>)`],
  ['decimal character reference', `[x](&#106;avascript:${PWN})`],
  ['hex character reference without ;', `[x](&#x6A&#x61;vascript:${PWN})`],
  ['named reference for the colon', `[x](javascript&colon;${PWN})`],
  ['percent-encoded scheme', `[x](%6Aavascript:${PWN})`],
  ['percent-encoded scheme with a space', `[x](%6A avascript:${PWN})`],
  ['vbscript:', '[x](vbscript:msgbox(1))'],
  ['data:text/html', '[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)'],
  ['protocol-relative URL', '[x](//evil.example/steal)'],
  ['javascript: in <> destination', `[x](<javascript:${PWN}>)`],
  ['javascript: autolink', `<javascript:${PWN}>`],
  ['deceptive link text', `[https://kesk.example](javascript:${PWN})`],
  ['raw <script>', `<script>${PWN}</script>`],
  ['raw <img onerror>', `<img src=x onerror="${PWN}">`],
  ['raw <svg onload>', `<svg onload="${PWN}"><circle r=1 /></svg>`],
  ['raw <iframe srcdoc>', `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`],
  ['raw <a href=javascript:>', `<a href="javascript:${PWN}">raw</a>`],
  ['raw <style>', '<style>*{background:url(https://evil.example/bg.png)}</style>'],
  ['event-handler attributes', `<div onclick="${PWN}" onmouseover="${PWN}" style="position:fixed;inset:0">cover</div>`],
  ['<object> and <embed>', `<object data="javascript:${PWN}"></object><embed src="javascript:${PWN}">`],
  ['mutation-XSS shape', `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`],
  ['split tags', `<scr<script>ipt>${PWN}</scr</script>ipt>`],
  ['escaped HTML entities', `&lt;img src=x onerror=${PWN}&gt;`],
  ['markdown image pixel', '![x](https://evil.example/pixel.png)'],
  ['image with a javascript: source', `![x](javascript:${PWN})`],
  ['quote breaking out of a title', `[x](https://ok.example "\\" onmouseover=\\"${PWN}")`],
  ['quote breaking out of a code language', `\`\`\`"><img src=x onerror=${PWN}>\ncode\n\`\`\``],
  ['quotes in a bare URL', `www.evil.example/"onmouseover="${PWN}`],
  ['quotes in an autolink', `<https://evil.example/"onmouseover="${PWN}>`],
  ['HTML inside a table', `| a |\n|---|\n| <img src=x onerror="${PWN}"> |`],
  ['HTML inside a code span', `\`<img src=x onerror="${PWN}">\``],
  ['HTML inside a link text', `[<img src=x onerror="${PWN}">](https://ok.example)`],
  ['unbalanced emphasis', '***a **b *c __d _e ~~f'],
  ['unbalanced brackets', '[[[a](https://ok.example) ] ( [b]('],
];

describe('hostile markdown', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  for (const [what, source] of payloads) {
    it(`renders safely: ${what}`, async () => {
      const el = await renderInto(renderMarkdown(source));
      expectSafe(el);
      const plain = await renderInto(renderPlainText(source));
      expectSafe(plain);
      await aTimeout(20);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('shows raw HTML as its own text', async () => {
    const el = await renderInto(renderMarkdown(`<img src=x onerror="${PWN}">`));
    expect(el.textContent).to.equal(`<img src=x onerror="${PWN}">`);
  });

  it('does not load a markdown image', async () => {
    performance.clearResourceTimings();
    const el = await renderInto(renderMarkdown('![tracking](https://evil.example/pixel.png?who=me)'));
    await aTimeout(200);
    expect(el.querySelector('img')).to.equal(null);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('evil.example'))).to.have.length(0);
    expect(el.textContent).to.equal('tracking');
  });

  it('nothing ran, after all of them', async () => {
    const el = await renderInto(renderMarkdown(payloads.map(([, source]) => source).join('\n\n')));
    expectSafe(el);
    for (const a of el.querySelectorAll('a')) a.addEventListener('click', (event) => event.preventDefault());
    await aTimeout(100);
    expect(window.__pwned).to.equal(undefined);
  });

  it('survives random markdown-ish soup', async () => {
    const tokens = [
      '*', '**', '_', '__', '~~', '`', '```', '[', ']', '(', ')', '![', '<', '>', '\n', '\n\n', '- ', '1. ', '> ', '# ',
      '|', '|-|', '\\', '&#106;', '&', 'javascript:', 'https://x.example', 'www.a.example', `<img src=x onerror=${PWN}>`,
      '"', "'", ' ', '  ', '    ', 'a', 'b', '---', '<script>', '\t', ':', '!', '~',
    ];
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const el = await renderInto('');
    for (let n = 0; n < 400; n++) {
      let source = '';
      for (let k = Math.floor(random() * 80); k > 0; k--) source += tokens[Math.floor(random() * tokens.length)];
      render(renderMarkdown(source), el);
      expectSafe(el);
    }
    await aTimeout(20);
    expect(window.__pwned).to.equal(undefined);
  });
});

// Size and depth: what was once a wall-clock bound is now a bound on the output. The parser's work is linear by
// construction (see src/markdown/inline.ts); a quadratic path would blow these through the runner's 20 s timeout, and
// `npm run bench:markdown` keeps the timings. Here: the nesting stays capped, the tree and the DOM stay proportional
// to the input, and each case renders what it should.
describe('hostile markdown: size and depth', () => {
  const children = (b: Block | Inline): (Block | Inline)[] =>
    'children' in b ? b.children : 'items' in b ? b.items.flat() : b.type === 'table' ? [...b.head.flat(), ...b.rows.flat(2)] : [];
  /** Every node of a tree, and how deep it goes. */
  const measure = (nodes: (Block | Inline)[]): { count: number; height: number } =>
    nodes.reduce(
      (m, n) => {
        const sub = measure(children(n));
        return { count: m.count + 1 + sub.count, height: Math.max(m.height, 1 + sub.height) };
      },
      { count: 0, height: 0 },
    );
  const count = (nodes: (Block | Inline)[], type: string): number =>
    nodes.reduce((sum, n) => sum + (n.type === type ? 1 : 0) + count(children(n), type), 0);

  /** Parses and renders: safe, nesting capped, no more nodes than characters. */
  const bounded = async (source: string) => {
    const blocks = parseMarkdown(source);
    const { count: nodes, height } = measure(blocks);
    expect(height, 'tree height').to.be.at.most(MAX_DEPTH + 2);
    expect(nodes, 'tree nodes').to.be.at.most(source.length);
    const el = await renderInto(renderMarkdown(source));
    expectSafe(el);
    const elements = el.querySelectorAll('*');
    expect(elements.length, 'elements').to.be.at.most(source.length);
    let deepest = 0;
    for (const e of elements) {
      let d = 0;
      for (let p: Element | null = e; p && p !== el; p = p.parentElement) d++;
      deepest = Math.max(deepest, d);
    }
    // A list level is two elements (<ul><li>), a table five; the rest one.
    expect(deepest, 'DOM depth').to.be.at.most(2 * MAX_DEPTH + 6);
    return { blocks, el };
  };

  it('10,000 nested > are capped, the rest is text', async () => {
    const { el } = await bounded('>'.repeat(10000) + ` <img src=x onerror="${PWN}">`);
    expect(el.querySelectorAll('blockquote')).to.have.length(MAX_DEPTH);
    expect(el.textContent).to.equal(`${'>'.repeat(10000 - MAX_DEPTH)} <img src=x onerror="${PWN}">`);
  });

  it('10,000 lines of deepening quotes and lists', async () => {
    const lines = Array.from({ length: 10000 }, (_, k) => '> '.repeat(k % 40) + '  '.repeat(k % 30) + '- x');
    const { el } = await bounded(lines.join('\n'));
    // Every line's x is shown, as an item or as text past the cap.
    expect(el.textContent!.replace(/[^x]/g, '')).to.have.length(10000);
  });

  it('10,000 nested list markers', async () => {
    const { el } = await bounded('- '.repeat(10000) + 'x');
    expect(el.querySelectorAll('ul')).to.have.length(MAX_DEPTH);
    expect(el.textContent!.endsWith('- x')).to.equal(true);
  });

  it('10,000 * around a word', async () => {
    const { el } = await bounded('*'.repeat(10000) + 'a' + '*'.repeat(10000));
    expect(el.querySelectorAll('strong, em')).to.have.length(MAX_DEPTH);
    expect(el.textContent).to.equal('*'.repeat(10000 - 2 * MAX_DEPTH) + 'a' + '*'.repeat(10000 - 2 * MAX_DEPTH));
  });

  it('10,000 nested emphasis openers and closers', async () => {
    const { el } = await bounded('*a _b '.repeat(5000) + 'x' + ' b_ a*'.repeat(5000));
    expect(el.querySelectorAll('em')).to.have.length(MAX_DEPTH);
    expect(el.textContent!.replace(/[^abx]/g, '')).to.equal('ab'.repeat(5000) + 'x' + 'ba'.repeat(5000));
  });

  it('10,000 [ and ![', async () => {
    // The innermost [x](…) is a link; each later ](…) is text around a bare URL.
    const links = (await bounded('['.repeat(10000) + 'x' + '](https://ok.example)'.repeat(10000))).el.querySelectorAll('a');
    expect(links).to.have.length(10000);
    expect(links[0].textContent).to.equal('x');
    // Images nest into one link labelled with the innermost alt text.
    const images = (await bounded('!['.repeat(10000) + 'x' + '](https://ok.example)'.repeat(10000))).el.querySelectorAll('a');
    expect([...images].map((a) => a.textContent)).to.deep.equal(['x']);
    const { el } = await bounded('[a]('.repeat(10000));
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.equal('[a]('.repeat(10000));
  });

  it('many unmatched backticks', async () => {
    const source = Array.from({ length: 10000 }, (_, k) => '`'.repeat((k % 50) + 1) + 'a').join(' ');
    const { blocks } = await bounded(source);
    // Each run of n backticks closes at the next run of n: once per 50 runs, for each length.
    expect(count(blocks, 'code')).to.equal(196);
  });

  it('a 1 MB message', async () => {
    const chunk =
      '## Heading *with* emphasis\n\nSome **bold** and _em_ text with `code`, a [link](https://kesk.example/a "t"), ' +
      'https://bare.example/x and <https://auto.example>. ~~Gone~~ <b>raw</b> &amp; \\*escaped\\*\n' +
      '- item one\n  - nested [x](javascript:alert(1))\n1. first\n2. second\n\n> quoted *text*\n\n```js\nconst a = 1;\n```\n\n' +
      '| a | b |\n|---|:-:|\n| 1 | 2 |\n\n---\n\n';
    const source = chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576);
    const whole = Math.floor(1_048_576 / chunk.length);
    const { blocks, el } = await bounded(source);
    expect(blocks.length).to.be.greaterThan(1000);
    // Per chunk: one table, one code block, a quote; three safe links (the javascript: one is only its text).
    expect(el.querySelectorAll('table').length).to.be.within(whole, whole + 1);
    expect(el.querySelectorAll('pre').length).to.be.within(whole, whole + 1);
    expect(el.querySelectorAll('blockquote').length).to.be.within(whole, whole + 1);
    expect(el.querySelectorAll('a').length).to.be.within(3 * whole, 3 * whole + 3);
  });

  // The worst cases: every character a delimiter, a bracket, a backtick run or a reference to look at.
  for (const ch of '*_~`[]!<>&\\|#-') {
    it(`1 MB of ${ch} and of ${ch}a`, () => {
      for (const source of [ch.repeat(1_048_576), `${ch}a`.repeat(524_288)]) {
        const { count: nodes, height } = measure(parseMarkdown(source));
        expect(height, `${source.slice(0, 4)}…`).to.be.at.most(MAX_DEPTH + 2);
        expect(nodes, `${source.slice(0, 4)}…`).to.be.at.most(source.length);
      }
    });
  }
});
