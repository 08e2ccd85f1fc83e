// Checks contract/openapi.json against what the rest of the project relies on: the seed's 23 operations, the
// error responses NOTES.md promises, resolvable $refs, and the JSON-Schema subset our own validator and type
// generator understand. Usage: node scripts/check-contract.js [path/to/openapi.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../contract/openapi.json', import.meta.url));

// The seed reference (shared/chat-api.md): operationId -> "METHOD path".
const SEED = {
  addChatReaction: 'POST /chat/sessions/{chat_session_id}/messages/{message_id}/reactions',
  deleteChatMedia: 'DELETE /chat/sessions/{chat_session_id}/media/{media_id}',
  deleteChatMessage: 'DELETE /chat/sessions/{chat_session_id}/messages/{message_id}',
  editChatMessage: 'PUT /chat/sessions/{chat_session_id}/messages/{message_id}',
  getBotConversationStatus: 'GET /chat/bots/{bot_username}/status',
  getBotSuggestions: 'GET /chat/bots/{bot_username}/suggestions',
  getChatMedia: 'GET /chat/sessions/{chat_session_id}/media/{media_id}',
  getChatMessageHistory: 'GET /chat/sessions/{chat_session_id}/messages',
  getSpecificChatMessage: 'GET /chat/sessions/{chat_session_id}/messages/{message_id}',
  listChatMedia: 'GET /chat/sessions/{chat_session_id}/media',
  listChatSessions: 'GET /chat/sessions',
  markChatMessagesAsRead: 'POST /chat/sessions/{chat_session_id}/read',
  removeChatReaction: 'DELETE /chat/sessions/{chat_session_id}/messages/{message_id}/reactions',
  restartBotConversation: 'POST /chat/bots/{bot_username}/restart',
  sendBotMessage: 'POST /chat/bots/{bot_username}/send',
  sendChatMessage: 'POST /chat/sessions/{chat_session_id}/messages',
  sendRagQuery: 'POST /chat/sessions/{chat_session_id}/rag',
  startBotConversation: 'POST /chat/bots/{bot_username}/start',
  startChat: 'POST /chat/sessions/start',
  startDirectChat: 'POST /chat/sessions/direct',
  transferBotToHuman: 'POST /chat/bots/{bot_username}/transfer',
  updateChatSessionMetadata: 'PUT /chat/sessions/{session_id}/metadata',
  uploadChatMedia: 'POST /chat/sessions/{chat_session_id}/media',
};
const SERVER = 'https://business.apis.kesk.app/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

// Error responses per NOTES.md: every operation, plus 409 where a conflict is defined.
const COMMON_ERRORS = ['400', '401', '403', '404', '422', '429', '500'];
const CONFLICTS = ['editChatMessage', 'addChatReaction', 'removeChatReaction', 'sendRagQuery', 'sendBotMessage', 'startBotConversation'];
const CONDITIONAL = ['getChatMessageHistory', 'listChatSessions'];
const RESPONSES = {
  BadRequest: '400', Unauthorized: '401', Forbidden: '403', NotFound: '404', Conflict: '409', PayloadTooLarge: '413',
  UnsupportedMediaType: '415', ValidationFailed: '422', TooManyRequests: '429', InternalError: '500',
};

// The JSON-Schema subset read by emulator/schema-validator.js and scripts/gen-types.js.
const SCHEMA_KEYWORDS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'minLength', 'maxLength', 'minimum',
  'maximum', 'minItems', 'maxItems', 'pattern', 'format', 'default', 'description', 'example', 'examples', '$ref', 'oneOf',
]);
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

let doc;
try {
  doc = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`check-contract: cannot load ${file}: ${err.message}`);
  process.exit(1);
}

function resolve(ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}
// A response, parameter or header may be a $ref; look through it.
const deref = (node) => (node && typeof node.$ref === 'string' ? resolve(node.$ref) ?? {} : node ?? {});

// --- document basics ---
if (!/^3\.1\.\d+$/.test(String(doc.openapi))) fail('openapi', `must be 3.1.x, is ${JSON.stringify(doc.openapi)}`);
if (doc.servers?.[0]?.url !== SERVER) fail('servers[0].url', `must be ${SERVER}`);
const bearer = doc.components?.securitySchemes?.bearerAuth;
if (bearer?.type !== 'http' || bearer?.scheme !== 'bearer') fail('components.securitySchemes.bearerAuth', 'must be an http bearer scheme');
if (!doc.security?.some((s) => s && 'bearerAuth' in s)) fail('security', 'bearerAuth must apply globally');

