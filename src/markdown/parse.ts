// Block-level markdown: the lines of a message into paragraphs, headings, lists, quotes, fenced code, rules and tables.
// Pure (no DOM). Close to CommonMark and GFM where chat messages need it; not implemented, so shown as text or
// paragraphs: setext headings (a `---` under a line is a rule), indented code blocks, reference links, footnotes,
// task lists and HTML blocks.
import { MAX_DEPTH, parseInline, type Inline } from './inline.js';

export type { Break, Code, Inline, Link, Span, Text } from './inline.js';
export { MAX_DEPTH } from './inline.js';

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
}

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: Inline[];
}

/** A list; `loose` when its items are separated by blank lines (their paragraphs then keep their spacing). */
export interface List {
  type: 'list';
  ordered: boolean;
  start: number;
  loose: boolean;
  items: Block[][];
}

export interface Quote {
  type: 'blockquote';
  children: Block[];
}

/** A fenced code block; `lang` is the first word of the info string, if it looks like a language name. */
export interface CodeBlock {
  type: 'codeblock';
  lang: string;
  text: string;
}

export interface Rule {
  type: 'hr';
}

export type Align = 'left' | 'center' | 'right' | '';

/** A GFM table; every row has as many cells as the head. */
export interface Table {
  type: 'table';
  align: Align[];
  head: Inline[][];
  rows: Inline[][][];
}

export type Block = Paragraph | Heading | List | Quote | CodeBlock | Rule | Table;


