import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { markdownStyles, renderBlocks, renderMarkdown, renderPlainText, type Block } from '../../src/markdown/index.js';

/** Renders into a plain container with lit's `render()`, the way a message bubble does. */
async function rendered(source: string): Promise<HTMLElement> {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  render(renderMarkdown(source), el);
  return el;
}

const one = (el: ParentNode, selector: string) => {
  const found = el.querySelector(selector);
  expect(found, selector).to.exist;
  return found!;
};

/** The element tree without Lit's comment markers: `p(strong(#text))`. */
function shape(node: Node): string {
  return [...node.childNodes]
    .filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .map((n) => (n.nodeType === Node.TEXT_NODE ? '#' : `${n.nodeName.toLowerCase()}(${shape(n)})`))
    .join(' ');
}

class MarkdownView extends LitElement {
  static override styles = markdownStyles;
  static override properties = { source: {} };
  source = '';
  override render() {
    return renderMarkdown(this.source);
  }
}
customElements.define('kesk-test-markdown', MarkdownView);

describe('renderMarkdown: DOM', () => {
  it('paragraphs', async () => {
    const el = await rendered('one\n\ntwo');
    expect(shape(el)).to.equal('p(#) p(#)');
    expect(one(el, 'p').getAttribute('part')).to.equal('md-p');
    expect(el.textContent).to.equal('onetwo');
  });

  it('strong, em, del and code', async () => {
    const el = await rendered('**b** *i* ~~d~~ `c<d>`');
    expect(one(el, 'strong').getAttribute('part')).to.equal('md-strong');
    expect(one(el, 'em').getAttribute('part')).to.equal('md-em');
    expect(one(el, 'del').getAttribute('part')).to.equal('md-del');
    expect(one(el, 'code').getAttribute('part')).to.equal('md-code');
    expect(one(el, 'code').textContent).to.equal('c<d>');
    expect(el.querySelector('d')).to.equal(null);
  });

  it('headings as h3 to h6, keeping the written level in the part', async () => {
    const el = await rendered('# a\n## b\n### c\n#### d\n###### f');
    expect(shape(el)).to.equal('h3(#) h4(#) h5(#) h6(#) h6(#)');
    expect(one(el, 'h3').getAttribute('part')).to.equal('md-heading md-h1');
    expect(el.querySelectorAll('h6')[1].getAttribute('part')).to.equal('md-heading md-h6');
    expect(el.querySelector('h1, h2')).to.equal(null);
  });

  it('tight lists put the text straight into <li>, nested lists inside', async () => {
    const el = await rendered('- a\n  - b\n- c');
    expect(shape(el)).to.equal('ul(li(# ul(li(#))) li(#))');
    expect(one(el, 'ul').getAttribute('part')).to.equal('md-ul');
    expect(one(el, 'li').getAttribute('part')).to.equal('md-li');
  });

  it('tight lists put every paragraph of an item straight into <li>, not only the first', async () => {
    const el = await rendered('- a\n  ```\n  x\n  ```\n  b\n- c');
    expect(shape(el)).to.equal('ul(li(# pre(code(#)) #) li(#))');
  });

  it('loose lists keep paragraphs in <li>', async () => {
    const el = await rendered('1. a\n\n2. b');
    expect(shape(el)).to.equal('ol(li(p(#)) li(p(#)))');
  });

  it('ordered lists carry their start', async () => {
    const el = await rendered('4. a\n5. b');
    expect(one(el, 'ol').getAttribute('start')).to.equal('4');
    expect(one(el, 'ol').getAttribute('part')).to.equal('md-ol');
    expect((await rendered('1. a')).querySelector('ol')!.hasAttribute('start')).to.equal(false);
  });

  it('blockquotes', async () => {
    const el = await rendered('> a\n>\n> b');
    expect(shape(el)).to.equal('blockquote(p(#) p(#))');
    expect(one(el, 'blockquote').getAttribute('part')).to.equal('md-quote');
  });

  it('fenced code blocks keep their text exactly', async () => {
    const el = await rendered('```html\n<b>x</b>\n  indented\n```');
    expect(shape(el)).to.equal('pre(code(#))');
    expect(one(el, 'pre').getAttribute('part')).to.equal('md-pre');
    expect(one(el, 'pre').getAttribute('data-lang')).to.equal('html');
    expect(one(el, 'pre code').getAttribute('part')).to.equal('md-code-block');
    expect(one(el, 'pre code').textContent).to.equal('<b>x</b>\n  indented');
  });

  it('thematic breaks', async () => {
    const el = await rendered('a\n\n---\n\nb');
    expect(shape(el)).to.equal('p(#) hr() p(#)');
    expect(one(el, 'hr').getAttribute('part')).to.equal('md-hr');
  });

  it('links open in a new tab without an opener or referrer', async () => {
    const el = await rendered('[Kesk](https://kesk.example/help "Help centre")');
    const a = one(el, 'a') as HTMLAnchorElement;
    expect(a.getAttribute('href')).to.equal('https://kesk.example/help');
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(a.getAttribute('title')).to.equal('Help centre');
    expect(a.getAttribute('part')).to.equal('md-link');
    expect(a.textContent).to.equal('Kesk');
  });

  it('autolinks and bare URLs', async () => {
    const el = await rendered('<https://a.example> and https://b.example/x.');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://a.example/', 'https://b.example/x']);
    expect(el.textContent).to.equal('https://a.example and https://b.example/x.');
  });

  it('images become a link labelled with the alt text, never an <img>', async () => {
    const el = await rendered('![Order status chart](https://img.example/chart.png)');
    expect(el.querySelector('img')).to.equal(null);
    const a = one(el, 'a');
    expect(a.getAttribute('part')).to.equal('md-link md-image');
    expect(a.getAttribute('href')).to.equal('https://img.example/chart.png');
    expect(a.textContent).to.equal('Order status chart');
  });

  it('an unsafe link renders as its text only', async () => {
    const el = await rendered('[click me](javascript:alert(1))');
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.equal('click me');
  });

  it('line breaks', async () => {
    const el = await rendered('a\nb');
    expect(shape(el)).to.equal('p(# br() #)');
    expect(one(el, 'br').getAttribute('part')).to.equal('md-br');
  });

  it('tables, with alignment as data-align and no style attribute', async () => {
    const el = await rendered('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    expect(shape(el)).to.equal('div(table(thead(tr(th(#) th(#))) tbody(tr(td(#) td(#)))))');
    expect(one(el, 'thead').getAttribute('part')).to.equal('md-thead');
    expect(one(el, 'tbody').getAttribute('part')).to.equal('md-tbody');
    expect(one(el, 'div').getAttribute('part')).to.equal('md-table-wrap');
    expect(one(el, 'table').getAttribute('part')).to.equal('md-table');
    expect(one(el, 'th').getAttribute('data-align')).to.equal('center');
    expect(el.querySelectorAll('td')[1].getAttribute('data-align')).to.equal('end');
    expect(el.querySelector('[style]')).to.equal(null);
  });

  it('raw HTML is shown as text', async () => {
    const el = await rendered('<b>bold?</b> <i>no</i>');
    expect(shape(el)).to.equal('p(#)');
    expect(el.textContent).to.equal('<b>bold?</b> <i>no</i>');
  });

  it('every element carries a part', async () => {
    const el = await rendered(
      '# h\n\np **s** *e* ~~d~~ `c` [l](https://x.example) ![i](https://x.example/i.png)  \nx\n\n- a\n\n1. b\n\n> q\n\n```\nc\n```\n\n---\n\n|a|\n|-|\n|b|',
    );
    const missing = [...el.querySelectorAll('*')].filter((e) => !e.hasAttribute('part')).map((e) => e.localName);
    expect(missing).to.deep.equal([]);
  });

  it('is accessible', async () => {
    const el = await rendered(
      '## Your order\n\nIt shipped **today**. Track it at [the carrier](https://track.example/1).\n\n1. Open the app\n2. Tap *Orders*\n\n> Delivery takes 2 days.\n\n```\nORDER-123\n```\n\n| Item | Qty |\n|---|--:|\n| Shoes | 1 |',
    );
    await expect(el).to.be.accessible();
  });
});

describe('renderBlocks', () => {
  it('checks hrefs again in a hand-built tree', async () => {
    const blocks: Block[] = [
      { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
    ];
    const el = await fixture(html`<div>${renderBlocks(blocks)}</div>`);
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.equal('x');
  });

  it('puts only text in the DOM, whatever a hand-built tree holds', async () => {
    const smuggled = { _$litType$: 1, strings: ['<img src=x onerror="window.__pwned=1">'], values: [] };
    const blocks = [{ type: 'paragraph', children: [{ type: 'text', text: smuggled }] }] as unknown as Block[];
    const el = await fixture(html`<div>${renderBlocks(blocks)}</div>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('[object Object]');
  });

  it('clamps heading levels and ignores unknown node types', async () => {
    const blocks = [
      { type: 'heading', level: 99, children: [{ type: 'text', text: 'h' }] },
      { type: 'script', text: 'alert(1)' },
      { type: 'paragraph', children: [{ type: 'img', src: 'https://evil.example/p.png' }] },
    ] as unknown as Block[];
    const el = await fixture(html`<div>${renderBlocks(blocks)}</div>`);
    expect(shape(el)).to.equal('h6(#) p()');
  });
});

describe('renderPlainText', () => {
  it('keeps text literal, line breaks as <br> and URLs as safe links', async () => {
    const el = await fixture(html`<div>${renderPlainText('Hi *there* <b>x</b>\nhttps://kesk.example/a, javascript:alert(1)')}</div>`);
    expect(shape(el)).to.equal('# br() a(#) #');
    expect(el.textContent).to.equal('Hi *there* <b>x</b>https://kesk.example/a, javascript:alert(1)');
    const a = one(el, 'a');
    expect(a.getAttribute('href')).to.equal('https://kesk.example/a');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
  });
});

describe('markdownStyles', () => {
  async function view(source: string) {
    const el = await fixture<MarkdownView>(html`<kesk-test-markdown style="display: block; inline-size: 300px; color: rgb(10, 20, 30)" .source=${source}></kesk-test-markdown>`);
    return el.shadowRoot!;
  }

  it('inherit the colour, underline links and scroll code sideways', async () => {
    const root = await view('p [l](https://x.example)\n\n```\n' + 'x'.repeat(500) + '\n```');
    expect(getComputedStyle(one(root, 'p')).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(one(root, 'a')).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(one(root, 'a')).color).to.equal('rgb(10, 20, 30)');
    const pre = one(root, 'pre') as HTMLElement;
    expect(getComputedStyle(pre).overflowX).to.equal('auto');
    expect(pre.scrollWidth).to.be.greaterThan(pre.clientWidth);
  });

  it('use logical properties, so quotes follow the writing direction', async () => {
    const root = await view('> q');
    const quote = one(root, 'blockquote') as HTMLElement;
    expect(getComputedStyle(quote).borderLeftWidth).to.equal('3px');
    (root.host as HTMLElement).dir = 'rtl';
    expect(getComputedStyle(quote).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(quote).borderLeftWidth).to.equal('0px');
  });

  it('leave no margin after the last block', async () => {
    const root = await view('a\n\nb');
    const last = root.querySelectorAll('p')[1];
    expect(getComputedStyle(last).marginBlockEnd).to.equal('0px');
    expect(getComputedStyle(root.querySelectorAll('p')[0]).marginBlockEnd).to.not.equal('0px');
  });
});
