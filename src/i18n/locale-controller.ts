import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { firstLoaded, intlLocale, loadLocale, pageIsRtl, resolveLang, RTL, tablesOf, type ElementName, type Lang, type TermTables } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its strings in the reader's language: `this.#l10n.terms` is typed like the English table. It
 * watches `lang` and `dir` on the element, its shadow hosts and the document element, loads a language's tables the first
 * time it is needed, and switches the host to it (strings, `lang`, direction and dates together) when they arrive.
 * Until then the host keeps the language it shows, and keeps it for good if they never do (offline, blocked). An
 * element starts in English where it holds it (the npm package); in the CDN build, where it holds none, the page's
 * table has arrived before any element is defined (src/i18n/cdn-terms.ts). Unsupported languages are English.
 */
export class LocaleController<N extends ElementName> implements ReactiveController {
  readonly #host: Host;
  readonly #name: N;
  /** The host's own English; undefined in the CDN build, where English is a term table like the others. */
  readonly #english: TermTables[N] | undefined;
  /** The language shown: one whose table is there. */
  #lang: Lang = 'en';
  #locale = 'en';
  #rtl = false;
  /** The language the host asks for (its `lang`), shown once its table is there. */
  #wanted: Lang = 'en';
  #observer?: MutationObserver;

  constructor(host: Host, name: N, english: TermTables[N] | undefined) {
    this.#host = host;
    this.#name = name;
    this.#english = english;
    host.addController(this);
  }

  /** The supported language the host speaks (`en`, `es`, `de`, `fr`, `ar`). */
  get lang(): Lang {
    return this.#lang;
  }

  /** The locale for `Intl` (same language as the strings, with the page's region). */
  get locale(): string {
    return this.#locale;
  }

  /** Right to left: the language is written so (Arabic), or the page lays the host out so (`dir="rtl"` above it). */
  get rtl(): boolean {
    return this.#rtl;
  }

  /** The host's strings, in the language shown. */
  get terms(): TermTables[N] {
    return this.#table(this.#lang) ?? this.#table(firstLoaded() ?? 'en')!;
  }

  #table(lang: Lang): TermTables[N] | undefined {
    return tablesOf(lang)?.[this.#name] ?? (lang === 'en' ? this.#english : undefined);
  }

  hostConnected(): void {
    this.#resolve();
    this.#observer = new MutationObserver(() => this.#resolve());
    // Each tree between the host and the document: a change of `lang` anywhere above the host can apply.
    let node: Node = this.#host;
    for (;;) {
      const root = node.getRootNode();
      this.#observer.observe(root instanceof Document ? root.documentElement : root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #resolve(): void {
    const wanted = resolveLang(this.#host);
    this.#wanted = wanted;
    if (this.#table(wanted)) return this.#useLanguage(wanted, intlLocale(this.#host));
    // Not there yet: what is shown stays (only the page's direction may have changed) until it arrives.
    if (!this.#table(this.#lang)) {
      const lang = firstLoaded() ?? 'en';
      this.#useLanguage(lang, lang);
    } else this.#useLanguage(this.#lang, this.#locale);
    loadLocale(wanted).then(
      () => {
        if (this.#wanted === wanted) this.#resolve();
      },
      () => undefined, // offline or blocked: stay in the language shown
    );
  }

  /** Shows the host in `lang` (`locale` for Intl), and the direction that goes with it; re-renders on a change. */
  #useLanguage(lang: Lang, locale: string): void {
    const rtl = RTL.has(lang) || pageIsRtl(this.#host);
    if (lang === this.#lang && locale === this.#locale && rtl === this.#rtl) return;
    this.#lang = lang;
    this.#locale = locale;
    this.#rtl = rtl;
    this.#host.requestUpdate();
  }
}
