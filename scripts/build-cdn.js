// `npm run build:cdn`: the one-script-tag build in dist/cdn/ (see scripts/cdn-bundle.js for what each file is).
// A vendor serves the folder as it is and adds one tag:
//   <script src="https://cdn.example/kesk-chat/kesk-chat-loader.js" data-api-base="…" data-token="…" async></script>
// Exits non-zero when the loader is over its budget (`npm run size` checks every budget).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleCdn, sizes } from './cdn-bundle.js';
import { BUDGETS, kb } from './budgets.js';

const outdir = fileURLToPath(new URL('../dist/cdn', import.meta.url));

/** Writes the CDN files to dist/cdn (replacing what was there); returns them. */
export async function writeCdn() {
  const files = await bundleCdn();
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await Promise.all(files.map((f) => writeFile(`${outdir}/${f.file}`, f.contents)));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await writeCdn();
  console.log('| dist/cdn | minified | gzip | brotli |\n|---|---|---|---|');
  for (const f of files) {
    const s = sizes(f.contents);
    console.log(`| ${f.file} | ${kb(s.minified)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  }
  const loader = sizes(files.find((f) => f.kind === 'loader').contents);
  if (loader.gzip > BUDGETS.loader) {
    console.error(`The loader is ${kb(loader.gzip)} gzip, over its ${kb(BUDGETS.loader)} budget.`);
    process.exit(1);
  }
}
