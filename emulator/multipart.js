// A small multipart/form-data parser: enough for one file part from a browser's FormData, curl -F or a client
// library. It works on a buffered body (uploads are bounded by the largest type limit).

/** Thrown for a body that is not readable multipart. */
export class MultipartError extends Error {}

/** The boundary of a `multipart/form-data; boundary=…` content type, or null. */
export function boundaryOf(contentType) {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? match[1] ?? match[2] : null;
}

/**
 * @param {Buffer} body
 * @param {string} boundary
 * @returns {{ name: string | null, filename: string | null, contentType: string | null, data: Buffer }[]}
 */
export function parseMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts = [];
  let at = body.indexOf(delimiter);
  if (at === -1) throw new MultipartError('no boundary found in the body');
  for (;;) {
    at += delimiter.length;
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts; // closing "--boundary--"
    at = skipLineEnd(body, at);
    const headerEnd = body.indexOf('\r\n\r\n', at);
    if (headerEnd === -1) throw new MultipartError('part headers do not end');
    const headers = parseHeaders(body.subarray(at, headerEnd).toString('utf8'));
    const dataStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), dataStart);
    if (next === -1) throw new MultipartError('the body ends inside a part');
    const disposition = parseDisposition(headers['content-disposition'] ?? '');
    parts.push({
      name: disposition.name ?? null,
      filename: disposition.filename ?? null,
      contentType: headers['content-type'] ?? null,
      data: body.subarray(dataStart, next),
    });
    at = next + 2;
  }
}

function skipLineEnd(body, at) {
  // Whitespace may follow a boundary before its line end (RFC 2046 "transport padding").
  while (body[at] === 0x20 || body[at] === 0x09) at++;
  if (body[at] === 0x0d && body[at + 1] === 0x0a) return at + 2;
  throw new MultipartError('malformed boundary line');
}

function parseHeaders(text) {
  const headers = {};
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`malformed part header: ${line.slice(0, 40)}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** `form-data; name="file"; filename="a b.png"` → `{name: 'file', filename: 'a b.png'}`. */
export function parseDisposition(value) {
  const result = {};
  const re = /;\s*([a-zA-Z*]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  let match;
  while ((match = re.exec(value))) {
    const key = match[1].toLowerCase();
    const raw = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3].trim();
    if (key === 'filename*') {
      // RFC 5987: charset'lang'percent-encoded; it wins over a plain filename.
      const ext = /^([^']*)'[^']*'(.*)$/.exec(raw);
      try {
        result.filename = ext ? decodeURIComponent(ext[2]) : raw;
      } catch {
        result.filename = raw;
      }
    } else if (key === 'filename') {
      result.filename ??= raw;
    } else {
      result[key] = raw;
    }
  }
  return result;
}
