// Generates src/api/types.gen.ts from contract/openapi.json, so the client's types and its table of
// methods and paths have one source of truth. Runs before build and test; `--check` fails if the file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = `${root}contract/openapi.json`;
const outPath = `${root}src/api/types.gen.ts`;

const refName = (ref) => ref.replace('#/components/schemas/', '');

function tsType(schema, indent = '') {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.oneOf) return schema.oneOf.map((s) => tsType(s, indent)).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.map((t) => scalar(t, schema, indent)).join(' | ');
}

function scalar(type, schema, indent) {
  switch (type) {
    case 'string':
      return schema.format === 'binary' ? 'Blob' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `Array<${tsType(schema.items ?? {}, indent)}>`;
    case 'object':
      if (!schema.properties) return 'Record<string, unknown>';
      return objectBody(schema, indent);
    default:
      return 'unknown';
  }
}

function doc(text, indent) {
  if (!text) return '';
  return `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n`;
}

function objectBody(schema, indent) {
  const required = new Set(schema.required ?? []);
  const inner = `${indent}  `;
  const lines = Object.entries(schema.properties ?? {}).map(
    ([name, prop]) =>
      `${doc(prop.description, inner)}${inner}${name}${required.has(name) ? '' : '?'}: ${tsType(prop, inner)};`,
  );
  if (schema.additionalProperties === true) lines.push(`${inner}[key: string]: unknown;`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function schemaDecl(name, schema) {
  const head = doc(schema.description, '');
  if (schema.type === 'object' && schema.properties) return `${head}export interface ${name} ${objectBody(schema, '')}`;
  return `${head}export type ${name} = ${tsType(schema)};`;
}

function paramsType(params, where) {
  const list = params.filter((p) => p.in === where);
  if (list.length === 0) return 'never';
  return `{ ${list.map((p) => `${p.name}${p.required ? '' : '?'}: ${tsType(p.schema)}`).join('; ')} }`;
}

function operationEntries(spec) {
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p,
      );
      const content = op.requestBody?.content ?? {};
      const [mediaType] = Object.keys(content);
      const body = mediaType ? tsType(content[mediaType].schema) : 'never';
      const ok = op.responses['200'] ?? op.responses['201'];
      const response = ok?.content ? tsType(Object.values(ok.content)[0].schema) : 'void';
      ops.push({ id: op.operationId, method: method.toUpperCase(), path, params, body, mediaType, response, uploadLimits: op['x-upload-limits'] });
    }
  }
  return ops.sort((a, b) => a.id.localeCompare(b.id));
}

export function generate(spec) {
  const out = [
    '// Generated from contract/openapi.json by scripts/gen-types.js. Do not edit: change the contract and run',
    '// `npm run gen:types` (build and test do it for you).',
    '/* eslint-disable */',
    '',
  ];
  for (const [name, schema] of Object.entries(spec.components.schemas)) out.push(schemaDecl(name, schema), '');

  const ops = operationEntries(spec);
  out.push('/** Every operation of the contract: its path and query parameters, body and success response. */');
  out.push('export interface Operations {');
  for (const op of ops) {
    out.push(`  ${op.id}: {`);
    out.push(`    path: ${paramsType(op.params, 'path')};`);
    out.push(`    query: ${paramsType(op.params, 'query')};`);
    out.push(`    body: ${op.body};`);
    out.push(`    response: ${op.response};`);
    out.push('  };');
  }
  out.push('}', '');
  out.push('export type OperationId = keyof Operations;', '');
  out.push('/** Method, path template and body encoding of each operation, as the contract gives them. */');
  out.push('export const OPERATIONS = {');
  for (const op of ops) {
    const encoding = op.mediaType === 'multipart/form-data' ? 'multipart' : op.mediaType ? 'json' : 'none';
    out.push(`  ${op.id}: { method: '${op.method}', path: '${op.path}', body: '${encoding}' },`);
  }
  out.push('} as const satisfies Record<OperationId, { method: string; path: string; body: string }>;', '');
  out.push(`export const OPERATION_COUNT = ${ops.length};`, '');
  const upload = ops.find((op) => op.id === 'uploadChatMedia');
  if (upload?.uploadLimits) {
    // Two tables: the widget checks files against the first and never needs a MIME type, so its bundle leaves the
    // second out (only the package's `UPLOAD_KINDS` and `checkUpload` read it).
    const kinds = upload.uploadLimits.map((k) => ({ mediaType: k.media_type, label: k.label, maxBytes: k.max_bytes, extensions: Object.keys(k.extensions) }));
    const mimeTypes = Object.fromEntries(upload.uploadLimits.flatMap((k) => Object.entries(k.extensions)));
    out.push('/** Upload limits by kind: its size limit and file extensions (`x-upload-limits` of uploadChatMedia). */');
    out.push(`export const UPLOAD_LIMITS = ${JSON.stringify(kinds, null, 2)} as const;`, '');
    out.push('/** The MIME type of each accepted file extension (`x-upload-limits` of uploadChatMedia). */');
    out.push(`export const UPLOAD_MIME_TYPES = ${JSON.stringify(mimeTypes, null, 2)} as const;`, '');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const spec = JSON.parse(readFileSync(docPath, 'utf8'));
  const text = generate(spec);
  if (process.argv.includes('--check')) {
    const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
    if (current !== text) {
      console.error('src/api/types.gen.ts is stale: run `npm run gen:types`.');
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, text);
    console.log(`wrote src/api/types.gen.ts (${Object.keys(spec.components.schemas).length} schemas)`);
  }
}