// An opening fence; a backtick one has no backtick in its info string (else it is inline code).
const FENCE = /^( {0,3})(`{3,}(?=[^`]*$)|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:\s+(.*))?$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:(\s+)(.*))?$/;
const LANG = /^[\w#+.-]{1,32}/;

/** A table row's cells; `\|` is a pipe inside a cell, even inside a code span. */
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||(?<!\\)\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

/** Whether `line` and `next` are a table's head and delimiter rows: as many cells in each, at most 64. */
function tableHead(line: string, next = ''): boolean {
  const delimiters = cells(next);
  return line.includes('|') && delimiters.length <= 64 && delimiters.every((c) => /^:?-+:?$/.test(c)) && cells(line).length === delimiters.length;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The blocks of `lines`: a list item's when `list` is given, which a blank line between two of them makes loose. */
function blocks(lines: readonly string[], depth: number, list: Partial<List> = {}): Block[] {
  const out: Block[] = [];
  // Past MAX_DEPTH, `>` and list markers are no longer containers but text.
  const deep = depth >= MAX_DEPTH;
  const startsList = (line: string) => {
    const m = ITEM.exec(line);
    return !!m?.[4]?.trim() && (m[2].length < 2 || parseInt(m[2]) === 1);
  };
  const interrupts = (line: string) =>
    FENCE.test(line) || ATX.test(line) || RULE.test(line) || (!deep && (QUOTE.test(line) || startsList(line)));

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let m: RegExpExecArray | null;
    // A blank line before this block: skipped below, or the end of the list before (whose own items it may part).
    if (out.length && line.trim() && !lines[i - 1].trim()) list.loose = true;
    if (!line.trim()) {
      i++;
    } else if ((m = FENCE.exec(line))) {
      const [, indent, fence, info] = m;
      // The closing fence: as long as the opening one or longer (`` ```+ `` is three backticks or more).
      const end = new RegExp(`^ {0,3}${fence}+\\s*$`);
      const body: string[] = [];
      for (i++; i < lines.length && !end.test(lines[i]); i++) body.push(lines[i].slice(Math.min(indent.length, indentOf(lines[i]))));
      i++;
      out.push({ type: 'codeblock', lang: LANG.exec(info.trim())?.[0] ?? '', text: body.join('\n') });
    } else if ((m = ATX.exec(line))) {
      // An empty heading (a lone `#`) is dropped: it would be an empty landmark for a screen reader.
      const title = (m[2] ?? '').trimEnd().replace(/(^|\s)#+$/, '').trim();
      if (title) out.push({ type: 'heading', level: m[1].length as Heading['level'], children: parseInline(title) });
      i++;
    } else if (RULE.test(line)) {
      out.push({ type: 'hr' });
      i++;
    } else if (!deep && QUOTE.test(line)) {
      const inner: string[] = [];
      for (; i < lines.length; i++) {
        const l = lines[i];
        const q = QUOTE.exec(l);
        if (q) inner.push(l.slice(q[0].length));
        // A lazy continuation line: the quoted paragraph goes on without its `>`.
        else if (l.trim() && inner.at(-1)?.trim() && !interrupts(l)) inner.push(l);
        else break;
      }
      out.push({ type: 'blockquote', children: blocks(inner, depth + 1) });
    } else if (!deep && (m = ITEM.exec(line))) {
      const kind = m[2].at(-1);
      const ordered = m[2].length > 1;
      const list: List = { type: 'list', ordered, start: ordered ? parseInt(m[2]) : 1, loose: false, items: [] };
      out.push(list);
      // The list goes on while items of its kind follow (`* * *` is a rule, not an item). It is loose when blank
      // lines part its items or two blocks of an item; not for those inside a nested list or a fence.
      for (; i < lines.length && !RULE.test(lines[i]) && (m = ITEM.exec(lines[i])) && m[2].at(-1) === kind; ) {
        if (list.items.length && !lines[i - 1].trim()) list.loose = true;
        const indent = m[1].length;
        const content = m[4] ?? '';
        const inner = indent + m[2].length + (content && m[3].length <= 4 ? m[3].length : 1);
        const body = [content];
        for (i++; i < lines.length; i++) {
          const l = lines[i];
          const at = indentOf(l);
          const mark = ITEM.exec(l)?.[2].at(-1);
          if (!l.trim()) body.push('');
          // An item begins with one blank line at most: this one is empty.
          else if (!content && body[1] === '') break;
          // Its content column, or (forgiving) a list of another kind two columns past its marker, as people nest
          // `- b` under `1. a`.
          else if (at >= inner || (at >= indent + 2 && mark && mark !== kind)) body.push(l.slice(Math.min(at, inner)));
          // A lazy continuation line of its paragraph.
          else if (lines[i - 1].trim() && !mark && !interrupts(l)) body.push(l);
          else break;
        }
        // Its blank lines at the end belong between the items (an unclosed fence would keep them).
        while (body.length > 1 && !body.at(-1)!.trim()) body.pop();
        list.items.push(blocks(body, depth + 1, list));
      }
    } else if (tableHead(line, lines[i + 1])) {
      const head = cells(line);
      const align = cells(lines[i + 1]).map((c): Align =>
        c.endsWith(':') ? (c[0] === ':' ? 'center' : 'right') : c[0] === ':' ? 'left' : '',
      );
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && lines[i].trim() && !interrupts(lines[i]); i++) {
        const row = cells(lines[i]);
        rows.push(head.map((_, k) => parseInline(row[k] ?? '')));
      }
      out.push({ type: 'table', align, head: head.map((c) => parseInline(c)), rows });
    } else {
      const para = [line];
      for (i++; i < lines.length && lines[i].trim() && !interrupts(lines[i]) && !tableHead(lines[i], lines[i + 1]); i++) para.push(lines[i]);
      out.push({ type: 'paragraph', children: parseInline(para.map((l) => l.trimStart()).join('\n').trimEnd()) });
    }
  }
  return out;
}

/** Parses markdown into a small block tree. Never throws; pure, with no DOM. */
export function parseMarkdown(source: string): Block[] {
  const text = String(source ?? '').replace(/\0/g, '\ufffd');
  try {
    const lines = text.split(/\r\n?|\n/).map((l) => l.replace(/^\s+/, (w) => w.replace(/\t/g, '    ')));
    return blocks(lines, 0);
  } catch {
    // Whatever went wrong on an input nobody foresaw, the message still shows, as text.
    return text.trim() ? [{ type: 'paragraph', children: [{ type: 'text', text }] }] : [];
  }
}

/** Plain text (`content_format: text`) as inlines: URLs become safe links, newlines become breaks. */
export function parsePlainText(source: string): Inline[] {
  return parseInline(String(source ?? '').replace(/\r\n?/g, '\n'), true);
}
