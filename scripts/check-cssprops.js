// Every public custom property the widget's CSS reads (`var(--kesk-…)` anywhere in src/) is documented by an
// element's `@cssprop` JSDoc, so it is in custom-elements.json and the reference; and every documented one is read
// somewhere, so the reference promises nothing the CSS ignores. Part of `npm run docs:check`.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `{ name → [files] }` for every `var(--kesk-…)` in the .ts files under `dir`. */
export function readProperties(dir) {
  const read = new Map();
  for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    for (const [, name] of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/var\(\s*(--kesk-[\w-]+)/g)) {
      read.set(name, [...new Set([...(read.get(name) ?? []), file])]);
    }
  }
  return read;
}

/** The names documented with `@cssprop` on any element of the manifest. */
export function documentedProperties(manifest) {
  return new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
}

/** The problems, one line each: read but not documented, documented but not read. */
export function cssPropertyProblems(read, documented) {
  const problems = [];
  for (const [name, files] of read) if (!documented.has(name)) problems.push(`${name} is read by src/${files.join(', src/')} but no element documents it (@cssprop).`);
  for (const name of documented) if (!read.has(name)) problems.push(`${name} is documented (@cssprop) but nothing in src/ reads it.`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const read = readProperties(`${root}src`);
  const problems = cssPropertyProblems(read, documentedProperties(manifest));
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`Every custom property the CSS reads (${read.size}) is documented.`);
}
