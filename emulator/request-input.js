// Turning a request into checked input for an operation: the bearer token, path and query parameters and the
// body, each checked against the operation's part of the contract.
import { resolveRef, validate } from './schema-validator.js';
import { freeFormFields, freeFormProblem, shapeProblems } from './json-limits.js';
import { readBody } from './body-reader.js';
import { boundaryOf, MultipartError, parseDisposition, parseMultipart } from './multipart.js';
import { LARGEST_LIMIT, oversizeMessage } from './upload-limits.js';
import {
  badRequest, fileTooLarge, notFound, unauthorized, unsupportedMediaType, validationFailed,
} from './errors.js';

const JSON_LIMIT = 1024 * 1024;
// Room for the multipart framing around the largest allowed file.
const MULTIPART_OVERHEAD = 64 * 1024;

/** The bearer token of a request, or null when the header is missing or malformed. */
export function bearerToken(req) {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(req.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** The token, or 401 unauthorized. */
export function requireToken(req) {
  const token = bearerToken(req);
  if (token === null) throw unauthorized();
  return token;
}

/**
 * Path parameters, typed by the contract: a non-integer id is 400, a string outside its pattern names
 * nothing that can exist, so it is 404.
 */
export function pathParams(operation, raw, doc) {
  const params = {};
  for (const param of operation.parameters.filter((p) => p.in === 'path')) {
    const value = raw[param.name];
    if (param.schema?.type === 'integer') {
      if (!/^\d{1,15}$/.test(value)) throw badRequest(`Path parameter ${param.name} must be an integer`);
      params[param.name] = Number(value);
    } else {
      if (validate(param.schema, value, doc, param.name).length) throw notFound(`${label(param.name)} not found`);
      params[param.name] = value;
    }
  }
  return params;
}

function label(name) {
  const words = name.replace(/_username$|_id$/, '').split('_');
  return words.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}

/** Query parameters with their defaults, typed and checked; problems are 422 naming each parameter. */
export function queryParams(operation, searchParams, doc) {
  const query = {};
  const problems = [];
  for (const param of operation.parameters.filter((p) => p.in === 'query')) {
    const raw = searchParams.get(param.name);
    if (raw === null) {
      if (param.required) problems.push({ field: param.name, message: 'is required' });
      else if (param.schema?.default !== undefined) query[param.name] = param.schema.default;
      continue;
    }
    const value = coerce(raw, param.schema);
    if (value === undefined) {
      problems.push({ field: param.name, message: `must be ${param.schema.type === 'integer' ? 'an integer' : `a ${param.schema.type}`}` });
      continue;
    }
    const found = validate(param.schema, value, doc, param.name);
    if (found.length) problems.push(...found);
    else query[param.name] = value;
  }
  if (problems.length) throw validationFailed(problems);
  return query;
}

function coerce(raw, schema = {}) {
  switch (schema.type) {
    case 'integer':
      return /^-?\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
    case 'number': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    default:
      return raw;
  }
}

function mediaTypeOf(req) {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

const isJsonType = (type) => type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);

/**
 * The request body as the operation declares it: parsed and schema-checked JSON, or multipart parts.
 * Operations without a body ignore whatever was sent.
 * @returns {Promise<{ body?: unknown, parts?: ReturnType<typeof parseMultipart> }>}
 */
export async function requestBody(req, operation, doc) {
  const spec = operation.requestBody;
  if (!spec) return {};
  const type = mediaTypeOf(req);
  if (spec.content['multipart/form-data']) {
    if (type !== 'multipart/form-data') throw unsupportedMediaType('The body must be multipart/form-data');
    return { parts: await multipartBody(req) };
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  const empty = !req.headers['transfer-encoding'] && !(declared > 0);
  if (empty && !spec.required) return { body: undefined };
  if (!isJsonType(type)) throw unsupportedMediaType('The body must be application/json');
  const read = await readBody(req, JSON_LIMIT);
  if (read.tooLarge) throw fileTooLarge(`Request bodies can be at most ${JSON_LIMIT / 1024 / 1024} MB`);
  const text = read.body.toString('utf8');
  if (text.trim() === '') {
    if (!spec.required) return { body: undefined };
    throw badRequest('Request body is required');
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('Request body is not valid JSON');
  }
  // Shape first (depth, forbidden keys): it bounds what the schema check below recurses through.
  const shape = shapeProblems(body);
  if (shape.length) throw validationFailed(shape);
  const schema = spec.content['application/json']?.schema ?? Object.values(spec.content)[0]?.schema;
  const problems = validate(schema, body, doc, '');
  if (problems.length) throw validationFailed(problems.map((p) => ({ ...p, field: p.field || 'body' })));
  const resolve = (s) => (s?.$ref ? resolveRef(s.$ref, doc) : s ?? {});
  const oversize = freeFormFields(schema, resolve).map((field) => freeFormProblem(field, body[field])).filter(Boolean);
  if (oversize.length) throw validationFailed(oversize);
  return { body };
}

async function multipartBody(req) {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary) throw badRequest('The multipart body has no boundary');
  const read = await readBody(req, LARGEST_LIMIT + MULTIPART_OVERHEAD);
  if (read.tooLarge) throw fileTooLarge(oversizeMessage(filenameHint(read.head)));
  try {
    return parseMultipart(read.body, boundary);
  } catch (err) {
    if (err instanceof MultipartError) throw badRequest(`Unreadable multipart body: ${err.message}`);
    throw err;
  }
}

// The file name from the first part's headers of a body that was cut short.
function filenameHint(head) {
  const text = head.subarray(0, 8192).toString('utf8');
  const line = /content-disposition:[^\r\n]*/i.exec(text);
  return line ? parseDisposition(line[0].slice(line[0].indexOf(':') + 1)).filename ?? null : null;
}
