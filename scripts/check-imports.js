#!/usr/bin/env node
// Fails when the modules of src/ import each other in a cycle (issue 14: "the import graph has no cycle"), or when
// an element's folder imports from another element's folder other than its registration (`define.ts`, which the
// root imports to compose its children): what two elements share lives below them (icons/, i18n/, styles/, …).
// Every edge counts: static imports and re-exports, `import type` (a cycle of types is still two files that
// cannot be read apart) and dynamic `import()`. Paths are resolved as TypeScript resolves our `.js` specifiers.
// Usage: node scripts/check-imports.js [dir]   (default: src)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names, or undefined (a package, or a file outside the walked tree). */
function resolveSpecifier(from, spec, known) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) if (known.has(candidate)) return candidate;
  return undefined;
}

/** The import graph of `dir`: file → the files it imports. */
export function importGraph(dir) {
  const all = files(resolve(dir));
  const known = new Set(all);
  const graph = new Map();
  for (const file of all) {
    // Comments may quote imports: leave them out.
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const edges = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveSpecifier(file, m[1] ?? m[2] ?? m[3], known);
      if (target && target !== file) edges.add(target);
    }
    graph.set(file, [...edges]);
  }
  return graph;
}

/** Every cycle's files, one list per strongly connected component larger than one file (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).on) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

/** Imports from one element's folder into another's (`components/<a>/…` → `components/<b>/…`, not `define`). */
export function crossElementImports(graph, dir) {
  const root = resolve(dir);
  const folder = (file) => /^components\/([^/]+)\//.exec(relative(root, file).split('\\').join('/'))?.[1];
  const found = [];
  for (const [from, targets] of graph) {
    const a = folder(from);
    if (!a) continue;
    for (const to of targets) {
      const b = folder(to);
      if (b && b !== a && !/[/\\]define\.ts$/.test(to)) found.push([from, to]);
    }
  }
  return found;
}

/** One path around a cycle among `component`'s files, for the message. */
function path(graph, component) {
  const inside = new Set(component);
  const start = component[0];
  const seen = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const out = [w];
        for (let at = v; at !== null; at = seen.get(at)) out.unshift(at);
        return out;
      }
      if (inside.has(w) && !seen.has(w)) {
        seen.set(w, v);
        queue.push(w);
      }
    }
  }
  return component;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'src';
  const graph = importGraph(dir);
  const found = cycles(graph);
  const crossings = crossElementImports(graph, dir);
  const rel = (f) => relative(process.cwd(), f);
  if (found.length) {
    console.error(`check-imports: ${found.length} cycle(s) among the modules of ${dir}/:`);
    for (const c of found) console.error(`  ${path(graph, c).map(rel).join(' → ')}${c.length > 2 ? `  (${c.length} files in this knot: ${c.map(rel).join(', ')})` : ''}`);
  }
  if (crossings.length) {
    console.error(`check-imports: ${crossings.length} import(s) from one element's folder into another's (share through a folder below both):`);
    for (const [from, to] of crossings) console.error(`  ${rel(from)} → ${rel(to)}`);
  }
  if (found.length || crossings.length) process.exit(1);
  console.log(`check-imports: ${graph.size} modules in ${dir}/, no cycle, no element importing another's folder.`);
}
