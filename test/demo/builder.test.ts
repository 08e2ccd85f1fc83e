// The snippet builder (demo/builder.html, demo/builder/): mounted as the page mounts it, against the emulator. The
// form's choices change the live widget and the snippets; the one-tag snippet, pasted into a blank page, loads the
// built CDN widget (dist/cdn, written by `npm run size` in `npm test`) and sends a message through the emulator.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountBuilder } from '../../demo/builder/builder.js';
import { deep } from '../helpers/deep-query.js';
import { api, newUser } from '../helpers/emulator.js';
import type { KeskChat } from '../../src/index.js';

type Builder = Awaited<ReturnType<typeof mountBuilder>>;

async function mount(options: Parameters<typeof mountBuilder>[1] = {}): Promise<Builder> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  return mountBuilder(root, { token: newUser(), ...options });
}

/** What a user does to a field: click a radio, pick an option, set a colour (each fires `input`). */
function pick(b: Builder, name: string, value: string): void {
  const field = b.form.elements.namedItem(name);
  if (field instanceof RadioNodeList) {
    const radio = [...field].find((r) => (r as HTMLInputElement).value === value) as HTMLInputElement;
    radio.click();
    return;
  }
  const el = field as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the snippet builder', () => {
  it('offers the emulator world as targets, and is accessible', async () => {
    const b = await mount();
    const target = b.form.elements.namedItem('target') as HTMLSelectElement;
    expect([...target.options].map((o) => o.value)).to.deep.equal(['501', '502', '503']);
    expect(target.closest('label')!.textContent).to.contain('Store');
    pick(b, 'mode', 'bot');
    expect([...target.options].map((o) => o.value)).to.deep.equal(['shopbot', 'fitbot']);
    pick(b, 'mode', 'assistant');
    expect(target.closest('label')!.hidden).to.be.true;
    await b.chat()!.updateComplete;
    await expect(b.form.parentElement!).to.be.accessible();
  });

  it('re-renders the live widget and the snippets when a field changes', async () => {
    const b = await mount();
    const first = b.chat()!;
    expect(first.getAttribute('mode')).to.equal('vendor');
    expect(first.getAttribute('vendor-location-id')).to.equal('501');

    pick(b, 'mode', 'bot');
    pick(b, 'target', 'fitbot');
    pick(b, 'theme', 'dark');
    pick(b, 'accent', '#c2410c');
    pick(b, 'position', 'bottom-start');
    pick(b, 'lang', 'de');
    const heading = b.form.elements.namedItem('heading') as HTMLInputElement;
    heading.focus();
    await sendKeys({ type: 'Size help' });

    const chat = () => b.chat() as KeskChat;
    await waitUntil(() => chat().getAttribute('heading') === 'Size help', 'the heading reaches the widget');
    expect(chat()).to.not.equal(first);
    expect(first.isConnected, 'the old widget is gone').to.be.false;
    expect(b.stage.querySelectorAll('kesk-chat')).to.have.length(1);
    expect(chat().mode).to.equal('bot');
    expect(chat().botUsername).to.equal('fitbot');
    expect(chat().theme).to.equal('dark');
    expect(chat().position).to.equal('bottom-start');
    expect(chat().getAttribute('lang')).to.equal('de');
    expect(getComputedStyle(chat()).getPropertyValue('--kesk-brand').trim()).to.equal('#c2410c');
    await chat().updateComplete;
    await waitUntil(() => deep(chat(), '[part~="close-button"]')?.getAttribute('aria-label') === 'Chat schließen', 'the widget speaks German', { timeout: 10000 });

    expect(b.oneTag.value).to.contain('data-mode="bot"').and.contain('data-bot-username="fitbot"');
    expect(b.oneTag.value).to.contain('data-theme="dark"').and.contain('data-position="bottom-start"');
    expect(b.oneTag.value).to.contain('data-lang="de"').and.contain('data-heading="Size help"');
    expect(b.oneTag.value).to.match(/^<style>kesk-chat \{ --kesk-brand: #c2410c; --kesk-on-brand: #ffffff; \}<\/style>/);
    expect(b.npm.value).to.contain("import 'kesk-chat/define'").and.contain('bot-username="fitbot"');

    b.framework.value = 'react';
    b.framework.dispatchEvent(new Event('input', { bubbles: true }));
    expect(b.npm.value).to.contain("from 'kesk-chat/react'").and.contain('botUsername="fitbot"');
  });

  it('copies a snippet, or selects it when the page may not use the clipboard, and says which', async () => {
    const b = await mount();
    const button = b.form.parentElement!.querySelector<HTMLButtonElement>('[data-copy="one-tag"]')!;
    button.click();
    await waitUntil(() => b.status.textContent !== '', 'the status says what happened');
    expect(b.status.getAttribute('role')).to.equal('status');
    // Which of the two happened depends on the browser's clipboard permission; each must be whole.
    const copied = b.status.textContent!.startsWith('Copied');
    expect(b.status.textContent).to.match(copied ? /^Copied the one-tag snippet\.$/ : /it is selected, press Ctrl\+C/);
    const selected = b.oneTag.selectionStart === 0 && b.oneTag.selectionEnd === b.oneTag.value.length;
    expect(copied || selected, 'not copied: the whole snippet is selected').to.equal(true);
    // The npm snippet's button answers under itself, naming its own snippet.
    expect(b.npmStatus.textContent).to.equal('');
    b.form.parentElement!.querySelector<HTMLButtonElement>('[data-copy="npm"]')!.click();
    await waitUntil(() => b.npmStatus.textContent !== '', 'the npm status says what happened');
    expect(b.npmStatus.textContent).to.match(/^(Copied the npm snippet\.|Could not copy the npm snippet here)/);
  });

  it('makes a one-tag snippet that, pasted into a blank page, loads the CDN widget and sends a message', async () => {
    const probe = await fetch('/dist/cdn/kesk-chat-loader.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn is built (npm run size or npm run build:cdn)').to.be.true;
    const token = newUser();
    const b = await mount({ token, loaderUrl: `${location.origin}/dist/cdn/kesk-chat-loader.js` });
    pick(b, 'target', '502');
    pick(b, 'accent', '#c2410c');
    // A heading with the characters an attribute must escape.
    pick(b, 'heading', 'Boots & "sizes"');
    await waitUntil(() => b.oneTag.value.includes('data-heading='), 'the heading reaches the snippet');
    const snippet = b.oneTag.value;
    expect(snippet).to.contain('data-vendor-location-id="502"').and.contain('data-heading="Boots &amp; &quot;sizes&quot;"');

    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}\n</body></html>`;
    document.body.append(frame);
    try {
      type Api = { element?: KeskChat; open(): void; send(text: string): void; on(name: string, f: (e: Event) => void): void };
      const win = () => frame.contentWindow as Window & { KeskChat?: Api };
      await waitUntil(() => win().KeskChat && 'open' in win().KeskChat!, 'the loader runs', { timeout: 10000 });
      const sent: string[] = [];
      win().KeskChat!.on('message-sent', (e) => sent.push((e as CustomEvent).detail.message.content));
      win().KeskChat!.open();
      win().KeskChat!.send('Do you have the trail boots in size 9?');
      await waitUntil(() => sent.length > 0, 'the message is sent', { timeout: 15000 });
      expect(sent).to.deep.equal(['Do you have the trail boots in size 9?']);

      const chat = win().KeskChat!.element!;
      expect(chat.mode).to.equal('vendor');
      expect(chat.vendorLocationId).to.equal(502);
      expect(chat.heading).to.equal('Boots & "sizes"');
      expect(frame.contentWindow!.getComputedStyle(chat).getPropertyValue('--kesk-brand').trim()).to.equal('#c2410c');
      // The emulator has it, in the user's session with store 502 (Market Square).
      type Session = { chat_type: string; participants: Array<{ name: string }>; last_message?: { content: string } };
      const { status, body } = await api(token, 'GET', '/chat/sessions');
      expect(status).to.equal(200);
      const sessions = (body as { sessions: Session[] }).sessions;
      expect(sessions.map((s) => [s.chat_type, s.participants.some((p) => p.name.includes('Market Square')), s.last_message?.content])).to.deep.equal([
        ['vendor', true, 'Do you have the trail boots in size 9?'],
      ]);
    } finally {
      frame.remove();
    }
  });
});
