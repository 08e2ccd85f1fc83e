// The emulator as a command, run as an integrator runs it: `kesk-chat-emulator` spawned, read from what it prints,
// called over HTTP, stopped with a signal; and the same command from the packed tarball, through npx. Plain Node
// (`node --test test/emulator/cli.node.js`, part of `npm test`), not a browser test: it spawns processes.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'emulator/cli.js');
const READY = 'Ctrl+C stops it.';
const { PORT: _ignored, ...ENV } = process.env; // $PORT would change the default port

/** Every process a test started, killed at the end whatever happened (with its process group, for npx). */
const started = new Set();
after(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
});

/**
 * Starts a command; `ready()` resolves with its stdout once it printed the banner, `exited` with its exit.
 * @param {string[]} args
 * @param {{ command?: string, cwd?: string }} [options] command: defaults to node running emulator/cli.js; another
 *   command runs in its own process group, which a terminal's Ctrl+C signals as a whole
 */
function start(args, { command, cwd = ROOT } = {}) {
  const child = command
    ? spawn(command, args, { cwd, env: ENV, detached: true })
    : spawn(process.execPath, [CLI, ...args], { cwd, env: ENV });
  started.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    started.delete(child);
    resolve({ code, signal, stdout, stderr });
  }));
  const ready = () => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner after 20 s; stdout: ${stdout}\nstderr: ${stderr}`)), 20000);
    const check = () => {
      if (!stdout.includes(READY)) return;
      clearTimeout(timer);
      resolve(stdout);
    };
    child.stdout.on('data', check);
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before it was ready; stderr: ${stderr}`));
    });
    check();
  });
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

