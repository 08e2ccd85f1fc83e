// Files that try to run script or lie about their type: an SVG with script (refused as .svg, smuggled as .png, or
// served as SVG by a backend that allowed it), HTML in a .txt, and names with bidirectional overrides, as the
// thread, the gallery and the composer show them.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { ChatApiError } from '../../src/api/errors.js';
import { downloadFileName } from '../../src/api/file-name.js';
import { mountChat } from '../helpers/chat-harness.js';
import { deep, deepAll } from '../helpers/deep-query.js';
import { api, control, expectError, inject, log, newUser, startVendor } from '../helpers/emulator.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="top.__pwned=\'svg onload\'"><script>top.__pwned="svg script"</script><circle r="5"/></svg>';
function upload(token: string, sessionId: number, name: string, body: string, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new File([body], name, { type }));
  return api(token, 'POST', `/chat/sessions/${sessionId}/media`, form);
}

/** Opens `url` as a document in a frame, as "open in a new tab" would, and waits for it to load (a download never does). */
async function openAsDocument(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await Promise.race([loaded, new Promise((r) => setTimeout(r, 1500))]);
  await new Promise((r) => setTimeout(r, 200));
  return frame;
}

/** Whether the frame's document is readable from here (it is not, when sandboxed into an opaque origin). */
function readable(frame: HTMLIFrameElement): boolean {
  try {
    return !!frame.contentDocument?.documentElement;
  } catch {
    return false;
  }
}

