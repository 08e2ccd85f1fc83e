// `npm run manifest` → custom-elements.json, from the JSDoc of the element classes. The element reference
// (docs/reference/, scripts/reference-pages.js) and <kesk-chat>'s exportparts (scripts/exported-parts.js) come from it.
export default {
  globs: ['src/components/*/*.ts'],
  exclude: ['src/components/*/*.styles.ts', 'src/components/*/*.terms.ts', 'src/components/*/*.icons.ts', 'src/components/*/*-icons.ts', 'src/components/*/*.gen.ts'],
  outdir: '.',
  // package.json names the manifest itself; the analyzer would rewrite that to wherever it writes (a check writes it
  // to a temporary directory: scripts/check-manifest.js).
  packagejson: false,
  litelement: true,
  dev: false,
  // The analyzer's order of modules changed between two runs on the same files: sorted by path, the manifest
  // changes only when the JSDoc does.
  plugins: [
    {
      name: 'modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
