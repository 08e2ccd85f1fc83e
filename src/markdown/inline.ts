// Inline markdown (the text inside a paragraph, heading or table cell) in one left-to-right pass, after CommonMark's
// delimiter-stack algorithm: code spans, `*`/`_` emphasis, `~~` strikethrough, links, images, autolinks, bare URLs,
// backslash escapes, character references and line breaks. No HTML: a `<tag>` is just text.
//
// Hostile input stays cheap: every scan either consumes what it read or is remembered as failed (code spans), bounded
// by the opener stacks (emphasis, brackets) or charged to a budget (link destinations), and nesting deeper than
// MAX_DEPTH is left as literal text.
import { decodeEntities, decodeEntity, ENTITY_AT } from './entities.js';
import { safeHref } from './safe-url.js';

/** Literal text. It reaches the DOM through a text binding, so `<b>` in it shows as `<b>`. */
export interface Text {
  type: 'text';
  text: string;
}

/** An inline code span. */
export interface Code {
  type: 'code';
  text: string;
}

/** A line break: a hard break, or any newline when soft breaks count (the chat default). */
export interface Break {
  type: 'br';
}

/** Strong emphasis, emphasis or strikethrough. */
export interface Span {
  type: 'strong' | 'em' | 'del';
  children: Inline[];
}

/**
 * A link. `href` has been through `safeHref`: it is undefined when the URL was unsafe or relative, and the link then
 * renders as its text. An image is a link too (`image: true`, its alt text as children): it is never loaded, since a
 * foreign image URL is a way to report that the message was read, and who read it.
 */
export interface Link {
  type: 'link';
  href?: string;
  title?: string;
  image?: boolean;
  children: Inline[];
}

export type Inline = Text | Code | Break | Span | Link;

/** How deep quotes, lists and inline spans may nest; anything deeper stays as literal text. */
export const MAX_DEPTH = 20;

/** A node of the working list, with the depth of the inline tree under it. */
interface Item {
  v: Inline;
  d: number;
  p?: Item;
  n?: Item;
}

/** A run of `*`, `_` or `~~` that may open or close emphasis. */
interface Delim {
  item: Item;
  ch: string;
  len: number;
  orig: number;
  open: boolean;
  close: boolean;
  p?: Delim;
  n?: Delim;
}

/** A `[` or `![` waiting for its `]`. */
interface Opener {
  item: Item;
  image: boolean;
  /** How many links had been made when it was pushed: a `[` around a finished link cannot be a link itself. */
  links: number;
  delim?: Delim;
}

const SPECIAL = '\\`*_~![]<&\nhw';
const PLAIN = /[^\\`*_~![\]<&\nhw]+/y;
const BARE = /(?:https?:\/\/|www\.)[^\s<>[\]]+/y;
const AUTOLINK = /<([a-z][a-z\d+.-]{1,31}:[^\s<>]*)>/iy;
const EMAIL = /<([^\s<>@\\]+@[a-z\d-]+(?:\.[a-z\d-]+)+)>/iy;
const BOUNDARY = /[\s*_~(<"']/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const TRAILING = `?!.,:*_~'"`;

const text = (value: string): Text => ({ type: 'text', text: value });

/** The plain text of some inlines: an image's alt text, or a link too deep to keep. */
function plain(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'br' ? '\n' : 'children' in n ? plain(n.children) : n.text)).join('');
}

/** Links inside a link's text (autolinks, images) become their text: an `<a>` cannot hold another. */
function unlink(nodes: readonly Inline[]): Inline[] {
  return nodes.flatMap((n) =>
    n.type === 'link' ? unlink(n.children) : 'children' in n ? [{ ...n, children: unlink(n.children) }] : [n],
  );
}

