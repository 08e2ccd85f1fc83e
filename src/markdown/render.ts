// The block tree as DOM nodes, made with createElement, setAttribute and text: no markup is ever parsed, so nothing
// in a message can become an element or an attribute we did not make. The nodes go into a Lit template as a child
// value (`${renderMarkdown(text)}`, or `render()` them); each element has a `part` so a host can style it.
//
// Headings are real <h3>–<h6> (h1 → h3, h2 → h4, h3 → h5, the rest h6), not <p role="heading">: native semantics need
// no ARIA override and show in screen readers' heading lists, and the offset keeps a bot's `# Title` from claiming a
// page-level heading inside someone else's page. `md-h1`…`md-h6` in the part keep the written level for styling.
import { parseMarkdown, parsePlainText, type Block, type Inline } from './parse.js';
import { safeHref } from './safe-url.js';

/** What the renderers return: elements and strings (a string is a text node once rendered). */
export type Rendered = Node | string;

const ALIGN: Record<string, string> = { left: 'start', center: 'center', right: 'end' };
const INLINE = /^(br|code|strong|em|del)$/;

/** An element with its content and attributes: `part` is `md-<tag>` unless given, and an undefined value is left out. */
function el(tag: string, content: Rendered[] = [], attributes: Record<string, string | number | undefined> = {}): HTMLElement {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries({ part: `md-${tag}`, ...attributes })) if (value !== undefined) e.setAttribute(name, `${value}`);
  // One at a time: a paragraph may hold more nodes than a call may take arguments.
  for (const c of content) e.append(c);
  return e;
}

function renderInline(node: Inline): Rendered | Rendered[] {
  const type = node.type;
  // String() throughout: a tree from elsewhere (JSON, a cache) can only ever put text in the DOM.
  if (type === 'text') return String(node.text);
  if (type === 'link') {
    // Checked again here, so a hand-built tree is as safe as a parsed one; without a safe href, only the text.
    const href = node.href && safeHref(node.href);
    const label = renderInlines(node.children);
    return href
      ? el('a', label, { part: node.image ? 'md-link md-image' : 'md-link', href, title: node.title || undefined, target: '_blank', rel: 'noopener noreferrer' })
      : label;
  }
  // <br>, <code>, <strong>, <em> and <del>; nothing for a type we do not know.
  return INLINE.test(type) ? el(type, 'children' in node ? renderInlines(node.children) : 'text' in node ? [String(node.text)] : []) : [];
}

/** Inlines as nodes (text, emphasis, code, links, breaks). */
export function renderInlines(nodes: readonly Inline[]): Rendered[] {
  return nodes.flatMap(renderInline);
}

function renderBlock(block: Block): Rendered | Rendered[] {
  switch (block.type) {
    case 'paragraph':
      return el('p', renderInlines(block.children));
    case 'heading': {
      const level = Math.min(Math.max(block.level | 0, 1), 6);
      return el(`h${Math.min(level + 2, 6)}`, renderInlines(block.children), { part: `md-heading md-h${level}` });
    }
    case 'list': {
      // In a tight list an item's paragraphs are its text, without the <p> and its margins (as CommonMark has it).
      const items = block.items.map((item) =>
        el('li', item.flatMap((b) => (!block.loose && b.type === 'paragraph' ? renderInlines(b.children) : renderBlock(b)))),
      );
      return el(block.ordered ? 'ol' : 'ul', items, { start: block.ordered && block.start !== 1 ? block.start : undefined });
    }
    case 'blockquote':
      return el('blockquote', renderBlocks(block.children), { part: 'md-quote' });
    case 'codeblock':
      return el('pre', [el('code', [String(block.text)], { part: 'md-code-block' })], { 'data-lang': block.lang || undefined });
    case 'hr':
      return el('hr');
    case 'table': {
      const row = (cells: Inline[][], tag: string) =>
        el('tr', cells.map((cell, k) => el(tag, renderInlines(cell), { 'data-align': ALIGN[block.align[k]] })));
      // The wrapper scrolls sideways when the table is wider than the bubble.
      return el('div', [el('table', [el('thead', [row(block.head, 'th')]), el('tbody', block.rows.map((r) => row(r, 'td')))])], { part: 'md-table-wrap' });
    }
    default:
      return [];
  }
}

/** A parsed block tree as nodes. */
export function renderBlocks(blocks: readonly Block[]): Rendered[] {
  return blocks.flatMap(renderBlock);
}

/** Markdown (`content_format: markdown`) as nodes: parsed here, never handed to the browser as HTML. */
export function renderMarkdown(source: string): Rendered[] {
  return renderBlocks(parseMarkdown(source));
}

/** Plain text (`content_format: text`): its line breaks kept, its http(s) URLs as safe links, nothing else. */
export function renderPlainText(source: string): Rendered[] {
  return renderInlines(parsePlainText(source));
}
