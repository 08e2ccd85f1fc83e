// The built widget (dist/cdn, written by `npm run size` in `npm test` and by `npm run build:cdn`) as a vendor's
// shopper meets it, in whichever engine runs this file: a plain page with nothing but the loader tag, the launcher,
// the panel, a question sent from the keyboard, the assistant's answer, another language. Anything the page would
// show in its console fails the test: a console error, an uncaught exception or rejection, a resource that failed to
// load, a blocked request.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deep, deepAll } from '../helpers/deep-query.js';
import { newUser } from '../helpers/emulator.js';

const CDN = '/dist/cdn';

/** Records on the page, before anything else runs, every problem a console would show. */
const RECORDER = `<script>
  window.__problems = [];
  const note = (kind, what) => window.__problems.push(kind + ': ' + what);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { note('console.' + level, args.map(String).join(' ')); original.apply(console, args); };
  }
  addEventListener('error', (e) => note(e.target === window ? 'uncaught' : 'failed to load', e.message || e.target.src || e.target.href || e.target.localName), true);
  addEventListener('unhandledrejection', (e) => note('unhandled rejection', String(e.reason && (e.reason.stack || e.reason))));
  addEventListener('securitypolicyviolation', (e) => note('blocked', e.blockedURI + ' (' + e.violatedDirective + ')'));
</script>`;

/** The page a vendor writes: its own content and the one tag (docs/embedding.md, "One script tag"). */
const page = (token: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Trail Boots</title>${RECORDER}</head>
<body>
  <h1>Trail Boots</h1>
  <p>Waterproof, sizes 36 to 47.</p>
  <script src="${CDN}/kesk-chat-loader.js" async
    data-api-base="/v1" data-token="${token}" data-mode="assistant" data-user-type="customer"></script>
</body>
</html>`;

type Api = { element?: HTMLElement };

describe('the built CDN widget, end to end', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('loads from the loader tag on a plain page, opens, sends, gets the answer and changes language, with a clean console', async () => {
    const probe = await fetch(`${CDN}/kesk-chat-loader.js`, { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn is built (npm run build:cdn)').to.be.true;

    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
    frame.srcdoc = page(newUser());
    document.body.append(frame);
    const win = () => frame!.contentWindow as Window & { KeskChat?: Api; __problems?: string[] };
    const doc = () => frame!.contentDocument!;
    const problems = () => win().__problems ?? [];

    // The loader draws the launcher; a click loads and opens the widget (or opens it, if idle time loaded it).
    const launcher = () => {
      const element = win().KeskChat?.element;
      return doc().querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button') ?? (element && deep(element, '[part~="launcher"]'));
    };
    await waitUntil(launcher, 'the launcher is drawn', { timeout: 10000 });
    launcher()!.click();
    const chat = () => win().KeskChat?.element;
    await waitUntil(() => chat() && deep(chat()!, 'textarea'), 'the widget opens', { timeout: 10000 });
    expect(deep(chat()!, '[part~="heading"]')!.textContent!.trim()).to.not.equal('');

    // The shopper types the question and presses Enter.
    const input = deep(chat()!, 'textarea') as HTMLTextAreaElement;
    await waitUntil(() => chat()!.shadowRoot!.activeElement !== null || input.matches(':focus'), 'the composer has focus');
    input.focus();
    await sendKeys({ type: 'Are the trail boots waterproof?' });
    expect(input.value).to.equal('Are the trail boots waterproof?');
    await sendKeys({ press: 'Enter' });
    const bubbles = () => deepAll(chat()!, '[part~="bubble"]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    await waitUntil(() => bubbles().some((t) => t.includes('Are the trail boots waterproof?')), 'the question shows', { timeout: 10000 });
    const answered = () => deepAll(chat()!, 'article:not([part~="own"]) [part~="bubble"]').length > 0;
    await waitUntil(answered, 'the assistant answers', { timeout: 15000 });

    // Another language: the page's widget switches once that table has arrived.
    const close = () => deep(chat()!, '[part~="close-button"]')!.getAttribute('aria-label');
    expect(close()).to.equal('Close chat');
    chat()!.setAttribute('lang', 'es');
    await waitUntil(() => close() === 'Cerrar chat', 'Spanish arrives', { timeout: 10000 });
    expect(deep(chat()!, 'textarea')!.getAttribute('placeholder')).to.not.match(/message|ask/i);

    // Every file the page fetched from our server answered well (where the engine reports statuses).
    const failed = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (e) => 'responseStatus' in e && e.responseStatus >= 400,
    );
    expect(failed.map((e) => `${e.name}: ${e.responseStatus}`), 'failed requests').to.deep.equal([]);
    expect(problems(), 'the page console').to.deep.equal([]);
  });
});