/** A bare `https://…`, `http://…` or `www.…` URL at `at`, without GFM's trailing punctuation. */
function bareUrl(src: string, at: number): { end: number; link: Link } | undefined {
  BARE.lastIndex = at;
  const m = BARE.exec(src);
  if (!m) return undefined;
  let url = m[0];
  let open = 0;
  let close = 0;
  for (const ch of url) {
    if (ch === '(') open++;
    else if (ch === ')') close++;
  }
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    if (!TRAILING.includes(ch) && !(ch === ')' && close > open)) break;
    if (ch === ')') close--;
    end--;
  }
  url = url.slice(0, end);
  if (end <= (url[0] === 'w' ? 4 : url.indexOf(':') + 3)) return undefined;
  return { end: at + end, link: { type: 'link', href: safeHref(url[0] === 'w' ? `https://${url}` : url), children: [text(url)] } };
}

/** Plain text with its URLs as links and its newlines as breaks, for `content_format: text`. */
export function linkify(source: string): Inline[] {
  const out: Inline[] = [];
  source.split(/\r\n?|\n/).forEach((line, index) => {
    if (index) out.push({ type: 'br' });
    const find = /https?:\/\/|www\./g;
    let last = 0;
    for (let m; (m = find.exec(line)); ) {
      const found = m.index && !BOUNDARY.test(line[m.index - 1]) ? undefined : bareUrl(line, m.index);
      if (!found) continue;
      if (m.index > last) out.push(text(line.slice(last, m.index)));
      out.push(found.link);
      last = find.lastIndex = found.end;
    }
    if (last < line.length) out.push(text(line.slice(last)));
  });
  return out;
}

