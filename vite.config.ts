import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  root: here('./demo'),
  plugins: [emulatorPlugin(), strictPagePlugin(), minifyCssLiteralsPlugin()],
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