describe('hostile files', () => {
  beforeEach(() => delete window.__pwned);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('an .svg is refused before any byte leaves, and by the API with 415', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const chat = await mountChat({ token, mode: 'vendor', vendor: 501, session: session.id, inline: true });
    const file = new File([SVG], 'logo.svg', { type: 'image/svg+xml' });
    expect(() => chat.send('my logo', [file])).to.throw(ChatApiError, /svg/i);
    expect((await log({ token })).some((e: { operation_id: string }) => e.operation_id === 'uploadChatMedia')).to.equal(false);
    expectError(await upload(token, session.id, 'logo.svg', SVG, 'image/svg+xml'), 415, 'unsupported_media_type');
  });

  it('an SVG with script named .png is served as a PNG, sandboxed, and runs nowhere', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const res = await upload(token, session.id, 'photo.png', SVG, 'image/png');
    expect(res.status, res.text).to.equal(200);
    const file = await fetch(res.body.url);
    expect(file.headers.get('content-type')).to.equal('image/png');
    expect(file.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(file.headers.get('content-security-policy')).to.equal("default-src 'none'; sandbox");
    await inject(session.id, { sender_kind: 'vendor', content: '', media_ids: [res.body.id] });
    const chat = await mountChat({ token, mode: 'vendor', vendor: 501, session: session.id, inline: true });
    await waitUntil(() => deep(chat, '[part~="image"] img'), 'the picture is in the thread', { timeout: 10_000 });
    const img = deep(chat, '[part~="image"] img') as HTMLImageElement;
    await waitUntil(() => img.complete, 'the picture has loaded (or failed)');
    expect(img.naturalWidth, 'not decoded as an image').to.equal(0);
    // Opened in a tab, as the picture's link does: a sandboxed document of an opaque origin, no script.
    const frame = await openAsDocument(res.body.url);
    expect(readable(frame), 'a sandboxed, opaque origin').to.equal(false);
    expect(window.__pwned).to.equal(undefined);
  });

  it('an SVG a backend served as image/svg+xml shows as a picture, and opened alone runs no script', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const made = await control('POST', `/sessions/${session.id}/media`, { filename: 'logo.svg', media_type: 'image', mime_type: 'image/svg+xml', content: SVG });
    await inject(session.id, { sender_kind: 'agent', content: 'Our logo', media_ids: [made.body.id] });
    const chat = await mountChat({ token, mode: 'vendor', vendor: 501, session: session.id, inline: true });
    await waitUntil(() => (deep(chat, '[part~="image"] img') as HTMLImageElement | undefined)?.complete, 'the SVG is shown', { timeout: 10_000 });
    expect((deep(chat, '[part~="image"] img') as HTMLImageElement).naturalWidth, 'rendered as a picture').to.be.above(0);
    const frame = await openAsDocument(made.body.url);
    expect(readable(frame), 'a sandboxed, opaque origin').to.equal(false);
    expect(window.__pwned, 'no script ran, in the picture nor the document').to.equal(undefined);
  });

  it('an SVG opened on its own loads nothing from elsewhere: no <image>, <use>, stylesheet or paint server', async () => {
    const evil: string = (await (await fetch('/__test/evil', { method: 'DELETE' })).json()).url;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">
      <style>@import url("${evil}/svg-import.css"); rect { fill: url("${evil}/svg-css-fill.svg#p") }</style>
      <image href="${evil}/svg-image.gif" width="10" height="10"/><image xlink:href="${evil}/svg-xlink.gif" width="10" height="10"/>
      <use href="${evil}/svg-use.svg#a"/><rect width="5" height="5" fill="url(${evil}/svg-fill.svg#p)"/>
      <foreignObject width="10" height="10"><img xmlns="http://www.w3.org/1999/xhtml" src="${evil}/svg-foreign.gif"/></foreignObject></svg>`;
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const made = await control('POST', `/sessions/${session.id}/media`, { filename: 'map.svg', media_type: 'image', mime_type: 'image/svg+xml', content: svg });
    const file = await fetch(made.body.url);
    expect(file.headers.get('content-security-policy')).to.equal("default-src 'none'; sandbox");
    expect(file.headers.get('x-content-type-options')).to.equal('nosniff');
    const frame = await openAsDocument(made.body.url);
    expect(readable(frame), 'a sandboxed, opaque origin').to.equal(false);
    await new Promise((r) => setTimeout(r, 300));
    const hits: { url: string }[] = (await (await fetch('/__test/evil', { cache: 'no-store' })).json()).hits;
    expect(hits.map((h) => h.url).filter((u) => u.startsWith('/svg-')), 'requests the SVG made to another origin').to.deep.equal([]);
  });

  it('HTML in a .txt is served as text, for download, and runs nothing', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const res = await upload(token, session.id, 'notes.txt', '<script>top.__pwned="txt"</script><img src=x onerror="top.__pwned=1">', 'text/plain');
    expect(res.status, res.text).to.equal(200);
    const file = await fetch(res.body.url);
    expect(file.headers.get('content-type')).to.equal('text/plain; charset=utf-8');
    expect(file.headers.get('content-disposition')).to.match(/^attachment;/);
    await openAsDocument(res.body.url);
    expect(window.__pwned).to.equal(undefined);
  });

  it('a name with a path saves under its base name: the thread chip and the gallery viewer', async () => {
    expect(['../../.ssh/authorized_keys.txt', 'C:\\Users\\me\\Desktop\\invoice.pdf', 'reports/2026/q1 .pdf', '..', 'docs/', 'a\u202E/b.txt'].map(downloadFileName))
      .to.deep.equal(['authorized_keys.txt', 'invoice.pdf', 'q1 .pdf', '', '', 'b.txt']);
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const made = await control('POST', `/sessions/${session.id}/media`, { filename: '../../reports/2026/q1.pdf', media_type: 'file', mime_type: 'application/pdf', content: '%PDF' });
    expect(made.status, made.text).to.equal(200);
    await inject(session.id, { sender_kind: 'vendor', content: '', media_ids: [made.body.id] });
    const chat = await mountChat({ token, mode: 'vendor', vendor: 501, session: session.id, inline: true });
    await waitUntil(() => deep(chat, '[part~="attachment"]'), 'the file is in the thread', { timeout: 10_000 });
    expect(deep(chat, '[part~="attachment"]')!.getAttribute('download')).to.equal('q1.pdf');
    expect(deep(chat, '[part~="attachment"]')!.getAttribute('href')).to.equal(made.body.url);
    deep(chat, '[part~="media-button"]')!.click();
    const gallery = () => deep(chat, 'kesk-media-gallery')?.shadowRoot as ShadowRoot;
    await waitUntil(() => gallery()?.querySelector('[part~="open-button"]'), 'the gallery lists it', { timeout: 10_000 });
    gallery().querySelector<HTMLElement>('[part~="open-button"]')!.click();
    await waitUntil(() => gallery().querySelector('[part~="download"]'), 'the viewer offers the download', { timeout: 10_000 });
    expect(gallery().querySelector('[part~="download"]')!.getAttribute('download')).to.equal('q1.pdf');
    expect(gallery().querySelector('[part~="download"]')!.getAttribute('href')).to.equal(made.body.url);
  });

  it('a right-to-left override cannot make an .exe look like a .pdf: thread, gallery, viewer and composer', async () => {
    const token = newUser();
    const { session } = await startVendor(token, 'Hello');
    const names = ['invoice\u202Efdp.exe', 'photo\u2067gpj.exe\u2069', `report.pdf${' '.repeat(80)}.exe`, `${'a'.repeat(120)}.pdf.exe`];
    const ids: number[] = [];
    for (const filename of names) ids.push((await control('POST', `/sessions/${session.id}/media`, { filename, media_type: 'file', content: 'MZ' })).body.id);
    await inject(session.id, { sender_kind: 'vendor', content: '', media_ids: ids });
    const chat = await mountChat({ token, mode: 'vendor', vendor: 501, session: session.id, inline: true });
    await waitUntil(() => deepAll(chat, '.file-name').length === names.length, 'the files are in the thread', { timeout: 10_000 });
    const shown = deepAll(chat, '.file-name').map((el) => el.textContent!);
    expect(shown.slice(0, 3)).to.deep.equal(['invoicefdp.exe', 'photogpj.exe', 'report.pdf .exe']);
    expect(shown[3]).to.match(/^a+…a+\.pdf\.exe$/).and.have.length.at.most(40);
    for (const text of shown) expect(text, 'no direction controls left').not.to.match(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(deepAll(chat, '[part~="attachment"]').map((a) => a.getAttribute('download'))[0]).to.equal('invoicefdp.exe');
    // The gallery's tiles and viewer.
    deep(chat, '[part~="media-button"]')!.click();
    const gallery = () => deep(chat, 'kesk-media-gallery')?.shadowRoot as ShadowRoot;
    await waitUntil(() => gallery()?.querySelectorAll('[part~="name"]').length === names.length, 'the gallery lists them', { timeout: 10_000 });
    const tiles = [...gallery().querySelectorAll('[part~="name"]')].map((el) => el.textContent);
    expect(tiles).to.include('invoicefdp.exe');
    const tile = [...gallery().querySelectorAll<HTMLElement>('[part~="open-button"]')].find((b) => b.textContent!.includes('invoicefdp.exe'))!;
    tile.click();
    await waitUntil(() => gallery().querySelector('[part~="viewer-title"]')?.textContent === 'invoicefdp.exe', 'the viewer names it truthfully', { timeout: 10_000 });
    // The composer, for a file the user picks.
    gallery().querySelector<HTMLElement>('[part~="close-button"]')!.click();
    deep(chat, '[part~="back-button"]')!.click();
    await waitUntil(() => deep(chat, 'input[type="file"]'), 'back to the thread');
    const picker = deep(chat, 'input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF'], 'contract\u202Efdp.exe.pdf', { type: 'application/pdf' }));
    picker.files = files.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => deep(chat, 'kesk-composer')?.shadowRoot?.querySelector('[part~="attachment"] .name'), 'the chosen file shows');
    expect(deep(chat, 'kesk-composer')!.shadowRoot!.querySelector('[part~="attachment"] .name')!.textContent).to.equal('contractfdp.exe.pdf');
  });
});
