// Turns the benchmark's samples into bench/results.md: the machine, the versions, the table of medians with the
// ratio ours / deep-chat, and the spread of every timing.

export function median(list) {
  const xs = list.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? (n >= 10_000 ? `${Math.round(n / 1000)} s` : `${n < 100 ? n.toFixed(1) : Math.round(n)} ms`) : 'n/a');
/** Stands for a page still busy at the bench's cap, in medians (Infinity would not survive an average of two). */
const BUSY = 1e15;
const mb = (n) => (Number.isFinite(n) ? `${(n / 2 ** 20).toFixed(1)} MB` : 'n/a');
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b < 0.1 ? (a / b).toFixed(3) : (a / b).toFixed(2)) : 'n/a');

/** The table of medians with the ratio ours / deep-chat, as Markdown rows. */
function tableRows({ samples, bytes, freeCap, settleCap, quick = false }) {
  const o = samples.ours;
  const d = samples.deepChat;
  const m = (list) => median(list ?? []);
  const nodes = (list) => m((list ?? []).map((x) => x.nodes));
  const elements = (list) => m((list ?? []).map((x) => x.elements));
  const rows = [];
  const row = (label, ours, theirs, r) => rows.push(`| ${label} | ${ours} | ${theirs} | ${r} |`);
  const timing = (label, a, b) => row(label, ms(m(a)), ms(m(b)), ratio(m(a), m(b)));

  const ob = bytes.ours;
  const db = bytes.deepChat;
  row(
    'JavaScript the page downloads before the first interaction, gzip / brotli',
    `${kb(ob.beforeInteraction.gzip)} / ${kb(ob.beforeInteraction.brotli)} (${ob.beforeInteraction.files.join(', ')})`,
    `${kb(db.beforeInteraction.gzip)} / ${kb(db.beforeInteraction.brotli)} (${db.beforeInteraction.files.join(', ')})`,
    `${ratio(ob.beforeInteraction.gzip, db.beforeInteraction.gzip)} / ${ratio(ob.beforeInteraction.brotli, db.beforeInteraction.brotli)}`,
  );
  row(
    'The full widget (all the JavaScript loaded to show a conversation), gzip / brotli',
    `${kb(ob.full.gzip)} / ${kb(ob.full.brotli)} (${ob.full.files.join(' + ')})`,
    `${kb(db.full.gzip)} / ${kb(db.full.brotli)} (${db.full.files.join(' + ')})`,
    `${ratio(ob.full.gzip, db.full.gzip)} / ${ratio(ob.full.brotli, db.full.brotli)}`,
  );
  timing('Script tag to a visible launcher (deep-chat: to its element rendered), from navigation start', o['launch.launcher'], d['launch.launcher']);
  timing('… the same on a slow mobile network (Lighthouse’s Slow 4G: 150 ms round trips, 1.6 Mbit/s)', o['launchSlow.launcher'], d['launchSlow.launcher']);
  timing('Open the panel and show the last 50 messages (widget loaded, conversation fetched)', o['open50.open'], d['open50.open']);
  timing('… the same when the first click loads the widget (ours with Save-Data; deep-chat has no such path: its open)', o['launch.coldOpen'], d['open50.open']);
  if (o['coldSlow.open']) timing('… the same on Slow 4G (ours with Save-Data: the click loads the widget over the slow network; deep-chat: its open)', o['coldSlow.open'], d['open50.open']);
  row(
    '… cold ÷ warm open (ours, this run): local network / Slow 4G',
    `${ratio(m(o['launch.coldOpen']), m(o['open50.open']))} / ${ratio(m(o['coldSlow.open']), m(o['open50.open']))}`,
    '—',
    '—',
  );
  row('… DOM nodes on the frame that shows them (elements)', `${int(nodes(o['open50.dom']))} (${int(elements(o['open50.dom']))})`, `${int(nodes(d['open50.dom']))} (${int(elements(d['open50.dom']))})`, ratio(nodes(o['open50.dom']), nodes(d['open50.dom'])));
  row('… DOM nodes a message (the page’s nodes ÷ 50)', (nodes(o['open50.dom']) / 50).toFixed(1), (nodes(d['open50.dom']) / 50).toFixed(1), ratio(nodes(o['open50.dom']), nodes(d['open50.dom'])));
  row('… JS heap then, after a GC', mb(m(o['open50.heap'])), mb(m(d['open50.heap'])), ratio(m(o['open50.heap']), m(d['open50.heap'])));
  const capped = (list) => (list ?? []).filter((x) => x === Infinity).length;
  const free = (list) => {
    const xs = list ?? [];
    const mid = m(xs.map((x) => (x === Infinity ? BUSY : x)));
    return mid === BUSY ? `> ${freeCap / 1000} s (${capped(xs)} of ${xs.length} runs)` : ms(mid);
  };
  const freeRatio = (a, b) => {
    const x = m((a ?? []).map((v) => (v === Infinity ? NaN : v)));
    const y = m((b ?? []).map((v) => (v === Infinity ? BUSY : v)));
    return y === BUSY ? `< ${ratio(x, freeCap)}` : ratio(x, y);
  };
  // deep-chat with the whole history: the heap once the page is free, measured in run 1 only (waited for up to minutes).
  const settled = (d['open10k.settled'] ?? []).filter((x) => x !== undefined);
  const heapOnce = (d['open10k.heap'] ?? []).filter(Number.isFinite);
  const tenK = [
    ['deep-chat given all 10,000 as `history`', 'open10k'],
    ['deep-chat paging with `loadHistory`, 50 a page as ours', 'open10kPaged'],
  ];
  for (const [how, key] of tenK) {
    timing(`10,000-message conversation (${how}): open and show the newest`, o['open10k.open'], d[`${key}.open`]);
    row('… the page runs a script again (main thread free), from the click', free(o['open10k.free']), free(d[`${key}.free`]), freeRatio(o['open10k.free'], d[`${key}.free`]));
    row('… DOM nodes on the frame that shows it (elements)', `${int(nodes(o['open10k.dom']))} (${int(elements(o['open10k.dom']))})`, `${int(nodes(d[`${key}.dom`]))} (${int(elements(d[`${key}.dom`]))})`, ratio(nodes(o['open10k.dom']), nodes(d[`${key}.dom`])));
    const theirHeap = key === 'open10k' && heapOnce.length < (d['open10k.open'] ?? []).length
      ? (heapOnce.length ? `${mb(m(heapOnce))} (run 1, free after ${ms(settled[0])})` : quick ? 'not measured (--quick)' : `n/a: still busy after ${settleCap / 60000} min`)
      : mb(m(d[`${key}.heap`]));
    const theirHeapValue = key === 'open10k' && heapOnce.length ? m(heapOnce) : m(d[`${key}.heap`]);
    row('… JS heap once the page is free, after a GC', mb(m(o['open10k.heap'])), theirHeap, ratio(m(o['open10k.heap']), theirHeapValue));
  }
  timing('Enter to the user’s message on screen (the optimistic echo)', o['open50.echo'], d['open50.echo']);

  return rows;
}

