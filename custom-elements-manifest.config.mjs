// `npm run manifest` → custom-elements.json, from the JSDoc of the element classes. The README's API tables are
// generated from it (scripts/api-tables.js).
export default {
  globs: ['src/components/*/*.ts'],
  exclude: ['src/components/*/*.styles.ts', 'src/components/*/*.terms.ts', 'src/components/*/*.icons.ts', 'src/components/*/*-icons.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