/** Runs a command to its end (a usage error or --help). */
function runToEnd(args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 20000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The printed block as data: the API URL and each section's rows, split on the column gaps. */
function readBanner(text) {
  const api = /^ {2}API\s+(\S+)$/m.exec(text)?.[1];
  const control = /^ {2}Control\s+(\S+)/m.exec(text)?.[1];
  const sections = {};
  for (const block of text.split(/\n\s*\n/)) {
    const [heading, ...rows] = block.split('\n');
    const name = /^(Users|Vendor locations|Bots|Agents|Assistant)\b/.exec(heading)?.[1];
    if (name) sections[name] = rows.map((row) => row.trim().split(/ {3,}/));
  }
  return { api, control, sections };
}

async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe('kesk-chat-emulator', () => {
  test('is the package\'s bin, an executable Node script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['kesk-chat-emulator'], 'emulator/cli.js');
    assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.equal(pkg.scripts.emulator, 'node emulator/cli.js');
  });

  test('starts with CORS, prints its URL and the world\'s ids, which match /__emulator/world', async () => {
    const run = start(['--port', '0', '--reply-delay-ms', '0']);
    const printed = readBanner(await run.ready());
    assert.match(printed.api, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    assert.equal(printed.control, printed.api.replace(/\/v1$/, '/__emulator'));

    // A real request from another origin, as a page would make it: answered, with CORS headers.
    const origin = 'http://localhost:5173';
    const sessions = await getJson(`${printed.api}/chat/sessions`, { Authorization: 'Bearer demo-shopper', Origin: origin });
    assert.equal(sessions.status, 200);
    assert.ok(Array.isArray(sessions.body.sessions));
    assert.equal(sessions.headers.get('access-control-allow-origin'), origin);
    const preflight = await fetch(`${printed.api}/chat/sessions/start`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const started = await fetch(`${printed.api}/chat/sessions/start`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-shopper', 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ chat_type: 'vendor', user_type: 'customer', vendor_location_id: 501, message: 'Hello from the CLI test' }),
    });
    assert.ok(started.ok, `startChat answered ${started.status}`);

    // Every id printed is the world's, and the world has nothing the block leaves out.
    const { body: world } = await getJson(printed.control + '/world');
    const { Users, 'Vendor locations': stores, Bots, Agents, Assistant } = printed.sections;
    assert.deepEqual(Users.map(([token, id]) => [token, Number(id)]), world.users.map((u) => [u.token, u.id]));
    Users.forEach(([, , name], i) => assert.ok(name.startsWith(world.users[i].name), name));
    assert.deepEqual(stores.map(([id, name]) => [Number(id), name]), world.vendor_locations.map((l) => [l.id, `${l.name}, ${l.city}`]));
    assert.deepEqual(Bots.map(([username, id, name]) => [username, Number(id), name]),
      world.bots.map((b) => [b.username, b.participant.id, b.participant.name]));
    assert.deepEqual(Agents.map(([id, name]) => [Number(id), name]), world.agents.map((a) => [a.id, a.name]));
    assert.deepEqual(Assistant.map(([id, name]) => [Number(id), name]), [[world.assistant.id, world.assistant.name]]);
    assert.match(run.output().stdout, /^Kesk Chat API emulator \(seed 42; people and bots reply after 0 ms\)/);

    // A second emulator on the same port fails at once, saying why and what to do, and the first keeps serving.
    const port = new URL(printed.api).port;
    const second = await start(['--port', port]).exited;
    assert.equal(second.code, 1);
    assert.equal(second.stdout, '');
    assert.match(second.stderr, new RegExp(`^kesk-chat-emulator: port ${port} on 127\\.0\\.0\\.1 is already in use .*--port 0`, 's'));
    assert.equal((await getJson(printed.control + '/health')).status, 200);

    // SIGTERM while a request hangs (an injected fault): the hanging request is let go and the process exits 0.
    const faults = await fetch(printed.control + '/faults', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rules: [{ token: 'cli-hang', hang_rate: 1 }] }),
    });
    assert.equal(faults.status, 200);
    const hanging = fetch(`${printed.api}/chat/sessions`, { headers: { Authorization: 'Bearer cli-hang' } }).then(
      (res) => `answered ${res.status}`,
      () => 'closed',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stoppedAt = Date.now();
    run.child.kill('SIGTERM');
    const end = await run.exited;
    assert.equal(end.code, 0, end.stderr);
    assert.ok(Date.now() - stoppedAt < 5000, `took ${Date.now() - stoppedAt} ms to stop`);
    assert.match(end.stderr, /SIGTERM, stopping/);
    assert.equal(await hanging, 'closed');
  });

  test('stops cleanly on Ctrl+C (SIGINT) and honours --seed, --base-path and --host', async () => {
    const run = start(['--port', '0', '--seed', '7', '--base-path', '/kesk/v2/', '--host', 'localhost']);
    const printed = readBanner(await run.ready());
    assert.match(printed.api, /^http:\/\/localhost:\d+\/kesk\/v2$/);
    assert.match(run.output().stdout, /seed 7;/);
    const ok = await getJson(`${printed.api}/chat/sessions`, { Authorization: 'Bearer demo-maya' });
    assert.equal(ok.status, 200);
    const elsewhere = await getJson(printed.api.replace('/kesk/v2', '/v1') + '/chat/sessions', { Authorization: 'Bearer demo-maya' });
    assert.equal(elsewhere.status, 404);
    run.child.kill('SIGINT');
    const end = await run.exited;
    assert.equal(end.code, 0, end.stderr);
  });

  test('--help documents every flag and exits 0', () => {
    const { code, stdout, stderr } = runToEnd(['--help']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    for (const flag of ['--port', '--host', '--seed', '--base-path', '--reply-delay-ms', '--version', '--help']) {
      assert.match(stdout, new RegExp(`^ +(-\\w, )?${flag}\\b[^\\n]* {2,}\\w`, 'm'), `${flag} is documented`);
    }
    assert.match(stdout, /npx kesk-chat-emulator --port 8787/);
    assert.equal(runToEnd(['-h']).stdout, stdout);
    assert.equal(runToEnd(['--version']).stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  const MISTAKES = [
    [['--prot', '8787'], /unknown option --prot \(did you mean --port\?\)/],
    [['--port'], /--port needs a value/],
    [['--port', 'abc'], /--port must be a whole number from 0 to 65535, got "abc"/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--seed', '-1'], /--seed needs a value \(one that starts with "-" is written --seed=<value>\)/],
    [['--seed=-1'], /--seed must be a whole number/],
    [['--reply-delay-ms', '1.5'], /--reply-delay-ms must be a whole number/],
    [['--base-path', 'v1'], /--base-path must be a path such as \/v1/],
    [['--base-path', '/__emulator'], /--base-path must be a path/],
    [['--help=yes'], /--help takes no value/],
    [['8787'], /unexpected argument "8787": every setting is an option, such as --port 8787/],
    [['-x'], /unknown option -x/],
  ];
  for (const [args, message] of MISTAKES) {
    test(`refuses ${args.join(' ')} with a clear message and exit code 2`, () => {
      const { code, stdout, stderr } = runToEnd(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^kesk-chat-emulator: /);
      assert.match(stderr, message);
      assert.match(stderr, /Run kesk-chat-emulator --help to see every option\.\n$/);
    });
  }

  test('runs from the packed tarball through npx, with every file it needs and no tests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kesk-emulator-pack-'));
    try {
      // --ignore-scripts: the emulator needs no build, and a prepack build is not what is tested here.
      const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env: ENV });
      assert.equal(pack.status, 0, pack.stderr);
      const [{ filename, files }] = JSON.parse(pack.stdout);
      const packed = files.map((f) => f.path);
      assert.ok(packed.includes('emulator/cli.js') && packed.includes('emulator/README.md') && packed.includes('contract/openapi.json'));
      assert.deepEqual(packed.filter((p) => /(^|\/)test\/|\.test\.|\.node\.js$/.test(p)), []);

      // Installed as npm would: the package in node_modules, its bin linked in node_modules/.bin. No other package
      // is installed: the emulator must run on its own.
      const project = join(dir, 'project');
      mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
      writeFileSync(join(project, 'package.json'), '{ "name": "integrator", "private": true }\n');
      const untar = spawnSync('tar', ['-xzf', join(dir, filename), '-C', join(project, 'node_modules')]);
      assert.equal(untar.status, 0, String(untar.stderr));
      const installed = join(project, 'node_modules', 'kesk-chat');
      spawnSync('mv', [join(project, 'node_modules', 'package'), installed]);
      symlinkSync('../kesk-chat/emulator/cli.js', join(project, 'node_modules', '.bin', 'kesk-chat-emulator'));
      assert.ok(existsSync(join(installed, 'emulator', 'world', 'knowledge-base.ar.js')));
      assert.deepEqual(readdirSync(installed).filter((name) => name === 'node_modules'), []);

      const run = start(['kesk-chat-emulator', '--port', '0'], { command: 'npx', cwd: project });
      const printed = readBanner(await run.ready());
      const { status, body } = await getJson(printed.control + '/world');
      assert.equal(status, 200);
      assert.deepEqual(printed.sections.Users.map(([token]) => token), body.users.map((u) => u.token));
      const rag = await fetch(`${printed.api}/chat/sessions/start`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-shopper', 'Content-Type': 'application/json' },
        body: JSON.stringify({ chat_type: 'rag', user_type: 'customer', message: 'Do you ship abroad?' }),
      });
      assert.ok(rag.ok, `startChat answered ${rag.status}`);
      // Ctrl+C in the terminal: the whole process group (npm, its shell, the emulator) gets SIGINT.
      process.kill(-run.child.pid, 'SIGINT');
      const end = await run.exited;
      assert.match(end.stderr, /kesk-chat-emulator: SIGINT, stopping\./);
      assert.throws(() => process.kill(-run.child.pid, 0), { code: 'ESRCH' }, 'every process of the group has exited');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
