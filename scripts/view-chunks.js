// The on-demand views of the CDN build (src/components/chat/view-imports.ts: the conversations list, the gallery), and
// the code besides them the first open does not run (LATER: the upload of a file), as a file of its own, which the
// first open does not download (issue 15).
// A view uses lit, the base elements, the stores, the terms… that the widget holds already, and must use the very same
// modules (one registry of elements, one store). esbuild's code splitting would put those in a shared chunk that the
// widget imports statically: a chunk that failed to load (offline) would stay failed at its address, and the widget,
// which names it, could never load on a retry. So the widget stays one file, and hands out what the views use:
//   1. each view is built with every module the widget holds (`held`, the widget's inputs) left external;
//   2. the names it imports from them are read from one object the widget fills at its start, per folder of files
//      (two copies from two folders stay apart), `window.__keskChatHeld`: the views are built again with each held
//      module a small module of those reads;
//   3. the widget is built again with that object's contents (`handOut`), so that tree shaking keeps them.
// A view loads only after the widget ran (a click, or idle time after the panel opened), so the object is there.
import { relative } from 'node:path';
import { readdir, readFile } from 'node:fs/promises';

const HELD = 'kesk-held:';
/** The widget's entry when it hands out modules to the views (build it with `handOut` among its plugins). */
export const WIDGET_ENTRY = 'kesk-widget-entry';

/**
 * Code besides the views that the first open does not run, which the views file exports for the widget to take when
 * first used (module → the names exported): uploading a file (src/loader/cdn-upload-code.ts takes it). In the views
 * file, not one of its own: it is fetched at the same time, ahead on idle, and one file compresses better than two.
 * The widget must not hold these modules (the CDN build swaps its static import away): the build fails if it does.
 */
export const LATER = { 'src/api/upload.ts': ['uploadFile'] };

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
  // Resolves the modules the widget holds as `as(path)` says (first external, then as modules of reads).
  const externalAs = (as) => ({
    name: 'kesk-held-external',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (a) => {
        if (a.pluginData === HELD || a.kind === 'entry-point') return undefined;
        const r = await b.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: HELD });
        if (r.errors.length) return { errors: r.errors };
        const path = relative(root, r.path).split('\\').join('/');
        // Not held: resolved again as usual (a path a plugin returns would lose its tsconfig.json: decorators).
        return held.has(path) ? as(path) : undefined;
      });
    },
  });
  // One file for every view: they are fetched together ahead anyway, and apart each would compress without the
  // other (the two in one file are 1.2 KB smaller in gzip than in two).
  const VIEWS = 'kesk-views-entry';
  const entries = await viewEntries(root);
  // The views' stylesheets side by side at the start, as scripts/styles-first.js puts the widget's (-31 B gzip here).
  const sheets = [];
  for (const entry of entries) {
    const dir = entry.replace(/define\.ts$/, '');
    for (const f of (await readdir(dir)).sort()) if (f.endsWith('.styles.ts')) sheets.push(`${dir}${f}`);
  }
  const together = {
    name: 'kesk-views-together',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${VIEWS}$`) }, () => ({ path: VIEWS, namespace: 'kesk-views' }));
      b.onLoad({ filter: /.*/, namespace: 'kesk-views' }, () => ({
        contents: [
          ...sheets.map((e) => `import ${JSON.stringify(e)};`),
          ...entries.map((e) => `import ${JSON.stringify(e)};`),
          ...Object.entries(LATER).map(([path, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(`${root}${path}`)};`),
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
  // A module the widget parsed but shook out (upload.ts, which src/api/index.ts names for its types) is not held.
  for (const path of Object.keys(LATER)) held.delete(path);
  const result = await build(VIEWS, [together, externalAs((path) => ({ path: `${HELD}${path}`, external: true }))]);
  let code = result.outputFiles[0].text;
  code.replace(/import\s*([^"';]*?)\s*(?:from\s*)?"kesk-held:([^"]+)";?/g, (_, clause, path) => {
    for (const { imported } of bindings(clause)) keyOf(path, imported);
    return '';
  });
  const byPath = new Map();
  for (const k of keys.keys()) {
    const [path, imported] = k.split('\0');
    if (imported === '*') throw new Error(`view-chunks: a view imports ${path} as a namespace; import the names it uses`);
    if (!byPath.has(path)) byPath.set(path, []);
    byPath.get(path).push([imported, keys.get(k)]);
  }
  // Built again, each held module now a module of reads of the hand-out (one binding a name, which every file of the
  // views shares: esbuild gives each file's import of an external a binding of its own, 27 reads more in 52).
  // `kesk$held`: the widget's hand-out for the folder this file was loaded from (its address may carry `?retry=…`).
  const reads = {
    name: 'kesk-held-reads',
    setup(b) {
      b.onResolve({ filter: /^kesk-held-head$/ }, () => ({ path: 'head', namespace: 'kesk-held' }));
      b.onLoad({ filter: /.*/, namespace: 'kesk-held' }, (a) => {
        if (a.path === 'head') return { contents: 'export const held = window.__keskChatHeld[new URL(".", import.meta.url).href];', loader: 'js' };
        const names = byPath.get(a.path) ?? [];
        const values = names.map(([, key], i) => `v${i} = held.${key}`);
        const exported = names.map(([imported], i) => `v${i} as ${imported === 'default' ? 'default' : JSON.stringify(imported.replace(/^"|"$/g, ''))}`);
        return { contents: `import { held } from 'kesk-held-head';\n${values.length ? `const ${values.join(', ')};\n` : ''}export { ${exported.join(', ')} };\n`, loader: 'js' };
      });
    },
  };
  const again = await build(VIEWS, [together, reads, externalAs((path) => ({ path, namespace: 'kesk-held' }))]);
  code = takeDecorator(again.outputFiles[0].text);
  if (code.includes(HELD)) throw new Error('view-chunks: an import of the widget\'s modules is left in the views');
  const chunks = [{ name: 'views', code, inputs: Object.keys(again.metafile.inputs).filter((path) => !path.startsWith('kesk-held:')) }];
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
        contents: `import ${JSON.stringify(`${root}src/define.ts`)};\n${lines.join('\n')}\n((window as any).__keskChatHeld ??= {})[new URL('.', import.meta.url).href] = { ${[...fields, `${DECORATE_KEY}: ${DECORATE}`].join(', ')} };\n`,
        loader: 'ts',
        resolveDir: root,
      }));
    },
  };
  return { chunks, handOut, handOutDecorator };
}

