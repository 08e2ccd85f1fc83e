// How the on-demand views' code is imported. Here (the npm package) by `import()`, which an app's bundler makes a
// chunk of its own; the CDN build swaps this file for cdn-view-imports.ts (scripts/cdn-bundle.js), which imports
// each view's file of dist/cdn through the boot's list, checked.
export const VIEW_IMPORTS = {
  'kesk-session-list': () => import('../session-list/define.js'),
  'kesk-media-gallery': () => import('../media-gallery/define.js'),
} as const;
