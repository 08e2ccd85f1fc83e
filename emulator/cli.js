#!/usr/bin/env node
// kesk-chat-emulator: the Kesk Chat API emulator as a command (the package's bin; `npm run emulator` in a clone).
// It listens with CORS on, so a page on any local origin can call it, and prints its URL and the seeded world's
// tokens and ids (banner.js). Plain Node, no dependencies: it runs from the published package as it is.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { banner } from './banner.js';

const NAME = 'kesk-chat-emulator';

/** Every flag, with what --help says of it. */
const OPTIONS = {
  port: { type: 'string', short: 'p', default: process.env.PORT || '8787', value: '<n>',
    help: 'port to listen on, 0 for any free one (default 8787, or $PORT)' },
  host: { type: 'string', default: '127.0.0.1', value: '<address>',
    help: 'address to listen on, 0.0.0.0 for all (default 127.0.0.1)' },
  seed: { type: 'string', default: '42', value: '<n>',
    help: 'seed of everything random: same seed, same replies (default 42)' },
  'base-path': { type: 'string', default: '/v1', value: '<path>',
    help: 'where the API is: api-base is http://host:port<path> (default /v1)' },
  'reply-delay-ms': { type: 'string', default: '1200', value: '<n>',
    help: 'how long people and bots wait before they reply (default 1200)' },
  version: { type: 'boolean', short: 'v', default: false, help: 'print the version and exit' },
  help: { type: 'boolean', short: 'h', default: false, help: 'print this help and exit' },
};

const HELP = `Usage: ${NAME} [options]

Runs a local emulator of the Kesk business Chat API over HTTP, with CORS on, and prints its URL
and the seeded users (with their tokens), vendor locations, bots, agents and assistant. It keeps
everything in memory: a restart starts afresh. Stop it with Ctrl+C.

Options:
${Object.entries(OPTIONS).map(([name, o]) => {
  const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`;
  return `  ${flag.padEnd(28)}${o.help}`;
}).join('\n')}

Examples:
  npx ${NAME} --port 8787
  npx ${NAME} --port 0 --seed 7 --reply-delay-ms 0

Control endpoints (reset, injected messages, fault injection, the request log) are under
/__emulator: see emulator/README.md in the package.`;

/** A mistake in the command line: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {}

/** The closest flag to a mistyped one ("--prot" → "--port"), if it is close. */
function closest(typed) {
  const distance = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const here = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = here;
      }
    }
    return row[b.length];
  };
  const [best] = Object.keys(OPTIONS).map((name) => [name, distance(typed, name)]).sort((a, b) => a[1] - b[1]);
  return best && best[1] <= 2 ? `--${best[0]}` : null;
}

function parse(args) {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? '';
    switch (err.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
        const flag = quoted.split('=')[0];
        const hint = closest(flag.replace(/^-+/, ''));
        throw new UsageError(`unknown option ${flag}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
        const flag = /(--[\w-]+)/.exec(err.message)?.[1] ?? quoted;
        if (OPTIONS[flag.replace(/^--/, '')]?.type === 'boolean') throw new UsageError(`${flag} takes no value`);
        throw new UsageError(/ambiguous/.test(err.message)
          ? `${flag} needs a value (one that starts with "-" is written ${flag}=<value>)`
          : `${flag} needs a value`);
      }
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(`unexpected argument ${JSON.stringify(quoted)}: every setting is an option, such as --port 8787`);
      default:
        throw new UsageError(err.message);
    }
  }
  const integer = (name, max) => {
    const raw = values[name];
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n > max) {
      throw new UsageError(`--${name} must be a whole number from 0 to ${max}, got ${JSON.stringify(raw)}`);
    }
    return n;
  };
  const basePath = values['base-path'].replace(/(.)\/+$/, '$1');
  if (!/^\/[\w\-.~/]*$/.test(basePath) || basePath === '/' || /^\/__emulator(\/|$)/.test(basePath)) {
    throw new UsageError(`--base-path must be a path such as /v1 (letters, digits, - . _ ~ and /), not / or under ` +
      `/__emulator; got ${JSON.stringify(values['base-path'])}`);
  }
  if (values.host === '') throw new UsageError('--host needs an address, such as 127.0.0.1 or 0.0.0.0');
  return {
    help: values.help,
    version: values.version,
    port: integer('port', 65535),
    host: values.host,
    seed: integer('seed', 2 ** 32 - 1),
    basePath,
    replyDelayMs: integer('reply-delay-ms', 24 * 60 * 60 * 1000),
  };
}

/** What a listen error means, in words that say what to do. */
function listenProblem(err, { host, port }) {
  switch (err.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use (is another emulator running?). Stop that process, or ` +
        `choose another port: ${NAME} --port ${port === 65535 ? port - 1 : port + 1} (or --port 0 for any free port).`;
    case 'EACCES':
      return `not allowed to listen on port ${port} (ports below 1024 need special rights). Choose another port, ` +
        `such as --port 8787.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${host}: no such address on this machine. Use --host 127.0.0.1 (this machine only) ` +
        `or --host 0.0.0.0 (every interface).`;
    default:
      return `cannot listen on ${host}:${port}: ${err.message}`;
  }
}

/** The origin a browser on this machine would use: an any-address becomes localhost, IPv6 gets brackets. */
function originOf(host, port) {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

async function main() {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${NAME}: ${err.message}\nRun ${NAME} --help to see every option.`);
    process.exit(2);
  }
  if (options.help) {
    console.log(HELP);
    return;
  }
  if (options.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    console.log(version);
    return;
  }

  // Loaded only now, so that --help and a mistyped flag answer at once.
  const { createEmulator } = await import('./index.js');
  const emulator = createEmulator({
    seed: options.seed,
    basePath: options.basePath,
    replyDelayMs: options.replyDelayMs,
    cors: true,
  });

  const server = createServer((req, res) => {
    emulator.handle(req, res).then(
      (handled) => {
        if (handled) return;
        res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'not_found', message: `Nothing at ${req.url}; the API is under ${options.basePath}` } }));
      },
      (err) => {
        console.error(err);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Internal server error' } }));
      },
    );
  });

  server.once('error', (err) => {
    console.error(`${NAME}: ${listenProblem(err, options)}`);
    emulator.close();
    process.exit(1);
  });

  server.listen(options.port, options.host, () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(banner({ origin: originOf(options.host, port), basePath: options.basePath, seed: options.seed, replyDelayMs: options.replyDelayMs }));
  });

  // Ctrl+C or a service manager's SIGTERM: let go of held requests and pending replies, close every connection,
  // and exit 0 once the server has closed. A second signal does not wait.
  let stopping = false;
  const stop = (signal) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error(`\n${NAME}: ${signal}, stopping.`);
    emulator.close();
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
