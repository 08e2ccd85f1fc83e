// `node scripts/size-parts.js`: what parts of the full widget cost, in gzip, by building the real CDN widget
// (scripts/cdn-bundle.js, every step of it) with a part left out, and taking the difference. The builds without a
// part do not work: they only measure. docs/performance.md's "Where the full widget's bytes are" comes from this.
import { kb } from './budgets.js';
import { bundleCdn, fullWidget } from './cdn-bundle.js';

/** An esbuild plugin that replaces the modules `filter` matches with `contents`. */
const without = (filter, contents) => ({
  name: 'kesk-without',
  setup(b) {
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'kesk-without' }));
    b.onLoad({ filter: /.*/, namespace: 'kesk-without' }, () => ({ contents, loader: 'js' }));
  },
});

// ky's surface as src/api imports it, empty.
const KY = 'export default { create() { return { extend() { return this; } }; } }; export class HTTPError extends Error {} export class TimeoutError extends Error {}';
const VIEWS = /(session-list|media-gallery)[/\\]define\.js$/;

const parts = {
  ky: [without(/^ky$/, KY)],
  'the list and gallery elements (their stores stay: the root uses them)': [without(VIEWS, '')],
  'ky, the list and the gallery together': [without(/^ky$/, KY), without(VIEWS, '')],
};

const base = fullWidget(await bundleCdn()).gzip;
console.log(`| the full widget without | gzip | saves |\n|---|---|---|\n| (nothing) | ${kb(base)} | |`);
for (const [name, plugins] of Object.entries(parts)) {
  const gzip = fullWidget(await bundleCdn({ widgetPlugins: plugins })).gzip;
  console.log(`| ${name} | ${kb(gzip)} | ${kb(base - gzip)} |`);
}
