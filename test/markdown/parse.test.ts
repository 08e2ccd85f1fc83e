import { expect } from '@open-wc/testing';
import { MAX_DEPTH, parseMarkdown, parsePlainText, type Block } from '../../src/markdown/index.js';
import { showBlocks, showInlines } from './show.js';

const show = (source: string) => showBlocks(parseMarkdown(source));

/** [what, markdown, expected print] */
type Case = [string, string, string];

function cases(list: Case[]) {
  for (const [what, source, expected] of list) {
    it(what, () => expect(show(source)).to.equal(expected));
  }
}

describe('parseMarkdown: blocks', () => {
  cases([
    ['empty input', '', ''],
    ['blank lines only', '\n  \n\t\n', ''],
    ['a paragraph', 'Hello there', '<p>Hello there</p>'],
    ['paragraphs split by a blank line', 'one\n\ntwo', '<p>one</p><p>two</p>'],
    ['leading spaces of paragraph lines dropped', '  one\n   two', '<p>one<br>two</p>'],
    ['atx headings h1 to h6', '# a\n## b\n### c\n#### d\n##### e\n###### f', '<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>'],
    ['seven #s are a paragraph', '####### a', '<p>####### a</p>'],
    ['#tag is not a heading', '#hashtag', '<p>#hashtag</p>'],
    ['an empty heading is dropped', '#\n## ##\ntext', '<p>text</p>'],
    ['closing #s are dropped', '## Title ##', '<h2>Title</h2>'],
    ['a # inside the title stays', '# C# rocks', '<h1>C# rocks</h1>'],
    ['heading with inline markup', '# Hi *there*', '<h1>Hi <em>there</em></h1>'],
    // Setext headings are not supported: in a chat `---` under a line is meant as a rule, and `===` as text.
    ['no setext headings: --- under a line is a rule, === is text', 'Big\n===\n\nSmaller\n---', '<p>Big<br>===</p><p>Smaller</p><hr>'],
    ['thematic breaks', '***\n---\n_ _ _\n- - -', '<hr><hr><hr><hr>'],
    ['a rule interrupts a paragraph', 'text\n***\nmore', '<p>text</p><hr><p>more</p>'],
    ['bullet list', '- a\n- b\n* c', '<ul><li><p>a</p></li><li><p>b</p></li></ul><ul><li><p>c</p></li></ul>'],
    ['ordered list with its start', '3. a\n4. b', '<ol start=3><li><p>a</p></li><li><p>b</p></li></ol>'],
    ['ordered list with )', '1) a\n2) b', '<ol><li><p>a</p></li><li><p>b</p></li></ol>'],
    ['loose list', '- a\n\n- b', '<ul loose><li><p>a</p></li><li><p>b</p></li></ul>'],
    ['nested lists, two levels', '- a\n  - b\n    - c\n- d', '<ul><li><p>a</p><ul><li><p>b</p><ul><li><p>c</p></li></ul></li></ul></li><li><p>d</p></li></ul>'],
    ['ordered list nested under 3 spaces', '1. a\n   - b\n2. c', '<ol><li><p>a</p><ul><li><p>b</p></li></ul></li><li><p>c</p></li></ol>'],
    ['ordered list nested under 2 spaces (forgiving)', '1. a\n  - b', '<ol><li><p>a</p><ul><li><p>b</p></li></ul></li></ol>'],
    ['four-space nesting as language models write it', '- a\n    - b\n        - c', '<ul><li><p>a</p><ul><li><p>b</p><ul><li><p>c</p></li></ul></li></ul></li></ul>'],
    ['item continuation and lazy lines', '- a\n  b\nc', '<ul><li><p>a<br>b<br>c</p></li></ul>'],
    ['an item holding a paragraph after a blank line', '- a\n\n  more', '<ul loose><li><p>a</p><p>more</p></li></ul>'],
    ['a list ends at an unindented paragraph', '- a\n\nafter', '<ul><li><p>a</p></li></ul><p>after</p>'],
    ['only 1. interrupts a paragraph', 'In 2024. we\n1. x', '<p>In 2024. we</p><ol><li><p>x</p></li></ol>'],
    ['a number mid-paragraph is not a list', 'We have\n2. options', '<p>We have<br>2. options</p>'],
    ['*bold* at line start is not a list', '*bold* text', '<p><em>bold</em> text</p>'],
    ['blockquote', '> a\n> b', '<blockquote><p>a<br>b</p></blockquote>'],
    ['blockquote lazy continuation', '> a\nb', '<blockquote><p>a<br>b</p></blockquote>'],
    ['nested blockquotes', '> a\n>> b', '<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>'],
    ['blockquote holding a list', '> - a\n> - b', '<blockquote><ul><li><p>a</p></li><li><p>b</p></li></ul></blockquote>'],
    ['fenced code with its language', '```js\nif (a < b) **x**\n```', '<pre js>if (a < b) **x**</pre>'],
    ['tilde fence, longer closing fence', '~~~\na\n~~~~', '<pre>a</pre>'],
    ['an unclosed fence runs to the end', '```\na\n\nb', '<pre>a\n\nb</pre>'],
    ['fence content keeps its indent past the fence indent', '  ```\n    a\n  b\n```', '<pre>  a\nb</pre>'],
    ['a backtick fence with backticks in its info is text', '``` a`b', '<p>``` a`b</p>'],
    ['a language that is not a word is dropped', '```"><script>\nx\n```', '<pre>x</pre>'],
    ['fence inside a list item', '- a\n  ```\n  code\n  ```', '<ul><li><p>a</p><pre>code</pre></li></ul>'],
    // Lists as CommonMark has them (test/markdown/commonmark-spec.test.ts runs the spec's own examples).
    ['a blank line inside a nested list leaves its parent tight', '- a\n  - b\n\n    c\n- d', '<ul><li><p>a</p><ul loose><li><p>b</p><p>c</p></li></ul></li><li><p>d</p></li></ul>'],
    ['a blank line between items of a nested list leaves its parent tight', '- a\n  - b\n\n  - c\n- d', '<ul><li><p>a</p><ul loose><li><p>b</p></li><li><p>c</p></li></ul></li><li><p>d</p></li></ul>'],
    ['a blank line after a nested list, before more of the item, makes it loose', '- a\n  - b\n\n  c', '<ul loose><li><p>a</p><ul><li><p>b</p></li></ul><p>c</p></li></ul>'],
    ['a fence inside an item keeps its blank lines, and the list tight', '- a\n- ```\n  b\n\n\n  ```\n- c', '<ul><li><p>a</p></li><li><pre>b\n\n</pre></li><li><p>c</p></li></ul>'],
    ['* * * inside a * list is a rule', '* a\n* * *\n* b', '<ul><li><p>a</p></li></ul><hr><ul><li><p>b</p></li></ul>'],
    ['- * * * is an item holding a rule', '- a\n- * * *', '<ul><li><p>a</p></li><li><hr></li></ul>'],
    ['items of one list indented less than the content column are siblings', '1. a\n\n  2. b', '<ol loose><li><p>a</p></li><li><p>b</p></li></ol>'],
    ['an empty item ends at a blank line', '-\n\n  a', '<ul><li></li></ul><p>a</p>'],
    ['an empty item and a blank line still continue the list', '-\n\n- a', '<ul loose><li></li><li><p>a</p></li></ul>'],
    ['table with alignment', '| a | b | c |\n|:--|:-:|--:|\n| 1 | **2** | 3 |', '<table><tr><th left>a</th><th center>b</th><th right>c</th></tr><tr><td left>1</td><td center><strong>2</strong></td><td right>3</td></tr></table>'],
    ['table rows padded and cut to the head', 'a|b\n-|-\n1\n1|2|3', '<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td></td></tr><tr><td>1</td><td>2</td></tr></table>'],
    ['escaped pipe in a table cell', '| a |\n|---|\n| `x\\|y` |', '<table><tr><th>a</th></tr><tr><td><code>x|y</code></td></tr></table>'],
    ['a table right after a paragraph line', 'Rates:\n| a |\n|---|\n| 1 |', '<p>Rates:</p><table><tr><th>a</th></tr><tr><td>1</td></tr></table>'],
    ['a pipe without a delimiter row is text', 'a | b\nc | d', '<p>a | b<br>c | d</p>'],
    ['delimiter row with a different cell count is not a table', 'a | b\n--|--|--', '<p>a | b<br>--|--|--</p>'],
    ['indented lines are a paragraph (no indented code)', '    code?', '<p>code?</p>'],
    ['CRLF line endings', 'a\r\nb\r\n\r\nc', '<p>a<br>b</p><p>c</p>'],
  ]);

  it('exposes list fields', () => {
    expect(parseMarkdown('7. x')).to.deep.equal([
      { type: 'list', ordered: true, start: 7, loose: false, items: [[{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }]] },
    ]);
  });

  it('exposes the code block fields', () => {
    expect(parseMarkdown('```python extra\nprint(1)\n```')).to.deep.equal([{ type: 'codeblock', lang: 'python', text: 'print(1)' }]);
  });

  it('caps container nesting at MAX_DEPTH and keeps the rest as text', () => {
    let blocks: Block[] = parseMarkdown('>'.repeat(50) + ' deep');
    let depth = 0;
    while (blocks[0]?.type === 'blockquote') {
      blocks = blocks[0].children;
      depth++;
    }
    expect(depth).to.equal(MAX_DEPTH);
    expect(showBlocks(blocks)).to.equal(`<p>${'>'.repeat(30)} deep</p>`);
  });
});

