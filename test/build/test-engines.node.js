// scripts/test-engines.js on a stand-in runner (KESK_TEST_RUNNER): a run that ends before its summary (a browser or
// its driver gone) says how it ended and is run again once; a second such end is one failure; a run whose tests
// failed is never run again. Run by `npm run check:tests` (node --test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/test-engines.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'kesk-engines-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs test-engines.js in Chromium on a runner that, run after run, behaves as `plan` says: `crash` (ends with no
 * summary) or counts to report.
 */
function withRunner(name, plan) {
  const runs = join(scratch, `${name}.runs`);
  const runner = join(scratch, `${name}.mjs`);
  writeFileSync(
    runner,
    `import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(runs)}, 'x');
const step = ${JSON.stringify(plan)}[readFileSync(${JSON.stringify(runs)}, 'utf8').length - 1];
if (step === 'crash') process.exit(3);
writeFileSync(process.env.KESK_SUMMARY_FILE, JSON.stringify({ [process.env.KESK_ENGINES]: step }));
process.exit(step.failed ? 1 : 0);
`,
  );
  const result = spawnSync(process.execPath, [script, '--engines=chromium'], { encoding: 'utf8', env: { ...process.env, KESK_TEST_RUNNER: runner } });
  let count = 0;
  try {
    count = readFileSync(runs, 'utf8').length;
  } catch {
    // No run at all.
  }
  return { code: result.status, out: result.stdout + result.stderr, runs: count, last: result.stdout.trim().split('\n').at(-1) };
}

test('a run that ends before its summary is run again once, and says so', () => {
  const { code, out, runs, last } = withRunner('once', ['crash', { passed: 3, failed: 0, skipped: 0 }]);
  assert.equal(runs, 2);
  assert.match(out, /Chromium: the test runner ended before its summary \(exit code 3\)/);
  // How it ended, from inside (scripts/runner-trace.js): who called process.exit.
  assert.match(out, /process\.exit\(3\) called from:\n\s+at .*once\.mjs/);
  assert.match(out, /Chromium: running it again, once/);
  assert.match(out, /run twice: the first run ended before its summary/);
  assert.equal(last, '3 passed, 0 failed');
  assert.equal(code, 0);
});

test('two such ends are one failure', () => {
  const { code, runs, last } = withRunner('twice', ['crash', 'crash', { passed: 3, failed: 0, skipped: 0 }]);
  assert.equal(runs, 2);
  assert.equal(last, '0 passed, 1 failed');
  assert.equal(code, 1);
});

test('failing tests are not run again', () => {
  const { code, out, runs, last } = withRunner('failed', [{ passed: 2, failed: 1, skipped: 0 }, { passed: 3, failed: 0, skipped: 0 }]);
  assert.equal(runs, 1);
  assert.doesNotMatch(out, /again/);
  assert.equal(last, '2 passed, 1 failed');
  assert.equal(code, 1);
});
