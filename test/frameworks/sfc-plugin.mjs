// A web-test-runner plugin that serves Vue and Svelte single-file components as ES modules, so the browser tests
// mount the very components the demo pages use (under `npm start`, Vite's own Vue and Svelte plugins compile them).
// Vue's template compiler is told, as in vite.config.ts, that kesk-* tags are custom elements.
import { transform } from 'esbuild';
import { compile as compileSvelte } from 'svelte/compiler';
import { compileScript, parse as parseVue } from 'vue/compiler-sfc';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// Svelte's entries with a browser build (`svelte`, `svelte/store`, …): the test server's resolver does not use the
// `browser` export condition, and would serve the server build.
const svelteExports = JSON.parse(readFileSync(new URL('../../node_modules/svelte/package.json', import.meta.url), 'utf8')).exports;
function svelteBrowserEntry(source) {
  if (source !== 'svelte' && !source.startsWith('svelte/')) return undefined;
  const browser = svelteExports[`.${source.slice('svelte'.length)}`]?.browser;
  return browser && `/node_modules/svelte/${browser.slice(2)}`;
}

const isCustomElement = (tag) => tag.startsWith('kesk-');

async function vueModule(source, filename) {
  // The template is parsed here, and whether a tag is a component is settled while parsing.
  const { descriptor, errors } = parseVue(source, { filename, templateParseOptions: { isCustomElement } });
  if (errors.length) throw new Error(`${filename}: ${errors.map((e) => e.message).join('; ')}`);
  if (descriptor.styles.length) throw new Error(`${filename}: <style> blocks are not compiled here; style the demo in demo/demo.css`);
  const id = createHash('sha256').update(filename).digest('hex').slice(0, 8);
  const script = compileScript(descriptor, {
    id,
    inlineTemplate: true,
    templateOptions: { compilerOptions: { isCustomElement } },
  });
  const lang = descriptor.scriptSetup?.lang ?? descriptor.script?.lang;
  if (lang !== 'ts') return script.content;
  const { code } = await transform(script.content, { loader: 'ts', target: 'es2022', sourcefile: filename });
  return code;
}

function svelteModule(source, filename) {
  const { js, warnings } = compileSvelte(source, { filename, generate: 'client', dev: true });
  for (const w of warnings) console.warn(`${filename}: ${w.message}`);
  return js.code;
}

export function sfcPlugin() {
  return {
    name: 'kesk-sfc',
    resolveMimeType(context) {
      if (/\.(vue|svelte)$/.test(context.path)) return 'js';
    },
    resolveImport({ source }) {
      // The browser build of Vue (the default `vue` entry is for bundlers: it reads process.env).
      if (source === 'vue') return '/node_modules/vue/dist/vue.runtime.esm-browser.js';
      return svelteBrowserEntry(source);
    },
    async transform(context) {
      if (context.path.endsWith('.vue')) return { body: await vueModule(context.body, context.path) };
      if (context.path.endsWith('.svelte')) return { body: svelteModule(context.body, context.path) };
    },
  };
}
