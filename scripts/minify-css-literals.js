// Minifies the CSS inside Lit `css\`…\`` literals at build time: esbuild and rolldown minify code but leave
// template strings as written, and the widget's styles are a large share of its bytes.

/** Collapses comments and white space in one CSS text, leaving `${…}` placeholders alone. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // Not around + or -: inside calc() they need their spaces.
    .replace(/\s*([{};,>~])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Rewrites every `css\`…\`` literal in a module's source. CSS holds no backticks, so the literal ends at the next one. */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (_, body) => {
    // Keep `${…}` placeholders intact: minify only the text between them.
    const parts = body.split(/(\$\{[^}]*\})/);
    return `css\`${parts.map((p) => (p.startsWith('${') ? p : minifyCss(p))).join('')}\``;
  });
}

/** The same as a Vite/Rolldown plugin for TypeScript sources. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'kesk-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