// --- every $ref resolves ---
(function walkRefs(node, where) {
  if (Array.isArray(node)) return node.forEach((v, i) => walkRefs(v, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return;
  if ('$ref' in node && resolve(node.$ref) === undefined) fail(where, `$ref ${JSON.stringify(node.$ref)} does not resolve`);
  for (const [k, v] of Object.entries(node)) walkRefs(v, `${where}.${k}`);
})(doc, '#');

// --- schemas use only the subset ---
function checkSchema(schema, where) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return fail(where, 'schema must be an object');
  for (const key of Object.keys(schema)) if (!SCHEMA_KEYWORDS.has(key)) fail(where, `keyword "${key}" is outside the allowed subset`);
  if ('$ref' in schema && !String(schema.$ref).startsWith('#/components/schemas/')) fail(where, `schema $ref must point into #/components/schemas/`);
  if ('type' in schema) {
    const t = schema.type;
    if (Array.isArray(t)) {
      if (t.length !== 2 || !t.includes('null') || t.some((x) => !TYPES.has(x)) || t[0] === t[1]) fail(where, `type array must be [<type>, "null"], is ${JSON.stringify(t)}`);
    } else if (!TYPES.has(t)) fail(where, `unknown type ${JSON.stringify(t)}`);
  }
  if ('additionalProperties' in schema && typeof schema.additionalProperties !== 'boolean') fail(where, 'additionalProperties must be a boolean');
  if ('oneOf' in schema) {
    const o = schema.oneOf;
    const isNullableRef = Array.isArray(o) && o.length === 2 && Object.keys(schema).every((k) => k === 'oneOf' || k === 'description')
      && o.some((s) => s && Object.keys(s).length === 1 && typeof s.$ref === 'string')
      && o.some((s) => s && Object.keys(s).length === 1 && s.type === 'null');
    if (!isNullableRef) fail(where, 'oneOf is allowed only as [{"$ref": …}, {"type": "null"}]');
  }
  if ('enum' in schema && (!Array.isArray(schema.enum) || schema.enum.length === 0)) fail(where, 'enum must be a non-empty array');
  if ('examples' in schema && !Array.isArray(schema.examples)) fail(where, 'examples must be an array');
  if ('pattern' in schema) {
    try { new RegExp(schema.pattern, 'u'); } catch { fail(where, `pattern ${JSON.stringify(schema.pattern)} is not a valid regex`); }
  }
  if ('properties' in schema) {
    if (typeof schema.properties !== 'object' || schema.properties === null) fail(where, 'properties must be an object');
    else for (const [name, sub] of Object.entries(schema.properties)) checkSchema(sub, `${where}.properties.${name}`);
  }
  if ('required' in schema) {
    if (!Array.isArray(schema.required)) fail(where, 'required must be an array');
    else for (const name of schema.required) if (!schema.properties || !(name in schema.properties)) fail(where, `required "${name}" is not a property`);
  }
  if ('items' in schema) checkSchema(schema.items, `${where}.items`);
  if (Array.isArray(schema.oneOf)) schema.oneOf.forEach((s, i) => checkSchema(s, `${where}.oneOf[${i}]`));
}
const checkContent = (content, where) => {
  for (const [type, media] of Object.entries(content ?? {})) if (media.schema) checkSchema(media.schema, `${where}.content.${type}.schema`);
};
const checkHeaders = (headers, where) => {
  for (const [name, h] of Object.entries(headers ?? {})) if (h.schema) checkSchema(h.schema, `${where}.headers.${name}.schema`);
};
for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) checkSchema(schema, `components.schemas.${name}`);
for (const [name, r] of Object.entries(doc.components?.responses ?? {})) {
  checkContent(r.content, `components.responses.${name}`);
  checkHeaders(r.headers, `components.responses.${name}`);
}
for (const [name, p] of Object.entries(doc.components?.parameters ?? {})) if (p.schema) checkSchema(p.schema, `components.parameters.${name}.schema`);
for (const [name, h] of Object.entries(doc.components?.headers ?? {})) if (h.schema) checkSchema(h.schema, `components.headers.${name}.schema`);

