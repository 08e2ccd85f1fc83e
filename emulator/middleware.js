// Mounting the emulator in a host server: Connect/Vite (`server.middlewares.use(...)`) and Koa (web-test-runner).
// Paths that are not the emulator's go on to the host's next middleware untouched.

/** @param {ReturnType<import('./index.js').createEmulator>} emulator */
export function connectMiddleware(emulator) {
  return (req, res, next) => {
    emulator.handle(req, res).then((handled) => {
      if (!handled) next();
    }, next);
  };
}

/** @param {ReturnType<import('./index.js').createEmulator>} emulator */
export function koaMiddleware(emulator) {
  return async (ctx, next) => {
    // Koa here parses no bodies, so the raw request stream is still unread for the emulator.
    if (await emulator.handle(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}
