// Last step of `npm run build` (after `vite build` and `tsc -p tsconfig.build.json`): completes the emitted types and
// checks that every file package.json `exports` names was built. Fails the build if one is missing.
import { existsSync, readFileSync, appendFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const problems = [];

// `kesk-chat` and `kesk-chat/define` declare the tag of every element in `HTMLElementTagNameMap`, also of the views
// that `<kesk-chat>` loads on demand. The entries live in each element's define file; a type-only import pulls them
// into a declaration file without any effect at run time.
const elements = readdirSync(`${root}src/components`).filter((name) => existsSync(`${root}src/components/${name}/define.ts`));
const tagImports = `\n// Every element's tag in HTMLElementTagNameMap (types only; nothing is registered by these lines).\n${elements
  .map((name) => `import type {} from './components/${name}/define.js';`)
  .join('\n')}\n`;
for (const file of ['dist/types/index.d.ts', 'dist/types/define.d.ts']) {
  if (!existsSync(`${root}${file}`)) continue; // reported below
  if (!readFileSync(`${root}${file}`, 'utf8').includes(tagImports)) appendFileSync(`${root}${file}`, tagImports);
}

// Every export's files (its `types` and its code), and the top-level `types`/`module`.
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
for (const [entry, value] of Object.entries(pkg.exports)) {
  for (const file of targets(value)) if (!existsSync(`${root}${file}`)) problems.push(`exports["${entry}"] → ${file}`);
  if (typeof value !== 'string' && !value.types && entry !== './package.json') problems.push(`exports["${entry}"] has no types`);
}
for (const field of ['types', 'module']) if (pkg[field] && !existsSync(`${root}${pkg[field]}`)) problems.push(`${field} → ${pkg[field]}`);

// The global maps must reach the package's types.
const read = (file) => (existsSync(`${root}${file}`) ? readFileSync(`${root}${file}`, 'utf8') : '');
if (!read('dist/types/events/events.d.ts').includes('interface GlobalEventHandlersEventMap'))
  problems.push('dist/types/events/events.d.ts lacks GlobalEventHandlersEventMap');
const tags = elements.filter((name) => !/interface HTMLElementTagNameMap/.test(read(`dist/types/components/${name}/define.d.ts`) + read(`dist/types/components/${name}/define-root.d.ts`)));
if (tags.length) problems.push(`no HTMLElementTagNameMap entry in the types of: ${tags.join(', ')}`);

if (problems.length) {
  console.error(`The package is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package: ${Object.keys(pkg.exports).length} exports, each with its files built.`);
