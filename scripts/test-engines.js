// The browser suite in each engine: `npm test` runs it in Chromium, Firefox and WebKit; `npm run test:<engine>`
// in one. Each engine is its own web-test-runner run (its own emulator, its own browser), one after the other: the
// output of each file comes as that engine finishes it, and an engine that crashes does not take the others' results
// with it. The last line adds them up: one bare `N passed, N failed`, above it one line per engine with its time.
// `--parallel` runs the engines at the same time (each still one file at a time: an emulator's fault rules are global
// to it), each line of output prefixed with its engine: twice as fast on 2 cores, and less steady (docs/testing.md, "The three
// engines").
//   node scripts/test-engines.js                          the three engines, every test
//   node scripts/test-engines.js --parallel               the three at once (ports +0, +1, +2)
//   node scripts/test-engines.js --engines=firefox test/state/outbox.test.ts --port 8400
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENGINE_NAMES, ensureEngines, parseEngines } from './engines.js';
import { engineLine } from './plain-summary-reporter.js';

const require = createRequire(import.meta.url);
// (KESK_TEST_RUNNER: another runner script, for the tests of this one.)
const wtr = process.env.KESK_TEST_RUNNER ?? join(dirname(require.resolve('@web/test-runner')), 'bin.js');
/** Preloaded into each run: how a runner ended, for one that leaves no summary (scripts/runner-trace.js). */
const tracer = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'runner-trace.js')).href;

const args = process.argv.slice(2);
let engines = parseEngines(process.env.KESK_ENGINES);
let parallel = false;
const passThrough = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg.startsWith('--engines=')) engines = parseEngines(arg.slice('--engines='.length));
  else if (arg === '--engines') engines = parseEngines(args[++i]);
  else if (arg === '--parallel') parallel = true;
  else if (arg === '--serial') parallel = false;
  else passThrough.push(arg);
}

// The port: each engine of a parallel run gets its own, from the one given (or web-test-runner's 8000).
const portAt = passThrough.indexOf('--port');
const basePort = portAt >= 0 ? Number(passThrough[portAt + 1]) : 8000;
if (portAt >= 0) passThrough.splice(portAt, 2);

if (!ensureEngines(engines)) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'kesk-engines-'));
const format = (ms) => `${Math.floor(ms / 60000)}m${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}s`;

/** One web-test-runner run of `engine`: its counts, or undefined when it ended before its summary. */
function runOnce(engine, port) {
  const summaryFile = join(dir, `${engine}.json`);
  rmSync(summaryFile, { force: true });
  return new Promise((resolve) => {
    const alone = !parallel || engines.length === 1;
    const traceFile = join(dir, `${engine}.exit.txt`);
    rmSync(traceFile, { force: true });
    const child = spawn(process.execPath, ['--import', tracer, wtr, ...passThrough, '--port', String(port)], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KESK_ENGINES: engine, KESK_SUMMARY_FILE: summaryFile, KESK_EXIT_TRACE: traceFile },
    });
    if (!alone) {
      // Engines at once: every line says whose it is.
      const prefix = `[${ENGINE_NAMES[engine]}] `;
      for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => console.log(prefix + line));
    }
    let ended = false;
    const done = (code, signal) => {
      if (ended) return;
      ended = true;
      let counts;
      try {
        counts = Object.values(JSON.parse(readFileSync(summaryFile, 'utf8')))[0];
        if (code !== 0 && counts.failed === 0) counts.failed = 1;
      } catch {
        // The run ended before its summary (a browser that would not start, a crash): say how it ended.
        console.log(`\n${ENGINE_NAMES[engine]}: the test runner ended before its summary (${signal ? `signal ${signal}` : `exit code ${code}`}).`);
        try {
          console.log(readFileSync(traceFile, 'utf8'));
        } catch {
          // It wrote nothing (killed outright).
        }
      }
      resolve(counts);
    };
    child.on('close', done);
    child.on('error', (error) => {
      console.log(`\n${ENGINE_NAMES[engine]}: the test runner could not start (${error.message}).`);
      done(1, null);
    });
  });
}

/**
 * The suite in `engine`. A run that ends before its summary (the browser or its driver gone: no test said it failed)
 * is run again, once, and says so; a second such end counts as one failure. A failing test is never run again.
 */
async function run(engine, port) {
  const started = Date.now();
  let counts = await runOnce(engine, port);
  let again = false;
  if (!counts) {
    again = true;
    console.log(`${ENGINE_NAMES[engine]}: running it again, once.\n`);
    counts = await runOnce(engine, port);
  }
  return { engine, counts: counts ?? { passed: 0, failed: 1, skipped: 0 }, again, ms: Date.now() - started };
}

const results = [];
if (parallel) results.push(...(await Promise.all(engines.map((engine, i) => run(engine, basePort + i)))));
else for (const engine of engines) results.push(await run(engine, basePort));
rmSync(dir, { recursive: true, force: true });

let passed = 0;
let failed = 0;
const lines = results.map(({ engine, counts, again, ms }) => {
  passed += counts.passed;
  failed += counts.failed;
  return `${engineLine(ENGINE_NAMES[engine], counts)} (${format(ms)}${again ? ', run twice: the first run ended before its summary' : ''})`;
});
console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
