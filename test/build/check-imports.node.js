// The import check (scripts/check-imports.js) on planted trees: it must fail on a cycle and on one element
// importing another's folder, and pass a tree with neither. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/check-imports.js');

function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'kesk-imports-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function check(files) {
  const dir = tree(files);
  try {
    const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
    return { code: run.status, out: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CLEAN = {
  'i18n/locale.ts': "import { plural } from './plural.js';\nexport const x = plural;\n",
  'i18n/plural.ts': 'export const plural = 1;\n',
  'components/chat/define.ts': "import '../thread/define.js';\n",
  'components/chat/chat.ts': "import type { Lang } from '../../i18n/locale.js';\n// import { x } from './define.js'; (a comment)\n",
  'components/chat/lazy.ts': "export const load = () => import('../thread/define.js');\n",
  'components/thread/define.ts': "import { KeskThread } from './thread.js';\n",
  'components/thread/thread.ts': "import { html } from 'lit';\nexport class KeskThread {}\n",
};

test('a tree without cycles or crossings passes', () => {
  const { code, out } = check(CLEAN);
  assert.equal(code, 0, out);
  assert.match(out, /no cycle/);
});

test('a planted cycle of two fails, naming both files', () => {
  const { code, out } = check({ ...CLEAN, 'i18n/plural.ts': "import type { x } from './locale.js';\nexport const plural = 1;\n" });
  assert.equal(code, 1);
  assert.match(out, /1 cycle/);
  assert.match(out, /locale\.ts → .*plural\.ts → .*locale\.ts|plural\.ts → .*locale\.ts → .*plural\.ts/);
});

test('a longer cycle through a re-export and a dynamic import fails', () => {
  const { code, out } = check({
    ...CLEAN,
    'a.ts': "export { b } from './b.js';\n",
    'b.ts': "export const b = () => import('./c.js');\n",
    'c.ts': "import './a.js';\n",
  });
  assert.equal(code, 1);
  assert.match(out, /3 files in this knot/);
});

test('an element importing from another element\'s folder fails, its define excepted', () => {
  const { code, out } = check({ ...CLEAN, 'components/chat/chat.ts': "import { KeskThread } from '../thread/thread.js';\n" });
  assert.equal(code, 1);
  assert.match(out, /components\/chat\/chat\.ts → .*components\/thread\/thread\.ts/);
});

test('the project\'s own src/ passes', () => {
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', cwd: join(dirname(script), '..') });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
