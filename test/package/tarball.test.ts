// The package as an integrator gets it (issue 16): the tarball `npm pack` makes (packed and unpacked outside the clone
// by scripts/check-package.js, a step of `npm test` before this suite), its dist/cdn served on another origin as a
// public npm CDN serves a published version, and its emulator started as its `bin` (test/plugins/packed.mjs). A blank
// page with the one loader tag chats with that emulator.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deep, deepAll } from '../helpers/deep-query.js';
import { framePage, standIn, type FramePage } from '../loader/frame-page.js';

interface Packed {
  api: string;
  cdn: string;
  world: { users: Array<{ token: string }>; vendor_locations: Array<{ id: number }> };
}

describe('package: the packed tarball', () => {
  let packed: Packed;
  let page: FramePage | undefined;
  before(async () => {
    packed = (await executeServerCommand('packed-start')) as Packed;
  });
  after(async () => {
    page?.frame.remove();
    await executeServerCommand('packed-stop');
  });

  it('a blank page loads the loader from the unpacked tarball and chats with the emulator started from it', async () => {
    const pkg = await (await fetch(`${packed.cdn}/package.json`)).json();
    expect(pkg.unpkg, 'the CDN entry (unpkg)').to.equal('./dist/cdn/kesk-chat-loader.js');
    expect(pkg.jsdelivr, 'the CDN entry (jsDelivr)').to.equal(pkg.unpkg);

    const loader = new URL(pkg.unpkg, `${packed.cdn}/`).href;
    // The tag as `npm run build:cdn` prints it: the loader's integrity, from the tarball's list of its CDN files.
    const files = (await (await fetch(`${packed.cdn}/dist/cdn/kesk-chat.files.json`)).json()) as Array<{ kind: string; integrity: string }>;
    const { integrity } = files.find((f) => f.kind === 'loader')!;
    const token = packed.world.users[0].token;
    const store = packed.world.vendor_locations[0].id;
    const p = (page = await framePage(
      'en',
      `<script src="${loader}" integrity="${integrity}" crossorigin="anonymous" data-api-base="${packed.api}"
        data-token="${token}" data-mode="vendor" data-vendor-location-id="${store}" async></script>`,
    ));
    type Api = { element?: HTMLElement; send(text: string): void };
    const api = () => (p.win as unknown as { KeskChat?: Api }).KeskChat;
    const launcher = () => standIn(p.doc) ?? (api()?.element && deep(api()!.element!, '[part~="launcher"]'));
    await waitUntil(launcher, 'the loader draws the launcher', { timeout: 10000 });
    launcher()!.click();
    await waitUntil(() => api()?.element && deep(api()!.element!, 'textarea'), 'the widget loads from the tarball and opens', { timeout: 15000 });
    const chat = api()!.element!;
    expect(deep(chat, '[part~="heading"]')!.textContent).to.include('Chat with the store');

    const loaded = p.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.filter((url) => url.startsWith(packed.cdn)).length, 'the widget’s files come from the tarball').to.be.greaterThan(1);

    api()!.send('Do you have the boots in size 42?');
    const bubbles = () => deepAll(chat, '[part~="bubble"]').map((b) => b.textContent ?? '');
    await waitUntil(() => bubbles().some((t) => t.includes('size 42')), 'the message is sent', { timeout: 10000 });
    await waitUntil(() => bubbles().length >= 2 && !bubbles().at(-1)!.includes('size 42'), 'the store answers', { timeout: 15000 });
  });
});
