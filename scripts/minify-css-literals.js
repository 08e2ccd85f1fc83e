// Minifies the CSS inside Lit `css\`…\`` literals at build time: esbuild and rolldown minify code but leave
// template strings as written, and the widget's styles are a large share of its bytes.

/** Collapses comments and white space in one CSS text, leaving `${…}` placeholders alone. */
export function minifyCss(text) {
  // Quoted strings (grid areas, content) keep their text: only what lies between them is minified.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((p, i) => (i % 2 ? p : minifyOutsideStrings(p)))
    .join('')
    .trim();
}

function minifyOutsideStrings(text) {
  return text
    .replace(/\s+/g, ' ')
    // Not around + or -: inside calc() they need their spaces.
    .replace(/\s*([{};,>~])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    .replace(/@media \(/g, '@media(')
    // The same colour, rgb(0 0 0 / 0), in four letters.
    .replace(/(?<![\w-])transparent(?![\w-])/g, '#0000')
    // 0.5 → .5 (not inside a name or a longer number).
    .replace(/(^|[^\w.-])(-?)0\.(\d)/g, '$1$2.$3')
    // Around * and / between two values (a selector's " * " is never followed by a number or a function).
    .replace(/([\w)%])\s+([*/])\s+(?=\d|\.\d|-\d|[a-z-]+\()/g, '$1$2');
}

/**
 * Where the `css\`…\`` literals of a module's source are: `[start, end]` of each one's text, between its backticks.
 * CSS holds no backticks, so a literal ends at the next one. Comments, strings, regular expressions and other
 * template literals are stepped over, so a comment that names the css tag (or a string holding one) is left as
 * written and cannot shift which text is taken for CSS.
 */
export function cssLiterals(code) {
  const found = [];
  let i = 0;
  // The last significant character before `i`: a `/` after one of these starts a regular expression, not a division.
  let prev = '';
  const regexAfter = /^$|[(,=:[!&|?{};+\-*%<>~^]/;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    let end = i + 1;
    if (c === '/' && next === '/') end = lineEnd(code, i);
    else if (c === '/' && next === '*') end = code.includes('*/', i + 2) ? code.indexOf('*/', i + 2) + 2 : code.length;
    else if (c === '"' || c === "'") end = quoted(code, i);
    else if (c === '/' && (regexAfter.test(prev) || /\b(return|typeof|case|in|of)$/.test(code.slice(Math.max(0, i - 7), i).trimEnd()))) end = regex(code, i);
    else if (c === '`') end = template(code, i);
    else if (code.startsWith('css`', i) && !/[\w$.]/.test(code[i - 1] ?? '')) {
      const close = code.indexOf('`', i + 4);
      if (close < 0) break;
      found.push([i + 4, close]);
      i = close + 1;
      prev = '`';
      continue;
    }
    if (!/\s/.test(c) && !(c === '/' && (next === '/' || next === '*'))) prev = code[end - 1];
    i = end;
  }
  return found;
}

/**
 * Rewrites every `css\`…\`` literal in a module's source, minified. With `names` (a Map, see
 * scripts/css-private-names.js), the private custom properties it lists are renamed to their short names.
 */
export function minifyCssLiterals(code, names) {
  let out = '';
  let last = 0;
  for (const [start, end] of cssLiterals(code)) {
    // Keep `${…}` placeholders intact: minify only the text between them.
    const parts = code.slice(start, end).split(/(\$\{[^}]*\})/);
    out += code.slice(last, start) + parts.map((p) => (p.startsWith('${') ? p : renamePrivate(minifyCss(p), names))).join('');
    last = end;
  }
  return out + code.slice(last);
}

/** `--_name` → its short name from `names`, for the names it holds (a longer name is matched whole). */
export function renamePrivate(css, names) {
  return names ? css.replace(/--_[\w-]+/g, (name) => names.get(name) ?? name) : css;
}

const lineEnd = (code, i) => (code.indexOf('\n', i) + 1 || code.length + 1) - 1;

/** The end (exclusive) of the quoted string at `i`; a string ends at its line at the latest. */
function quoted(code, i) {
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === code[i] || code[j] === '\n') return j + 1;
  }
  return code.length;
}

/** The end of the regular expression literal at `i` (a `/` inside a character class does not end it). */
function regex(code, i) {
  let inClass = false;
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === '\n') return j;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return j + 1;
  }
  return code.length;
}

/** The end of the template literal at `i`, its `${…}` expressions (and the templates inside them) included. */
function template(code, i) {
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === '`') return j + 1;
    else if (c === '$' && code[j + 1] === '{') {
      let depth = 0;
      for (j += 1; j < code.length; j++) {
        const d = code[j];
        if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
        else if (d === '`') j = template(code, j) - 1;
        else if (d === '"' || d === "'") j = quoted(code, j) - 1;
      }
    }
  }
  return code.length;
}

/** The same as a Vite/Rolldown plugin for TypeScript sources (`names` as for minifyCssLiterals). */
export function minifyCssLiteralsPlugin(names) {
  return {
    name: 'kesk-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code, names), map: null };
    },
  };
}
