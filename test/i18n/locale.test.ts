import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KeskChat } from '../../src/components/chat/chat.js';
import { tables as english } from '../../src/i18n/locales/en.js';
import { loadLocale, normalise } from '../../src/i18n/locale.js';
import { API_BASE, FAST_CADENCE, mountChat } from '../helpers/chat-harness.js';
import { newUser } from '../helpers/emulator.js';
import { deep } from '../helpers/deep-query.js';

const label = (root: Element, part: string) => deep(root, `[part~="${part}"]`)?.getAttribute('aria-label');

async function open(el: KeskChat) {
  el.open();
  await waitUntil(() => deep(el, 'textarea'), 'the panel opens');
  const panel = deep(el, '[part~="panel"]')!;
  await waitUntil(() => getComputedStyle(panel).opacity === '1', 'the opening transition ends');
}

async function typeAndSend(el: KeskChat, text: string) {
  const input = deep(el, 'textarea') as HTMLTextAreaElement;
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deep(el, '[part~="message"][data-delivery="sent"]'), 'the message is sent', { timeout: 10000 });
}

describe('localisation', () => {
  beforeEach(() => localStorage.clear());

  it('lang="es": launcher, header, composer and thread speak Spanish', async () => {
    const el = await mountChat({ lang: 'es' });
    const launcherButton = deep(el, '[part~="launcher"]')!;
    await waitUntil(() => launcherButton.textContent!.includes('Abrir chat'), 'the launcher is named in Spanish');
    await open(el);
    const input = deep(el, 'textarea') as HTMLTextAreaElement;
    await waitUntil(() => input.placeholder === 'Haz una pregunta…', 'the composer speaks Spanish');
    expect(input.getAttribute('aria-label')).to.equal('Mensaje');
    expect(label(el, 'send-button')).to.equal('Enviar');
    expect(label(el, 'sessions-button')).to.equal('Conversaciones');
    expect(label(el, 'close-button')).to.equal('Cerrar chat');
    expect(deep(el, '[part~="empty"]')!.textContent).to.contain('¡Hola!');
    await typeAndSend(el, '¿Cuánto tarda el envío?');
    const own = deep(el, '[part~="message"][part~="own"]')!;
    expect(own.getAttribute('aria-label')).to.match(/^Tú, /);
    expect(own.querySelector('.delivery')?.getAttribute('aria-label')).to.equal('Enviado');
    // The actions come into being on the message pointed at (or moved to).
    own.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => own.isConnected && own.querySelector('.react'), 'the actions of the message pointed at');
    expect(own.querySelector('.react')?.getAttribute('aria-label')).to.equal('Reaccionar');
    expect(label(el, 'log')).to.equal('Conversación');
    expect(deep(el, '[part~="date-separator"]')!.textContent!.trim()).to.equal('Hoy');
    expect(deep(el, '[part~="panel"]')!.getAttribute('lang')).to.equal('es');
    el.remove();
  });

  it('long titles and statuses wrap in the header instead of being cut off', async () => {
    for (const lang of ['es', 'fr', 'de']) {
      const el = await mountChat({ lang: lang });
      await open(el);
      const heading = deep(el, '[part~="heading"]')!;
      await waitUntil(() => deep(el, '[part~="panel"]')!.getAttribute('lang') === lang && heading.textContent !== 'Store assistant', `the header speaks ${lang}`);
      // The offline notice is the longest status line.
      window.dispatchEvent(new Event('offline'));
      Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      const status = deep(el, '[part~="header-status"] span:last-child')!;
      for (const node of [heading, status]) {
        expect(node.scrollWidth, `${lang}: “${node.textContent}” fits across`).to.be.at.most(node.clientWidth + 1);
        expect(node.scrollHeight, `${lang}: “${node.textContent}” fits in its lines`).to.be.at.most(node.clientHeight + 1);
      }
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
      el.remove();
    }
  });

  it('lang="ar": the panel lays out right to left, own bubbles on the left, and passes axe', async () => {
    const el = await mountChat({ lang: 'ar' });
    await open(el);
    const panel = deep(el, '[part~="panel"]')!;
    expect(getComputedStyle(panel).direction).to.equal('rtl');
    expect(panel.getAttribute('dir')).to.equal('rtl');
    expect(panel.getBoundingClientRect().right, 'on a left-to-right page it still opens above the launcher').to.be.greaterThan(window.innerWidth / 2);
    await waitUntil(() => label(el, 'send-button') === 'إرسال', 'the composer speaks Arabic');
    expect(getComputedStyle(deep(el, 'textarea')!).direction).to.equal('rtl');
    await typeAndSend(el, 'كم يستغرق التوصيل؟');
    const bubble = deep(el, '[part~="message"][part~="own"]')!.querySelector('[part~="bubble"]')!.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(bubble.left - box.left, 'the own bubble hugs the left side').to.be.lessThan(box.right - bubble.right);
    expect(bubble.left - box.left).to.be.lessThan(box.width / 3);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('changing lang at runtime re-renders in the new language', async () => {
    const el = await mountChat({ lang: 'en' });
    await open(el);
    expect(label(el, 'send-button')).to.equal('Send');
    el.setAttribute('lang', 'de');
    await waitUntil(() => label(el, 'send-button') === 'Senden', 'the composer switches to German');
    expect(label(el, 'close-button')).to.equal('Chat schließen');
    expect((deep(el, 'textarea') as HTMLTextAreaElement).placeholder).to.equal('Stell eine Frage…');
    el.setAttribute('lang', 'ar');
    await waitUntil(() => label(el, 'send-button') === 'إرسال', 'then to Arabic');
    await el.updateComplete;
    expect(getComputedStyle(deep(el, '[part~="panel"]')!).direction).to.equal('rtl');
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => label(el, 'send-button') === 'Send', 'and back to English');
    expect(getComputedStyle(deep(el, '[part~="panel"]')!).direction).to.equal('ltr');
    el.remove();
  });

  it('an unsupported language falls back to English', async () => {
    const el = await mountChat({ lang: 'ja' });
    await open(el);
    await aTimeout(100);
    expect(label(el, 'send-button')).to.equal('Send');
    expect(label(el, 'close-button')).to.equal('Close chat');
    expect(deep(el, '[part~="panel"]')!.getAttribute('lang')).to.equal('en');
    el.remove();
  });

  it('uses the page’s <html lang> when the element has none, and follows it', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.setAttribute('lang', 'fr-CA');
    try {
      const el = await mountChat();
      await open(el);
      await waitUntil(() => label(el, 'send-button') === 'Envoyer', 'the composer speaks French');
      expect(label(el, 'close-button')).to.equal('Fermer le chat');
      expect(deep(el, '[part~="panel"]')!.getAttribute('lang')).to.equal('fr-CA');
      root.setAttribute('lang', 'es');
      await waitUntil(() => label(el, 'send-button') === 'Enviar', 'a change of the page’s lang applies');
      el.remove();
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('an English widget on a right-to-left page lays out right to left too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('kesk-chat') as KeskChat;
    Object.assign(el, { apiBase: API_BASE, token: newUser(), mode: 'assistant', cadence: FAST_CADENCE });
    wrapper.append(el);
    await open(el);
    const panel = deep(el, '[part~="panel"]')!;
    expect(panel.getAttribute('dir')).to.equal('rtl');
    expect(label(el, 'send-button')).to.equal('Send');
    const launcher = deep(el, '[part~="launcher"]')!.getBoundingClientRect();
    expect(launcher.left, 'the launcher sits bottom-left on a right-to-left page').to.be.lessThan(window.innerWidth / 2);
    expect(panel.getBoundingClientRect().left).to.be.lessThan(window.innerWidth / 2);
    wrapper.remove();
  });

  it('normalises language tags to a supported base language', () => {
    expect(normalise('es-MX')).to.equal('es');
    expect(normalise('DE_at')).to.equal('de');
    expect(normalise('ar-EG')).to.equal('ar');
    expect(normalise('pt-BR')).to.equal('en');
    expect(normalise('')).to.equal('en');
  });

  it('plurals follow each language’s rules', async () => {
    const ar = (await loadLocale('ar'))!;
    expect(ar.launcher.unread(1)).to.equal('رسالة واحدة غير مقروءة');
    expect(ar.launcher.unread(2)).to.equal('رسالتان غير مقروءتين');
    expect(ar.launcher.unread(3)).to.contain('رسائل');
    expect(ar.launcher.unread(11)).to.contain('رسالة');
    const fr = (await loadLocale('fr'))!;
    expect(fr.launcher.unread(0)).to.equal('0 message non lu');
    expect(fr.launcher.unread(2)).to.equal('2 messages non lus');
    const de = (await loadLocale('de'))!;
    expect(de.composer.tooManyFiles(10)).to.equal('Pro Nachricht sind höchstens 10 Dateien möglich.');
  });

  it('every locale table has exactly the keys (and shapes) of the English one', async () => {
    const shape = (value: unknown, path: string, out: string[]) => {
      if (typeof value === 'function') out.push(`${path}:function/${(value as () => unknown).length}`);
      else if (Array.isArray(value)) out.push(`${path}:array/${value.length}`);
      else if (value && typeof value === 'object') for (const key of Object.keys(value).sort()) shape((value as Record<string, unknown>)[key], `${path}.${key}`, out);
      else out.push(`${path}:${typeof value}`);
      return out;
    };
    const expected = shape(english, '', []);
    expect(expected.length).to.be.greaterThan(130);
    for (const lang of ['es', 'de', 'fr', 'ar'] as const) {
      const tables = (await loadLocale(lang))!;
      expect(shape(tables, '', []), lang).to.deep.equal(expected);
      const strings: string[] = [];
      const collect = (value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      collect(tables);
      expect(strings.filter((s) => !s.trim()), `${lang} has no empty strings`).to.deep.equal([]);
    }
  });
});