const HEADER = '| measure (median) | kesk-chat | deep-chat | ours / deep-chat |\n|---|---|---|---|';

/** The summary in docs/performance.md: one line of conditions and the table. */
export function renderSummary(data) {
  const { runs, machine } = data;
  return `Latest \`npm run bench\` (${machine.date}; medians of ${runs} alternating runs each; ${machine.cpu}, Chromium ${machine.chromium}; full results and spread in [bench/results.md](../bench/results.md)):

${HEADER}
${tableRows(data).join('\n')}`;
}

export function renderResults(data) {
  const { runs, samples, failures, machine, freeCap, quick = false } = data;
  const o = samples.ours;
  const d = samples.deepChat;
  const rows = tableRows(data);
  const spread = [];
  const timings = [
    ['launch.launcher', 'launcher visible'],
    ['launchSlow.launcher', 'launcher visible, Slow 4G'],
    ['launch.coldOpen', 'open, cold (ours)'],
    ['coldSlow.open', 'open, cold on Slow 4G (ours)'],
    ['open50.open', 'open, 50 messages'],
    ['open10k.open', 'open, 10,000 messages'],
    ['open10kPaged.open', 'open, 10,000 paged (deep-chat)'],
    ['open10k.free', 'free after opening 10,000'],
    ['open10kPaged.free', 'free after opening 10,000 paged'],
    ['open50.echo', 'Enter to echo'],
  ];
  for (const [key, label] of timings) {
    for (const [name, set] of [['kesk-chat', o], ['deep-chat', d]]) {
      const all = set[key] ?? [];
      const xs = all.filter(Number.isFinite).sort((a, b) => a - b);
      if (!all.length) continue;
      const over = all.length - xs.length;
      const show = (x) => (x === undefined ? `> ${freeCap / 1000} s` : ms(x));
      spread.push(`| ${label} | ${name} | ${all.length}${over ? ` (${over} past ${freeCap / 1000} s)` : ''} | ${show(xs[0])} | ${over * 2 >= all.length ? `> ${freeCap / 1000} s` : ms(median(all.map((x) => (x === Infinity ? BUSY : x))))} | ${over ? `> ${freeCap / 1000} s` : show(xs.at(-1))} |`);
    }
  }

  const pk = machine.packages;
  return `# Benchmark: kesk-chat against deep-chat

Written by \`npm run bench${quick ? ' -- --quick' : ''}\` (bench/run.js; the method is in [bench/README.md](README.md)). Medians of ${runs} runs of
each widget, alternating (ours, deep-chat, deep-chat, ours, …), every scenario in a fresh browser context, both
widgets on the same local server, the same emulator of the Kesk API and the same Chromium, in the same run.

- **Date**: ${machine.date}
- **Machine**: ${machine.cpu}, ${machine.memory} of memory (shared with other work: timings are indicative, ratios are the point)
- **Browser**: Chromium ${machine.chromium}, headless, ${1280}×${800}
- **Node**: ${machine.node}
- **Packages**: kesk-chat ${pk['kesk-chat']} (lit ${pk.lit}, ky ${pk.ky}; the built dist/cdn files), deep-chat ${pk['deep-chat']} (dist/deepChat.bundle.js), playwright-core ${pk['playwright-core']}

${HEADER}
${rows.join('\n')}

Bytes are the files the browser fetched in the runs, compressed as a CDN serves them (gzip -9, brotli 11; the
bench server sends them gzip -9). Before the first interaction our page has only the loader: the widget comes
on idle time after the page's load event, or on the first hover, focus or click of the launcher. deep-chat's
full widget excludes the page's own glue (bench/pages/deep-chat-glue.js). DOM nodes count elements, text and comments
in the whole page through open shadow roots; the heap is Chromium's JSHeapUsedSize after a forced garbage collection.

## Spread

| timing | widget | runs | min | median | max |
|---|---|---|---|---|---|
${spread.join('\n')}
${failures.length ? `\n## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
}

