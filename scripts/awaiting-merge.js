// TEMPORARY — tests that fail in an engine for a reason another branch fixes, listed so that the run stays
// readable until that branch is merged. They still run; the summary counts them apart ("awaiting"), names each
// one, and says when one of them passes (then take it off). The lead empties this list once issue 13's loader
// branch (i13-loader: src/loader, the CDN build, test/build, test/loader) is merged.
export const AWAITING_MERGE = [
  ...['Firefox', 'WebKit'].flatMap((engine) =>
    [
      'switches at run time, Arabic to English and English to Spanish, each once its table is there',
      'a table that cannot load (blocked, offline) leaves the widget in its language, whole',
      'offline at the start: the launcher waits and the widget comes, in its language, once a table can load',
    ].map((test) => ({
      engine,
      file: 'test/build/cdn-languages.test.ts',
      test,
      why: "Chrome's DevTools protocol for latency, a disabled cache and blocked URLs (the test server could do all three)",
    })),
  ),
  {
    engine: 'Firefox',
    file: 'test/build/cdn-languages.test.ts',
    test: "under the strict Content-Security-Policy: the table fetched beside the widget is a script from 'self'",
    why: "Firefox does not match 'self' for an about:srcdoc frame's <meta> policy: no script loads (serve the page from a URL, as test/security/strict does)",
  },
  {
    engine: 'WebKit',
    file: 'test/build/cdn-languages.test.ts',
    test: 'an Arabic page through the loader: Arabic from the first frame, no English anywhere, kesk-chat.ar.js only',
    why: "WebKit's resource timings are whole milliseconds here: the table's startTime can equal the widget's responseEnd (9 and 9), which `below` refuses and `at.most` would take",
  },
];
