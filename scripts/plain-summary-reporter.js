// Ends a web-test-runner run with a bare `N passed, N failed` line, the line CI reads.
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

export function plainSummaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    async stop() {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        const c = count(session.testResults?.tests, session.testResults?.suites);
        passed += c.passed;
        failed += c.failed;
        skipped += c.skipped;
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && c.failed === 0) failed += 1;
      }
      const tail = skipped ? `, ${skipped} skipped` : '';
      process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
    },
  };
}
