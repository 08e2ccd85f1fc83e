// The answer cut short, after the request was handled and stored (fault rules `cut_length_rate`, `cut_close_rate`,
// `stall_body_rate`): the status and headers arrive, only part of the body does, then the connection ends (or
// stalls). The client cannot know what the server did, only that it could not read the answer.

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Writes the status, the headers and the first half of the JSON body, then ends the connection.
 * - `cut_length`: `Content-Length` names the whole body, so the client sees the body end too soon (an error).
 * - `cut_close`: no `Content-Length` and no chunking: the body runs until the connection closes, so the client
 *   reads the half it got as if it were whole (and cannot parse it).
 * - `stall_body`: as `cut_length`, but the connection stays open, silent: the caller holds it until the client
 *   gives up (its timeout) or the emulator lets go.
 * An answer without a body (304) has nothing to cut and goes out whole.
 * @param {import('node:http').ServerResponse} res
 * @param {'cut_length' | 'cut_close' | 'stall_body'} kind
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} headers
 * @returns {boolean} false, having written nothing, when the body cannot be serialised
 */
export function sendCut(res, kind, status, body, headers) {
  let bytes;
  try {
    bytes = Buffer.from(JSON.stringify(body));
  } catch {
    return false;
  }
  const sent = bytes.subarray(0, Math.floor(bytes.length / 2));
  const head = { 'Content-Type': JSON_TYPE, ...headers, Connection: 'close' };
  if (kind !== 'cut_close') head['Content-Length'] = String(bytes.length);
  // Without this Node would frame the body in chunks, and a missing last chunk is an error the client can see.
  else res.useChunkedEncodingByDefault = false;
  res.writeHead(status, head);
  const socket = res.socket;
  if (kind === 'stall_body') {
    res.write(sent);
    return true;
  }
  res.write(sent, () => socket?.end());
  // A client that never reads must not keep the socket open.
  setTimeout(() => socket?.destroy(), 2000).unref?.();
  return true;
}