// esbuild's helper for the elements' decorators (`__decorateClass`), which it writes into every file with a decorated
// class: the views take the widget's from the hand-out instead of a copy of their own (108 B gzip off the views file).
const DECORATE = '__keskDecorate';
const DECORATE_KEY = 'dc';
// The helper as esbuild's minifier writes it: `var name=(a,b,c,d)=>{for(var …;return …};`, no braces in its body.
const HELPER = /(?<=[,\s;]|^)([\w$]+)=\(([\w$]+),[\w$]+,[\w$]+,[\w$]+\)=>\{for\(var [^{}]*?\.length-1[,;][^{}]*?>=0;[^{}]*\}/g;

function decorator(code, file) {
  const found = [...code.matchAll(HELPER)];
  if (found.length !== 1) throw new Error(`view-chunks: ${found.length} copies of esbuild's decorator helper in the ${file}, where one was expected (has esbuild changed how it writes it?)`);
  return found[0];
}

/** The widget's code, with the hand-out's placeholder for the decorator helper replaced by the helper's name. */
export function handOutDecorator(code) {
  if (code.split(DECORATE).length !== 2) throw new Error(`view-chunks: the widget should name ${DECORATE} once, in its hand-out`);
  return code.replace(DECORATE, decorator(code, 'widget')[1]);
}

/**
 * The views' code, without esbuild's decorator helper: its name is bound to the widget's, read from the hand-out
 * next to where the views read that (`held`), which comes before the first decorated class (checked).
 */
function takeDecorator(code) {
  if (process.env.KESK_DUMP) return code; // unminified, for reading: left as esbuild wrote it
  const helper = decorator(code, 'views');
  const name = helper[1];
  const head = /([\w$]+)=window\.__keskChatHeld\[new URL\("\.",import\.meta\.url\)\.href\]/.exec(code);
  if (!head) throw new Error('view-chunks: the views\' read of the hand-out is missing');
  const firstUse = code.indexOf(`${name}(`, helper.index + helper[0].length);
  if (firstUse >= 0 && firstUse < head.index) throw new Error('view-chunks: a decorated class of the views comes before their read of the hand-out');
  // The helper's own declaration goes (a `var` list keeps its other names: terser drops the unused ones); its name is
  // declared next to the hand-out's read, which is a declaration too.
  const before = code.slice(0, helper.index);
  const after = code.slice(helper.index + helper[0].length);
  let out;
  if (before.endsWith('var ') && after.startsWith(';')) out = before.slice(0, -4) + after.slice(1);
  else if (before.endsWith(',')) out = before.slice(0, -1) + after;
  else if (after.startsWith(',')) out = before + after.slice(1);
  else throw new Error('view-chunks: esbuild\'s decorator helper is not in a list of declarations');
  // The helper's own helpers (`var x=Object.defineProperty;`), when nothing else uses them: terser keeps a read of a
  // global's property, which could run a getter.
  out = out.replace(/var ([\w$]+)=Object\.(?:defineProperty|getOwnPropertyDescriptor);/g, (all, x) =>
    out.split(new RegExp(`(?<![\\w$])${x.replace(/\$/g, '\\$')}(?![\\w$])`)).length === 2 ? '' : all,
  );
  return out.replace(head[0], `${head[0]},${name}=${head[1]}.${DECORATE_KEY}`);
}
