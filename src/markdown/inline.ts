// Inline markdown (the text inside a paragraph, heading or table cell) in one left-to-right pass: code spans, `*`/`_`
// emphasis, `~~` strikethrough, links, images, autolinks, bare URLs, backslash escapes, character references and
// line breaks. No HTML: a `<tag>` is just text.
//
// Every scan is linear in the length of the text, whatever it holds. Emphasis follows CommonMark's flanking rules,
// but a closer is matched at once with the nearest opener of its character (CommonMark would look further down when
// the "multiple of 3" rule forbids that one), and not across a `[` that may still become a link: each step is then
// O(1) amortised, since what a match encloses leaves the working list for good. Code spans find their closer in an
// index of the backtick runs made once (as cmark does), each length's cursor only moving forward. Everything else
// consumes what it read, or stops at the next place another attempt starts (link tails at the next parenthesis or
// quote, autolinks at the next `<`), or fails within a few characters (a bare URL checks what precedes it first);
// nesting deeper than MAX_DEPTH stays literal text. test/markdown/linear.test.ts counts the characters read.
import { decodeEntities } from './entities.js';
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

/** A line break: in a chat every newline is one, as people typing expect. */
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

/** A run of `*`, `_` or `~~` that may open emphasis; its text node is `out[at]`, `len` its length as written. */
interface Opener {
  node: Text;
  at: number;
  len: number;
  close: boolean;
}

/** A `[` or `![` waiting for its `]`; `links` counts the links made before it: a `[` around one is no link. */
interface Bracket {
  at: number;
  image: boolean;
  links: number;
}

