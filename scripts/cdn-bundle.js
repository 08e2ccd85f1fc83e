// The one-script-tag build, in memory: what `npm run build:cdn` writes to dist/cdn/ and what `npm run size` and the
// budgets in `npm test` measure, so the bytes that are checked are the bytes that ship.
//   kesk-chat-loader.js — the loader (src/loader/loader.ts): a classic script (IIFE), no Lit.
//   kesk-chat.js        — the widget (src/define.ts), every element and no language: one ES module with Lit,
//                         @lit/context and ky, that the loader fetches with import().
//   kesk-chat.<lang>.js — one small module per language, English included (src/i18n/locales/en.ts gathers the
//                         elements' own tables), imported by the widget the first time a page speaks it and by the
//                         loader in parallel with the widget: a page downloads its language only. The npm package
//                         keeps English in the elements (synchronous, nothing to load).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.js';
import { privateNames } from './css-private-names.js';
import { stylesFirst } from './styles-first.js';
import { minify } from 'terser';
import { collapseTemplateWhitespace } from './collapse-template-whitespace.js';
import { LATER, viewChunks, WIDGET_ENTRY } from './view-chunks.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every `.ts` under src/ with its CSS literals minified (esbuild leaves template strings as written). */
const cssLiterals = {
  name: 'kesk-css-literals',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (a) => ({ contents: minifyCssLiterals(await readFile(a.path, 'utf8'), privateNames()), loader: 'ts' }));
  },
};

/**
 * No `import()` of a term table may stay in the widget: its tables are files of their own, named by content and
 * loaded through the boot's list (src/i18n/cdn-table-imports.ts). esbuild would put the table inside the widget.
 */
const localesApart = {
  name: 'kesk-locales-apart',
  setup(b) {
    b.onResolve({ filter: /[/\\]locales[/\\][a-z]{2,3}(-[a-z0-9]+)?\.js$/i }, (a) => {
      if (a.kind !== 'dynamic-import') return undefined;
      throw new Error(`cdn-bundle: ${a.importer} imports ${a.path}; the CDN widget loads its tables by src/i18n/cdn-table-imports.ts`);
    });
  },
};

/**
 * The widget's elements lose their English: each `*.terms.ts` becomes src/i18n/cdn-terms.ts, and
 * src/i18n/table-imports.ts becomes src/i18n/cdn-table-imports.ts, which make English a table loaded like the others
 * (kesk-chat.en.js); each element's `customElements.define` becomes cdn-terms' `defineWhenReady`, which holds
 * the definition until the page's table is there (no top-level await: see there).
 */
