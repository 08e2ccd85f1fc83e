// Ends a web-test-runner run with a bare `N passed, N failed` line, the line CI reads, after one line per engine.
// A test skipped in an engine is one that engine cannot run (test/helpers/engine.ts, ENGINE_LIMITS): counted
// apart, as "not run". With KESK_SUMMARY_FILE set, the counts are also written there as JSON
// (scripts/test-engines.js adds up its runs from them).
import { writeFileSync } from 'node:fs';

function count(tests, suites) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const t of tests ?? []) {
    if (t.skipped) skipped += 1;
    else if (t.passed) passed += 1;
    else failed += 1;
  }
  for (const s of suites ?? []) {
    const inner = count(s.tests, s.suites);
    passed += inner.passed;
    failed += inner.failed;
    skipped += inner.skipped;
  }
  return { passed, failed, skipped };
}

/** Passed, failed and not run per engine, in the order the engines ran. */
export function countByEngine(sessions) {
  const engines = new Map();
  for (const session of sessions) {
    const name = session.browser?.name ?? 'browser';
    const total = engines.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
    const c = count(session.testResults?.tests, session.testResults?.suites);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    // A file that failed to load or threw outside a test counts as a failure.
    if (!session.passed && c.failed === 0) total.failed += 1;
    engines.set(name, total);
  }
  return engines;
}

export const engineLine = (name, c) =>
  `${name}: ${c.passed} passed, ${c.failed} failed` + (c.skipped ? `, ${c.skipped} not run in ${name} (test/helpers/engine.ts)` : '');

export function plainSummaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    async stop() {
      const engines = countByEngine(sessions);
      let passed = 0;
      let failed = 0;
      const lines = [];
      for (const [name, c] of engines) {
        passed += c.passed;
        failed += c.failed;
        lines.push(engineLine(name, c));
      }
      if (process.env.KESK_SUMMARY_FILE) writeFileSync(process.env.KESK_SUMMARY_FILE, JSON.stringify(Object.fromEntries(engines)));
      process.stdout.write(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
    },
  };
}
