// Uploaded files at their capability URLs (`{base}/files/{media_id}/{secret}/{filename}`), fetched without a
// token. Served so that a hostile upload cannot run as a page of this origin.

const INLINE_KINDS = new Set(['image', 'audio', 'video']);
/** What an uploaded file may do when opened as a document: nothing (docs/security.md; contract/NOTES.md). */
export const FILE_POLICY = "default-src 'none'; sandbox";

/** `/files/12/ab34…/photo.png` (below the base path) → its parts, or null for any other path. */
export function matchFilePath(path) {
  const match = /^\/files\/(\d{1,15})\/([^/]+)\/([^/]+)$/.exec(path);
  return match ? { id: Number(match[1]), secret: match[2] } : null;
}

/** The absolute URL of a media item for a request that reached us at `origin`. */
export function fileUrl(origin, basePath, item) {
  return `${origin}${basePath}/files/${item.id}/${item.secret}/${encodeURIComponent(item.filename)}`;
}

/** `http://host:port` as the client addressed us (behind a proxy, as the proxy says). */
export function originOf(req) {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  const proto = forwarded === 'https' || forwarded === 'http' ? forwarded : req.socket?.encrypted ? 'https' : 'http';
  return `${proto}://${req.headers.host ?? 'localhost'}`;
}

/**
 * Answers a file request.
 * @returns {number} the status sent
 */
export function serveFile(store, req, res, { id, secret }) {
  const item = store.media.get(id);
  if (!item || item.secret !== secret) {
    const body = JSON.stringify({ error: { code: 'not_found', message: 'File not found' } });
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return 404;
  }
  const type = item.mime_type.startsWith('text/') ? `${item.mime_type}; charset=utf-8` : item.mime_type;
  const headers = {
    'Content-Type': type,
    'Content-Length': item.bytes.length,
    'X-Content-Type-Options': 'nosniff',
    // Opened on their own (a new tab), files load nothing (an SVG's <image href>, a stylesheet) and run nothing.
    'Content-Security-Policy': FILE_POLICY,
    'Cross-Origin-Resource-Policy': 'cross-origin',
    // Revalidated every time, so a deleted file stops being served at once.
    'Cache-Control': 'private, no-cache',
    'Accept-Ranges': 'bytes',
  };
  if (!INLINE_KINDS.has(item.media_type)) {
    headers['Content-Disposition'] = `attachment; filename="${asciiName(item.filename)}"; filename*=UTF-8''${encodeURIComponent(item.filename)}`;
  }
  // One byte range, for media elements that seek.
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  const size = item.bytes.length;
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
      res.end();
      return 416;
    }
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    headers['Content-Length'] = end - start + 1;
    res.writeHead(206, headers);
    res.end(req.method === 'HEAD' ? undefined : item.bytes.subarray(start, end + 1));
    return 206;
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : item.bytes);
  return 200;
}

function asciiName(name) {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}
