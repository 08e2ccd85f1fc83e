// `npm run build:cdn`: the one-script-tag build in dist/cdn/ (see scripts/cdn-bundle.js for what each file is), and
// the tag to paste, with the loader's integrity. A vendor serves the folder as it is (or uses the npm package's copy
// on a public npm CDN, by version) and adds that one tag. Every file but the loader and kesk-chat.js is named by its
// content: a CDN may cache it for a year. kesk-chat.files.json lists them with their integrity.
// Exits non-zero when the loader is over its budget (`npm run size` checks every budget).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleCdn, sizes } from './cdn-bundle.js';
import { BUDGETS, kb } from './budgets.js';

const outdir = fileURLToPath(new URL('../dist/cdn', import.meta.url));
export const MANIFEST = 'kesk-chat.files.json';

/** Writes the CDN files to dist/cdn (replacing what was there), with their list; returns them. */
export async function writeCdn() {
  const files = await bundleCdn();
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const manifest = files.map(({ file, kind, name, lang, integrity }) => ({ file, kind, name, lang, integrity }));
  await Promise.all([
    ...files.map((f) => writeFile(`${outdir}/${f.file}`, f.contents)),
    writeFile(`${outdir}/${MANIFEST}`, `${JSON.stringify(manifest, null, 2)}\n`),
  ]);
  return files;
}

/** The tag to paste: the loader with its integrity (the page refuses a loader that is not this one). */
export function loaderTag(files, src = 'https://cdn.example/kesk-chat/kesk-chat-loader.js') {
  const { integrity } = files.find((f) => f.kind === 'loader');
  return `<script src="${src}" integrity="${integrity}" crossorigin="anonymous"\n        data-api-base="https://api.example/v1" data-token="…" data-mode="vendor" data-vendor-location-id="…" async></script>`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await writeCdn();
  console.log('| dist/cdn | minified | gzip | brotli |\n|---|---|---|---|');
  for (const f of files) {
    const s = sizes(f.contents);
    console.log(`| ${f.file} | ${kb(s.minified)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  }
  const { version } = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(`\nThe tag to paste (the integrity is this build's loader: pin the version in the address):\n\n${loaderTag(files, `https://cdn.jsdelivr.net/npm/kesk-chat@${version}/dist/cdn/kesk-chat-loader.js`)}\n`);
  const loader = sizes(files.find((f) => f.kind === 'loader').contents);
  if (loader.gzip > BUDGETS.loader) {
    console.error(`The loader is ${kb(loader.gzip)} gzip (${loader.gzip} B), over its ${kb(BUDGETS.loader)} budget.`);
    process.exit(1);
  }
}
