// `npm run docs:check`: the committed custom-elements.json is what `npm run manifest` makes of the elements' JSDoc
// now. The package ships it and the element reference and exportparts come from it, so a JSDoc change committed
// without `npm run docs` must fail here (the checks after this one read the committed file).
//   node scripts/check-manifest.js [--against <file>]    (another manifest to compare: the tests' spoiled copy)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
const cem = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');

const { values } = parseArgs({ options: { against: { type: 'string' } } });
const committed = values.against ?? join(root, 'custom-elements.json');
const out = mkdtempSync(join(tmpdir(), 'kesk-manifest-'));
try {
  // (The analyzer joins its outdir to the working directory, even an absolute one.)
  const made = spawnSync(process.execPath, [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out)], { cwd: root, encoding: 'utf8' });
  if (made.status !== 0) {
    console.error(`The manifest could not be made (cem analyze):\n${made.stderr || made.stdout}`);
    process.exit(1);
  }
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    // Missing: stale as well.
  }
  if (fresh !== current) {
    // The first line that differs, so the message says where.
    const a = fresh.split('\n');
    const b = current.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    console.error(
      `custom-elements.json does not match the elements' JSDoc (first difference at line ${line + 1}: ${JSON.stringify((a[line] ?? '').trim())}): run \`npm run docs\` and commit what it writes.`,
    );
    process.exit(1);
  }
  console.log('custom-elements.json matches the elements\' JSDoc.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
