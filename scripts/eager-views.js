// An esbuild plugin for the one-file widget (kesk-chat.js): the on-demand views are imported statically.
// In one file their code downloads with the widget anyway, so `import()` would only put off running it; and to put
// it off, esbuild wraps every module the views share with the rest in a lazy initialiser (54 of them), which costs
// about 1.4 KB gzip and hides the code from cross-module minification. Registering two more elements at start-up
// costs microseconds. The npm package keeps the dynamic imports: there an app's bundler splits them into chunks.
import { readFile } from 'node:fs/promises';

export const eagerViews = {
  name: 'kesk-eager-views',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\]components[/\\]chat[/\\]lazy-views\.ts$/ }, async (a) => {
      const source = await readFile(a.path, 'utf8');
      const imports = [];
      const contents = source.replace(/\(\) => import\(('[^']+')\)/g, (_, path) => {
        imports.push(`import ${path};`);
        return '() => Promise.resolve()';
      });
      if (imports.length === 0) throw new Error('eager-views: lazy-views.ts has no import() left to make static');
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'ts' };
    });
  },
};
