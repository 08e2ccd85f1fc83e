// `npm run bench:polling`: what awaiting a reply costs the API, and how soon the reply is seen, with the real
// schedule (src/state/poller.ts DEFAULT_CADENCE, no override).
// Starts the emulator and a page with the widget (bundled from src/ with esbuild) on one local server and opens it in
// headless Chromium (playwright-core). Each trial is one widget of its own user in that page: it opens, sends a
// message, and the emulator's other side answers after a delay drawn from a realistic spread (the store's own
// replies are held off; the bench injects the answer through POST /__emulator/sessions/{id}/messages at the message's
// stored time + the delay):
//   bot      log-uniform between 0.6 and 1.6 s (a bot answers in about a second)
//   person   log-uniform between 5 s and 3 min
// The draws are stratified (one in each equal slice of the spread, jittered by a fixed seed), so a run covers the
// whole spread. The trials run side by side and take about four minutes.
// Figures (each with pass/fail):
//   requests in the first minute after a send   every request of the user in the 60 s after the send was stored,
//                                               the send itself (sendChatMessage or startChat) not counted (polls, read marks, bot chips); max ≤ 15
//   reply within 10 s: seen after stored        from the reply's created_at to the widget's kesk-message-received
//                                               event (+ one frame); median ≤ 1.5 s
//   later reply: seen after stored / delay      median ≤ 15 % (the worst is printed too)
//   polls answered 304                          every poll that found nothing new: 304, no body
//   hidden tab                                  a second tab sends, then is hidden for 60 s: 0 requests
// `--quick`: fewer trials, persons up to 40 s (about a minute and a half; for trying the bench, not for results).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createEmulator } from '../emulator/index.js';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('..', import.meta.url));
const BOTS = quick ? 4 : 10;
const PEOPLE = quick ? 6 : 20;
const PERSON_MAX_MS = quick ? 40_000 : 180_000;
const MINUTE = 60_000;
/** The send itself: a new conversation's first message goes with startChat. */
const SEND_OPS = ['sendChatMessage', 'startChat'];

const widget = await build({ entryPoints: [`${root}src/define.ts`], bundle: true, format: 'esm', write: false, target: 'es2022' });
const widgetJs = widget.outputFiles[0].text;
const page = `<!doctype html><html><head><meta charset="utf-8"><title>polling bench</title></head><body>
<script type="module" src="/widget.js"></script></body></html>`;

