// Inputs written to make a markdown parser rescan what it has read: each of size about `n`. Shared by
// test/markdown/linear.test.ts (which counts the parser's work at n and 4n) and `npm run bench:markdown` (which
// times them at a megabyte). Plain JS, so that Node runs the bench without a build step.

/** @type {[what: string, make: (n: number) => string][]} */
export const ADVERSARIAL = [
  // n^1.5 before the index of backtick runs: each new length looked for its closer to the end of the text.
  ['backtick runs growing in length', (n) => Array.from({ length: Math.round(Math.sqrt(2 * n)) }, (_, k) => '`'.repeat(k + 1)).join('a')],
  ['backtick runs of 50 lengths, unmatched', (n) => Array.from({ length: Math.round(n / 26) }, (_, k) => '`'.repeat((k % 50) + 1) + 'a').join(' ')],
  ['backtick runs closed far away', (n) => '`'.repeat(n / 4) + 'a``'.repeat(n / 4)],
  // Quadratic before: at each `w` or `h` the bare URL was read to its end before the character before it was looked at.
  ['x then www. repeated', (n) => 'x' + 'www.'.repeat(n / 4)],
  ['xhttps:// repeated', (n) => 'xhttps://'.repeat(Math.round(n / 9))],
  ['bare URLs of trailing punctuation', (n) => ' https://?.'.repeat(Math.round(n / 11))],
  // Quadratic before: each image inside an image copied the whole alt text inside it.
  ['images nested in images', (n) => '![a'.repeat(Math.round(n / 7)) + '](u)'.repeat(Math.round(n / 7))],
  ['[a]( repeated', (n) => '[a]('.repeat(n / 4)],
  ['[a](b( repeated', (n) => '[a](b('.repeat(Math.round(n / 6))],
  ['[a](b "t repeated', (n) => '[a](b "t'.repeat(n / 8)],
  ['[ then ](…)', (n) => '['.repeat(Math.round(n / 22)) + 'x' + '](https://ok.example)'.repeat(Math.round(n / 22))],
  ['<a: repeated', (n) => '<a:'.repeat(Math.round(n / 3))],
  ['<a@b. repeated', (n) => '<a@b.'.repeat(Math.round(n / 5))],
  ['nested emphasis', (n) => '*a _b '.repeat(Math.round(n / 12)) + 'x' + ' b_ a*'.repeat(Math.round(n / 12))],
  ['* around a word', (n) => '*'.repeat(n / 2) + 'a' + '*'.repeat(n / 2)],
  ['**a repeated', (n) => '**a'.repeat(Math.round(n / 3))],
  ['emphasis 19 deep, repeated inside one', (n) => '_' + ('*a '.repeat(19) + 'x' + ' a*'.repeat(19)).repeat(Math.round(n / 120)) + '_'],
  ['references', (n) => '&#' + '1'.repeat(n / 2) + '&amp'.repeat(n / 8)],
  ['backslashes', (n) => '\\'.repeat(n / 2) + '\\a'.repeat(n / 4)],
  ['nested list markers', (n) => '- '.repeat(n / 2) + 'x'],
  ['nested lists parted by blank lines', (n) => '- a\n\n  - b\n\n'.repeat(Math.round(n / 12))],
  ['deepening quotes and lists', (n) => Array.from({ length: Math.round(n / 40) }, (_, k) => '> '.repeat(k % 40) + '  '.repeat(k % 30) + '- x').join('\n')],
];