describe('parseMarkdown: inlines', () => {
  cases([
    ['strong and em', '**a** *b* __c__ _d_', '<p><strong>a</strong> <em>b</em> <strong>c</strong> <em>d</em></p>'],
    ['nested emphasis', '*a **b** c*', '<p><em>a <strong>b</strong> c</em></p>'],
    ['strong em', '***a***', '<p><em><strong>a</strong></em></p>'],
    ['intraword _ is text, intraword * is emphasis', 'snake_case_name a*b*c', '<p>snake_case_name a<em>b</em>c</p>'],
    ['unbalanced emphasis stays text', '**a *b', '<p>**a *b</p>'],
    ['spaced stars are not emphasis', 'a * b * c', '<p>a * b * c</p>'],
    ['strikethrough', '~~gone~~ ~one~', '<p><del>gone</del> ~one~</p>'],
    ['code span', 'use `a*b*` here', '<p>use <code>a*b*</code> here</p>'],
    ['code span with backticks inside', '`` a`b ``', '<p><code>a`b</code></p>'],
    ['unmatched backticks are text', '`a ``b', '<p>`a ``b</p>'],
    ['code span newlines become spaces', '`a\nb`', '<p><code>a b</code></p>'],
    ['a code span closes at a run of exactly its length', '`a`` b ``c` ``d``', '<p><code>a`` b ``c</code> <code>d</code></p>'],
    ['after an escaped backtick, the rest of the run opens', '\\```a`` `b', '<p>`<code>a</code> `b</p>'],
    ['code spans whose runs grow in length', '`a``b```c', '<p>`a``b```c</p>'],
    ['link', '[site](https://example.com)', '<p><a href=https://example.com/>site</a></p>'],
    ['link with a title', '[a](https://x.example "The title")', '<p><a href=https://x.example/ title=The title>a</a></p>'],
    ['link title with an escaped quote and a reference', '[a](https://x.example "say \\"hi\\" &amp; go")', '<p><a href=https://x.example/ title=say "hi" & go>a</a></p>'],
    // CommonMark's <destination>, 'title' and (title) forms are not supported (no one writes them in a chat): the
    // brackets stay text, the URL inside is still a link.
    ["no 'title', (title) or <destination> forms", "[a](https://x.example 'q') [b](<https://x.example/b>)", "<p>[a](<a href=https://x.example/>https://x.example</a> 'q') [b](<a href=https://x.example/b>https://x.example/b</a>)</p>"],
    ['link destination with balanced parentheses', '[w](https://en.wikipedia.org/wiki/Foo_(bar))', '<p><a href=https://en.wikipedia.org/wiki/Foo_(bar)>w</a></p>'],
    ['link text with markup', '[**b** `c`](https://x.example)', '<p><a href=https://x.example/><strong>b</strong> <code>c</code></a></p>'],
    ['emphasis does not cross a link', '*[a*](https://x.example)', '<p>*<a href=https://x.example/>a*</a></p>'],
    ['no link inside a link', '[a [b](https://b.example)](https://a.example)', '<p>[a <a href=https://b.example/>b</a>](<a href=https://a.example/>https://a.example</a>)</p>'],
    ['a bare URL in link text is not a second link', '[https://a.example](https://b.example)', '<p><a href=https://b.example/>https://a.example</a></p>'],
    ['reference links are text', '[a][b]', '<p>[a][b]</p>'],
    ['a link without text shows its URL', '[](https://x.example/a)', '<p><a href=https://x.example/a>https://x.example/a</a></p>'],
    ['brackets without a destination are text', '[a] (b) [c]', '<p>[a] (b) [c]</p>'],
    ['unsafe link keeps its text, without href', '[a](javascript:alert(1))', '<p><a href=undefined>a</a></p>'],
    ['relative link is not a link', '[a](/path)', '<p><a href=undefined>a</a></p>'],
    ['image becomes a link with its alt text', '![a cat](https://img.example/cat.png)', '<p><a img href=https://img.example/cat.png>a cat</a></p>'],
    ['image without alt shows its URL', '![](https://img.example/c.png)', '<p><a img href=https://img.example/c.png>https://img.example/c.png</a></p>'],
    ['image alt is plain text', '![*a* `b`](https://img.example/c.png)', '<p><a img href=https://img.example/c.png>a b</a></p>'],
    ['image inside a link becomes its text', '[![badge](https://img.example/b.svg)](https://x.example)', '<p><a href=https://x.example/>badge</a></p>'],
    ['autolink', '<https://x.example/a?b=1>', '<p><a href=https://x.example/a?b=1>https://x.example/a?b=1</a></p>'],
    ['email autolink', '<help@kesk.example>', '<p><a href=mailto:help@kesk.example>help@kesk.example</a></p>'],
    ['bare URLs', 'see https://x.example/a. and www.kesk.example!', '<p>see <a href=https://x.example/a>https://x.example/a</a>. and <a href=https://www.kesk.example/>www.kesk.example</a>!</p>'],
    ['bare URL in parentheses', '(https://x.example/a_(b))', '<p>(<a href=https://x.example/a_(b)>https://x.example/a_(b)</a>)</p>'],
    ['bare URL in bold', '**https://x.example**', '<p><strong><a href=https://x.example/>https://x.example</a></strong></p>'],
    ['a URL inside a word is not linked', 'xhttps://x.example', '<p>xhttps://x.example</p>'],
    ['a bare scheme is not a link', 'https:// nothing', '<p>https:// nothing</p>'],
    ['hard break with two spaces', 'a  \nb', '<p>a<br>b</p>'],
    ['hard break with a backslash', 'a\\\nb', '<p>a<br>b</p>'],
    ['backslash escapes', '\\*a\\* \\[b\\] \\` \\\\ \\a', '<p>*a* [b] ` \\ \\a</p>'],
    ['character references', '&amp; &lt;b&gt; &#65; &#x42; &copy; &bogus;', '<p>& <b> A B &copy; &bogus;</p>'],
    ['raw HTML is text', '<b>hi</b> <script>x</script>', '<p><b>hi</b> <script>x</script></p>'],
  ]);

  // There is no CommonMark mode where a newline is a space: in a chat every newline is a line break.
  it('every newline is a line break, without the spaces or the backslash before it', () => {
    expect(show('a\nb')).to.equal('<p>a<br>b</p>');
    expect(show('a \nb')).to.equal('<p>a<br>b</p>');
    expect(show('a  \nb\\\nc')).to.equal('<p>a<br>b<br>c</p>');
  });

  it('exposes link fields', () => {
    expect(parseMarkdown('[a](https://x.example/p "t")')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'link', href: 'https://x.example/p', title: 't', children: [{ type: 'text', text: 'a' }] }] },
    ]);
  });

  it('caps emphasis nesting at MAX_DEPTH and keeps the rest as text', () => {
    const source = '*a '.repeat(40) + 'x' + ' b*'.repeat(40);
    const [paragraph] = parseMarkdown(source);
    let depth = 0;
    let nodes = paragraph.type === 'paragraph' ? paragraph.children : [];
    for (;;) {
      const span = nodes.find((n) => n.type === 'em');
      if (!span || span.type !== 'em') break;
      nodes = span.children;
      depth++;
    }
    expect(depth).to.equal(MAX_DEPTH);
    // The innermost twenty pairs became <em>, the outer ones stay as text.
    const outer = '*a '.repeat(20) + 'a '.repeat(20) + 'x' + ' b'.repeat(20) + ' b*'.repeat(20);
    expect(showBlocks([paragraph]).replace(/<\/?em>/g, '')).to.equal(`<p>${outer}</p>`);
  });
});

describe('parsePlainText', () => {
  it('keeps text as text, links URLs and breaks lines', () => {
    expect(showInlines(parsePlainText('Hi *there*\nsee https://x.example/a, <b>ok</b>'))).to.equal(
      'Hi *there*<br>see <a href=https://x.example/a>https://x.example/a</a>, <b>ok</b>',
    );
  });

  it('does not link unsafe or embedded URLs', () => {
    expect(showInlines(parsePlainText('javascript:alert(1) xhttps://x.example'))).to.equal('javascript:alert(1) xhttps://x.example');
  });

  it('links www. addresses over https', () => {
    expect(showInlines(parsePlainText('(www.kesk.example)'))).to.equal('(<a href=https://www.kesk.example/>www.kesk.example</a>)');
  });
});
