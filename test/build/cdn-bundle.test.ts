// The built one-script-tag files (dist/cdn, written by `npm run build:cdn` and by `npm run size` in `npm test`),
// loaded as a vendor's page loads them: the minified widget works, and an English page downloads the English term
// table only (the widget file holds no language), then Spanish's when the widget switches to it. More of the
// languages in test/build/cdn-languages.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { deep } from '../helpers/deep-query.js';
import { newUser, world } from '../helpers/emulator.js';
import { cdnFile, unhashed } from './cdn-files.js';

const CDN = '/dist/cdn';
/** The term tables among them (`kesk-chat.views.js` is the conversations list and the gallery). */
const tables = () => requested().filter((p) => /kesk-chat\.[a-z]+\.js$/.test(p) && !p.endsWith('/kesk-chat.views.js'));
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith(`${CDN}/`))
    .map(unhashed);

describe('build: the CDN files', () => {
  it('mount the widget from the loader tag, in English with its table alone, then in Spanish with its own', async () => {
    const probe = await fetch(`${CDN}/kesk-chat-loader.js`, { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn is built (npm run build:cdn)').to.be.true;
    const vendor = String((await world()).vendor_locations[0].id);

    const script = document.createElement('script');
    script.async = true;
    script.src = `${CDN}/kesk-chat-loader.js`;
    const data = { 'api-base': '/v1', token: newUser(), mode: 'vendor', 'vendor-location-id': vendor };
    for (const [name, value] of Object.entries(data)) script.setAttribute(`data-${name}`, value);
    document.body.append(script);

    // The loader's stand-in, or the widget's own launcher once the widget has replaced it: with the files in the
    // browser's cache (another test loaded them), the widget can mount on idle time before the stand-in is seen.
    type Api = { element?: HTMLElement; send(text: string): void };
    const launcher = () => {
      const element = (window.KeskChat as Api | undefined)?.element;
      return document.querySelector('[data-kesk-chat-facade]')?.shadowRoot?.querySelector('button') ?? (element && deep(element, '[part~="launcher"]'));
    };
    await waitUntil(launcher, 'the launcher is drawn', { timeout: 10000 });
    launcher()!.click();
    const api = window.KeskChat as Api;
    await waitUntil(() => api.element && deep(api.element, '[part~="heading"]'), 'the widget mounts and opens', { timeout: 10000 });
    const chat = api.element!;
    expect(deep(chat, '[part~="heading"]')!.textContent).to.include('Chat with the store');
    expect(requested(), 'the boot, then the widget').to.include.members([`${CDN}/kesk-chat.js`, `${CDN}/kesk-chat-widget.js`]);
    const widgetFile = (await cdnFile('widget')).file;
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${widgetFile}`)), 'by its hashed name').to.be.true;
    expect(tables(), 'the English table, no other').to.deep.equal([`${CDN}/kesk-chat.en.js`]);

    api.send('Hola, ¿tienen las botas en la talla 42?');
    await waitUntil(() => deep(chat, '[part~="bubble"]')?.textContent?.includes('talla 42'), 'the message shows in the thread', { timeout: 10000 });

    const close = () => deep(chat, '[part~="close-button"]')!.getAttribute('aria-label');
    expect(close()).to.equal('Close chat');
    chat.setAttribute('lang', 'es');
    await waitUntil(() => close() === 'Cerrar chat', 'Spanish arrives', { timeout: 10000 });
    expect(tables()).to.deep.equal([`${CDN}/kesk-chat.en.js`, `${CDN}/kesk-chat.es.js`]);

    // The conversations list and the gallery are a file of their own, not part of the first open: fetched ahead on
    // idle time once the panel has opened, checked (by its hashed name from the boot's list), so that they open,
    // styled, with no request at the click.
    const views = (await cdnFile('lazy', 'views')).file;
    await waitUntil(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${views}`)), 'the views are fetched ahead, before any click', { timeout: 10000 });
    await waitUntil(() => customElements.get('kesk-session-list') && customElements.get('kesk-media-gallery'), 'and defined', { timeout: 10000 });
    const before = requested().length;
    deep(chat, '[part~="sessions-button"]')!.click();
    await waitUntil(() => deep(chat, '[part~="session-title"]'), 'the list renders the conversation', { timeout: 10000 });
    expect(getComputedStyle(deep(chat, 'kesk-session-list')!).display, 'the list is laid out as a block').to.not.equal('inline');
    deep(chat, '[part~="back-button"]')!.click();
    await waitUntil(() => deep(chat, '[part~="media-button"]'), 'back to the thread');
    deep(chat, '[part~="media-button"]')!.click();
    await waitUntil(() => deep(chat, 'kesk-media-gallery') && deep(chat, '[part~="empty"], [part~="gallery"]'), 'the gallery renders', { timeout: 10000 });
    expect(getComputedStyle(deep(chat, 'kesk-media-gallery')!).display).to.not.equal('inline');
    expect(requested().length, 'no other file was fetched').to.equal(before);
  });
});
