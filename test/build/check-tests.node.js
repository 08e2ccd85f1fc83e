// The conditional-assertion check (scripts/check-tests.js) on planted files: it must fail on an assertion under an
// `if` (one line, a block, an `else`), and pass asserting the condition itself, collect-then-assert, a guard that
// returns, and prose or strings that only mention `if (`. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { conditionalAssertions } from '../../scripts/check-tests.js';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/check-tests.js');

function check(text) {
  const dir = mkdtempSync(join(tmpdir(), 'kesk-tests-'));
  try {
    writeFileSync(join(dir, 'planted.test.ts'), text);
    const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
    return { code: run.status, out: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CLEAN = `
it('asserts always', async () => {
  const el = await mount();
  if (!el) throw new Error('no element');
  expect(el.open || el.closed, 'open or closed').to.equal(true);
  const seen = [];
  for (const row of rows) seen.push(row.ok);
  expect(seen).to.not.include(false);
  // if (x) expect(y) in a comment does not count
  const note = 'if (a) expect(b) in a string does not count';
  const ok = ready ? 1 : 2;
  expect(ok).to.be.oneOf([1, 2]);
});
`;

test('passes a file whose assertions always run', () => {
  const { code, out } = check(CLEAN);
  assert.equal(code, 0, out);
});

test('fails on `if (…) expect(` on one line', () => {
  const { code, out } = check(`${CLEAN}\nit('x', () => {\n  if (el.open) expect(el.title).to.equal('Chat');\n});\n`);
  assert.equal(code, 1);
  assert.match(out, /planted\.test\.ts:\d+: an assertion that only runs under an if: if \(el\.open\) expect/);
});

test('fails on an `if` block holding an expect, and on its `else`', () => {
  const text = `it('x', () => {
  if (copied) {
    log(copied);
    expect(status).to.equal('Copied');
  } else {
    expect(selection).to.deep.equal([0, 10]);
  }
});
`;
  const found = conditionalAssertions(text);
  assert.deepEqual(found.map((f) => f.line), [2, 5]);
  assert.equal(check(text).code, 1);
});

test('fails on an expect inside a template literal under an if', () => {
  assert.equal(conditionalAssertions('if (a) log(`${expect(b).to.equal(1)}`);\n').length, 1);
});

test('passes an `if` whose block holds no assertion, and an `else if` chain that holds none', () => {
  assert.deepEqual(conditionalAssertions('if (a) { b(); } else if (c) d(); else e();\nexpect(f).to.equal(1);\n'), []);
});

test('fails on node:assert under an if too (the Node tests), and passes its unconditional use', () => {
  assert.equal(conditionalAssertions('if (ok) assert.equal(a, 1);\n').length, 1);
  assert.equal(conditionalAssertions('if (ok) {\n  assert(a);\n}\n').length, 1);
  assert.equal(conditionalAssertions('if (ok) assert.match(out, /x/);\nelse assert.deepEqual(a, b);\n').length, 2);
  assert.deepEqual(conditionalAssertions('assert.equal(a, 1);\nif (!ok) throw new Error();\nassert.ok(b);\n'), []);
});
