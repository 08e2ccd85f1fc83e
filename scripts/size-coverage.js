// `node scripts/size-coverage.js [send]` (after `npm run build:cdn`): how much of the CDN widget file the first open
// runs — Chromium's precise coverage on the bench page (bench/pages/ours.html), after the launcher's click with a
// 50-message conversation on screen (and with `send`, after a message is sent) — and the largest functions it never
// calls (TOP=n of them, default 40), the candidates for a file fetched later (docs/performance-size.md).
import { chromium } from 'playwright-core';
import { startBenchServer } from '../bench/server.js';
import { seedConversation, vendorLocation } from '../bench/seed.js';
const { origin, close } = await startBenchServer();
const vendor = await vendorLocation(origin);
const session = await seedConversation(origin, 'cov-shopper', vendor, 50);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.coverage.startJSCoverage({ resetOnNavigation: false });
await page.goto(`${origin}/pages/ours.html?token=cov-shopper&vendor=${vendor}&session=${session}`);
await page.locator('[data-kesk-chat-facade] button, kesk-launcher button').first().click();
await page.locator('kesk-composer textarea').waitFor();
await page.waitForTimeout(1500);
if (process.argv[2] === 'send') {
  await page.locator('kesk-composer textarea').fill('hello there');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2500);
}
const entries = await page.coverage.stopJSCoverage();
for (const e of entries.filter((x) => /kesk-chat-widget/.test(x.url))) {
  const text = e.source;
  // Byte-precise: a byte is run when the innermost range holding it has a count > 0.
  const run = new Uint8Array(text.length);
  for (const f of e.functions) for (const r of f.ranges) run.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  const used = run.reduce((a, b) => a + b, 0);
  console.log(`${e.url.split('/').pop()}: ${text.length} B, run ${used} B (${((100 * used) / text.length).toFixed(1)}%), never run ${text.length - used} B`);
  // The largest functions never called.
  const never = e.functions.filter((f) => f.ranges[0].count === 0).map((f) => [f.ranges[0].endOffset - f.ranges[0].startOffset, f.functionName, text.slice(f.ranges[0].startOffset, f.ranges[0].startOffset + 90)]);
  never.sort((a, b) => b[0] - a[0]);
  for (const [size, name, head] of never.slice(0, Number(process.env.TOP ?? 40))) console.log(size, name || '(anon)', JSON.stringify(head));
}
await browser.close();
await close();