const emulator = createEmulator({ seed: 42, basePath: '/v1' });
const server = createServer(async (req, res) => {
  if (await emulator.handle(req, res)) return;
  if (req.url === '/widget.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(widgetJs);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const control = async (method, path, body) => {
  const res = await fetch(`${origin}/__emulator${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** mulberry32: the same jitter in every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(15);
/** `n` stratified draws, log-uniform between `lo` and `hi` ms. */
const logUniform = (n, lo, hi) => Array.from({ length: n }, (_, i) => Math.round(lo * (hi / lo) ** ((i + rand()) / n)));
const trials = [
  ...logUniform(BOTS, 600, 1600).map((delay) => ({ who: 'bot', delay })),
  ...logUniform(PEOPLE, 5000, PERSON_MAX_MS).map((delay) => ({ who: 'person', delay })),
].map((t, i) => ({ ...t, i, token: `bench-${Date.now()}-${i}` }));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});

/** Adds a widget of `token` to the tab, opens it and sends; resolves when the API stored the message. */
const openAndSend = (tab, token, i) =>
  tab.evaluate(
    async ({ token, i }) => {
      await customElements.whenDefined('kesk-chat');
      const chat = document.createElement('kesk-chat');
      for (const [k, v] of Object.entries({ 'api-base': '/v1', token, mode: 'vendor', 'vendor-location-id': '501', inline: '' })) chat.setAttribute(k, v);
      chat.style.cssText = 'display:block;height:300px;width:300px';
      document.body.append(chat);
      chat.addEventListener('kesk-message-received', () => requestAnimationFrame(() => window.report?.({ i, seen: Date.now() })));
      await chat.updateComplete;
      chat.open();
      const sent = new Promise((resolve) => chat.addEventListener('kesk-message-sent', (e) => resolve(e.detail.message), { once: true }));
      chat.send(`Trial ${i}: do you have the trail boots in size 42?`);
      const message = await sent;
      return { sessionId: message.chat_session_id, storedAt: Date.parse(message.created_at) };
    },
    { token, i },
  );

let hidden;
try {
  // Nobody answers by themselves: only the bench's injected replies.
  await control('POST', '/config', { reply_delay_ms: 3_600_000 });
  const tab = await browser.newPage();
  await tab.exposeFunction('report', ({ i, seen }) => {
    if (trials[i].seen === undefined) trials[i].seen = seen;
  });
  await tab.goto(origin);
  const injected = [];
  for (const trial of trials) {
    Object.assign(trial, await openAndSend(tab, trial.token, trial.i));
    const wait = trial.storedAt + trial.delay - Date.now();
    injected.push(
      sleep(Math.max(0, wait)).then(async () => {
        const reply = await control('POST', `/sessions/${trial.sessionId}/messages`, { sender_kind: 'vendor', content: `Reply to trial ${trial.i}` });
        trial.repliedAt = Date.parse(reply.created_at);
      }),
    );
    await sleep(250);
  }

  // The hidden tab: its own user sends, the tab is hidden, and nothing may be asked for a minute.
  const back = await browser.newPage();
  await back.goto(origin);
  const hiddenToken = `bench-hidden-${Date.now()}`;
  await openAndSend(back, hiddenToken, -1);
  await back.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await sleep(500);
  const hiddenSince = (await control('GET', `/log?token=${hiddenToken}`)).entries.at(-1)?.id ?? 0;
  const hiddenFrom = Date.now();

  await Promise.all(injected);
  const until = Date.now() + 60_000;
  while (trials.some((t) => t.seen === undefined) && Date.now() < until) await sleep(500);
  await sleep(Math.max(0, Math.max(...trials.map((t) => t.storedAt)) + MINUTE + 1000 - Date.now(), hiddenFrom + MINUTE - Date.now()));
  hidden = (await control('GET', `/log?token=${hiddenToken}&since=${hiddenSince}`)).entries;

  for (const trial of trials) {
    const entries = (await control('GET', `/log?token=${trial.token}`)).entries;
    const minute = entries.filter((e) => {
      const t = Date.parse(e.time);
      return t >= trial.storedAt && t < trial.storedAt + MINUTE && !SEND_OPS.includes(e.operation_id);
    });
    trial.requests = minute.length;
    trial.ops = {};
    for (const e of minute) trial.ops[`${e.operation_id} ${e.status}`] = (trial.ops[`${e.operation_id} ${e.status}`] ?? 0) + 1;
    const polls = entries.filter((e) => Date.parse(e.time) >= trial.storedAt && e.operation_id === 'getChatMessageHistory');
    trial.polls = polls.length;
    // A poll finds something new at most twice: the user's own message (if no poll saw it yet) and the reply.
    trial.pollsWithBody = polls.filter((e) => e.status !== 304).length;
    trial.lag = trial.seen - trial.repliedAt;
  }
} finally {
  await browser.close();
  emulator.close();
  server.close();
}

console.error('trial | who | delay ms | lag ms | lag/delay | requests in the first minute');
for (const t of trials) console.error(`${t.i} | ${t.who} | ${t.delay} | ${t.lag} | ${((t.lag * 100) / t.delay).toFixed(1)} % | ${t.requests} ${JSON.stringify(t.ops)}`);

const requests = trials.map((t) => t.requests);
const soon = trials.filter((t) => t.delay <= 10_000);
const later = trials.filter((t) => t.delay > 10_000);
const soonLag = median(soon.map((t) => t.lag));
const laterShare = median(later.map((t) => t.lag / t.delay));
const laterWorst = Math.max(...later.map((t) => t.lag / t.delay));
const polls = trials.reduce((n, t) => n + t.polls, 0);
const notModified = trials.reduce((n, t) => n + t.polls - t.pollsWithBody, 0);
const emptyWithBody = trials.filter((t) => t.pollsWithBody > 2).length;
const unseen = trials.filter((t) => !Number.isFinite(t.lag)).length;
const rows = [
  ['requests in the first minute after a send (max of trials)', `${Math.max(...requests)} (median ${median(requests)})`, '≤ 15', Math.max(...requests) <= 15],
  [`reply within 10 s (${soon.length} trials): seen after stored, median`, `${(soonLag / 1000).toFixed(2)} s`, '≤ 1.5 s', soonLag <= 1500],
  [`later reply (${later.length} trials): seen after stored ÷ delay, median`, `${(laterShare * 100).toFixed(1)} % (worst ${(laterWorst * 100).toFixed(1)} %)`, '≤ 15 %', laterShare <= 0.15],
  ['polls answered 304', `${notModified} of ${polls} (the rest found the send or the reply)`, 'every poll that found nothing new', emptyWithBody === 0],
  ['hidden tab: requests in the 60 s after hiding', `${hidden.length}`, '0', hidden.length === 0],
  ['replies never seen', `${unseen}`, '0', unseen === 0],
];
console.log(`Polling after a send: ${BOTS} bot replies (0.6–1.6 s), ${PEOPLE} person replies (5 s – ${PERSON_MAX_MS / 1000} s)${quick ? ', --quick' : ''}\n`);
console.log('| figure | measured | goal | |');
console.log('|---|---|---|---|');
for (const [figure, measured, goal, ok] of rows) console.log(`| ${figure} | ${measured} | ${goal} | ${ok ? 'pass' : 'FAIL'} |`);
const failed = rows.filter((r) => !r[3]).length;
console.log(failed ? `\n${failed} figure(s) FAIL.` : '\nAll figures pass.');
process.exitCode = failed ? 1 : 0;
