import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { createEmulator } from './emulator/index.js';
import { connectMiddleware } from './emulator/middleware.js';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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

export default defineConfig({
  root: here('./demo'),
  plugins: [emulatorPlugin(), minifyCssLiteralsPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [here('.')] } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    lib: {
      entry: { index: here('./src/index.ts'), define: here('./src/define.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^ky($|\/)/],
    },
  },
});
