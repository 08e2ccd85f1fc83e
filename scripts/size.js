// `npm run size`: the widget's bytes as a page downloads them — minified (CSS literals too), gzip and brotli —
// for the whole widget and for each element's own entry. A later issue turns these into budgets in `npm test`.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { minifyCssLiterals } from './minify-css-literals.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cssLiterals = {
  name: 'css-literals',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (a) => ({ contents: minifyCssLiterals(await readFile(a.path, 'utf8')), loader: 'ts' }));
  },
};

export async function measure(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, plugins: [cssLiterals], absWorkingDir: root, logLevel: 'error' });
  const code = result.outputFiles[0].contents;
  return {
    inputs: Object.keys(result.metafile.inputs),
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Split into chunks as a page loads them: `initial` is the entry's chunk and what it imports statically (before any
 * on-demand view), `all` every chunk.
 */
export async function measureEntryChunks(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', splitting: true, outdir: `${root}.size-out`, write: false, metafile: true, plugins: [cssLiterals], absWorkingDir: root, logLevel: 'error' });
  const files = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = result.metafile.outputs;
  const seen = new Set();
  const visit = (out) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((out) => outputs[out].entryPoint));
  const sizes = (list) => {
    const chunks = list.map((out) => files.get(resolve(root, out)));
    const sum = (f) => chunks.reduce((n, c) => n + f(c), 0);
    return {
      minified: sum((c) => c.length),
      gzip: sum((c) => gzipSync(c, { level: 9 }).length),
      brotli: sum((c) => brotliCompressSync(c, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    };
  };
  return { initial: sizes([...seen]), all: sizes(Object.keys(outputs)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A define file dropped by tree-shaking (a wrong `sideEffects` entry) would ship a widget that registers nothing.
  const whole = await measure('src/define.ts');
  const { readdirSync } = await import('node:fs');
  const defines = readdirSync(`${root}src/components`).flatMap((dir) =>
    readdirSync(`${root}src/components/${dir}`).filter((f) => /^define.*\.ts$/.test(f)).map((f) => `src/components/${dir}/${f}`),
  );
  const missing = defines.filter((f) => !whole.inputs.includes(f));
  if (missing.length) {
    console.error(`The bundle lost these registrations (check package.json sideEffects): ${missing.join(', ')}`);
    process.exit(1);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const row = (name, m) => console.log(`| ${name} | ${kb(m.minified)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`);
  console.log('| bundle | minified | gzip | brotli |\n|---|---|---|---|');
  const split = await measureEntryChunks('src/define.ts');
  row('whole widget, every chunk (src/define.ts)', split.all);
  row('loaded with the widget (before the on-demand views)', split.initial);
  row('API client alone (src/api)', await measure('src/api/index.ts'));
}
