// Part of `npm run bench:markdown`: the main thread's longest task while <kesk-thread> shows a megabyte-long message a
// step at a time, in Chromium through playwright-core. The thread runs on a store whose state is set (no API: the
// message is what a backend could send), bundled with esbuild and served from a local origin. Long tasks come from a
// PerformanceObserver ('longtask': every task over 50 ms); "to the next frame" is from the click to the first frame
// after it (the step's script, style, layout and paint, and up to a frame of waiting). Medians of `runs` runs: of the
// first step, and of the worst of the nine "Show more" of each run.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const MB = 1_048_576;
const SHAPES = [
  ["'a\\n' × 500,000 (text)", 'a\n'.repeat(MB / 2), 'text'],
  ["'a\\n' × 500,000 (markdown)", 'a\n'.repeat(MB / 2), 'markdown'],
  ["'- a\\n' × 250,000 (markdown: a list)", '- a\n'.repeat(MB / 4), 'markdown'],
  ["'- a\\n' × 250,000 (text)", '- a\n'.repeat(MB / 4), 'text'],
  ['1 MB word (text)', 'a'.repeat(MB), 'text'],
  ["'a\\n' × 500,000 from the system (a notice)", 'a\n'.repeat(MB / 2), 'text', 'system'],
];

// What runs in the page: a thread on a fixed store, and the measurements.
const ENTRY = `
import '${root}src/components/thread/define.ts';
import { ContextProvider } from '@lit/context';
import { chatContext } from '${root}src/context/chat-context.ts';
import { ConversationStore } from '${root}src/state/conversation-store.ts';
import { UiStore } from '${root}src/state/ui-store.ts';
import { renderMarkdown, renderPlainText } from '${root}src/markdown/index.ts';

class FixedConversation extends ConversationStore {
  fixed = undefined;
  get state() { return this.fixed ?? super.state; }
}
const api = { baseUrl: location.origin + '/v1', tokenFingerprint: async () => undefined };
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
let tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask' });

/** Runs fn, then waits for the next frame; the longest task meanwhile and the time to that frame. */
async function measure(fn) {
  await frame();
  await new Promise((r) => setTimeout(r, 100));
  tasks = [];
  const start = performance.now();
  await fn();
  await frame();
  const toFrame = performance.now() - start;
  // Long tasks are reported some time after they end.
  await new Promise((r) => setTimeout(r, 100));
  return { longest: Math.max(0, ...tasks), toFrame };
}

window.showSteps = async (content, format, kind, steps) => {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.style.cssText = 'display:flex;flex-direction:column;inline-size:380px;block-size:640px';
  document.body.append(host);
  const conversation = new FixedConversation(api, { mode: 'vendor', vendorLocationId: 1 });
  const ui = new UiStore();
  new ContextProvider(host, { context: chatContext, initialValue: { api, conversation, sessions: null, media: null, ui } });
  const message = {
    id: 1, chat_session_id: 1, client_message_id: null, sender: { id: 2, kind, name: 'Ava Agent', avatar_url: null },
    content, content_format: format, media: [], reactions: [], sources: [], reply_to_message_id: null,
    created_at: new Date().toISOString(), edited_at: null, deleted: false,
  };
  conversation.fixed = { ...conversation.state, sessionId: 1, items: [{ key: 'm:1', message, own: false, delivery: 'sent' }] };
  const thread = document.createElement('kesk-thread');
  const first = await measure(async () => { host.append(thread); await thread.updateComplete; });
  const more = [];
  for (let i = 0; i < steps; i++) {
    const button = thread.shadowRoot.querySelector('[part~="show-all"]');
    if (!button) break;
    more.push(await measure(async () => { button.click(); await thread.updateComplete; }));
  }
  const text = thread.shadowRoot.querySelector('.text, .notice');
  let nodes = 0;
  for (const walker = document.createTreeWalker(text); walker.nextNode(); ) nodes++;
  return { first, more, nodes };
};

/** The whole text rendered at once, in a bubble's width: what "Show the whole message" did before issue 12. */
window.showWhole = async (content, format) => {
  document.body.replaceChildren();
  const bubble = document.createElement('div');
  bubble.style.cssText = 'inline-size:300px';
  document.body.append(bubble);
  return measure(async () => {
    for (const node of (format === 'markdown' ? renderMarkdown : renderPlainText)(content)) bubble.append(node);
  });
};
`;

const ms = (n) => (n < 50 ? '< 50' : n.toFixed(0));

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Prints the table; `before` adds the whole-at-once column. */
export async function threadSteps({ runs = 3, before = false } = {}) {
  const bundle = await build({
    stdin: { contents: ENTRY, loader: 'ts', resolveDir: root, sourcefile: 'thread-steps-entry.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
    tsconfig: `${root}tsconfig.json`,
  });
  const script = bundle.outputFiles[0].text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><body></body><script type="module" src="/bench.js"></script>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'showSteps' in window);
    console.log(`\n<kesk-thread> showing a megabyte a step at a time (Chromium ${browser.version()}, medians of ${runs} runs): the longest main-thread task, ms ("< 50": no long task), and from the click to the next frame, ms.\n`);
    console.log(`| 1 MB message | first step: longest task / to next frame | each "Show more" (the worst of 9): longest task / to next frame | nodes after every step |${before ? ' whole at once, as before issue 12: longest task / to next frame |' : ''}`);
    console.log(`|---|--:|--:|--:|${before ? '--:|' : ''}`);
    for (const [name, content, format, kind = 'agent'] of SHAPES) {
      const all = [];
      for (let run = 0; run < runs; run++) all.push(await page.evaluate(([c, f, k]) => window.showSteps(c, f, k, 9), [content, format, kind]));
      const first = (key) => median(all.map((r) => r.first[key]));
      const worst = (key) => median(all.map((r) => Math.max(0, ...r.more.map((m) => m[key]))));
      const steps = all[0].more.length ? `${ms(worst('longest'))} / ${worst('toFrame').toFixed(0)}` : 'no steps: clipped';
      let whole = '';
      if (before) {
        const w = await page.evaluate(([c, f]) => window.showWhole(c, f), [content, format]);
        whole = ` ${ms(w.longest)} / ${w.toFrame.toFixed(0)} |`;
      }
      console.log(`| ${name} | ${ms(first('longest'))} / ${first('toFrame').toFixed(0)} | ${steps} | ${all[0].nodes} |${whole}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
