// Preloaded into each web-test-runner run by scripts/test-engines.js (`node --import`): when the runner ends, it
// writes how (the signal it got, or the stack of the code that called process.exit) to KESK_EXIT_TRACE, which
// test-engines.js prints if the run left no summary. A runner that vanished without a word is otherwise a mystery.
import { appendFileSync } from 'node:fs';

const file = process.env.KESK_EXIT_TRACE;
if (file) {
  const note = (text) => {
    try {
      appendFileSync(file, `${new Date().toISOString()} ${text}\n`);
    } catch {
      // Nowhere to say it.
    }
  };
  // The runner itself stops on SIGINT (and exits 1, saying nothing): note it. Other signals keep their default action
  // (a listener would take it away); test-engines.js sees them as the child's signal.
  process.on('SIGINT', () => note('got SIGINT'));
  const exit = process.exit.bind(process);
  process.exit = (code) => {
    note(`process.exit(${code ?? ''}) called from:\n${new Error().stack.split('\n').slice(2).join('\n')}`);
    return exit(code);
  };
  process.on('uncaughtException', (error) => note(`uncaught exception: ${error?.stack ?? error}`));
  process.on('unhandledRejection', (reason) => {
    note(`unhandled rejection: ${reason?.stack ?? reason}`);
    // As Node does when nobody listens: an uncaught exception (the runner's own handler stops it).
    throw reason;
  });
  process.on('exit', (code) => note(`exit, code ${code}`));
}
