// Proves the API client runs in Node (no DOM): bundles src/api with esbuild, starts the emulator on a free
// loopback port, and drives a few operations through it, uploads and a token refresh included.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { createEmulator } from '../emulator/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kesk-node-'));
const outfile = join(dir, 'api.mjs');
await build({ entryPoints: [join(root, 'src/api/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
const { createChatClient, ChatApiError } = await import(pathToFileURL(outfile).href);

const emulator = createEmulator({ seed: 42, basePath: '/v1' });
const server = createServer(async (req, res) => {
  if (!(await emulator.handle(req, res))) {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}/v1`;

const checks = [];
const check = (name, fn) => checks.push({ name, fn });

check('startChat and sendChatMessage', async () => {
  const client = createChatClient({ baseUrl, token: 'node-check-1' });
  const { session } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'hello from node' });
  const sent = await client.sendChatMessage(session.id, { content: 'second' });
  const page = await client.getChatMessageHistory(session.id);
  assert.deepEqual(page.messages.map((m) => m.content), ['hello from node', 'second']);
  assert.equal(typeof sent.client_message_id, 'string');
});

check('sendRagQuery answers with sources', async () => {
  const client = createChatClient({ baseUrl, token: 'node-check-2' });
  const { session, message } = await client.startChat({ chat_type: 'rag', user_type: 'customer', message: 'How do I return an item?', client_message_id: 'n-1' });
  const answer = await client.sendRagQuery(session.id, { query: message.content, client_message_id: 'n-1' });
  assert.ok(answer.sources.length > 0);
});

check('uploadChatMedia with progress', async () => {
  const client = createChatClient({ baseUrl, token: 'node-check-3' });
  const { session } = await client.startChat({ chat_type: 'rag', user_type: 'guest', message: 'file' });
  const seen = [];
  const file = new File([new Uint8Array(200_000).fill(7)], 'notes.txt', { type: 'text/plain' });
  const media = await client.uploadChatMedia(session.id, file, { onProgress: (p) => seen.push(p.loaded) });
  assert.equal(media.size_bytes, 200_000);
  assert.equal(media.media_type, 'file');
  assert.ok(seen.length > 0 && seen.at(-1) >= 200_000, `progress: ${seen}`);
});

check('a file over its limit is refused before upload', async () => {
  const client = createChatClient({ baseUrl, token: 'node-check-4' });
  const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.jpg');
  await assert.rejects(client.uploadChatMedia(1, big), (e) => e instanceof ChatApiError && e.status === 413 && /10 MB/.test(e.message));
});

check('401 then a fresh token from the provider', async () => {
  let n = 0;
  const client = createChatClient({ baseUrl, token: ({ refresh }) => (refresh ? 'node-check-5b' : `node-check-5a-${n++}`) });
  await client.listChatSessions();
  await fetch(`${baseUrl.replace('/v1', '')}/__emulator/tokens/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'node-check-5a-0' }) });
  const list = await client.listChatSessions();
  assert.ok(Array.isArray(list.sessions));
});

let failed = 0;
for (const { name, fn } of checks) {
  try {
    await fn();
    console.log(`  ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${name}\n${error?.stack ?? error}`);
  }
}
server.close();
emulator.close();
rmSync(dir, { recursive: true, force: true });
console.log(`node client check: ${checks.length - failed} of ${checks.length} ok`);
process.exit(failed ? 1 : 0);