const cdnTerms = {
  name: 'kesk-cdn-terms',
  setup(b) {
    const apart = `${root}src/i18n/cdn-terms.ts`;
    b.onResolve({ filter: /\.terms\.js$/ }, (a) =>
      /[/\\]src[/\\]components[/\\]/.test(a.importer) ? { path: apart, sideEffects: true } : undefined,
    );
    b.onResolve({ filter: /[/\\]table-imports\.js$/ }, () => ({ path: `${root}src/i18n/cdn-table-imports.ts` }));
    b.onResolve({ filter: /[/\\]view-imports\.js$/ }, () => ({ path: `${root}src/components/chat/cdn-view-imports.ts` }));
    b.onResolve({ filter: /[/\\]upload-code\.js$/ }, () => ({ path: `${root}src/loader/cdn-upload-code.ts` }));
    b.onResolve({ filter: /[/\\]first-request\.js$/ }, () => ({ path: `${root}src/loader/cdn-first-request.ts` }));
    b.onLoad({ filter: /[/\\]src[/\\]components[/\\][^/\\]+[/\\]define(-[a-z]+)?\.ts$/ }, async (a) => {
      const source = await readFile(a.path, 'utf8');
      const defines = source.split('customElements.define(').length - 1;
      // chat/define.ts only imports the others.
      if (defines === 0 && !/\bcustomElements\b/.test(source)) return undefined;
      if (defines !== 1) throw new Error(`cdn-terms: ${a.path} should define one element with customElements.define(`);
      const contents = `import { defineWhenReady } from ${JSON.stringify(apart)};\n${source.replace('customElements.define(', 'defineWhenReady(')}`;
      return { contents, loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  write: false,
  metafile: true,
  absWorkingDir: root,
  legalComments: 'none',
  logLevel: 'error',
};

/**
 * A second pass over esbuild's output with terser: its compressor inlines and folds across the whole file, which
 * esbuild's single pass does not (about 1.6 KB gzip off the widget; its third pass takes 30 bytes more, a fourth 20
 * off the first open and 16 off everything, at no cost measurable on a busy machine; a fifth only 5 more). Only
 * terser's safe transforms: the `unsafe*`, `pure_getters` and `keep_fargs: false` options would take 10 to 100 bytes
 * each, but assume things (no getter has effects, no function's length is read…) this code does not promise.
 */
async function polish(code, { module, ascii }) {
  const result = await minify(collapseTemplateWhitespace(code), {
    module,
    ecma: 2022,
    compress: { passes: 4 },
    mangle: { toplevel: module },
    format: { comments: false, ascii_only: ascii },
  });
  // A classic script's "use strict" (esbuild adds it for the loader, whose sources are modules) changes nothing this
  // minified code does: 13 bytes it does without.
  return new TextEncoder().encode(module ? result.code : result.code.replace(/^"use strict";/, ''));
}

async function one(entry, options, edit = (code) => code) {
  const result = await build({ ...common, entryPoints: [entry], ...options });
  const module = options.format === 'esm';
  const contents = await polish(edit(result.outputFiles[0].text), { module, ascii: options.charset !== 'utf8' });
  return { contents, inputs: Object.keys(result.metafile.inputs) };
}

/** The languages with a term table under src/i18n/locales, English included. */
export async function localeNames() {
  return (await readdir(`${root}src/i18n/locales`)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
}

/** A file's integrity (SRI): sha384 for the loader (the tag `npm run build:cdn` prints), sha256 for the files the
 * boot lists (as safe, and 20 bytes less each in the boot). */
export const integrityOf = (contents, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(contents).digest('base64')}`;

/** `stem.<hash of the contents>.js`: a new name whenever a byte changes, so that a CDN may cache it for a year. */
const hashedName = (stem, contents) => `${stem}.${createHash('sha256').update(contents).digest('base64url').slice(0, 8)}.js`;

/**
 * Builds the CDN files in memory. `widgetPlugins` run first in the widget's build (scripts/size-parts.js leaves parts
 * out with them, to measure what each costs). Built leaves first, so that each file names the ones it loads by
 * their final bytes: the term tables and the widget, then the boot that lists them (name and integrity), then the
 * loader that holds the boot's.
 * @returns {Promise<Array<{ file: string, kind: 'loader' | 'boot' | 'alias' | 'widget' | 'locale', lang?: string, contents: Uint8Array, inputs: string[], integrity: string }>>}
 */
export async function bundleCdn({ widgetPlugins = [] } = {}) {
  // The loader is a classic script: its text is decoded in the page's charset, so it stays ASCII. Module scripts
  // are always decoded as UTF-8, so the widget and the term tables keep their letters as they are (Arabic in
  // \u escapes is three times its size; in the loader, with a byte order mark to make it UTF-8, it would be 45
  // bytes larger in gzip: the escapes' repeated `\u06` compress well).
  const styles = await stylesFirst(root, 'src/define.ts');
  const widgetOptions = (extra = []) => ({ format: 'esm', charset: 'utf8', plugins: [...widgetPlugins, ...extra, cdnTerms, localesApart, styles, cssLiterals] });
  const langs = await localeNames();
  const locales = Promise.all(langs.map((lang) => one(`src/i18n/locales/${lang}.ts`, { format: 'esm', charset: 'utf8', plugins: [cssLiterals] })));
  // The on-demand views (src/components/chat/view-imports.ts) are files of their own, which take every module the
  // widget holds from the widget (scripts/view-chunks.js): the widget is built once to learn what it holds, the
  // views against it, and the widget again, handing out what the views use.
  const { metafile } = await build({ ...common, entryPoints: ['src/define.ts'], ...widgetOptions() });
  const held = new Set(Object.keys(metafile.inputs));
  // The code the views file exports (LATER) must not be in the widget too: it would ship twice.
  const inWidget = Object.values(metafile.outputs)[0].inputs;
  for (const path of Object.keys(LATER)) if (inWidget[path]?.bytesInOutput) throw new Error(`cdn-bundle: the widget holds ${path}, which the views file exports (scripts/view-chunks.js LATER)`);
  const views = await viewChunks({ root, held, build: (entry, plugins) => build({ ...common, minify: !process.env.KESK_DUMP, entryPoints: [entry], format: 'esm', charset: 'utf8', plugins: [...widgetPlugins, ...plugins, cdnTerms, localesApart, cssLiterals] }) });
  const [w, t, v] = await Promise.all([
    one(WIDGET_ENTRY, widgetOptions([views.handOut]), views.handOutDecorator),
    locales,
    Promise.all(views.chunks.map(async (c) => ({ ...c, contents: await polish(c.code, { module: true, ascii: false }) }))),
  ]);
  const parts = [
    { stem: 'kesk-chat-widget', name: 'widget', kind: 'widget', ...w },
    ...v.map(({ name, contents, inputs }) => ({ stem: `kesk-chat.${name}`, name, kind: 'lazy', contents, inputs })),
    ...t.map((m, i) => ({ stem: `kesk-chat.${langs[i]}`, name: langs[i], kind: 'locale', lang: langs[i], ...m })),
  ].map(({ stem, ...f }) => ({ ...f, file: hashedName(stem, f.contents), integrity: integrityOf(f.contents, 'sha256') }));

  // The boot: every part's name and integrity (the widget imports none of them statically: the boot loads it alone).
  const files = Object.fromEntries(parts.map((f) => [f.name, [f.file, f.integrity]]));
  const boot = await one('src/loader/boot.ts', { format: 'esm', define: { KESK_FILES: JSON.stringify(files) }, plugins: [cssLiterals] });
  const bootFile = { kind: 'boot', ...boot, file: hashedName('kesk-chat', boot.contents), integrity: integrityOf(boot.contents, 'sha256') };

  const loader = await one('src/loader/loader.ts', { format: 'iife', define: { KESK_BOOT: JSON.stringify([bootFile.file, bootFile.integrity]) }, plugins: [cssLiterals] });
  return [
    { file: 'kesk-chat-loader.js', kind: 'loader', ...loader, integrity: integrityOf(loader.contents) },
    bootFile,
    // The boot again under a name that stays, for a page's own `<script type="module" src="…/kesk-chat.js">`.
    { ...bootFile, file: 'kesk-chat.js', kind: 'alias' },
    ...parts,
  ];
}

/** Bytes as a browser downloads them: minified, and compressed as a CDN serves them (gzip -9, brotli 11). */
export function sizes(contents) {
  return {
    minified: contents.length,
    gzip: gzipSync(contents, { level: 9 }).length,
    brotli: brotliCompressSync(contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The full widget: everything a page loads for a working widget in its language with every element (the conversations
 * list and the gallery included), after the loader: the boot, the widget and its chunks, which hold no language, plus
 * the term table of the language (English too). Reported for the language that costs most.
 */
export function fullWidget(files) {
  const add = (a, b) => ({ minified: a.minified + b.minified, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
  const base = files.filter((f) => ['boot', 'widget', 'chunk', 'lazy'].includes(f.kind)).map((f) => sizes(f.contents)).reduce(add);
  let worst;
  for (const f of files.filter((x) => x.kind === 'locale')) {
    const sum = { lang: f.lang, ...add(base, sizes(f.contents)) };
    if (!worst || sum.gzip > worst.gzip) worst = sum;
  }
  return worst;
}

/**
 * The first open of an English page: what it downloads before its first open conversation is on screen, in any mode
 * (issue 15): the loader, the boot, the widget and the chunks the boot fetches with it, and the English term table.
 * Views that the first open does not show, once shipped as chunks of their own (kind `lazy`), are not counted.
 */
export function firstOpen(files) {
  const counted = files.filter((f) => ['loader', 'boot', 'widget', 'chunk'].includes(f.kind) || (f.kind === 'locale' && f.lang === 'en'));
  return counted.map((f) => sizes(f.contents)).reduce((a, b) => ({ minified: a.minified + b.minified, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
}
