// An esbuild plugin for the one-file widget (kesk-chat.js): its elements' icons and stylesheets side by side at the
// start.
// Where the elements import them, each element's CSS lands next to its own code, tens of KB from the others', and
// gzip's back-references to what the sheets repeat of one another reach far (the farther, the more bits; none past
// 32 KB). Side by side they compress for about 1 KB less. The on-demand views (src/components/chat/view-imports.ts)
// are left out unless `onDemandToo`: their file puts their sheets first in the same way (scripts/view-chunks.js).
// A stylesheet module only makes `css` results, so evaluating those modules first changes nothing else.
import { readdir, readFile } from 'node:fs/promises';
import { minifyCssLiterals } from './minify-css-literals.js';
import { privateNames } from './css-private-names.js';

/** The plugin for `entry` (a path under `root`, which ends with a slash). */
export async function stylesFirst(root, entry, { onDemandToo = false } = {}) {
  const lazyViews = await readFile(`${root}src/components/chat/view-imports.ts`, 'utf8');
  const onDemand = new Set([...lazyViews.matchAll(/import\('\.\.\/([\w-]+)\/define\.js'\)/g)].map((m) => m[1]));
  const sheets = [];
  // The icons (SVG paths, in `*.icons.ts`/`*-icons.ts` and src/icons/) side by side too, before the sheets: elements
  // draw some of the same ones, and the paths share their digits (about 0.3 KB gzip off the first open). An icon
  // module only makes SVG templates, as a stylesheet module only makes `css` results.
  const drawings = (await readdir(`${root}src/icons`)).sort().map((f) => `${root}src/icons/${f}`);
  for (const dir of (await readdir(`${root}src/components`)).sort()) {
    if (onDemand.has(dir) && !onDemandToo) continue;
    for (const f of (await readdir(`${root}src/components/${dir}`)).sort()) {
      if (f.endsWith('.styles.ts')) sheets.push(`${root}src/components/${dir}/${f}`);
      if (/[.-]icons\.ts$/.test(f)) drawings.push(`${root}src/components/${dir}/${f}`);
    }
  }
  sheets.unshift(...drawings);
  const entryPath = `${root}${entry}`;
  return {
    name: 'kesk-styles-first',
    setup(b) {
      // Kept where the entry puts them: the package marks these modules free of side effects, so a bare import
      // of one would otherwise be dropped.
      b.onResolve({ filter: /(\.styles|icons|[/\\]icons[/\\]\w[\w-]*)\.ts$/ }, (a) => (a.importer === entryPath && sheets.includes(a.path) ? { path: a.path, sideEffects: true } : undefined));
      b.onLoad({ filter: /\.ts$/ }, async (a) => {
        if (a.path !== entryPath) return undefined;
        const imports = sheets.map((s) => `import ${JSON.stringify(s)};`).join('\n');
        return { contents: `${imports}\n${minifyCssLiterals(await readFile(a.path, 'utf8'), privateNames())}`, loader: 'ts' };
      });
    },
  };
}
