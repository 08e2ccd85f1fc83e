// The block tree as Lit templates. Every piece of the message reaches the DOM through a text or attribute binding,
// never as markup: no unsafeHTML, no innerHTML. Each node has a `part` so a host can style it.
//
// Headings are real <h3>–<h6> (h1 → h3, h2 → h4, h3 → h5, the rest h6), not <p role="heading">: native semantics need
// no ARIA override and show in screen readers' heading lists, and the offset keeps a bot's `# Title` from claiming a
// page-level heading inside someone else's page. `md-h1`…`md-h6` in the part keep the written level for styling.
import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkdown, parsePlainText, type Block, type Inline, type ParseOptions } from './parse.js';
import { safeHref } from './safe-url.js';

const ALIGN: Record<string, string> = { left: 'start', center: 'center', right: 'end' };

function renderInline(node: Inline): unknown {
  switch (node.type) {
    case 'text':
      // String() throughout: a tree from elsewhere (JSON, a cache) can only ever put text in the DOM.
      return String(node.text);
    case 'br':
      return html`<br part="md-br" />`;
    case 'code':
      return html`<code part="md-code">${String(node.text)}</code>`;
    case 'strong':
      return html`<strong part="md-strong">${renderInlines(node.children)}</strong>`;
    case 'em':
      return html`<em part="md-em">${renderInlines(node.children)}</em>`;
    case 'del':
      return html`<del part="md-del">${renderInlines(node.children)}</del>`;
    case 'link': {
      // Checked again here, so a hand-built tree is as safe as a parsed one.
      const href = node.href && safeHref(node.href) ? node.href : undefined;
      const label = renderInlines(node.children);
      const part = node.image ? 'md-link md-image' : 'md-link';
      return href
        ? html`<a part=${part} href=${href} title=${node.title || nothing} target="_blank" rel="noopener noreferrer">${label}</a>`
        : label;
    }
    default:
      return nothing;
  }
}

/** Inlines as templates (text, emphasis, code, links, breaks). */
export function renderInlines(nodes: readonly Inline[]): unknown[] {
  return nodes.map(renderInline);
}

function renderItem(blocks: readonly Block[], loose: boolean): TemplateResult {
  const [first, ...rest] = blocks;
  // In a tight list an item's first paragraph is its text, without the <p> and its margins.
  const content =
    !loose && first?.type === 'paragraph' ? [renderInlines(first.children), renderBlocks(rest)] : renderBlocks(blocks);
  return html`<li part="md-li">${content}</li>`;
}

function renderCell(cell: readonly Inline[], align: string | undefined, head: boolean): TemplateResult {
  const at = ALIGN[align ?? ''] ?? nothing;
  return head
    ? html`<th part="md-th" data-align=${at}>${renderInlines(cell)}</th>`
    : html`<td part="md-td" data-align=${at}>${renderInlines(cell)}</td>`;
}

function renderBlock(block: Block): unknown {
  switch (block.type) {
    case 'paragraph':
      return html`<p part="md-p">${renderInlines(block.children)}</p>`;
    case 'heading': {
      const level = Math.min(Math.max(Math.trunc(block.level) || 1, 1), 6);
      const part = `md-heading md-h${level}`;
      const text = renderInlines(block.children);
      if (level === 1) return html`<h3 part=${part}>${text}</h3>`;
      if (level === 2) return html`<h4 part=${part}>${text}</h4>`;
      if (level === 3) return html`<h5 part=${part}>${text}</h5>`;
      return html`<h6 part=${part}>${text}</h6>`;
    }
    case 'list': {
      const items = block.items.map((item) => renderItem(item, block.loose));
      return block.ordered
        ? html`<ol part="md-ol" start=${block.start === 1 ? nothing : block.start}>${items}</ol>`
        : html`<ul part="md-ul">${items}</ul>`;
    }
    case 'blockquote':
      return html`<blockquote part="md-quote">${renderBlocks(block.children)}</blockquote>`;
    case 'codeblock':
      return html`<pre part="md-pre" data-lang=${block.lang || nothing}><code part="md-code-block">${String(block.text)}</code></pre>`;
    case 'hr':
      return html`<hr part="md-hr" />`;
    case 'table': {
      // The wrapper scrolls sideways when the table is wider than the bubble.
      const head = block.head.map((cell, k) => renderCell(cell, block.align[k], true));
      const rows = block.rows.map((row) => html`<tr part="md-tr">${row.map((cell, k) => renderCell(cell, block.align[k], false))}</tr>`);
      return html`<div part="md-table-wrap"><table part="md-table"><thead><tr part="md-tr">${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    default:
      return nothing;
  }
}

/** A parsed block tree as templates. */
export function renderBlocks(blocks: readonly Block[]): TemplateResult {
  return html`${blocks.map(renderBlock)}`;
}

/** Markdown (`content_format: markdown`) as templates: parsed here, never handed to the browser as HTML. */
export function renderMarkdown(source: string, options?: ParseOptions): TemplateResult {
  return renderBlocks(parseMarkdown(source, options));
}

/** Plain text (`content_format: text`): its line breaks kept, its http(s) URLs as safe links, nothing else. */
export function renderPlainText(source: string): TemplateResult {
  return html`${renderInlines(parsePlainText(source))}`;
}
