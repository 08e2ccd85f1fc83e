// web-test-runner commands for test/package/tarball.test.ts: the package as an integrator gets it, from the tarball
// scripts/check-package.js packed and unpacked (outside the clone, scripts/package-dir.js).
//
//   executeServerCommand('packed-start')
//     Starts the tarball's emulator as its `bin` runs (`node <unpacked>/emulator/cli.js --port 0`, a process of its
//     own, with CORS) and a static server of the unpacked package on another origin, as a public npm CDN serves a
//     published version (`https://cdn…/npm/kesk-chat@<version>/…`, with CORS). Answers { api, cdn, world }.
//   executeServerCommand('packed-stop')
//     Stops both.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { packDir, unpacked } from '../../scripts/package-dir.js';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };

/** The unpacked package over HTTP under /kesk-chat@<version>/, with the headers of a public npm CDN. */
async function cdnServer(version) {
  const prefix = `/kesk-chat@${version}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(unpacked, path.slice(prefix.length)));
    if (!path.startsWith(prefix) || !file.startsWith(unpacked)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}${prefix.slice(0, -1)}` };
}

/** `kesk-chat-emulator --port 0` from the tarball; resolves with its API URL once it prints it. */
function emulator() {
  const child = spawn(process.execPath, [join(unpacked, 'emulator/cli.js'), '--port', '0', '--reply-delay-ms', '300'], { cwd: packDir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const api = /^\s*API\s+(\S+)/m.exec(out)?.[1];
      if (api) resolve({ child, api });
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`the tarball's emulator exited (${code}) before it listened: ${err || out}`)));
  });
}

export function packedPlugin() {
  let running;
  const stop = () => {
    running?.child.kill();
    running?.server.close();
    running = undefined;
  };
  return {
    name: 'kesk-packed',
    serverStop: stop,
    async executeCommand({ command }) {
      if (command === 'packed-stop') return stop() ?? true;
      if (command !== 'packed-start') return undefined;
      if (!existsSync(join(unpacked, 'package.json'))) throw new Error(`No unpacked tarball in ${unpacked}: run node scripts/check-package.js first.`);
      stop();
      const { version } = JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8'));
      const { child, api } = await emulator();
      const { server, url } = await cdnServer(version);
      running = { child, server };
      const world = await (await fetch(new URL('/__emulator/world', api))).json();
      return { api, cdn: url, world };
    },
  };
}
