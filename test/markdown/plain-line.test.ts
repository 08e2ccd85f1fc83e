import { expect } from '@open-wc/testing';
import { plainLine } from '../../src/markdown/plain-line.js';

// One line of a message for a preview or an announcement: what the conversations list and the live region show.
describe('plainLine', () => {
  it('drops the marks of markdown and keeps the words, links as their text', () => {
    expect(plainLine('## Your **order**\n\n- [Track it](https://t.example/1)\n> `ORDER-1` ~~late~~', true)).to.equal(
      'Your order Track it ORDER-1 late',
    );
  });

  it('leaves plain text as it is, on one line', () => {
    expect(plainLine('# not a heading *here*\n  [x](y)', false)).to.equal('# not a heading *here* [x](y)');
  });

  it('cuts at max characters', () => {
    expect(plainLine('a'.repeat(500), true)).to.have.length(200);
    expect(plainLine('abc def', true, 5)).to.equal('abc d');
  });

  // A regex that scans from every `[` to the end of the text is quadratic: 1 MB of `[a](` took minutes. These must
  // finish (well inside the runner's timeout) with the text they hold.
  it('stays linear on a megabyte of brackets', () => {
    expect(plainLine('[a]('.repeat(262_144), true)).to.equal('[a]('.repeat(50));
    expect(plainLine('['.repeat(1_048_576), true)).to.equal('['.repeat(200));
    expect(plainLine('[a](b'.repeat(209_715) + ')', true, 10)).to.equal('[a](b[a](b');
  });

  // A preview of a megabyte works through its start only (`max` × 20 characters, after the leading spaces): the list
  // and the live region call it on every message they show.
  it('reads only the start of a long message', () => {
    expect(plainLine(`${' \n'.repeat(100_000)}**Hello** there ${'x '.repeat(500_000)}`, true, 16)).to.equal('Hello there x x ');
    // A link whose address runs on past that start stays as written (whole, it would be its text alone).
    const far = `[a](${'b'.repeat(1_000_000)})`;
    expect(plainLine(far, true, 10)).to.equal('[a](bbbbbb');
    expect(plainLine(far.replace('b'.repeat(1_000_000), 'b'), true, 10)).to.equal('a');
  });
});
