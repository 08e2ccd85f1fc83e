import { expect } from '@open-wc/testing';
import { parseMarkdown, parsePlainText } from '../../src/markdown/index.js';
import { AUTOLINK, TAIL } from '../../src/markdown/inline.js';
import { plainLine } from '../../src/markdown/plain-line.js';
import { ADVERSARIAL } from './adversarial-inputs.js';

// The parser's work grows linearly with its input, whatever the input holds: checked by counting, not by timing
// (the times are in `npm run bench:markdown`). Every pattern the parser runs goes through RegExp.prototype.exec,
// which is wrapped here to count the characters each run reads: up to the end of its match, or for a search that
// fails, to the end of the text. A sticky pattern that fails stops within a few characters, except TAIL and
// AUTOLINK, whose reach is measured with the patterns below; and a search's attempts before its match each read a
// few characters in our patterns. Joins count what they write (an image's alt text copied again at every level of
// nesting was quadratic). Each input of ./adversarial-inputs.js is parsed at two sizes, as markdown, as plain text
// and as a preview line (which reads a bounded start of it).

/** How far TAIL reads when it fails: its destination, one `(` group that does not close, a title, one more. */
const TAIL_REACH = /\(\s*(?:[^\s()<\\]|\\.|\((?:[^\s()\\]|\\.)*\))*(?:\((?:[^\s()\\]|\\.)*)?(?:\s+"(?:[^"\\]|\\.)*"?)?\s*[^]?/y;
/** How far AUTOLINK reads when it fails: to the first space, `<` or `>`. */
const AUTOLINK_REACH = /<[^\s<>]*[^]?/y;

/** The characters `parse` reads and writes. */
function work(parse: () => unknown): number {
  const exec = RegExp.prototype.exec;
  const join = Array.prototype.join;
  let count = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, text);
    if (match) count += match.index + match[0].length - start;
    else if (!this.sticky) count += text.length - start;
    else {
      const reach = this === TAIL ? TAIL_REACH : this === AUTOLINK ? AUTOLINK_REACH : undefined;
      if (reach) {
        reach.lastIndex = start;
        count += exec.call(reach, text) ? reach.lastIndex - start : 1;
      } else count += 1;
    }
    return match;
  };
  Array.prototype.join = function (this: unknown[], separator?: string) {
    const joined = join.call(this, separator);
    count += joined.length;
    return joined;
  };
  try {
    parse();
  } finally {
    RegExp.prototype.exec = exec;
    Array.prototype.join = join;
  }
  return count;
}

describe('markdown: the work is linear in the input', () => {
  const N = 20_000;
  const modes = [
    ['markdown', parseMarkdown],
    ['plain text', parsePlainText],
    ['preview line', (source: string) => plainLine(source, true)],
  ] as const;
  for (const [what, make] of ADVERSARIAL) {
    for (const [mode, parse] of modes) {
      it(`${what} (${mode})`, () => {
        const small = make(N);
        const large = make(4 * N);
        expect(large.length / small.length).to.be.within(3.9, 4.1);
        const ratio = work(() => parse(large)) / work(() => parse(small));
        // Four times the input, about four times the work: quadratic work would be 16 times, n^1.5 eight. A preview
        // line works through the start of the text only: no more for four times the input.
        const [low, high] = mode === 'preview line' ? [0.95, 1.05] : [3.5, 4.5];
        expect(ratio, 'work at 4n / work at n').to.be.within(low, high);
      });
    }
  }

  it('counts what is read and written', () => {
    // A search that fails reads to the end; a match, to its end.
    expect(work(() => /x/.exec('abcd'))).to.equal(4);
    expect(work(() => /b/.exec('abcd'))).to.equal(2);
    expect(work(() => ['ab', 'cd'].join(''))).to.equal(4);
    // A link tail that fails: `(abc`, the space, and the `d` that is no `)`.
    TAIL.lastIndex = 0;
    expect(work(() => TAIL.exec('(abc def'))).to.equal(6);
  });
});
