#!/usr/bin/env node
// Fails when a test file holds an assertion that only runs under an `if` (issue 14): `if (c) expect(…)`,
// `if (c) { … expect(…) … }`, or the same under its `else`. Such a test passes, asserting nothing, whenever the
// condition is false, so it cannot catch the bug that makes it false. Assert the condition itself, or collect what
// to check and assert on the collection. Strings, template literals and comments are skipped, so prose that
// mentions `if (` does not count.
// Usage: node scripts/check-tests.js [dir ...]   (default: test)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Chai in the browser (`expect(…)`), node:assert in the Node tests (`assert(…)`, `assert.equal(…)`, …).
const ASSERT = /\b(?:expect|assert(?:\.\w+)?)\s*\(/;

function files(dir) {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** `source` with the insides of strings, template literals and comments blanked (newlines kept, for line numbers). */
export function codeOnly(source) {
  let out = '';
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      // Template literals keep their `${…}` code: an expect can hide in one.
      let j = i + 1;
      out += c;
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') {
          out += blank(source.slice(j, j + 2));
          j += 2;
        } else if (c === '`' && source[j] === '$' && source[j + 1] === '{') {
          let depth = 1;
          let k = j + 2;
          while (k < source.length && depth > 0) {
            if (source[k] === '{') depth += 1;
            else if (source[k] === '}') depth -= 1;
            k += 1;
          }
          out += source.slice(j, k);
          j = k;
        } else {
          out += source[j] === '\n' ? '\n' : ' ';
          j += 1;
        }
      }
      out += source[j] ?? '';
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The index just past the bracket that closes the one at `open`. */
function closing(code, open) {
  const pairs = { '(': ')', '{': '}', '[': ']' };
  const stack = [];
  for (let i = open; i < code.length; i += 1) {
    const c = code[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return code.length;
}

/** The end of the statement or block that starts at `at` (after skipping white space). */
function bodyEnd(code, at) {
  let i = at;
  while (/\s/.test(code[i] ?? '')) i += 1;
  if (code[i] === '{') return closing(code, i);
  // One statement: up to the `;` or the line end outside brackets.
  for (let j = i; j < code.length; j += 1) {
    const c = code[j];
    if (c === '(' || c === '[' || c === '{') j = closing(code, j) - 1;
    else if (c === ';' || c === '\n') return j;
  }
  return code.length;
}

/** Each assertion that runs only under an `if` (or its `else`): `{ line, text }`, line 1-based. */
export function conditionalAssertions(source) {
  const code = codeOnly(source);
  const lines = source.split('\n');
  const lineOf = (index) => code.slice(0, index).split('\n').length;
  const found = [];
  for (const m of code.matchAll(/\b(if)\s*\(|\belse\b(?!\s+if\b)/g)) {
    let start;
    if (m[1]) start = closing(code, m.index + m[0].length - 1);
    else start = m.index + m[0].length;
    const end = bodyEnd(code, start);
    const body = code.slice(start, end);
    const hit = ASSERT.exec(body);
    if (!hit) continue;
    const line = lineOf(m.index);
    found.push({ line, text: lines[line - 1].trim() });
  }
  return found;
}

function main(dirs) {
  const root = process.cwd();
  let bad = 0;
  for (const file of dirs.flatMap((d) => files(d))) {
    for (const { line, text } of conditionalAssertions(readFileSync(file, 'utf8'))) {
      bad += 1;
      console.error(`${relative(root, file)}:${line}: an assertion that only runs under an if: ${text}`);
    }
  }
  if (bad) {
    console.error(`\n${bad} conditional assertion(s): assert the condition itself, or collect then assert (docs/testing.md, "The test harness").`);
    process.exit(1);
  }
  console.log('check-tests: no assertion runs only under an if');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.length > 2 ? process.argv.slice(2) : ['test']);
