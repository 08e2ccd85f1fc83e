// React 18 ships CommonJS only. For the browser tests, this web-test-runner plugin serves `react`, `react-dom` and
// `react-dom/client` as ES modules: esbuild bundles them once into one module (so they share one React), and each
// bare import resolves to a thin module re-exporting its names from it.
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PREFIX = '/__react-esm/';
const MODULES = { react: 'react', 'react-dom': 'react_dom', 'react-dom/client': 'react_dom_client' };
let bundle;

async function bundled() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(MODULES).map(([spec, name]) => `export * as ${name} from '${spec}';`).join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

function facade(spec) {
  const names = Object.keys(require(spec)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  const ns = MODULES[spec];
  return `import { ${ns} as m } from '${PREFIX}bundle.js';\nconst d = m.default ?? m;\nexport default d;\n${names
    .map((n) => `export const ${n} = d.${n};`)
    .join('\n')}\n`;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in MODULES) return `${PREFIX}${encodeURIComponent(source)}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const id = decodeURIComponent(context.path.slice(PREFIX.length, -'.js'.length));
      if (id === 'bundle') return { body: await bundled(), type: 'js' };
      if (id in MODULES) return { body: facade(id), type: 'js' };
    },
  };
}