const ENGINE_BLOCK = /<!-- engine:(\w+):start -->[\s\S]*?<!-- engine:\1:end -->/g;

/** The sections of other engines in a results.md, to keep when Chromium's results are written again. */
export const engineSections = (markdown) => (markdown.match(ENGINE_BLOCK) ?? []).join('\n\n');

/** results.md with the section of `engine` written (replaced, or added at the end). */
export function withEngineSection(markdown, engine, section) {
  const block = new RegExp(`<!-- engine:${engine}:start -->[\\s\\S]*?<!-- engine:${engine}:end -->`);
  return block.test(markdown) ? markdown.replace(block, () => section) : `${markdown.trimEnd()}\n\n${section}\n`;
}

/** The section of results.md for Firefox or WebKit (`npm run bench -- --engine …`): the same table, where measured. */
export function renderEngineSection(data) {
  const { engine, name, runs, machine, failures, notMeasured } = data;
  return `<!-- engine:${engine}:start -->
## ${name}

Written by \`npm run bench -- --engine ${engine}\` (bench/engines.js drives the browser; the pages, server, emulator,
probe and method are the ones above). Medians of ${runs} runs of each widget, alternating, every scenario in a fresh
${engine === 'webkit' ? 'WebDriver session (a new MiniBrowser)' : 'browser context'}, in the same run.

- **Date**: ${machine.date}
- **Machine**: ${machine.cpu}, ${machine.memory} of memory (shared with other work: timings are indicative, ratios are the point)
- **Browser**: ${machine.browser}, 1280×800
- **Node**: ${machine.node}

${HEADER}
${tableRows(data).join('\n')}

Not measured in ${name} (n/a above): ${notMeasured.join('; ')}.
${failures.length ? `\nFailures: ${failures.map((f) => `${f}`).join('; ')}.\n` : ''}<!-- engine:${engine}:end -->`;
}
