// `npm run size` (and a step of `npm test`): builds dist/cdn as `npm run build:cdn` does, prints what a page
// downloads — minified, gzip and brotli — and fails when a budget of scripts/budgets.js is broken or when a
// registration was tree-shaken away.
import { build } from 'esbuild';
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstOpen, fullWidget, sizes } from './cdn-bundle.js';
import { BUDGETS, fullWidgetLimit, kb, limitOf, overBudget, toGoal } from './budgets.js';
import { writeCdn } from './build-cdn.js';
import { minifyCssLiterals } from './minify-css-literals.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cssLiterals = {
  name: 'css-literals',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (a) => ({ contents: minifyCssLiterals(await readFile(a.path, 'utf8')), loader: 'ts' }));
  },
};
const options = { bundle: true, minify: true, format: 'esm', target: 'es2022', legalComments: 'none', write: false, metafile: true, plugins: [cssLiterals], absWorkingDir: root, logLevel: 'error' };

/** One entry bundled alone (lit and ky included). */
export async function measure(entry) {
  const result = await build({ ...options, entryPoints: [entry] });
  return sizes(result.outputFiles[0].contents);
}

/**
 * An entry as an app's bundler splits it (the npm package): `initial` is the entry's chunk and what it imports
 * statically, before any on-demand view or language; `all` every chunk.
 */
export async function measureEntryChunks(entry) {
  const result = await build({ ...options, entryPoints: [entry], splitting: true, outdir: `${root}.size-out` });
  const files = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = result.metafile.outputs;
  const seen = new Set();
  const visit = (out) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((out) => outputs[out].entryPoint));
  const sum = (list) => {
    const each = list.map((out) => sizes(files.get(resolve(root, out))));
    return { minified: each.reduce((n, s) => n + s.minified, 0), gzip: each.reduce((n, s) => n + s.gzip, 0), brotli: each.reduce((n, s) => n + s.brotli, 0) };
  };
  return { initial: sum([...seen]), all: sum(Object.keys(outputs)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await writeCdn();
  const widget = files.find((f) => f.kind === 'widget');

  // A define file dropped by tree-shaking (a wrong `sideEffects` entry) would ship a widget that registers nothing.
  const defines = (await readdir(`${root}src/components`)).flatMap((dir) => [dir]);
  const missing = [];
  for (const dir of defines) {
    for (const f of (await readdir(`${root}src/components/${dir}`)).filter((n) => /^define.*\.ts$/.test(n))) {
      if (!files.some((x) => ['widget', 'lazy'].includes(x.kind) && x.inputs.includes(`src/components/${dir}/${f}`))) missing.push(`src/components/${dir}/${f}`);
    }
  }
  if (missing.length) {
    console.error(`The bundle lost these registrations (check package.json sideEffects): ${missing.join(', ')}`);
    process.exit(1);
  }

  // Lit's development build (its `development` export condition) warns in every page and weighs twice as much.
  if (new TextDecoder().decode(widget.contents).includes('Lit is in dev mode')) {
    console.error('dist/cdn/kesk-chat.js ships Lit in development mode.');
    process.exit(1);
  }

  const row = (name, m, budget = '') => console.log(`| ${name} | ${kb(m.minified)} | ${kb(m.gzip)} | ${kb(m.brotli)} | ${budget} |`);
  const loader = sizes(files.find((f) => f.kind === 'loader').contents);
  const full = fullWidget(files);
  console.log('| what a page downloads | minified | gzip | brotli | budget (gzip) |\n|---|---|---|---|---|');
  row('loader, before the first interaction (dist/cdn/kesk-chat-loader.js)', loader, kb(BUDGETS.loader));
  const boot = files.find((f) => f.kind === 'boot');
  row(`boot: the files' names and integrity (dist/cdn/${boot.file}, also as kesk-chat.js)`, sizes(boot.contents));
  row(`widget, every element, no language (dist/cdn/${widget.file})`, sizes(widget.contents));
  for (const f of files.filter((x) => x.kind === 'lazy')) {
    row(`${f.name}: the conversations list, the gallery and the upload of a file, fetched when first used or ahead on idle once the panel opens (dist/cdn/${f.file})`, sizes(f.contents));
  }
  for (const f of files.filter((x) => x.kind === 'locale')) {
    const note = f.lang === 'en' ? ', a table like the others: the widget holds no English' : '';
    row(`term table of ${f.lang} (dist/cdn/${f.file}${note})`, sizes(f.contents));
  }
  const first = firstOpen(files);
  row('first open of an English page (loader + boot + widget and its chunks + the en table)', first, `${kb(BUDGETS.firstOpen)} budget, ${kb(limitOf('firstOpen'))} ceiling`);
  row(`full widget in its language (boot + widget + views + the ${full.lang} table, the costliest)`, full, `${kb(BUDGETS.fullWidget)} goal, ${kb(fullWidgetLimit())} ceiling`);
  const split = await measureEntryChunks('src/define.ts');
  row('npm package through an app bundler: before the on-demand views (kesk-chat/define)', split.initial);
  row('API client alone (src/api)', await measure('src/api/index.ts'));

  const note = toGoal(full, first);
  if (note) console.log(`\n${note}`);
  const over = overBudget({ loader, firstOpen: first, full });
  if (over.length) {
    for (const line of over) console.error(line);
    process.exit(1);
  }
}
