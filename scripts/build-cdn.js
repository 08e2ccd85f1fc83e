// `npm run build:cdn`: the one-script-tag build in dist/cdn/.
//   kesk-chat-loader.js — the loader (src/loader/loader.ts): a classic script (IIFE), no Lit, at most 5 KB gzip.
//   kesk-chat.js        — the whole widget (src/define.ts) as one self-contained ES module, Lit, @lit/context and ky
//                         included, that the loader fetches with import().
// A vendor serves both from the same folder and adds one tag:
//   <script src="https://cdn.example/kesk-chat/kesk-chat-loader.js" data-api-base="…" data-token="…" async></script>
// Exits non-zero when the loader is over its budget.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cdn`;
const LOADER_BUDGET = 5 * 1024;

const cssLiterals = {
  name: 'css-literals',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (a) => ({ contents: minifyCssLiterals(await readFile(a.path, 'utf8')), loader: 'ts' }));
  },
};

async function bundle(entry, format, file) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    write: false,
    plugins: [cssLiterals],
    absWorkingDir: root,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  await writeFile(`${outdir}/${file}`, code);
  return { file, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

await mkdir(outdir, { recursive: true });
const loader = await bundle('src/loader/loader.ts', 'iife', 'kesk-chat-loader.js');
const widget = await bundle('src/define.ts', 'esm', 'kesk-chat.js');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| dist/cdn | minified | gzip |\n|---|---|---|');
for (const m of [loader, widget]) console.log(`| ${m.file} | ${kb(m.minified)} | ${kb(m.gzip)} |`);
if (loader.gzip > LOADER_BUDGET) {
  console.error(`The loader is ${kb(loader.gzip)} gzip, over its ${kb(LOADER_BUDGET)} budget.`);
  process.exit(1);
}
