// Screenshots of the demo to look at (`npm run screenshots` → screenshots/*.png, not committed): the widget open
// with a conversation in light, dark, Arabic (right to left) and on a phone, each also checked with axe.
//   node scripts/screenshots.js [--only name]
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const out = new URL('../screenshots/', import.meta.url);
await mkdir(out, { recursive: true });

const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A shopper's question and the answer, so the panel shows a real conversation. */
async function converse(page, question) {
  await page.locator('kesk-chat').first().evaluate((el) => el.open());
  const input = page.locator('kesk-chat textarea').first();
  await input.waitFor();
  await input.fill(question);
  await input.press('Enter');
  await page.waitForFunction(() => {
    const deep = (root, sel) => [root, ...[...root.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)].flatMap((r) => [...r.querySelectorAll(sel), ...[...r.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => deep(e.shadowRoot, sel))]);
    return deep(document, '[part~="other"]').length > 0 && deep(document, '[part~="typing"]').length === 0;
  }, undefined, { timeout: 15000 });
  await page.waitForTimeout(400);
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => (await window.axe.run(document.querySelector('kesk-chat'), { resultTypes: ['violations'] })).violations);
  return result.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

const shots = [
  { name: 'light', viewport: { width: 1280, height: 800 }, theme: 'light', question: 'What is your returns policy?' },
  { name: 'dark', viewport: { width: 1280, height: 800 }, theme: 'dark', question: 'How long does delivery take?' },
  { name: 'arabic', viewport: { width: 1280, height: 800 }, theme: 'light', lang: 'ar', question: 'ما هي سياسة الإرجاع؟' },
  { name: 'spanish', viewport: { width: 1280, height: 800 }, theme: 'light', lang: 'es', question: '¿Cuánto tarda la entrega?' },
  { name: 'mobile', viewport: { width: 390, height: 844 }, theme: 'light', question: 'Do you ship to Norway?', mobile: true },
  { name: 'mobile-dark-arabic', viewport: { width: 390, height: 844 }, theme: 'dark', lang: 'ar', question: 'هل تشحنون إلى النرويج؟', mobile: true },
];

let failed = 0;
for (const shot of shots) {
  if (only && shot.name !== only) continue;
  const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.mobile ? 2 : 1, isMobile: !!shot.mobile, hasTouch: !!shot.mobile, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${base}index.html`);
  await page.evaluate(({ theme, lang }) => {
    localStorage.clear();
    const chat = document.querySelector('kesk-chat');
    chat.setAttribute('token', `shot-${crypto.randomUUID()}`);
    chat.setAttribute('theme', theme);
    if (lang) chat.setAttribute('lang', lang);
  }, shot);
  await converse(page, shot.question);
  const file = new URL(`${shot.name}.png`, out);
  await page.screenshot({ path: file.pathname });
  const violations = await axe(page);
  failed += violations.length ? 1 : 0;
  console.log(`${shot.name}: ${file.pathname}${violations.length ? `\n  axe: ${violations.join('\n  axe: ')}` : ' (axe: no violations)'}`);
  await context.close();
}

await browser.close();
await server.close();
process.exit(failed ? 1 : 0);
