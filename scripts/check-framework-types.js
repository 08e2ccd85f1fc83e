// Runs each framework's own type checker on templates that use the generated typings (src/frameworks/): vue-tsc
// on Vue SFCs, svelte-check on Svelte components, tsc on TSX with Preact's and Solid's JSX. In each, the good file
// must have no error and the bad file must have an error naming each mistake it makes (`mode="vendr"`, a misspelt
// event detail, the `open` attribute that would overwrite the open() method). Part of `npm test`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}test/frameworks/typecheck`;
const useTs5 = ['--require', `${dir}/use-ts5.cjs`];

const VENDR = `'"vendr"' is not assignable`;
const COUT = `Property 'cout' does not exist`;
const OPEN = `Property 'open' does not exist`;

const CHECKS = [
  {
    name: 'Vue (vue-tsc)',
    args: [...useTs5, `${root}node_modules/vue-tsc/bin/vue-tsc.js`, '-p', `${dir}/vue/tsconfig.json`, '--pretty', 'false'],
    parse: tscDiagnostics,
    // The Vue demo app too (demo/frameworks/vue/OrderHelp.vue).
    good: ['vue/Good.vue', '../../../demo/frameworks/vue/OrderHelp.vue'],
    bad: { 'vue/Bad.vue': [VENDR, COUT] },
  },
  {
    name: 'Svelte (svelte-check)',
    args: [...useTs5, `${root}node_modules/svelte-check/bin/svelte-check`, '--workspace', `${dir}/svelte`, '--tsconfig', `${dir}/svelte/tsconfig.json`, '--output', 'machine'],
    parse: svelteDiagnostics(`${dir}/svelte`),
    // The Svelte demo app too (demo/frameworks/svelte/OrderHelp.svelte).
    good: ['svelte/Good.svelte', '../../../demo/frameworks/svelte/OrderHelp.svelte'],
    bad: { 'svelte/Bad.svelte': [VENDR, COUT] },
  },
  ...['preact', 'solid'].map((jsx) => ({
    name: `TSX, ${jsx === 'preact' ? 'Preact' : 'Solid'} (tsc)`,
    args: [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}/${jsx}/tsconfig.json`, '--pretty', 'false'],
    parse: tscDiagnostics,
    good: [`${jsx}/good.tsx`],
    bad: { [`${jsx}/bad.tsx`]: jsx === 'solid' ? [VENDR, COUT, OPEN, "Types of property ''vendor-location-id'' are incompatible"] : [VENDR, COUT, OPEN] },
  })),
];

/** `file(line,col): error TS…: message` lines (and their indented continuations) → [{file, message}]. */
function tscDiagnostics(output) {
  const list = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line);
    if (m) list.push({ file: relative(dir, `${root}${m[1]}`), message: m[2] });
    else if (line.startsWith(' ') && list.length) list.at(-1).message += `\n${line}`;
  }
  return list;
}

/** svelte-check's machine output: `<time> ERROR "file" line:col "message"`, file relative to the workspace. */
function svelteDiagnostics(workspace) {
  return (output) =>
    output
      .split('\n')
      .map((line) => /^\d+ ERROR "(.+?)" \d+:\d+ "(.*)"$/.exec(line))
      .filter(Boolean)
      .map((m) => ({ file: relative(dir, `${workspace}/${m[1]}`), message: JSON.parse(`"${m[2]}"`) }));
}

function run(check) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, check.args, { cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', () => resolve({ check, output, seconds: (performance.now() - started) / 1000 }));
  });
}

function verdict({ check, output }) {
  const diagnostics = check.parse(output);
  const problems = [];
  for (const d of diagnostics.filter((d) => check.good.includes(d.file))) problems.push(`${d.file} should have no error: ${d.message}`);
  for (const [file, expected] of Object.entries(check.bad)) {
    const messages = diagnostics.filter((d) => d.file === file).map((d) => d.message);
    for (const text of expected) {
      if (!messages.some((m) => m.includes(text))) problems.push(`${file} should have an error with "${text}"`);
    }
  }
  // Errors outside the fixtures (the widget's own sources, checked with this tool's TypeScript) are the project
  // typecheck's business; a checker that printed nothing we could read is a failure.
  if (diagnostics.length === 0) problems.push(`no diagnostics read from the output:\n${output.slice(0, 2000)}`);
  return problems;
}

const started = performance.now();
const results = await Promise.all(CHECKS.map(run));
let failed = false;
for (const result of results) {
  const problems = verdict(result);
  console.log(`${problems.length ? '✗' : '✓'} ${result.check.name} (${result.seconds.toFixed(1)} s)`);
  for (const p of problems) console.log(`    ${p}`);
  failed ||= problems.length > 0;
}
console.log(`framework typings checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failed) process.exit(1);
