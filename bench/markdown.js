// `npm run bench:markdown`: how long the markdown parser takes on the hostile inputs of
// test/markdown/hostile.test.ts and, at a megabyte, on the inputs written to make it rescan what it read
// (test/markdown/adversarial-inputs.js; test/markdown/linear.test.ts counts that its work is linear in them). The
// tests bound the output and the work; the time is measured here, where a noisy machine only makes a number noisy.
// Parses in Node (the parser is pure), median of `--runs N` (default 5), in ms: as markdown, as plain text and as
// a preview line (plainLine).
// Then, in Chromium (playwright-core), the main thread's longest task while <kesk-thread> shows a megabyte-long
// message of each shape a step at a time (test/components/thread-long-message.test.ts bounds what a step renders):
// its first step, and each "Show more". `--before` also renders each megabyte whole at once, as "Show the whole
// message" did before issue 12 (seconds each). `--parse-only` leaves the browser part out.
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { threadSteps } from './thread-steps.js';
import { ADVERSARIAL } from '../test/markdown/adversarial-inputs.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, before: { type: 'boolean', default: false }, 'parse-only': { type: 'boolean', default: false } },
});
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 5);

const entry = `export * from '${fileURLToPath(new URL('../src/markdown/parse.ts', import.meta.url))}';
export { plainLine } from '${fileURLToPath(new URL('../src/markdown/plain-line.ts', import.meta.url))}';`;
const bundle = await build({ stdin: { contents: entry, loader: 'ts', resolveDir: '.' }, bundle: true, format: 'esm', write: false, logLevel: 'error' });
const { parseMarkdown, parsePlainText, plainLine } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const MB = 1_048_576;
const chunk =
  '## Heading *with* emphasis\n\nSome **bold** and _em_ text with `code`, a [link](https://kesk.example/a "t"), ' +
  'https://bare.example/x and <https://auto.example>. ~~Gone~~ <b>raw</b> &amp; \\*escaped\\*\n' +
  '- item one\n  - nested [x](javascript:alert(1))\n1. first\n2. second\n\n> quoted *text*\n\n```js\nconst a = 1;\n```\n\n' +
  '| a | b |\n|---|:-:|\n| 1 | 2 |\n\n---\n\n';
const inputs = [
  ['a 1 MB message', chunk.repeat(Math.ceil(MB / chunk.length)).slice(0, MB)],
  ['10,000 nested >', '>'.repeat(10000) + ' x'],
  ['10,000 lines of deepening quotes and lists', Array.from({ length: 10000 }, (_, k) => '> '.repeat(k % 40) + '  '.repeat(k % 30) + '- x').join('\n')],
  ['10,000 nested list markers', '- '.repeat(10000) + 'x'],
  ['10,000 * around a word', '*'.repeat(10000) + 'a' + '*'.repeat(10000)],
  ['10,000 nested emphasis openers and closers', '*a _b '.repeat(5000) + 'x' + ' b_ a*'.repeat(5000)],
  ['10,000 [ then ](…)', '['.repeat(10000) + 'x' + '](https://ok.example)'.repeat(10000)],
  ['10,000 ![ then ](…)', '!['.repeat(10000) + 'x' + '](https://ok.example)'.repeat(10000)],
  ['10,000 [a](', '[a]('.repeat(10000)],
  ['many unmatched backticks', Array.from({ length: 10000 }, (_, k) => '`'.repeat((k % 50) + 1) + 'a').join(' ')],
  ...[...'*_~`[]!<>&\\|#-'].flatMap((ch) => [
    [`1 MB of ${ch}`, ch.repeat(MB)],
    [`1 MB of ${ch}a`, `${ch}a`.repeat(MB / 2)],
  ]),
  // The figure: 246 KB of backtick runs growing in length took 0.9 s.
  ['246 KB of backtick runs growing in length', ADVERSARIAL[0][1](246_000)],
  ...ADVERSARIAL.map(([what, make]) => [`1 MB: ${what}`, make(MB)]),
];

const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
const time = (fn) => {
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples).toFixed(0);
};

console.log(`| input | markdown (ms) | plain text (ms) | preview line (ms) |\n|---|--:|--:|--:|`);
for (const [what, source] of inputs) {
  const times = [parseMarkdown, parsePlainText, (s) => plainLine(s, true)].map((parse) => time(() => parse(source)));
  console.log(`| ${what.replace(/\|/g, '\\|')} | ${times.join(' | ')} |`);
}

if (!values['parse-only']) await threadSteps({ runs: Math.min(RUNS, 3), before: values.before });
