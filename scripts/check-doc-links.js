// The docs hold together: README.md stays a newcomer's page (under 10 KB; the manual is in docs/, each of its pages
// linked from the README), and every relative link in README.md, SECURITY.md, CHANGELOG.md and docs/ leads to a
// file that exists and, with a `#…`, to a heading of that file. Part of `npm run docs:check`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const README_LIMIT = 10 * 1024;
// Pages that other branches of the same step add (issues 14 to 16); a link to one of them is not an error until
// they are merged. Empty this list once they are.
const ADDED_ELSEWHERE = new Set([
]);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchors(file) {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const seen = new Map();
  const out = new Set();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.*)$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** The broken relative links of one Markdown file, one line each. */
export function brokenLinks(file) {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const problems = [];
  const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...text.matchAll(/<(?:img|a)\s[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  for (const target of targets) {
    if (/^[a-z][\w+.-]*:/i.test(target)) continue; // https:, mailto:
    const [path, hash] = target.split('#');
    const resolved = path ? join(dirname(file), decodeURI(path)) : file;
    const name = relative(root, resolved);
    if (!existsSync(resolved)) {
      if (!ADDED_ELSEWHERE.has(name)) problems.push(`${relative(root, file)}: ${target} (no ${name})`);
      continue;
    }
    if (hash && resolved.endsWith('.md') && !anchors(resolved).has(hash)) problems.push(`${relative(root, file)}: ${target} (no heading #${hash} in ${name})`);
  }
  return problems;
}

/** What is wrong with `dir`'s README.md as the way into docs/: too long, or a page of docs/ it does not link. */
export function readmeProblems(dir) {
  const problems = [];
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  for (const page of readdirSync(join(dir, 'docs')).filter((f) => f.endsWith('.md'))) {
    if (!readme.includes(`](docs/${page}`)) problems.push(`README.md does not link docs/${page}`);
  }
  const size = statSync(join(dir, 'README.md')).size;
  if (size >= README_LIMIT) problems.push(`README.md is ${size} bytes: keep it under ${README_LIMIT} (the manual goes in docs/).`);
  return problems;
}

export function markdownFiles() {
  const docs = readdirSync(join(root, 'docs'), { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f));
  return [...['README.md', 'SECURITY.md', 'CHANGELOG.md'].map((f) => join(root, f)).filter((f) => existsSync(f)), ...docs.sort()];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [...markdownFiles().flatMap(brokenLinks), ...readmeProblems(root)];
  const size = statSync(join(root, 'README.md')).size;
  if (problems.length) {
    console.error(`The docs do not hold together:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`README.md is ${(size / 1024).toFixed(1)} KB; every relative link of ${markdownFiles().length} pages resolves.`);
}
