// Short names for the widget's private custom properties (`--_*`), which the CDN build (scripts/cdn-bundle.js) has
// the CSS minifier (scripts/minify-css-literals.js) write in place of the long ones: `var(--_space)` is in the CSS a
// hundred times (-0.14 KB gzip). The npm package keeps the names as written: an app may subclass an element and
// extend its styles.
// Only names that nothing but the CSS reads or writes are renamed: a name that appears anywhere in src outside a
// css literal (a controller sets `--_vv-height`, a template `--_hue`) is kept as written. The public `--kesk-*`
// tokens are never renamed. src/loader/ is not searched: the loader's stand-in launcher draws its own shadow root
// with its own copies of a few names, which the widget never reads.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cssLiterals, minifyCss } from './minify-css-literals.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
let cached;

/** The Map from each renamed `--_name` to its short name (`--_0`…`--_9`, then `--_0a`…), the most used first. */
export function privateNames() {
  if (cached) return cached;
  const inCss = new Map();
  const elsewhere = new Set();
  const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts'));
  for (const file of files.sort()) {
    const code = readFileSync(`${src}${file}`, 'utf8');
    let last = 0;
    let outside = '';
    for (const [start, end] of cssLiterals(code)) {
      outside += code.slice(last, start);
      last = end;
      for (const name of minifyCss(code.slice(start, end)).match(/--_[\w-]+/g) ?? []) inCss.set(name, (inCss.get(name) ?? 0) + 1);
    }
    outside += code.slice(last);
    if (!file.startsWith('loader')) for (const name of outside.match(/--_[\w-]*/g) ?? []) elsewhere.add(name);
  }
  // A name written elsewhere, or built there from a prefix (`--_vv-` + …), keeps its name.
  const kept = (name) => [...elsewhere].some((e) => e === name || (e.endsWith('-') && name.startsWith(e)));
  const renamed = [...inCss].filter(([name]) => !kept(name)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const taken = new Set(inCss.keys());
  const names = new Map();
  for (let i = 0; names.size < renamed.length; i++) {
    const short = `--_${i < 10 ? i : `${Math.floor((i - 10) / 36)}${((i - 10) % 36).toString(36)}`}`;
    if (!taken.has(short)) names.set(renamed[names.size][0], short);
  }
  cached = names;
  return names;
}
