// The on-demand views of the CDN build (src/components/chat/view-imports.ts: the conversations list, the gallery) as
// files of their own, which the first open does not download (issue 15).
// A view uses lit, the base elements, the stores, the terms… that the widget holds already, and must use the very same
// modules (one registry of elements, one store). esbuild's code splitting would put those in a shared chunk that the
// widget imports statically: a chunk that failed to load (offline) would stay failed at its address, and the widget,
// which names it, could never load on a retry. So the widget stays one file, and hands out what the views use:
//   1. each view is built with every module the widget holds (`held`, the widget's inputs) left external;
//   2. its imports of them (`import{a as b}from"kesk-held:src/state/x.ts"`) become reads of one object the widget
//      fills at its start, per folder of files (two copies from two folders stay apart), `window.__keskChatHeld`;
//   3. the widget is built again with that object's contents (`handOut`), so that tree shaking keeps them.
// A view loads only after the widget ran (a click, or idle time after the panel opened), so the object is there.
import { relative } from 'node:path';
import { readFile } from 'node:fs/promises';

const HELD = 'kesk-held:';
/** The widget's entry when it hands out modules to the views (build it with `handOut` among its plugins). */
export const WIDGET_ENTRY = 'kesk-widget-entry';

/** The on-demand views' entries (`src/components/session-list/define.ts`, …), as view-imports.ts lists them. */
async function viewEntries(root) {
  const source = await readFile(`${root}src/components/chat/view-imports.ts`, 'utf8');
  return [...source.matchAll(/import\('\.\.\/([\w-]+)\/define\.js'\)/g)].map((m) => `${root}src/components/${m[1]}/define.ts`);
}

/** Splits `import …from"kesk-held:path"` into its bindings: [{ imported, local }] (`*` for a namespace). */
function bindings(clause) {
  const out = [];
  const c = clause.trim();
  const ns = /^\*\s*as\s+([\w$]+)$/.exec(c);
  if (ns) return [{ imported: '*', local: ns[1] }];
  const named = /\{([^}]*)\}/.exec(c);
  const def = /^([\w$]+)\s*(,|$)/.exec(c);
  if (def) out.push({ imported: 'default', local: def[1] });
  if (named) {
    for (const part of named[1].split(',').map((x) => x.trim()).filter(Boolean)) {
      const m = /^([\w$]+|"[^"]*")(?:\s+as\s+([\w$]+))?$/.exec(part);
      if (!m) throw new Error(`view-chunks: cannot read the import binding ${part}`);
      out.push({ imported: m[1], local: m[2] ?? m[1] });
    }
  }
  return out;
}

/**
 * Builds the views against the widget's modules `held` (paths relative to `root`, as esbuild's metafile names them).
 * `build(entry, plugins)` is esbuild's build with the widget's other plugins. Returns each view's code (not yet
 * polished) and the plugin that makes the widget hand out what they use.
 */
export async function viewChunks({ root, held, build }) {
  const keys = new Map(); // `path\0imported` → the key in the object
  const keyOf = (path, imported) => {
    const k = `${path}\0${imported}`;
    if (!keys.has(k)) keys.set(k, `k${keys.size.toString(36)}`);
    return keys.get(k);
  };
  const external = {
    name: 'kesk-held-external',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (a) => {
        if (a.pluginData === HELD || a.kind === 'entry-point') return undefined;
        const r = await b.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: HELD });
        if (r.errors.length) return { errors: r.errors };
        const path = relative(root, r.path).split('\\').join('/');
        // Not held: resolved again as usual (a path a plugin returns would lose its tsconfig.json: decorators).
        return held.has(path) ? { path: `${HELD}${path}`, external: true } : undefined;
      });
    },
  };
  // One file for every view: they are fetched together ahead anyway, and apart each would compress without the
  // other (the two in one file are 1.2 KB smaller in gzip than in two).
  const VIEWS = 'kesk-views-entry';
  const entries = await viewEntries(root);
  const together = {
    name: 'kesk-views-together',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${VIEWS}$`) }, () => ({ path: VIEWS, namespace: 'kesk-views' }));
      b.onLoad({ filter: /.*/, namespace: 'kesk-views' }, () => ({ contents: entries.map((e) => `import ${JSON.stringify(e)};`).join('\n'), loader: 'js', resolveDir: root }));
    },
  };
  const result = await build(VIEWS, [together, external]);
  let code = result.outputFiles[0].text;
  const reads = [];
  code = code.replace(/import\s*([^"';]*?)\s*(?:from\s*)?"kesk-held:([^"]+)";?/g, (_, clause, path) => {
    for (const { imported, local } of bindings(clause)) reads.push(`${local}=kesk$held.${keyOf(path, imported)}`);
    return '';
  });
  if (code.includes(HELD)) throw new Error('view-chunks: an import of the widget\'s modules is left in the views');
  // `kesk$held`: the widget's hand-out for the folder this file was loaded from (its address may carry `?retry=…`).
  const head = `const kesk$held=window.__keskChatHeld[new URL(".",import.meta.url).href]${reads.length ? `,${reads.join(',')}` : ''};\n`;
  const chunks = [{ name: 'views', code: head + code, inputs: Object.keys(result.metafile.inputs) }];
  const byPath = new Map();
  for (const k of keys.keys()) {
    const [path, imported] = k.split('\0');
    if (!byPath.has(path)) byPath.set(path, []);
    byPath.get(path).push([imported, keys.get(k)]);
  }
  // The widget's entry, with the object the views read: `import * as` each module they use, the names they use.
  let n = 0;
  const lines = [];
  const fields = [];
  for (const [path, names] of byPath) {
    const spec = JSON.stringify(`${root}${path}`);
    const nsName = `m${n++}`;
    lines.push(`import * as ${nsName} from ${spec};`);
    for (const [imported, key] of names) fields.push(imported === '*' ? `${key}: ${nsName}` : `${key}: ${nsName}[${JSON.stringify(imported.replace(/^"|"$/g, ''))}]`);
  }
  // A virtual entry: the widget's own (its elements first, as src/define.ts orders them), then the hand-out.
  const handOut = {
    name: 'kesk-hand-out',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${WIDGET_ENTRY}$`) }, () => ({ path: WIDGET_ENTRY, namespace: 'kesk-hand-out' }));
      b.onLoad({ filter: /.*/, namespace: 'kesk-hand-out' }, () => ({
        contents: `import ${JSON.stringify(`${root}src/define.ts`)};\n${lines.join('\n')}\n((window as any).__keskChatHeld ??= {})[new URL('.', import.meta.url).href] = { ${fields.join(', ')} };\n`,
        loader: 'ts',
        resolveDir: root,
      }));
    },
  };
  return { chunks, handOut };
}
