// The JSON-Schema subset that contract/openapi.json uses, checked the same way by the emulator (requests) and by
// the client's contract tests in the browser (responses). No Node imports: it must load in a page as is.

/**
 * @typedef {{ field: string, message: string }} Problem
 */

/**
 * Checks `value` against `schema` and lists every problem found.
 * @param {object | boolean} schema a schema object (or `true`/`false`)
 * @param {unknown} value the value to check
 * @param {object} [doc] the OpenAPI document that `$ref`s point into
 * @param {string} [path] where `value` sits, e.g. `media_ids[2]` or `sender.kind`; '' for the root
 * @returns {Problem[]}
 */
export function validate(schema, value, doc, path = '') {
  const problems = [];
  check(schema, value, doc, path, problems);
  return problems;
}

/** Follows a local `$ref` such as `#/components/schemas/ChatMessage`. */
export function resolveRef(ref, doc) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`Unresolved $ref: ${ref}`);
  return node;
}

function check(schema, value, doc, path, problems) {
  if (schema === true || schema === undefined) return;
  if (schema === false) {
    problems.push({ field: path, message: 'is not allowed' });
    return;
  }
  if (schema.$ref) {
    // OpenAPI 3.1 allows keywords beside $ref (a description, mostly); check both.
    check(resolveRef(schema.$ref, doc), value, doc, path, problems);
    const { $ref, ...rest } = schema;
    if (Object.keys(rest).some((k) => k in KEYWORDS)) check(rest, value, doc, path, problems);
    return;
  }
  if (schema.oneOf || schema.anyOf) {
    checkAlternatives(schema.oneOf || schema.anyOf, value, doc, path, problems);
  }
  if (schema.allOf) for (const part of schema.allOf) check(part, value, doc, path, problems);

  if (schema.nullable && value === null) return;
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (schema.nullable) types.push('null');
    if (!types.some((t) => hasType(value, t))) {
      problems.push({ field: path, message: `must be ${types.map(describeType).join(' or ')}` });
      return;
    }
  }
  if ('const' in schema && !sameValue(schema.const, value)) {
    problems.push({ field: path, message: `must be ${JSON.stringify(schema.const)}` });
  }
  if (schema.enum && !schema.enum.some((option) => sameValue(option, value))) {
    const options = schema.enum.map((o) => (o === null ? 'null' : String(o))).join(', ');
    problems.push({ field: path, message: `must be one of: ${options}` });
  }
  if (typeof value === 'string') checkString(schema, value, path, problems);
  else if (typeof value === 'number') checkNumber(schema, value, path, problems);
  else if (Array.isArray(value)) checkArray(schema, value, doc, path, problems);
  else if (value !== null && typeof value === 'object') checkObject(schema, value, doc, path, problems);
}

// Keywords that make a schema say something; used to skip pure annotations next to $ref.
const KEYWORDS = Object.fromEntries(
  [
    'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'minLength', 'maxLength',
    'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'pattern', 'format',
    'oneOf', 'anyOf', 'allOf', 'minProperties', 'maxProperties', 'uniqueItems', 'nullable',
  ].map((k) => [k, true]),
);

// `oneOf: [{$ref: X}, {type: 'null'}]` is how the contract writes "X or null": report X's problems, which say more
// than "matches no alternative".
function checkAlternatives(options, value, doc, path, problems) {
  const results = options.map((option) => validate(option, value, doc, path));
  if (results.some((r) => r.length === 0)) return;
  const candidates = options
    .map((option, i) => ({ option, problems: results[i] }))
    .filter(({ option }) => !(option.type === 'null' && value !== null));
  if (candidates.length === 1) problems.push(...candidates[0].problems);
  else problems.push({ field: path, message: 'matches none of the allowed shapes' });
}

function hasType(value, type) {
  switch (type) {
    case 'null': return value === null;
    case 'string': return typeof value === 'string';
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'array': return Array.isArray(value);
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
    default: return true;
  }
}

function describeType(type) {
  return { null: 'null', integer: 'an integer', array: 'an array', object: 'an object' }[type] ?? `a ${type}`;
}

function sameValue(a, b) {
  return a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

function checkString(schema, value, path, problems) {
  // Lengths count code points, as users count characters (an emoji is one, not two UTF-16 units).
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    problems.push({
      field: path,
      message: schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`,
    });
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    problems.push({ field: path, message: `must be at most ${schema.maxLength} characters` });
  }
  if (schema.pattern !== undefined && !compile(schema.pattern).test(value)) {
    problems.push({ field: path, message: `must match ${schema.pattern}` });
  }
  const formatProblem = checkFormat(schema.format, value);
  if (formatProblem) problems.push({ field: path, message: formatProblem });
}

const patterns = new Map();
function compile(pattern) {
  let re = patterns.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = new RegExp(pattern);
    }
    patterns.set(pattern, re);
  }
  return re;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/;

// Formats are checked loosely: enough to catch a wrong kind of value, not a full RFC parser.
function checkFormat(format, value) {
  switch (format) {
    case 'date-time':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'must be an RFC 3339 date-time';
    case 'uri':
      return URI.test(value) ? null : 'must be an absolute URI';
    case 'int64':
    case 'int32':
      return /^-?\d+$/.test(value) ? null : 'must be an integer';
    default:
      return null;
  }
}

function checkNumber(schema, value, path, problems) {
  if (schema.minimum !== undefined && value < schema.minimum) {
    problems.push({ field: path, message: `must be at least ${schema.minimum}` });
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    problems.push({ field: path, message: `must be at most ${schema.maximum}` });
  }
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
    problems.push({ field: path, message: `must be greater than ${schema.exclusiveMinimum}` });
  }
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) {
    problems.push({ field: path, message: `must be less than ${schema.exclusiveMaximum}` });
  }
  if ((schema.format === 'int64' || schema.format === 'int32') && !Number.isInteger(value)) {
    problems.push({ field: path, message: 'must be an integer' });
  }
}

function checkArray(schema, value, doc, path, problems) {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    problems.push({ field: path, message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}` });
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    problems.push({ field: path, message: `must have at most ${schema.maxItems} item${schema.maxItems === 1 ? '' : 's'}` });
  }
  if (schema.uniqueItems) {
    const seen = new Set(value.map((v) => JSON.stringify(v)));
    if (seen.size !== value.length) problems.push({ field: path, message: 'must not repeat items' });
  }
  if (schema.items !== undefined) {
    value.forEach((item, i) => check(schema.items, item, doc, `${path}[${i}]`, problems));
  }
}

function checkObject(schema, value, doc, path, problems) {
  const join = (key) => (path ? `${path}.${key}` : key);
  for (const key of schema.required ?? []) {
    if (value[key] === undefined) problems.push({ field: join(key), message: 'is required' });
  }
  const properties = schema.properties ?? {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (Object.hasOwn(properties, key)) check(properties[key], item, doc, join(key), problems);
    else if (schema.additionalProperties === false) problems.push({ field: join(key), message: 'is not allowed' });
    else if (typeof schema.additionalProperties === 'object') {
      check(schema.additionalProperties, item, doc, join(key), problems);
    }
  }
  const count = Object.keys(value).length;
  if (schema.minProperties !== undefined && count < schema.minProperties) {
    problems.push({ field: path, message: `must have at least ${schema.minProperties} properties` });
  }
  if (schema.maxProperties !== undefined && count > schema.maxProperties) {
    problems.push({ field: path, message: `must have at most ${schema.maxProperties} properties` });
  }
}