const PLAIN = /[^\\`*_~![\]<\nhw]+/y;
const TEXT = /[^\nhw]+/y;
const BARE = /(?:https?:\/\/|www\.)[^\s<>[\]]+/y;
// AUTOLINK and TAIL can fail far from where they start: test/markdown/linear.test.ts counts how far they read.
export const AUTOLINK = /<(?:([a-z][a-z\d+.-]{1,31}:[^\s<>]*)|([^\s<>@\\]+@[a-z\d-]+(?:\.[a-z\d-]+)+))>/iy;
// `(destination "title")` after a `]`: the destination with one level of balanced parentheses, the title optional.
// (CommonMark's `<destination>` and its 'title' and (title) forms are left out: no one writes them in a chat.)
export const TAIL = /\(\s*((?:[^\s()<\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\)/y;
const ESCAPE = /\\[!-/:-@[-`{-~]/y;
const ESCAPES = /\\([!-/:-@[-`{-~])/g;
const BOUNDARY = /[\s*_~(<"']/;
const SPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const TRAILING = `?!.,:*_~'"`;

const text = (value: string): Text => ({ type: 'text', text: value });
/** An autolink or a bare URL: `shown` as written, the link to `url` (if safe). */
const urlLink = (url: string, shown: string): Link => ({ type: 'link', href: safeHref(url), children: [text(shown)] });
const unescape = (value: string) => value.replace(ESCAPES, '$1');
/** What stands next to a delimiter run: 2 a space (or nothing), 1 punctuation, 0 anything else. */
const kind = (ch = ' ') => (SPACE.test(ch) ? 2 : PUNCTUATION.test(ch) ? 1 : 0);
/** How many spans and links deep a node is. */
const depth = (n: Inline): number => ('children' in n ? n.children.reduce((d, k) => Math.max(d, depth(k)), 0) + 1 : 0);

/** Adjacent texts as one. */
const merge = (nodes: Inline[]) =>
  nodes.reduce<Inline[]>((out, n) => {
    const last = out.at(-1);
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.text + n.text);
    else out.push(n);
    return out;
  }, []);

/**
 * The plain text of some inlines: an image's alt text, or a link too deep to keep. Joined with `+`, which does not
 * copy: an image inside an image inside… is text once each, not its whole alt text again at every level.
 */
function plain(nodes: readonly Inline[]): string {
  return nodes.reduce((s, n) => s + (n.type === 'br' ? '\n' : 'children' in n ? plain(n.children) : n.text), '');
}

/** Links inside a link's text (autolinks, images) become their text: an `<a>` cannot hold another. */
function unlink(nodes: readonly Inline[]): Inline[] {
  return nodes.flatMap((n) =>
    n.type === 'link' ? unlink(n.children) : 'children' in n ? [{ ...n, children: unlink(n.children) }] : [n],
  );
}

/** A bare `https://…`, `http://…` or `www.…` URL at `at`, after a space or punctuation, without GFM's trailing punctuation. */
function bareUrl(src: string, at: number): { end: number; link: Link } | undefined {
  // What precedes it first: inside `xwww.www.www.…` each `w` would otherwise read the rest of the run.
  if (at && !BOUNDARY.test(src[at - 1])) return undefined;
  BARE.lastIndex = at;
  const url = BARE.exec(src)?.[0];
  if (!url) return undefined;
  // A trailing `)` stays only when it closes a `(` of the URL.
  let open = 0;
  for (const ch of url) open += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  let end = url.length;
  for (let ch; TRAILING.includes((ch = url[end - 1])) || (ch === ')' && open++ < 0); ) end--;
  const shown = url.slice(0, end);
  if (end <= (url[0] === 'w' ? 4 : url.indexOf(':') + 3)) return undefined;
  return { end: at + end, link: urlLink(url[0] === 'w' ? `https://${shown}` : shown, shown) };
}

/**
 * Parses the inline content of one block; or, with `plainText`, text where only URLs and newlines mean something
 * (`content_format: text`): everything else is consumed as plain runs, and references stay as they are written.
 */
export function parseInline(src: string, plainText = false): Inline[] {
  // The working list: text, finished nodes, and the text nodes of pending openers and brackets.
  const out: Inline[] = [];
  const openers: Opener[][] = [[], [], []];
  const brackets: Bracket[] = [];
  // Where the backtick runs start, by their length, the last first (those passed are popped); made at the first `.
  let ticks: number[][] | undefined;
  // A `[` with no `](` after it can be no link: it is text from the start, and emphasis may span it.
  const lastTail = src.lastIndexOf('](');
  let buf = '';
  let links = 0;
  let i = 0;

  // Character references are decoded here, in text (none holds a character that starts a node).
  const flush = () => {
    if (buf) out.push(text(plainText ? buf : decodeEntities(buf)));
    buf = '';
  };
  const add = (node: Inline) => {
    flush();
    out.push(node);
  };
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(src);
  };
  /** The depth of a node holding `out[from…]`. */
  const depthFrom = (from: number) => depth({ type: 'em', children: out.slice(from) });
  /** Takes `out[from…]` out as the children of a new node; the openers among them are forgotten. */
  const take = (from: number) => {
    for (const list of openers) while (list.at(-1)?.at! >= from) list.pop();
    return merge(out.splice(from));
  };

  while (i < src.length) {
    const c = src[i];
    const run = sticky(plainText ? TEXT : PLAIN);
    if (run) {
      buf += run[0];
      i += run[0].length;
    } else if (c === '\n' || (c === '\\' && src[i + 1] === '\n')) {
      // The spaces before it (CommonMark's hard break) or a backslash go; plain text keeps every character.
      if (!plainText) buf = buf.trimEnd();
      add({ type: 'br' });
      i += c === '\n' ? 1 : 2;
    } else if (c === '\\') {
      // An escaped character is its own text, past the references (`\&amp;` stays `&amp;`).
      if (sticky(ESCAPE)) add(text(src[++i]));
      else buf += c;
      i++;
    } else if (c === '`') {
      let j = i;
      while (src[j] === '`') j++;
      if (!ticks) {
        ticks = [];
        for (const r of src.matchAll(/`+/g)) (ticks[r[0].length] ??= []).push(r.index);
        ticks.forEach((runs) => runs.reverse());
      }
      // The closer: the next run of exactly as many backticks (the opener is shorter than its run after a `\``).
      const runs = ticks[j - i] ?? [];
      while (runs.at(-1)! < j) runs.pop();
      // (Past the opener, so never 0.)
      const end = runs.at(-1);
      if (end) {
        let code = src.slice(j, end).replace(/\n/g, ' ');
        if (code.trim() && code[0] === ' ' && code.at(-1) === ' ') code = code.slice(1, -1);
        add({ type: 'code', text: code });
        i = end + j - i;
      } else {
        buf += src.slice(i, j);
        i = j;
      }
    } else if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (src[j] === c) j++;
      const len = j - i;
      const before = kind(src[i - 1]);
      const after = kind(src[j]);
      const left = after < 2 && (!after || before > 0);
      const right = before < 2 && (!before || after > 0);
      // Strikethrough is exactly `~~`; `_` inside a word is no emphasis.
      const ok = c !== '~' || len === 2;
      const open = ok && left && (c !== '_' || !right || before === 1);
      const close = ok && right && (c !== '_' || !left || after === 1);
      const list = openers['*_~'.indexOf(c)];
      const floor = brackets.at(-1)?.at ?? -1;
      let n = len;
      // Emphasis does not reach out of an open bracket; "multiple of 3": `*a**b**c*` nests instead of pairing `*` with `**`.
      for (let o; close && n && (o = list.at(-1)) && o.at > floor && !((open || o.close) && len % 3 && !((o.len + len) % 3)); ) {
        flush();
        if (depthFrom(o.at + 1) > MAX_DEPTH) {
          // Anything closing later would hold this and be deeper still.
          for (const l of openers) l.length = 0;
          break;
        }
        const use = c === '~' || (n > 1 && o.node.text.length > 1) ? 2 : 1;
        n -= use;
        const children = take(o.at + 1);
        o.node.text = o.node.text.slice(use);
        if (!o.node.text) {
          out.pop();
          list.pop();
        }
        add({ type: c === '~' ? 'del' : use > 1 ? 'strong' : 'em', children });
      }
      if (n && open) {
        flush();
        const node = text(c.repeat(n));
        list.push({ node, at: out.length, len, close });
        out.push(node);
      } else buf += c.repeat(n);
      i = j;
    } else if ((c === '[' || (c === '!' && src[i + 1] === '[')) && i < lastTail) {
      flush();
      const image = c === '!';
      brackets.push({ at: out.length, image, links });
      out.push(text(image ? '![' : c));
      i += image ? 2 : 1;
    } else if (c === ']') {
      i++;
      const b = brackets.pop();
      const m = b && (b.image || b.links === links) && sticky(TAIL);
      if (!m) {
        buf += c;
        continue;
      }
      flush();
      i += m[0].length;
      const deep = depthFrom(b.at + 1) > MAX_DEPTH;
      const kids = take(b.at + 1);
      out.pop();
      const dest = unescape(m[1]);
      const link: Link = { type: 'link', href: safeHref(dest), children: b.image || deep || !kids.length ? [text(plain(kids) || dest)] : unlink(kids) };
      if (b.image) link.image = true;
      else links++;
      if (m[2]) link.title = decodeEntities(unescape(m[2]));
      add(link);
    } else {
      // `<`, `h`, `w`, or a `!` or `[` that starts nothing: each pattern fails at once on what it does not start with.
      const auto = sticky(AUTOLINK);
      const url = bareUrl(src, i);
      if (auto) {
        const value = auto[1] ?? auto[2];
        add(urlLink(auto[1] ? value : `mailto:${value}`, value));
        i += auto[0].length;
      } else if (url) {
        add(url.link);
        i = url.end;
      } else {
        buf += c;
        i++;
      }
    }
  }
  flush();
  return merge(out);
}
