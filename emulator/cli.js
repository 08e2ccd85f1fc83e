#!/usr/bin/env node
// The standalone emulator: `node emulator/cli.js --port 8787 --host 127.0.0.1 --seed 42 [--base-path /v1]
// [--reply-delay-ms 1200]`. CORS is on, so a page on another local origin can call it.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '42' },
    'base-path': { type: 'string', default: '/v1' },
    'reply-delay-ms': { type: 'string', default: '1200' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: node emulator/cli.js [--port 8787] [--host 127.0.0.1] [--seed 42] [--base-path /v1] [--reply-delay-ms 1200]');
  process.exit(0);
}

const number = (name) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got ${values[name]}`);
    process.exit(2);
  }
  return n;
};

const emulator = createEmulator({
  seed: number('seed'),
  basePath: values['base-path'],
  replyDelayMs: number('reply-delay-ms'),
  cors: true,
});

const server = createServer((req, res) => {
  emulator.handle(req, res).then(
    (handled) => {
      if (handled) return;
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'not_found', message: `Nothing at ${req.url}` } }));
    },
    (err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Internal server error' } }));
    },
  );
});

server.listen(number('port'), values.host, () => {
  const { port } = server.address();
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;
  console.log(`Kesk Chat API emulator (seed ${values.seed}) at http://${host}:${port}${values['base-path']}`);
  console.log(`Control endpoints at http://${host}:${port}/__emulator (try /__emulator/world)`);
});

function shutdown() {
  emulator.close();
  server.close();
  server.closeAllConnections?.();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
