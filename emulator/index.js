// The Kesk Chat API emulator: `createEmulator()` gives a request handler that any Node HTTP server (plain, Connect,
// Koa) can mount. It answers the contract's operations under `basePath`, serves uploaded files, and offers the
// control endpoints under `/__emulator`; every other path is left to the host server.
import { buildRoutes, loadContract } from './contract.js';
import { createRequestLog } from './request-log.js';
import { createStore } from './store.js';
import { createFaults } from './faults.js';
import { createOtherSide } from './other-side.js';
import { createAssistant } from './world/rag.js';
import { operations } from './operations/index.js';
import { handleApi } from './api.js';
import { bearerToken } from './request-input.js';
import { handleControl } from './control.js';
import { fileUrl, matchFilePath, originOf, serveFile } from './files.js';
import { answerPreflight, applyCors, isPreflight } from './cors.js';

const CONTROL_PREFIX = '/__emulator';

/**
 * @param {{ seed?: number, basePath?: string, replyDelayMs?: number, cors?: boolean }} [options]
 *   cors: answer preflights and add CORS headers (the standalone server; not needed on the same origin)
 */
export function createEmulator({ seed = 42, basePath = '/v1', replyDelayMs = 1200, cors = false } = {}) {
  const base = basePath.replace(/\/+$/, '');
  const doc = loadContract();
  const routes = buildRoutes(doc);
  const log = createRequestLog();
  const assistant = createAssistant();
  /** Requests held open by a fault (latency or hang): a reset or close lets go of them. */
  const waiting = new Set();
  let live = fresh(seed);

  // Everything a reset forgets.
  function fresh(liveSeed) {
    const store = createStore(liveSeed);
    const state = { seed: liveSeed, store, faults: createFaults(liveSeed), replyDelayMs, others: null };
    state.others = createOtherSide({ store, seed: liveSeed, delay: () => state.replyDelayMs });
    return state;
  }

  function viewContext(viewer, req) {
    const origin = originOf(req);
    return { store: live.store, viewer, fileUrl: (item) => fileUrl(origin, base, item) };
  }

  // Resolves true after `ms`, or false as soon as the client goes away or the emulator lets go (`ms` null: never
  // on its own, which is a hang).
  function hold(res, ms) {
    return new Promise((resolve) => {
      let timer = null;
      const waiter = {
        hung: ms === null,
        token: bearerToken(res.req),
        done(value) {
          if (!waiting.delete(waiter)) return;
          clearTimeout(timer);
          res.off('close', onClose);
          resolve(value);
        },
        release() {
          res.socket?.destroy();
          waiter.done(false);
        },
      };
      const onClose = () => waiter.done(false);
      waiting.add(waiter);
      res.on('close', onClose);
      if (ms !== null) timer = setTimeout(() => waiter.done(true), ms);
    });
  }

  function releaseAll() {
    for (const waiter of [...waiting]) waiter.release();
  }

  /**
   * Ends the requests a `hang` or `stall_body` fault holds (their connections close). Called when the fault rules
   * change: a client that gave up may not close its connection (WebKit keeps it, and with it one of its six per host),
   * and a hang must not outlive the faults that made it.
   */
  function releaseHung() {
    for (const waiter of [...waiting]) if (waiter.hung) waiter.release();
  }

  const env = {
    doc,
    routes,
    log,
    operations,
    get live() {
      return live;
    },
    viewContext,
    context: (req, user) => ({
      store: live.store,
      user,
      view: viewContext(user, req),
      others: live.others,
      assistant,
    }),
    pause: (res, ms) => hold(res, ms),
    hang: (res) => hold(res, null),
    releaseHung,
    /** How many requests a `hang` or `stall_body` fault holds open now (of one token, or all): a client that gave up
     *  should have closed them. */
    heldOpen: (token) => [...waiting].filter((w) => w.hung && (token == null || w.token === token)).length,
    reset({ seed: newSeed } = {}) {
      live.others.cancelAll();
      releaseAll();
      log.clear();
      live = fresh(newSeed ?? seed);
    },
  };

  return {
    /**
     * Answers the request if it is the emulator's; resolves false, touching nothing, if it is not.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async handle(req, res) {
      let url;
      try {
        url = new URL(req.url ?? '/', 'http://emulator.invalid');
      } catch {
        return false;
      }
      const path = url.pathname;
      const isControl = path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
      const isApi = path === base || path.startsWith(`${base}/`);
      if (!isControl && !isApi) return false;

      if (cors) {
        applyCors(req, res);
        if (isPreflight(req)) {
          answerPreflight(req, res);
          return true;
        }
      }
      if (isControl) {
        await handleControl(env, req, res, url, path.slice(CONTROL_PREFIX.length) || '/');
        return true;
      }
      const below = path.slice(base.length) || '/';
      const file = matchFilePath(below);
      if (file && (req.method === 'GET' || req.method === 'HEAD')) {
        const entry = log.start({ method: req.method, path, operationId: null, token: null });
        entry.finish(serveFile(live.store, req, res, file));
        return true;
      }
      await handleApi(env, req, res, url, below);
      return true;
    },

    /** Forgets everything (sessions, media, conversations, faults, revoked tokens, the log), as POST /reset. */
    reset(options = {}) {
      env.reset(options);
    },

    /** Cancels pending replies and lets go of held requests, so the process can exit. */
    close() {
      live.others.cancelAll();
      releaseAll();
    },

    /** The in-memory store, for debugging and tests that look inside. */
    get state() {
      return live.store;
    },
  };
}
