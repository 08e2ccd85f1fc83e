// A compact, HTML-like print of a parse tree, so a test reads `<p><em>a</em></p>` instead of nested objects.
// Text is printed as it is (a `<` in text stays `<`), links as `<a href=…>`, images as `<a img href=…>`.
import type { Block, Inline } from '../../src/markdown/index.js';

export function showInlines(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.text;
        case 'br':
          return '<br>';
        case 'code':
          return `<code>${n.text}</code>`;
        case 'link':
          return `<a${n.image ? ' img' : ''} href=${n.href}${n.title ? ` title=${n.title}` : ''}>${showInlines(n.children)}</a>`;
        default:
          return `<${n.type}>${showInlines(n.children)}</${n.type}>`;
      }
    })
    .join('');
}

export function showBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${showInlines(b.children)}</p>`;
        case 'heading':
          return `<h${b.level}>${showInlines(b.children)}</h${b.level}>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          const open = `${tag}${b.ordered && b.start !== 1 ? ` start=${b.start}` : ''}${b.loose ? ' loose' : ''}`;
          return `<${open}>${b.items.map((item) => `<li>${showBlocks(item)}</li>`).join('')}</${tag}>`;
        }
        case 'blockquote':
          return `<blockquote>${showBlocks(b.children)}</blockquote>`;
        case 'codeblock':
          return `<pre${b.lang ? ` ${b.lang}` : ''}>${b.text}</pre>`;
        case 'hr':
          return '<hr>';
        case 'table': {
          const row = (cells: Inline[][], tag: string) =>
            `<tr>${cells.map((c, k) => `<${tag}${b.align[k] ? ` ${b.align[k]}` : ''}>${showInlines(c)}</${tag}>`).join('')}</tr>`;
          return `<table>${row(b.head, 'th')}${b.rows.map((r) => row(r, 'td')).join('')}</table>`;
        }
      }
    })
    .join('');
}