/** Parses the inline content of one block. `breaks`: every newline is a line break, not only hard ones. */
export function parseInline(src: string, breaks = true): Inline[] {
  const head: Item = { v: text(''), d: 0 };
  const openers: Opener[] = [];
  const noCloser = new Set<number>();
  let tail = head;
  let top: Delim | undefined;
  let buf = '';
  let links = 0;
  let i = 0;
  // Link destinations and titles are the one scan that can fail after reading far; all of them together may read
  // about twice the input, after which a `](` is just text.
  let budget = src.length * 2 + 1000;

  const push = (v: Inline, d = 0): Item => (tail = tail.n = { v, d, p: tail });
  const flush = () => {
    if (buf) push(text(buf));
    buf = '';
  };
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(src);
  };
  const dropItem = (x: Item) => {
    x.p!.n = x.n;
    if (x.n) x.n.p = x.p;
    else tail = x.p!;
  };
  const dropDelim = (x: Delim) => {
    if (x.p) x.p.n = x.n;
    if (x.n) x.n.p = x.p;
    else top = x.p;
  };

  /** The inlines from `from` up to `to`, adjacent text merged; their deepest depth goes to `gathered`. */
  let gathered = 0;
  const gather = (from: Item | undefined, to?: Item): Inline[] => {
    const out: Inline[] = [];
    let run = '';
    gathered = 0;
    for (let x = from; x && x !== to; x = x.n) {
      if (x.v.type === 'text') run += x.v.text;
      else {
        if (run) out.push(text(run));
        run = '';
        out.push(x.v);
        gathered = Math.max(gathered, x.d);
      }
    }
    if (run) out.push(text(run));
    return out;
  };

  /** CommonMark's "process emphasis" over the delimiters above `bottom`, which it then removes. */
  const emphasis = (bottom?: Delim) => {
    // For each kind of closer, the delimiter at and below which no opener can match it (so no scan repeats).
    const floor: (Delim | undefined)[] = [];
    // Set when a match would nest too deep: no opener at or below it may be used any more.
    let low = bottom;
    let c = top === bottom ? undefined : top;
    while (c && c.p !== bottom) c = c.p;
    while (c) {
      if (!c.close) {
        c = c.n;
        continue;
      }
      const key = '*_~'.indexOf(c.ch) * 6 + (c.open ? 3 : 0) + (c.orig % 3);
      let o = c.p;
      for (; o && o !== low && o !== floor[key]; o = o.p) {
        const odd = c.ch !== '~' && (c.open || o.close) && c.orig % 3 && !((o.orig + c.orig) % 3);
        if (o.ch === c.ch && o.open && !odd) break;
      }
      if (o && o !== low && o !== floor[key]) {
        const kids = gather(o.item.n, c.item);
        const depth = gathered;
        if (depth < MAX_DEPTH) {
          const use = c.ch === '~' || (c.len > 1 && o.len > 1) ? 2 : 1;
          o.len -= use;
          c.len -= use;
          (o.item.v as Text).text = o.ch.repeat(o.len);
          (c.item.v as Text).text = c.ch.repeat(c.len);
          const type = c.ch === '~' ? 'del' : use > 1 ? 'strong' : 'em';
          o.item.n = c.item.p = { v: { type, children: kids }, d: depth + 1, p: o.item, n: c.item };
          o.n = c;
          c.p = o;
          if (!o.len) {
            dropItem(o.item);
            dropDelim(o);
          }
          if (!c.len) {
            const next = c.n;
            dropItem(c.item);
            dropDelim(c);
            c = next;
          }
          continue;
        }
        low = c.p;
      }
      floor[key] = c.p;
      const passed = c;
      c = c.n;
      if (!passed.open) dropDelim(passed);
    }
    top = bottom;
    if (bottom) bottom.n = undefined;
  };

  const isSpace = (ch?: string) => ch === ' ' || ch === '\t' || ch === '\n';
  const skipSpace = (at: number) => {
    while (isSpace(src[at])) at++;
    return at;
  };

  /** `(destination "title")` at `at`, right after a `]`. */
  const linkTail = (at: number): { end: number; dest: string; title?: string } | undefined => {
    if (src[at] !== '(') return undefined;
    let k = skipSpace(at + 1);
    let dest = '';
    let title: string | undefined;
    const take = () => {
      let ch = src[k];
      if (ch === '\\' && ESCAPABLE.test(src[k + 1] ?? '')) ch = src[++k];
      return ch;
    };
    if (src[k] === '<') {
      for (k++; ; k++) {
        if (--budget < 0 || src[k] === undefined || src[k] === '\n' || src[k] === '<') return undefined;
        if (src[k] === '>') break;
        dest += take();
      }
      k++;
    } else {
      for (let depth = 0; ; k++) {
        const ch = src[k];
        if (--budget < 0 || ch === undefined) return undefined;
        if (ch <= ' ' || (ch === ')' && !depth)) break;
        if (ch === '(' && ++depth > 32) return undefined;
        if (ch === ')') depth--;
        dest += take();
      }
    }
    const j = skipSpace(k);
    const quote = src[j];
    const end = quote === '(' ? ')' : quote;
    if (j > k && (quote === '"' || quote === "'" || quote === '(')) {
      title = '';
      for (k = j + 1; src[k] !== end; k++) {
        if (--budget < 0 || src[k] === undefined || (end === ')' && src[k] === '(')) return undefined;
        title += take();
      }
      k = skipSpace(k + 1);
    } else k = j;
    return src[k] === ')' ? { end: k + 1, dest, title: title && decodeEntities(title) } : undefined;
  };

  /** The newline at `at`: trailing spaces dropped, then a break or a soft newline. */
  const lineBreak = (hard: boolean, at: number) => {
    let k = buf.length;
    while (k && buf[k - 1] === ' ') k--;
    buf = buf.slice(0, k);
    for (i = at + 1; src[i] === ' ' || src[i] === '\t'; ) i++;
    if (hard || breaks) {
      flush();
      push({ type: 'br' });
    } else buf += '\n';
  };

  while (i < src.length) {
    const c = src[i];
    const run = SPECIAL.includes(c) ? null : sticky(PLAIN);
    if (run) {
      buf += run[0];
      i += run[0].length;
    } else if (c === '\\') {
      const next = src[i + 1] ?? '';
      const escaped = ESCAPABLE.test(next);
      if (next === '\n') lineBreak(true, ++i);
      else {
        buf += escaped ? next : c;
        i += escaped ? 2 : 1;
      }
    } else if (c === '\n') {
      let k = i;
      while (src[k - 1] === ' ') k--;
      lineBreak(i - k > 1, i);
    } else if (c === '`') {
      let j = i;
      while (src[j] === '`') j++;
      const fence = src.slice(i, j);
      let close = -1;
      for (let from = j; !noCloser.has(fence.length); ) {
        const at = src.indexOf(fence, from);
        if (at < 0) noCloser.add(fence.length);
        else {
          from = at + fence.length;
          while (src[from] === '`') from++;
          if (from - at === fence.length) {
            close = at;
            break;
          }
        }
      }
      if (close < 0) {
        buf += fence;
        i = j;
      } else {
        let code = src.slice(j, close).replace(/\n/g, ' ');
        if (code.length > 2 && code[0] === ' ' && code[code.length - 1] === ' ' && code.trim()) code = code.slice(1, -1);
        flush();
        push({ type: 'code', text: code });
        i = close + fence.length;
      }
    } else if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (src[j] === c) j++;
      const before = src[i - 1] ?? ' ';
      const after = src[j] ?? ' ';
      const spaceBefore = SPACE.test(before);
      const spaceAfter = SPACE.test(after);
      const punctBefore = PUNCTUATION.test(before);
      const punctAfter = PUNCTUATION.test(after);
      const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
      const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
      const open = c === '_' ? left && (!right || punctBefore) : left;
      const close = c === '_' ? right && (!left || punctAfter) : right;
      if ((c === '~' && j - i !== 2) || !(open || close)) buf += src.slice(i, j);
      else {
        flush();
        const d: Delim = { item: push(text(src.slice(i, j))), ch: c, len: j - i, orig: j - i, open, close, p: top };
        if (top) top.n = d;
        top = d;
      }
      i = j;
    } else if (c === '[' || (c === '!' && src[i + 1] === '[')) {
      flush();
      const image = c === '!';
      openers.push({ item: push(text(image ? '![' : '[')), image, links, delim: top });
      i += image ? 2 : 1;
    } else if (c === ']') {
      i++;
      const opener = openers.pop();
      const found = opener && (opener.image || opener.links === links) ? linkTail(i) : undefined;
      if (!opener || !found) {
        buf += ']';
        continue;
      }
      flush();
      i = found.end;
      emphasis(opener.delim);
      const kids = gather(opener.item.n);
      let depth = gathered;
      tail = opener.item.p!;
      tail.n = undefined;
      const link: Link = { type: 'link', href: safeHref(found.dest), children: kids };
      if (opener.image) {
        link.image = true;
        link.children = [text(plain(kids) || found.dest)];
        depth = 0;
      } else {
        links++;
        link.children = kids.length ? unlink(kids) : [text(found.dest)];
        if (depth >= MAX_DEPTH) {
          link.children = [text(plain(kids))];
          depth = 0;
        }
      }
      if (found.title) link.title = found.title;
      push(link, depth + 1);
    } else {
      const auto = c === '<' ? sticky(AUTOLINK) : null;
      const mail = c === '<' && !auto ? sticky(EMAIL) : null;
      const entity = c === '&' ? sticky(ENTITY_AT) : null;
      const url = (c === 'h' || c === 'w') && (!i || BOUNDARY.test(src[i - 1])) ? bareUrl(src, i) : undefined;
      const m = auto ?? mail;
      if (m) {
        flush();
        push({ type: 'link', href: safeHref(auto ? m[1] : `mailto:${m[1]}`), children: [text(m[1])] }, 1);
        i += m[0].length;
      } else if (entity) {
        buf += decodeEntity(entity[0], entity[1], entity[2], entity[3]);
        i += entity[0].length;
      } else if (url) {
        flush();
        push(url.link, 1);
        i = url.end;
      } else {
        buf += c;
        i++;
      }
    }
  }
  flush();
  emphasis();
  return gather(head.n);
}
