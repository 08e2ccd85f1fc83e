// Limits on JSON request bodies beyond what the contract's schemas can say (contract/NOTES.md, "Limits"): how deep
// a body nests, which keys it may use, and how much free-form data (`metadata`, `context`) one request may store.
// Each is checked before anything is stored, so a value that would break a later read never gets in: a body nested
// 5,000 levels parses, but writing it back out overflows the serialiser's stack on every read that includes it.

/**
 * The deepest a request body may nest objects and arrays, the body itself being level 1. The contract's own
 * shapes go two levels deep (a body and its `metadata` or `context`), which leaves a free-form object 31 levels of
 * its own: far more than real metadata uses (two or three), and half the tightest guard a backend or client on
 * the way is likely to have (.NET's System.Text.Json and Json.NET refuse past 64; Ruby's JSON past 100,
 * serde_json past 128; Node's JSON.stringify overflows its stack at about 4,500 here), so whatever we accept can
 * be wrapped in an envelope or two and still be read and written anywhere.
 */
export const MAX_DEPTH = 32;

/**
 * Largest free-form object (`metadata`, `context`), as UTF-8 bytes of its JSON: 16 KiB. Session metadata comes
 * back with every session of every `listChatSessions` page (up to 100), so its size is paid on each list; 16 KiB
 * holds a few hundred ordinary keys and values, and bounds very long strings and huge arrays alike.
 */
export const MAX_FREE_FORM_BYTES = 16 * 1024;

/**
 * Keys no body may use anywhere: `__proto__`. JSON.parse makes it an ordinary key, but the same key merged into an
 * object by assignment (as a shallow metadata merge does) replaces that object's prototype instead, in this emulator
 * and in any JavaScript client that copies the value with `Object.assign` or a `for…in` loop.
 */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * Problems with the shape of a parsed body, as the contract's `details`: nesting past `MAX_DEPTH` (named by the
 * top-level field it is in) and forbidden keys (named by their path). Walks iteratively, so a body nested a
 * million levels costs no stack, and stops at the first level too deep.
 * @param {unknown} body
 * @returns {{ field: string, message: string }[]}
 */
export function shapeProblems(body) {
  const problems = [];
  const tooDeep = new Set();
  /** @type {[unknown, number, string, string][]} value, depth, path, top-level field */
  const stack = [[body, 1, '', '']];
  while (stack.length) {
    const [value, depth, path, top] = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) {
      const field = top || 'body';
      if (!tooDeep.has(field)) {
        tooDeep.add(field);
        problems.push({ field, message: `nests too deep: a request body may nest at most ${MAX_DEPTH} levels of objects and arrays` });
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1, `${path}[${i}]`, top || `[${i}]`]);
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) problems.push({ field: at, message: `is not allowed as a key` });
      else stack.push([value[key], depth + 1, at, top || key]);
    }
  }
  return problems;
}

/** UTF-8 bytes of `value` as JSON (only called on values that passed `shapeProblems`, so it cannot overflow). */
export function jsonBytes(value) {
  return Buffer.byteLength(JSON.stringify(value) ?? '');
}

/** The problem with a free-form object of `field` that is over `MAX_FREE_FORM_BYTES`, or null. */
export function freeFormProblem(field, value) {
  if (value === undefined || value === null) return null;
  const bytes = jsonBytes(value);
  return bytes > MAX_FREE_FORM_BYTES
    ? { field, message: `must be at most ${MAX_FREE_FORM_BYTES / 1024} KiB as JSON (got ${Math.ceil(bytes / 1024)} KiB)` }
    : null;
}

/**
 * The free-form objects of a request schema: top-level properties that are objects of any keys (`metadata`,
 * `context`), whose size no schema keyword bounds.
 * @param {object | undefined} schema the body's schema, `$ref`s resolved by `resolve`
 * @param {(schema: object) => object} resolve
 * @returns {string[]}
 */
export function freeFormFields(schema, resolve) {
  const body = schema ? resolve(schema) : undefined;
  return Object.entries(body?.properties ?? {})
    .filter(([, s]) => {
      const p = resolve(s);
      return p.type === 'object' && !p.properties && p.additionalProperties !== false;
    })
    .map(([name]) => name);
}
