import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { createEmulator } from './emulator/index.js';
import { connectMiddleware } from './emulator/middleware.js';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';
import { STRICT_CSP } from './scripts/strict-csp.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The package's elements: folder under src/components and class file name. */
const ELEMENTS = ['chat', 'thread', 'composer', 'launcher', 'bot-suggestions', 'session-list', 'media-gallery'];

function elementEntries(): Record<string, string> {
  return Object.fromEntries(
    ELEMENTS.flatMap((name) => [
      [`${name}/define`, here(`./src/components/${name}/define.ts`)],
      [`${name}/class`, here(`./src/components/${name}/${name}.ts`)],
    ]),
  );
}

/** Mounts the API emulator on the dev server at /v1 (same origin as the demo) and /__emulator. */
function emulatorPlugin(): Plugin {
  return {
    name: 'kesk-emulator',
    configureServer(server) {
      const emulator = createEmulator({ seed: 42, basePath: '/v1' });
      server.middlewares.use(connectMiddleware(emulator));
      server.httpServer?.once('close', () => emulator.close());
    },
  };
}

/** Serves demo/strict.html with the strict Content-Security-Policy the widget promises to work under. */
function strictPagePlugin(): Plugin {
  return {
    name: 'kesk-strict-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] === '/strict.html') res.setHeader('Content-Security-Policy', STRICT_CSP);
        next();
      });
    },
  };
}

/**
 * The demo's framework pages (demo/frameworks/): their compilers run in the dev server only, so the library build
 * (`vite build`, the npm package) never sees them.
 */
function demoOnly(plugins: Plugin | Plugin[]): Plugin[] {
  return [plugins].flat().flatMap((plugin): Plugin[] => {
    const { apply } = plugin;
    if (apply === 'build') return [];
    if (typeof apply === 'function') return [{ ...plugin, apply: (config, env) => env.command === 'serve' && apply(config, env) }];
    return [{ ...plugin, apply: 'serve' }];
  });
}

/** Vue resolves unknown tags as its own components unless told: kesk-* tags are the browser's custom elements. */
const isCustomElement = (tag: string) => tag.startsWith('kesk-');

export default defineConfig({
  root: here('./demo'),
  plugins: [
    emulatorPlugin(),
    strictPagePlugin(),
    minifyCssLiteralsPlugin(),
    ...demoOnly(vue({ template: { compilerOptions: { isCustomElement } } })),
    ...demoOnly(svelte({ configFile: false })),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [here('.')] } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    // The npm package (see package.json `exports`, checked by scripts/build-package.js): `index` (everything, registers
    // nothing), `define` (registers the widget), per element `<name>/define` (registers it) and `<name>/class` (the
    // class alone, for scoped registries), and `react` (the @lit/react wrappers).
    lib: {
      entry: {
        index: here('./src/index.ts'),
        define: here('./src/define.ts'),
        react: here('./src/react/index.ts'),
        ...elementEntries(),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^ky($|\/)/, /^react($|\/)/, /^react-dom($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
