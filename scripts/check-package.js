// `npm run check:package` (and a step of `npm test`): packs the package as `npm publish` would and checks the tarball
// an integrator gets — what it holds (the ESM build, its types, the manifest, the contract, the emulator and every
// file of dist/cdn), `publint`, and `@arethetypeswrong/cli` in its ESM-only profile — then unpacks it outside the
// clone (scripts/package-dir.js), where test/package/tarball.test.ts loads the loader from it and chats with the
// emulator started from it.
//   node scripts/check-package.js              builds everything first (`npm run build`, then dist/cdn)
//   node scripts/check-package.js --reuse-cdn  keeps the dist/cdn that is there (npm test: scripts/size.js has just
//                                              written it), so the CDN files are bundled once per run
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { writeCdn } from './build-cdn.js';
import { localeNames } from './cdn-bundle.js';
import { packDir, unpacked } from './package-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const lap = (what) => console.log(`package: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// 1. The build `prepack` makes (package.json): the ESM build, then dist/cdn. `vite build` empties dist/, so a
//    dist/cdn to reuse waits aside meanwhile.
const cdn = join(root, 'dist/cdn');
const aside = join(root, '.cdn-aside');
const reuse = process.argv.includes('--reuse-cdn') && existsSync(join(cdn, 'kesk-chat-loader.js'));
rmSync(aside, { recursive: true, force: true });
if (reuse) renameSync(cdn, aside);
try {
  run(npm, ['run', '--silent', 'build']);
} finally {
  if (reuse) renameSync(aside, cdn);
}
if (!reuse) await writeCdn();
lap(reuse ? 'ESM build done, dist/cdn reused' : 'ESM build and dist/cdn done');

// 2. The tarball, as `npm publish` makes it (its prepack skipped: step 1 did that build).
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const [packed] = JSON.parse(run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir]));
const tarball = join(packDir, packed.filename);
const files = new Set(packed.files.map((f) => f.path));
run('tar', ['-xzf', tarball, '-C', packDir]);
lap(`packed ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KB`);

// 3. What it holds.
const problems = [];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
const need = new Set(['package.json', 'README.md', 'custom-elements.json', 'contract/openapi.json', pkg.types, pkg.module, pkg.unpkg, pkg.jsdelivr, ...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap(targets)]);
for (const file of need) if (!files.has(file.replace(/^\.\//, ''))) problems.push(`the tarball lacks ${file}`);
// Every file of dist/cdn (the loader, the widget and its chunks, a table per language), and a table per language.
for (const file of readdirSync(cdn)) if (!files.has(`dist/cdn/${file}`)) problems.push(`the tarball lacks dist/cdn/${file}`);
for (const lang of await localeNames()) {
  if (![...files].some((f) => new RegExp(`^dist/cdn/kesk-chat\\.${lang}(\\.[\\w-]+)?\\.js$`).test(f))) problems.push(`the tarball has no ${lang} term table in dist/cdn`);
}
// Nothing of the clone's own: sources, tests, demo, benchmarks, scripts.
for (const file of files) {
  if (/^(src|test|demo|bench|scripts|node_modules)\//.test(file) || /\.test\.[a-z]+$/.test(file)) problems.push(`the tarball should not hold ${file}`);
}
if (!problems.length) lap('contents as expected');

// 4. publint: its errors and warnings fail the check; its suggestions are printed.
const lint = await publint({ pkgDir: unpacked, pack: false, level: 'suggestion' });
for (const message of lint.messages) {
  const line = `publint ${message.type}: ${formatMessage(message, lint.pkg)}`;
  if (message.type === 'suggestion') console.log(line);
  else problems.push(line);
}
lap(`publint: ${lint.messages.length} messages`);

// 5. Are the types wrong? The package is ESM only: the ESM-only profile (CommonJS resolution is not checked).
try {
  run(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color']);
  lap('@arethetypeswrong/cli: no problems');
} catch (error) {
  problems.push(`@arethetypeswrong/cli (esm-only):\n${error.stdout}`);
}

if (problems.length) {
  console.error(`The packed package is not right:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package: ${tarball} checked and unpacked in ${unpacked}`);