// --- error shape and reusable error responses ---
const s = doc.components?.schemas ?? {};
if (s.ErrorResponse?.properties?.error?.$ref !== '#/components/schemas/ErrorBody') fail('components.schemas.ErrorResponse', 'must be {error: ErrorBody}');
for (const f of ['code', 'message', 'details']) if (!s.ErrorBody?.properties?.[f]) fail('components.schemas.ErrorBody', `missing "${f}"`);
if (s.ErrorBody?.properties?.details?.items?.$ref !== '#/components/schemas/ErrorDetail') fail('components.schemas.ErrorBody', 'details must be ErrorDetail[]');
for (const name of Object.keys(RESPONSES)) {
  const r = doc.components?.responses?.[name];
  if (!r) fail('components.responses', `missing ${name}`);
  else if (r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponse') fail(`components.responses.${name}`, 'must return the ErrorResponse schema');
}
if (doc.components?.responses?.TooManyRequests?.headers?.['Retry-After']?.schema?.type !== 'integer') {
  fail('components.responses.TooManyRequests', 'must document an integer Retry-After header');
}

// --- operations ---
const seen = new Map();
for (const [path, item] of Object.entries(doc.paths ?? {})) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    const where = `${method.toUpperCase()} ${path}`;
    const id = op.operationId;
    if (!id) { fail(where, 'has no operationId'); continue; }
    if (seen.has(id)) fail(where, `duplicate operationId ${id}`);
    seen.set(id, where);
    if (!(id in SEED)) fail(where, `operationId ${id} is not in the seed`);
    else if (SEED[id] !== where) fail(id, `must be ${SEED[id]}, is ${where}`);
    checkOperation(id, path, item, op);
  }
}
for (const id of Object.keys(SEED)) if (!seen.has(id)) fail(id, `missing (seed: ${SEED[id]})`);

function checkOperation(id, path, item, op) {
  if (!op.summary && !op.description) fail(id, 'needs a summary or description');
  if (!op.tags?.length) fail(id, 'has no tag');
  const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
  params.forEach((p, i) => p.schema && checkSchema(p.schema, `${id}.parameters[${i}].schema`));
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (!params.some((p) => p.in === 'path' && p.name === name && p.required === true)) fail(id, `path parameter ${name} is not declared (required)`);
  }
  const content = op.requestBody ? deref(op.requestBody).content ?? {} : {};
  checkContent(content, `${id}.requestBody`);
  for (const media of Object.values(content)) {
    const target = media.schema?.$ref ? resolve(media.schema.$ref) : media.schema;
    if (target?.type === 'object' && target.additionalProperties !== false) fail(id, 'request body schema must set additionalProperties: false');
  }
  const responses = op.responses ?? {};
  for (const [code, r] of Object.entries(responses)) {
    checkContent(deref(r).content, `${id}.responses.${code}`);
    checkHeaders(deref(r).headers, `${id}.responses.${code}`);
  }
  const need = ['200', ...COMMON_ERRORS];
  if (CONFLICTS.includes(id)) need.push('409');
  if ('application/json' in content || 'multipart/form-data' in content) need.push('415');
  if (id === 'uploadChatMedia') {
    need.push('413');
    const file = content['multipart/form-data']?.schema;
    const props = (file?.$ref ? resolve(file.$ref) : file)?.properties;
    if (props?.file?.format !== 'binary') fail(id, 'multipart/form-data body must have a binary "file" property');
  }
  if (CONDITIONAL.includes(id)) {
    need.push('304');
    if (!responses['200']?.headers?.ETag) fail(id, '200 must document the ETag header');
    if (!params.some((p) => p.in === 'header' && p.name === 'If-None-Match')) fail(id, 'must accept the If-None-Match header');
  }
  if ((id === 'sendChatMessage' || id === 'uploadChatMedia') && !responses['200']?.headers?.['Idempotent-Replayed']) fail(id, '200 must document Idempotent-Replayed');
  // The contract's own addition (NOTES.md, Idempotency): uploads are made safe to repeat by a key the client sends.
  if (id === 'uploadChatMedia' && !params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key' && !p.required)) {
    fail(id, 'must accept an optional Idempotency-Key header');
  }
  for (const code of need) if (!responses[code]) fail(id, `missing ${code} response`);
  for (const [name, code] of Object.entries(RESPONSES)) {
    if (responses[code] && responses[code].$ref !== `#/components/responses/${name}`) fail(id, `${code} must be $ref to #/components/responses/${name}`);
  }
}

if (problems.length) {
  console.error(`check-contract: ${file} has ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check-contract: OK, ${seen.size} operations, ${Object.keys(s).length} schemas`);
