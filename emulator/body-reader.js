// Reads a request body into memory, up to a limit. Past the limit it stops keeping bytes and reports at once, so
// a huge upload is answered 413 without being buffered; the rest is drained so the connection stays usable.

/** Thrown when the client went away before the body was read. */
export class ClientGone extends Error {}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit bytes
 * @returns {Promise<{ body: Buffer, tooLarge: false } | { head: Buffer, tooLarge: true }>} `head`: what was read
 *   before giving up, for a hint such as the file name
 */
export function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  const hopeless = Number.isFinite(declared) && declared > limit;
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      // A declared length over the limit is refused on the first chunk, which still names the file.
      if (size > limit || hopeless) {
        if (hopeless) chunks.push(chunk);
        cleanup();
        drain(req);
        resolve({ head: Buffer.concat(chunks).subarray(0, 64 * 1024), tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve({ body: Buffer.concat(chunks), tooLarge: false });
    };
    const onGone = () => {
      cleanup();
      reject(new ClientGone('client closed the connection'));
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onGone);
      req.off('error', onGone);
      req.off('close', onGone);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onGone);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}

function drain(req) {
  req.on('data', () => {});
  req.on('error', () => {});
  req.resume();
}
