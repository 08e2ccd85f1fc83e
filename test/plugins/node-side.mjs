// web-test-runner commands for what a browser test cannot do itself, done in the test server's Node process:
//
//   executeServerCommand('raw-upload', { url, token, size, filename, chunked })
//     An upload over a raw TCP socket with `Connection: close` (a header no browser lets a page set), from a client
//     that reads the answer only once it has sent its whole body (or its send failed), as many clients do. Answers
//     { status, body, sendError }: status 0 when no answer could be read.
//
//   executeServerCommand('poison-session', { sessionId })
//     Stores, directly in the emulator's memory, session metadata nested 5,000 levels: a value no request can store
//     any more (json-limits.js), standing in for any value that cannot be written back out. Answers true.
import net from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** @param {{ emulator: { state: { sessions: Map<number, { metadata: object }> } } }} options */
export function nodeSidePlugin({ emulator }) {
  return {
    name: 'kesk-node-side',
    async executeCommand({ command, payload }) {
      if (command === 'raw-upload') return rawUpload(payload);
      if (command === 'poison-session') {
        const session = emulator.state.sessions.get(payload.sessionId);
        if (!session) throw new Error(`No session ${payload.sessionId}`);
        let deep = {};
        for (let i = 0; i < 5000; i++) deep = { a: deep };
        session.metadata = { deep };
        return true;
      }
      return undefined;
    },
  };
}

function rawUpload({ url, token, size, filename, chunked = false }) {
  const target = new URL(url);
  if (!LOOPBACK.has(target.hostname)) throw new Error(`raw-upload only talks to this machine, not ${target.hostname}`);
  const boundary = 'kesk-raw-upload';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const lines = [
    `POST ${target.pathname}${target.search} HTTP/1.1`,
    `Host: ${target.host}`,
    `Authorization: Bearer ${token}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${head.length + size + tail.length}`,
    'Connection: close',
  ];
  const frame = (data) => (chunked ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]) : data);

  return new Promise((resolve) => {
    const socket = net.connect(Number(target.port || 80), target.hostname.replace(/^\[|\]$/g, ''));
    // Not a byte of the answer is read before the body is sent: what the server closed on us by then is lost.
    socket.pause();
    const received = [];
    let sendError = null;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      const text = Buffer.concat(received).toString('utf8');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      const split = text.indexOf('\r\n\r\n');
      resolve({ status, body: split < 0 ? '' : text.slice(split + 4), sendError });
    };
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('end', settle);
    socket.on('close', settle);
    socket.on('error', (err) => {
      sendError ??= err.code ?? err.message;
      settle();
    });
    const read = () => socket.resume();
    const onWritten = (err) => {
      if (err && !sendError) {
        sendError = err.code ?? err.message;
        read();
      }
    };

    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    socket.write(frame(head), onWritten);
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    let sent = 0;
    const pump = () => {
      while (sent < size && !sendError) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!socket.write(frame(piece), onWritten)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (sendError) return;
      socket.write(Buffer.concat([frame(tail), chunked ? Buffer.from('0\r\n\r\n') : Buffer.alloc(0)]), (err) => {
        onWritten(err);
        read();
      });
    };
    pump();
  });
}
