// Ends a web-test-runner run with a bare `N passed, N failed` line, the line CI reads, after one line per engine.
// A test skipped in an engine is one that engine cannot run (test/helpers/engine.ts, ENGINE_LIMITS): counted
// apart, as "not run". A failure listed in scripts/awaiting-merge.js (temporary) is counted apart too, and named.
// With KESK_SUMMARY_FILE set, the counts are also written there as JSON (scripts/test-engines.js adds up its runs
// from them).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { AWAITING_MERGE } from './awaiting-merge.js';

const awaited = (engine, file, test) => AWAITING_MERGE.find((a) => a.engine === engine && a.file === file && a.test === test);

function count(tests, suites, at, notes) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let awaiting = 0;
  for (const t of tests ?? []) {
    const listed = awaited(at.engine, at.file, t.name);
    if (t.skipped) skipped += 1;
    else if (t.passed) {
      passed += 1;
      if (listed) notes.push(`${at.engine}: passed, though listed in scripts/awaiting-merge.js (take it off once merged): ${at.file} "${t.name}"`);
    } else if (listed) {
      awaiting += 1;
      notes.push(`${at.engine}: failed, awaiting a merge (${listed.why}): ${at.file} "${t.name}"`);
    } else failed += 1;
  }
  for (const s of suites ?? []) {
    const inner = count(s.tests, s.suites, at, notes);
    passed += inner.passed;
    failed += inner.failed;
    skipped += inner.skipped;
    awaiting += inner.awaiting;
  }
  return { passed, failed, skipped, awaiting };
}

/** Passed, failed, not run and awaiting per engine, in the order the engines ran; `notes` gets the awaited ones. */
export function countByEngine(sessions, notes = []) {
  const engines = new Map();
  for (const session of sessions) {
    const name = session.browser?.name ?? 'browser';
    const total = engines.get(name) ?? { passed: 0, failed: 0, skipped: 0, awaiting: 0 };
    const file = relative(process.cwd(), session.testFile ?? '');
    const c = count(session.testResults?.tests, session.testResults?.suites, { engine: name, file }, notes);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    total.awaiting += c.awaiting;
    // A file that failed to load or threw outside a test counts as a failure.
    if (!session.passed && c.failed === 0 && c.awaiting === 0) total.failed += 1;
    engines.set(name, total);
  }
  return engines;
}

export const engineLine = (name, c) =>
  `${name}: ${c.passed} passed, ${c.failed} failed` +
  (c.skipped ? `, ${c.skipped} not run in ${name} (test/helpers/engine.ts)` : '') +
  (c.awaiting ? `, ${c.awaiting} failed awaiting a merge (scripts/awaiting-merge.js)` : '');

export function plainSummaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    async stop() {
      const notes = [];
      const engines = countByEngine(sessions, notes);
      let passed = 0;
      let failed = 0;
      const lines = [];
      for (const [name, c] of engines) {
        passed += c.passed;
        failed += c.failed;
        lines.push(engineLine(name, c));
      }
      if (process.env.KESK_SUMMARY_FILE) writeFileSync(process.env.KESK_SUMMARY_FILE, JSON.stringify(Object.fromEntries(engines)));
      const listed = notes.length ? `\n${notes.join('\n')}\n` : '';
      process.stdout.write(`${listed}\n${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
    },
  };
}
