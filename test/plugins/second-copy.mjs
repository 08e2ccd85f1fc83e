// Serves a second, separately bundled copy of the widget (its own Lit, its own classes) at /__test/second-copy.js,
// as a page gets when it loads the CDN build beside the npm build. The bundle registers every element (guarded)
// and exports every class, so a test can check that nothing breaks and that the copies share their context.
import { build } from 'esbuild';

export function secondCopy() {
  let code;
  return async function secondCopyMiddleware(ctx, next) {
    if (ctx.path !== '/__test/second-copy.js') return next();
    code ??= build({
      stdin: { contents: "import './src/define.ts'; export * from './src/index.ts';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      tsconfig: './tsconfig.json',
    }).then((r) => r.outputFiles[0].text);
    ctx.type = 'application/javascript';
    ctx.body = await code;
  };
}
